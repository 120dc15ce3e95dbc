"""A list's intro whose decision verb is set in capitals, as minutes often set it ("The NCG AGREED:", "The Branch
Committee RESOLVED:"), opens a list of decisions as "The NCG agreed:" does. Before, the capitalised verb was read as
one more word of the body's name ("the NCG AGREED", like "the Regional Board"), the list was taken for verb
phrases going on from a body ("In other business, the SEC: • approved ..."), and its items were lost. Found by
setting "agreed" in capitals in the pages we read. Pages written for these tests as a campaign group's report,
branch minutes and a council group's notes."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import pipeline_motions

_ITEMS = (
    "\n\n1. The summer school will be held in Leeds in September.\n\n"
    "2. The office will pick fifty members at random to sit on the new council.\n\nOther business followed.\n"
)


@pytest.mark.parametrize(
    ("title", "intro"),
    [
        ("NCG report – 8 July 2017", "The NCG AGREED:"),
        ("Branch committee minutes – 8 July 2017", "The Branch Committee RESOLVED:"),
        ("Labour group notes – 8 July 2017", "The Labour Group AGREED:"),
        ("Executive committee minutes – 8 July 2017", "The EC DECIDED:"),
    ],
)
def test_a_capitalised_verb_opens_a_list_of_decisions(title: str, intro: str) -> None:
    page = f"{title}\n\nThe meeting was well attended.\n\n{intro}{_ITEMS}"
    motions = pipeline_motions(page)
    assert [motion.outcome for motion in motions] == [Outcome.CARRIED, Outcome.CARRIED]
    assert "summer school" in motions[0].summary and "fifty members" in motions[1].summary


def test_a_body_named_in_capitals_before_a_colon_still_goes_on_in_its_items() -> None:
    # "the Regional Board:" is a body's name before the verb phrases of its bullets, as before
    page = (
        "Regional board report – 8 July 2017\n\nThe meeting was well attended.\n\nIn other business, the Regional "
        "Board:\n• approved the budget for the summer;\n• heard a report from the organiser.\n"
    )
    motions = pipeline_motions(page)
    assert len(motions) == 1
    assert "budget" in motions[0].evidence.text and motions[0].outcome is Outcome.CARRIED
