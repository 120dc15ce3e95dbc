"""An action asked of the meeting and a bare assent closing the same sentence (", which was agreed", ", and the
executive agreed"): the meeting did what was asked, so the item's outcome is the action's (held over: deferred;
sent back: remitted; withdrawn), not a carried motion of its own. Sentences written for these tests in the registers
of an NEC write-up, union and council minutes and a news report; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from support import page_outcomes

TITLE = "Executive Committee – 14 May 2025"


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        # an NEC member's write-up
        (
            "A motion from the finance committee to cut the affiliation fee was tabled, then the mover asked that "
            "it lie on the table until the autumn, which was agreed.",
            "deferred",
        ),
        (
            "The code of conduct paper was due for sign-off, but the General Secretary asked for it to be held over "
            "to the July meeting, and the executive agreed.",
            "deferred",
        ),
        # union branch minutes
        (
            "Rule change 4 (branch quorums): the branch secretary asked that it be referred back to the rules "
            "committee for redrafting, which the meeting accepted.",
            "remitted",
        ),
        # council minutes
        (
            "Councillor Okoye requested that the motion on parking charges be deferred to the next meeting; this "
            "was agreed.",
            "deferred",
        ),
        # a news report
        (
            "The union's president proposed that the emergency motion on the pay offer be withdrawn pending talks, "
            "and the conference agreed.",
            "withdrawn",
        ),
    ],
)
def test_assent_to_an_action_asked_gives_the_action_as_the_outcome(body: str, outcome: str) -> None:
    assert page_outcomes(body, TITLE) == [outcome]


@pytest.mark.parametrize(
    "body",
    [
        # the assent is the item's own result: nothing else was asked
        "Sam Ode proposed that the accounts be accepted, which was agreed.",
        "The executive's report on recruitment was presented by the organiser, and the committee agreed.",
        # a pronoun's assent with no request before it: one item defeated, the next carried
        "The amendment fell, and the substantive motion was agreed.",
        # an action of its own asked (a letter sent on), not the item sent anywhere
        "A delegate from Unite asked that the letter be sent to all affiliated branches, which was accepted.",
    ],
)
def test_assent_with_no_action_asked_before_it_keeps_its_own_result(body: str) -> None:
    assert "deferred" not in page_outcomes(body, TITLE)
    assert "carried" in page_outcomes(body, TITLE)
