"""The author named first in a report's heading, set off by a dash ("Jo Bloggs – NEC report, May 2023"), is the "I"
of the report (round 27), in an NEC rep's write-up, a union executive member's report and a CLP delegate's report;
someone else's report named after the dash ("– Treasurer's report to the AGM") names no author."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

_BODY = "The meeting was held on 23 May. I asked for a recorded vote on the budget, and the Chair agreed to it.\n"


def _author(title: str) -> str | None:
    (report,) = extract(f"{title}\n\n{_BODY}", "test.txt").reports
    return next((s.name for s in report.speakers if s.is_author), None)


@pytest.mark.parametrize(
    "title",
    [
        "Priya Nandakumar – NEC report, May 2023",
        "Priya Nandakumar - NEC Report 23 May 2023",
        "Priya Nandakumar — Report from the National Executive, 23 May",
        "Priya Nandakumar – report back from the regional council",
    ],
)
def test_the_name_before_the_dash_is_the_author(title: str) -> None:
    assert _author(title) == "Priya Nandakumar"


@pytest.mark.parametrize(
    "title",
    [
        "Priya Nandakumar – Treasurer's report to the AGM",
        "Priya Nandakumar – Secretary's report to the branch AGM",
        "Priya Nandakumar – Reporting Officer's note to the AGM",
    ],
)
def test_someone_elses_report_after_the_dash_names_no_author(title: str) -> None:
    assert _author(title) is None
