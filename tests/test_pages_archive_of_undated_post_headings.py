"""An archive of posts each headed by the same undated words over its metadata line ("Executive report" /
"Posted 23 November 2022", again and again): each post is a report, whose relative meeting day is counted from
its own stamp (pages written here as a union executive's archive, a CLP's news archive and a Lib Dem local
party's reports). One such post alone, or headings with no metadata under them, are left as they were."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

BODY = "Members heard from the secretary and agreed to support the campaign, after a long debate on the budget."


def reports(page: str) -> list[tuple[str | None, str | None]]:
    return [(r.title, r.meeting_date.start if r.meeting_date else None) for r in extract(page, "t.txt").reports]


@pytest.mark.parametrize(
    ("heading", "first", "second", "expected"),
    [
        (
            "Executive report",
            "The executive met on Monday.",
            "The executive met last night.",
            ["2022-11-21", "2024-01-23"],
        ),
        ("GC report", "The GC met on Monday.", "The GC met last night.", ["2022-11-21", "2024-01-23"]),
        ("Executive update", "We met on Monday.", "We met last night.", ["2022-11-21", "2024-01-23"]),
    ],
)
def test_each_post_of_an_archive_is_a_report(heading: str, first: str, second: str, expected: list[str]) -> None:
    page = (
        f"Our reports\n\n{heading}\nPosted 23 November 2022\n\n{first} {BODY}\n\n"
        f"{heading}\nPosted 24 January 2024\n\n{second} {BODY}\n"
    )
    assert reports(page) == [(heading, expected[0]), (heading, expected[1])]


def test_headings_without_metadata_under_them_stay_as_they_were() -> None:
    page = f"Executive report\n\nThe executive met on 3 May 2023. {BODY}\n\nExecutive report\n\n{BODY}\n"
    assert len(reports(page)) == 1
