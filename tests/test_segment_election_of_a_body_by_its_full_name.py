"""Round 21, pages written here: an announcement of a ballot for a body named in full ("Scottish Executive
Committee elections", "results of the Welsh Executive Committee ballot") is about the ballot, no meeting: the whole
name goes with the election noun. A body's report or a meeting that discusses an election still names a meeting."""

from __future__ import annotations

import pytest

from nec_extract.page.segment.headings import tells_an_election, titles_page
from nec_extract.pipeline import extract


@pytest.mark.parametrize(
    "headline",
    [
        "Scottish Labour: results of the Scottish Executive Committee elections",
        "Results of the Welsh Executive Committee ballot",
        "National Executive Committee elections: left slate wins",
    ],
)
def test_a_ballot_for_a_body_named_in_full_is_an_election(headline: str) -> None:
    assert tells_an_election(headline) and not titles_page(headline)


@pytest.mark.parametrize(
    "headline", ["Scottish Executive Committee report", "Executive Committee meeting discusses NEC elections"]
)
def test_a_bodys_report_still_names_a_meeting(headline: str) -> None:
    assert titles_page(headline) and not tells_an_election(headline)


def test_a_results_announcement_is_no_report() -> None:
    page = (
        "Scottish Labour: results of the Scottish Executive Committee elections\n\nPublished 12 December 2020\n\n"
        "The results of the ballot for the CLP section of the Scottish Executive Committee were announced today. "
        "Turnout was 31%.\n\nCandidates backed by the left won four of the six places. The new SEC will meet for the "
        "first time on 16 January.\n"
    )
    assert extract(page, "t.txt").reports == []
