"""What was put ("The committee proposed that ...", "I moved that ..."), argued over for a sentence or two, then
settled by a tally alone ("When it finally came to a vote it was 19 to 11.", "The vote was 8 to 3.") is one motion:
the proposal, with that count and its outcome (issue 13, round 26). A claim about the item in the debate ("Several
of us argued that this would ...") is no item of its own. Near-misses: a new paragraph, or a sentence between that
tells a result or puts an item of its own, parts the tally from what was put. Sentences written for these tests;
none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from support import page_motions

_NEC = "NEC Report – 16 September 2023"
_UNION = "Minutes of the National Executive Council, 8 November 2023"
_COUNCIL = "Minutes of the Policy and Resources Committee, 4 March 2024"
_CLP = "Westbury CLP General Meeting – 9 January 2024"


@pytest.mark.parametrize(
    ("title", "body", "summary", "counts"),
    [
        (
            _NEC,
            "The Org Committee paper proposed that every selection be run with a shortlist of three. Several of us "
            "argued that this would be used to parachute favoured candidates into safe seats. Others said it was "
            "about diversity. When it finally came to a vote it was 19 to 11.",
            "every selection be run with a shortlist of three",
            (19, 11),
        ),
        (
            _UNION,
            "The General Purposes Committee proposed that conference move to a two-day format. Branch delegates "
            "objected strongly, saying the Sunday debate mattered. The vote was 12 to 21.",
            "conference move to a two-day format",
            (12, 21),
        ),
        (
            _COUNCIL,
            "Councillor Adeyemi moved that the fees for allotments be frozen for a year. Councillor Grant said the "
            "service could not absorb the cost. The vote was 9-4.",
            "fees for allotments be frozen for a year",
            (9, 4),
        ),
        (
            _CLP,
            "I proposed that we hold two of our meetings online each year. Some older members were unhappy. "
            "The numbers, for the record: 14-6.",
            "we hold two of our meetings online each year",
            (14, 6),
        ),
    ],
)
def test_the_tally_alone_settles_what_was_put(title: str, body: str, summary: str, counts: tuple[int, int]) -> None:
    motions = [m for m in page_motions(body, title) if summary in m.summary]
    assert len(motions) == 1
    assert motions[0].vote is not None and (motions[0].vote.for_, motions[0].vote.against) == counts


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a new paragraph parts the tally from what was put
        (
            _NEC,
            "The Org Committee paper proposed that every selection be run with a shortlist of three. Several of us "
            "argued against.\n\nThe vote was 19 to 11.",
        ),
        # a sentence between puts an item of its own
        (
            _UNION,
            "The General Purposes Committee proposed that conference move to a two-day format. Branch delegates "
            "objected. Then Sam Hale proposed that the Sunday debate be kept. The vote was 12 to 21.",
        ),
    ],
)
def test_no_reach_across_a_paragraph_or_another_item(title: str, body: str) -> None:
    put = "conference move to a two-day format" if title == _UNION else "every selection be run"
    assert not any(put in m.summary and m.vote is not None for m in page_motions(body, title))
