"""Items counted before a colon and listed as bullets, each with its own result (issue 13, round 9c): "We had two
motions: – on pay: agreed; – on fees: held over to March" is two motions, the first carried and the second
deferred. Sentences written for these tests in several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import MotionKind, Outcome
from support import titled_page_motions

C, D, F, R, U = Outcome.CARRIED, Outcome.DEFEATED, Outcome.DEFERRED, Outcome.REMITTED, Outcome.UNKNOWN
_OPENING = "The meeting opened with apologies.\n\n"


@pytest.mark.parametrize(
    ("page", "kind", "outcomes"),
    [
        (
            "Branch committee minutes\n\n" + _OPENING + "We had two motions to consider for the district meeting:\n"
            "– on bank staff rates: agreed, to be moved by the chair;\n"
            "– on rota changes: held over to the next committee, as the wording needs work.",
            MotionKind.MOTION,
            [C, F],
        ),
        (
            "CLP general meeting minutes\n\n" + _OPENING + "Three motions were debated:\n"
            "- on rail fares: carried;\n"
            "- on council housing: carried unanimously;\n"
            "- on the local hospital: lost.",
            MotionKind.MOTION,
            [C, C, D],
        ),
        (
            "NEC report\n\n" + _OPENING + "There were two rule changes before us:\n"
            "• on the length of shortlists: agreed by 20 votes to 9;\n"
            "• on the timing of trigger ballots: referred back to the working group.",
            MotionKind.RULE_CHANGE,
            [C, R],
        ),
        (
            "Council meeting report\n\n" + _OPENING + "Councillors considered two amendments:\n"
            "– on the parking charges: defeated;\n"
            "– on the library hours: accepted by the administration.",
            MotionKind.AMENDMENT,
            [D, C],
        ),
    ],
)
def test_each_bullet_under_a_counted_intro_is_one_item_with_its_own_result(
    page: str, kind: MotionKind, outcomes: list[Outcome]
) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == outcomes
    assert {m.kind for m in motions} == {kind}
    assert all(m.evidence.text.lstrip("–-• ").startswith("on ") for m in motions)


def test_bullets_with_no_result_stay_open_items() -> None:
    page = (
        "Branch minutes\n\n" + _OPENING + "Two motions are on the agenda for next month:\n"
        "- on pay;\n"
        "- on pensions.\n\n"
        "The meeting closed at nine."
    )
    assert [m.outcome for m in titled_page_motions(page)] == [U, U]


@pytest.mark.parametrize(
    "page",
    [
        # counted people, not items
        "Branch minutes\n\n" + _OPENING + "We heard from two guest speakers:\n"
        "- Jo from the trades council;\n"
        "- Sam from the tenants' union.",
        # one item before the colon: the bullets are its points, not items of their own
        "NEC report\n\n" + _OPENING + "The motion made three points:\n• rents are too high;\n• repairs are too slow.",
    ],
)
def test_bullets_under_no_counted_items_are_no_motions(page: str) -> None:
    assert all(m.outcome is U for m in titled_page_motions(page))
    assert len(titled_page_motions(page)) <= 1
