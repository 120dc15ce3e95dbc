"""Who owns the body that decides (issue 13, round 12): "the NEC of the union", "the society's board" are the meeting's
own body; "the employer's board", "the company's panel", "members of the public" are not.
Sentences written for these tests in several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


def _page(title: str, sentence: str) -> str:
    return f"{title}\n\nThe meeting opened with apologies. {sentence} The meeting closed at nine.\n"


@pytest.mark.parametrize(
    ("title", "sentence", "outcome"),
    [
        ("Union executive news, 8 Feb 2025", "The NEC of the union agreed to ballot members.", Outcome.CARRIED),
        ("Society board report – May 2024", "The board of the society rejected the proposed merger.", Outcome.DEFEATED),
        ("Society board report – May 2024", "The society's board approved the accounts.", Outcome.CARRIED),
        ("Union executive news, 8 Feb 2025", "The union's executive rejected the offer.", Outcome.DEFEATED),
        ("NEC report, 12 March 2024", "The party's executive agreed to publish the timetable.", Outcome.CARRIED),
    ],
)
def test_a_body_owned_by_the_home_organisation_decides(title: str, sentence: str, outcome: Outcome) -> None:
    assert [m.outcome for m in titled_page_motions(_page(title, sentence))] == [outcome]


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Union executive news, 8 Feb 2025", "The employer's board rejected our claim."),
        ("Branch minutes, 3 June 2024", "The company's board approved the sale of the depot."),
        ("Council group report, 9 Nov 2023", "The government's panel turned down the bid for funding."),
        ("Branch minutes, 3 June 2024", "The NEC of another union agreed to ballot its members."),
        ("Branch minutes, 3 June 2024", "Members of the public set up a petition against the closure."),
    ],
)
def test_a_body_of_someone_else_does_not_decide_for_the_meeting(title: str, sentence: str) -> None:
    assert titled_page_motions(_page(title, sentence)) == []
