"""A body alone before a colon, then bullets of verb phrases that go on from it (issue 13, round 9c): "In other
business, the committee: • elected ...; • postponed ...; • agreed to ..." is one motion per bullet, each decided as
its own verb says. Sentences written for these tests in several styles; none is quoted from a real page or a probe
page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, F, R = Outcome.CARRIED, Outcome.DEFEATED, Outcome.DEFERRED, Outcome.REMITTED
_OPENING = "The meeting opened with apologies.\n\n"


@pytest.mark.parametrize(
    ("page", "outcomes"),
    [
        (
            "NEC report, March\n\n" + _OPENING + "In other business, the NEC:\n"
            "• approved the new membership rates;\n"
            "• postponed a decision on the youth conference until May;\n"
            "• agreed to set up a review of the complaints process.",
            [C, F, C],
        ),
        (
            "Minutes of the branch committee\n\n" + _OPENING + "Also at the meeting, the committee:\n"
            "- rejected a request to move the annual meeting online;\n"
            "- referred the question of a hardship fund to the officers;\n"
            "- elected Sam Okafor as welfare officer.",
            [D, R, C],
        ),
        (
            "CLP general meeting minutes\n\n" + _OPENING + "Under any other business, the GC:\n"
            "• agreed to hold a fundraising quiz in June;\n"
            "• deferred the review of ward boundaries to the next meeting.",
            [C, F],
        ),
        (
            "Council meeting: what was decided\n\n" + _OPENING + "Elsewhere on the agenda, the Regional Board:\n"
            "• approved the budget for the by-election campaign;\n"
            "• turned down a bid to merge two local parties.",
            [C, D],
        ),
    ],
)
def test_each_verb_phrase_under_a_body_and_colon_is_a_decision(page: str, outcomes: list[Outcome]) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == outcomes
    assert all(not m.summary.startswith(("•", "-")) for m in motions)


def test_a_bullet_of_no_decision_verb_is_no_motion() -> None:
    page = (
        "Branch committee minutes\n\n" + _OPENING + "In other business, the committee:\n"
        "• heard a report from the treasurer;\n"
        "• approved the accounts for the year;\n"
        "• thanked the outgoing secretary for her work."
    )
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == [C]
    assert motions[0].evidence.text.startswith("• approved the accounts")


@pytest.mark.parametrize(
    "page",
    [
        # a body before a colon over things it heard: no decision
        "NEC report\n\n" + _OPENING + "In other business, the NEC:\n"
        "• heard from the general secretary about the finances;\n"
        "• discussed the by-election campaign.",
        # a pronoun before the colon is no body
        "Local news\n\n" + _OPENING + "The council published its plans. In summary, it:\n"
        "• welcomed the new leisure centre;\n"
        "• noted the report on parking.",
    ],
)
def test_bullets_that_decide_nothing_stay_no_motion(page: str) -> None:
    assert titled_page_motions(page) == []
