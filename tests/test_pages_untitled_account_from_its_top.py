"""An untitled account (its heading not read as a report's title) keeps the lines of text above its body when the
first of them names a body ("Inside the executive", "Branch — Committee", "Executive away day"): the
dates they give (a "Posted" stamp, a "Date of meeting:" label, a dateline) are the report's mentions. A site's
welcome line, or a section's subheading, above the account is not its top. Pages written for these tests (round
18): a union branch's minutes, a blog's away-day report, a CLP's news page."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _report(page: str) -> tuple[int, list[str | None]]:
    reports = extract(page, "test.txt").reports
    assert len(reports) == 1
    return reports[0].span.start, [m.start for m in reports[0].dates]


BODY = (
    "The committee met in the union office and agreed to back the pay claim. It welcomed two new reps from the depot "
    "and heard from the secretary, who said the employers had still not replied.\n\nThe treasurer reported a small "
    "surplus for the quarter.\n"
)


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # union branch minutes: a body's name, a label with the meeting's day, a venue
        ("Riverside Branch — Branch Committee\nDate of meeting: 12/03/2024\nVenue: Union office\n\n", ["2024-03-12"]),
        # a blog's away-day report with its stamp
        ("Executive away day\nPosted 27/11/2023 by Sam Patel\n\n", ["2023-11-27"]),
        # a CLP's page: a heading on the executive and a dateline with its writer
        ("Inside the executive\n19 September 2024 · by Jo Bloggs\n\n", ["2024-09-19"]),
    ],
)
def test_the_lines_above_an_untitled_account_are_its_own(top: str, expected: list[str | None]) -> None:
    assert _report(top + BODY) == (0, expected)


@pytest.mark.parametrize(
    "top", ["Welcome to Northtown Labour\nPrint E-mail\nSaturday, 05 December 2023 14:56\n", "Leader's report\n\n"]
)
def test_a_sites_welcome_or_a_section_is_no_top(top: str) -> None:
    start, _ = _report(top + BODY)
    assert start > 0
