"""Lists of dated meetings (page/segment/listings.py): a blog's list of posts or a diary starts no report."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

BODY = "The General Secretary reported on the campaign and the committee agreed the budget after a long debate."
POSTS = "NEC Report – 21 September 2021\nNEC Report – 20 July 2021\nNEC Report – 25 May 2021"


def titles(page: str) -> list[str | None]:
    return [r.title for r in extract(page, "test.txt").reports]


@pytest.mark.parametrize(
    "page",
    [
        f"NEC Report – 25 November 2021\n\n{BODY}\n\nRecent posts\n\n{POSTS}\n\nLeave a comment\n",
        f"NEC Report – 25 November 2021\n\n{BODY}\n\n{POSTS}\n",
        f"Recent posts\n{POSTS}\n\nNEC Report – 25 November 2021\n\n{BODY}\n",
        (
            f"NEC Report – 25 November 2021\n\n{BODY}\n\nArchives\nExecutive minutes, 3 March 2020\n"
            "Executive minutes, 4 February 2020\nExecutive minutes, 7 January 2020\n"
            "Executive minutes, 3 December 2019\n"
        ),
    ],
)
def test_a_list_of_posts_starts_no_report(page: str) -> None:
    assert titles(page) == ["NEC Report – 25 November 2021"]


def test_a_diary_of_meetings_to_come_starts_no_report() -> None:
    page = (
        "Dates for your diary\n\nBranch meeting – Tuesday 14 March 2023, 7pm, the Library\n"
        "Executive Committee – Monday 20 March 2023\nAGM – Saturday 15 April 2023, 10am\n\n"
        "All members are welcome at branch meetings. Please bring a friend.\n"
    )
    assert titles(page) == []


def test_the_report_above_a_list_ends_where_the_list_starts() -> None:
    page = f"NEC Report – 25 November 2021\n\n{BODY}\n\n{POSTS}\n"
    (report,) = extract(page, "test.txt").reports
    assert page[report.span.start : report.span.end].rstrip().endswith("long debate.")


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # two dated headings stacked: two meetings (the SPEC's ruling)
        (
            f"NEC Report – 25 November 2021\nOrganisation Committee – 18 November 2021\n\n{BODY}\n",
            ["NEC Report – 25 November 2021", "Organisation Committee – 18 November 2021"],
        ),
        # an archive whose dated headings each have a body
        (
            f"NEC Report – 25 November 2021\n{BODY}\nNEC Report – 21 September 2021\n{BODY}\n"
            f"NEC Report – 20 July 2021\n{BODY}\n",
            ["NEC Report – 25 November 2021", "NEC Report – 21 September 2021", "NEC Report – 20 July 2021"],
        ),
    ],
)
def test_headings_with_their_own_bodies_are_no_list(page: str, expected: list[str]) -> None:
    assert titles(page) == expected
