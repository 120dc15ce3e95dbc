"""Unanimity said of a decision told as a noun: "the decision to ... was taken without dissent", "there was unanimous
agreement to ...". The sentence has no vote word nor outcome verb, but its unanimity word is the meeting's tally
(SPEC: Votes, unanimous). Sentences written for these tests in the registers of an NEC write-up, union and council
minutes and a news report; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

TITLE = "Executive Committee – 14 May 2025"


def _tallies(body: str) -> list[tuple[int | None, int | None, int | None, bool]]:
    (report,) = extract(f"{TITLE}\n\n{body}\n", "page.txt").reports
    return [(v.for_, v.against, v.abstentions, v.unanimous) for v in report.votes]


@pytest.mark.parametrize(
    "body",
    [
        # a news report of a union executive
        "The executive's decision to call the guards out on strike was taken without dissent.",
        # an NEC member's write-up
        "After an hour on the Forde recommendations there was unanimous agreement to the working group's package.",
        # union branch minutes
        "The decision to affiliate to the anti-cuts campaign was made unanimously.",
        # council minutes
        "Approval of the revised licensing policy was given nem con.",
        # a CLP secretary's report
        "There was unanimous consensus on sending the housing motion to regional conference.",
    ],
)
def test_unanimity_of_a_decision_noun_is_a_tally(body: str) -> None:
    assert _tallies(body) == [(None, None, None, True)]


@pytest.mark.parametrize(
    "body",
    [
        # the word describes what people said, no decision taken
        "The Labour group's decision to abstain on the budget was criticised unanimously by the branch.",
        # a decision as a noun, unanimity nowhere
        "The decision to ballot was taken after a long debate.",
        # agreement on a view, not a decision, and no unanimity word
        "There was broad agreement that the government had let us down.",
    ],
)
def test_a_decision_noun_without_its_unanimity_gives_no_tally(body: str) -> None:
    assert _tallies(body) == []
