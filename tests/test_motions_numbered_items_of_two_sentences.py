"""A numbered item of a list of decisions may run to a second sentence on its line ("1. The school is put off. It
will now be held in May."): the second sentence is more of the same item, not a new item numbered "1" again, so
the list goes on to "2.". Before, the list ended there and every item after the first was lost; bullets never
had the problem, numbers did. Found by numbering the bulleted lists of the pages we read. Pages written for these
tests as a campaign group's report, union executive minutes and council group notes."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import pipeline_motions

C = Outcome.CARRIED


@pytest.mark.parametrize(
    ("page", "summaries"),
    [
        (
            "Steering group report – July 2017\n\nThe steering group met on 8 July 2017.\n\nThe group agreed:\n\n"
            "1. The summer school was postponed because of the election. It will now be held in Leeds in September."
            "\n\n2. The office will pick fifty members at random to sit on the new council.\n\n"
            "3. The council will be run by staff and volunteers.\n\nOther business followed.",
            ["summer school", "office will pick", "council will be run"],
        ),
        (
            "Regional executive – 14 March 2022\n\nThe executive agreed the following:\n"
            "(1) To affiliate to the anti-racism campaign. The fee is £50 a year.\n"
            "(2) To send two delegates to the TUC women's conference.\n"
            "(3) To hold the AGM in Bradford.\n",
            ["affiliate", "two delegates", "AGM in Bradford"],
        ),
        (
            "Labour group notes, 9 May 2023\n\nThe group resolved:\n"
            "a) That the budget amendment be tabled. Cllr Shah will move it at full council.\n"
            "b) That the whip be restored to Cllr Ellis.\n",
            ["budget amendment", "whip be restored"],
        ),
    ],
)
def test_each_numbered_item_is_a_decision_though_one_runs_on(page: str, summaries: list[str]) -> None:
    motions = pipeline_motions(page)
    assert len(motions) == len(summaries)
    for motion, words in zip(motions, summaries, strict=True):
        assert words in motion.summary
    assert all(motion.outcome is C for motion in motions[1:])


def test_a_later_number_out_of_turn_still_ends_the_list() -> None:
    # "6. Finance" after "(1) … (2) …" is the minutes' next item, not a third decision of the list
    page = (
        "Branch committee – 3 May 2024\n\nThe committee agreed:\n1. To hold a stall at the fair. Jo will book it.\n"
        "2. To buy a new banner.\n\n6. Finance\nThe treasurer said the accounts were in good order.\n"
    )
    summaries = [motion.summary for motion in pipeline_motions(page)]
    assert len(summaries) == 2
    assert "stall" in summaries[0] and "banner" in summaries[1]
