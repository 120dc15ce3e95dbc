"""The meeting asked to act, settled in the next sentence (round 22, voices22): "The General Secretary asked the NEC
to proscribe two groups. It was agreed." is the act asked for, put and carried, as "X asked that ..." already was.
Sentences written for these tests in several registers; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import MotionKind, Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED


@pytest.mark.parametrize(
    ("page", "outcome"),
    [
        ("NEC report\n\nThe General Secretary asked the NEC to proscribe two further groups. It was agreed.", C),
        ("Branch minutes\n\nThe secretary asked members to fund a coach to the rally. This was carried.", C),
        ("Council minutes\n\nThe leader urged councillors to defer the fees review. It was voted down 30-21.", D),
        ("Union news\n\nThe president invited the executive to endorse the strike ballot. It was endorsed.", C),
        ("NEC report\n\nThe Leader's office wanted the NEC to agree a new complaints process. It went through.", C),
    ],
)
def test_the_act_asked_for_is_put(page: str, outcome: Outcome) -> None:
    motions = titled_page_motions(page)
    assert [(m.kind, m.outcome) for m in motions] == [(MotionKind.PROPOSAL, outcome)]
    assert motions[0].evidence.text.startswith(page.split("\n\n")[1].split(" asked")[0].split(" urged")[0][:12])


@pytest.mark.parametrize(
    "page",
    [
        # asked to note, to stay, to reply: nothing put for a decision, or no result after it
        "NEC report\n\nThe General Secretary asked the NEC to note the report. It was noted.",
        "Branch minutes\n\nThe chair asked members to stay behind for the social. Most did.",
        "CLP report\n\nThe agent asked members to deliver leaflets on Saturday. There was a good turnout.",
    ],
)
def test_nothing_put(page: str) -> None:
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    ("page", "outcome"),
    [
        (
            "NEC report\n\nThere was an attempt by the union section to add a clause on agency staff. It was beaten "
            "back by 18 to 14.",
            D,
        ),
        ("Branch minutes\n\nThere was a bid from the retired members to delay the review. This was voted down.", D),
        ("Union news\n\nThere was also a move by the left to refer the paper back. It was carried 20-19.", C),
    ],
)
def test_a_try_told_as_a_noun_is_put(page: str, outcome: Outcome) -> None:
    motions = titled_page_motions(page)
    assert [(m.kind, m.outcome) for m in motions] == [(MotionKind.PROPOSAL, outcome)]
    assert motions[0].evidence.text.startswith("There was")


@pytest.mark.parametrize(
    "page",
    [
        # a try at something the meeting does not decide
        "CLP report\n\nThere was an attempt to contact every member before the election. It went well.",
        "NEC report\n\nThere was a move to get members out on the doorstep. It was a success.",
    ],
)
def test_a_try_not_put(page: str) -> None:
    assert titled_page_motions(page) == []
