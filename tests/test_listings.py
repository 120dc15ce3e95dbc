"""A site's lists of its other posts and diaries of meetings start no report: three dated meeting headings in a
row (page/segment/listings.py), a post's links to the posts before and after it, a label over related posts
(page/segment/ends.py), headings with a post's category under each."""

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


@pytest.mark.parametrize(
    "tail",
    [
        "Previous post: NEC Report – 21 September 2021\nNext post: NEC Report – 25 January 2022",
        "← NEC Report – 21 September 2021\nNEC Report – 25 January 2022 →",
        "« Older entry: NEC Report – 21 September 2021",
        "Newer post\nNEC Report – 25 January 2022",
    ],
)
def test_links_to_the_posts_before_and_after_start_no_report(tail: str) -> None:
    assert titles(f"NEC Report – 25 November 2021\n\n{BODY}\n\n{tail}\n") == ["NEC Report – 25 November 2021"]


@pytest.mark.parametrize(
    "tail",
    [
        "Related\n\nNEC Report – 21 September 2021\n\nThe NEC met on a busy day before conference. {EXCERPT}",
        "You might also like\n\nNEC Report – 21 September 2021\n\nThe NEC met on a busy day. {EXCERPT}",
        "Recent posts:\nExecutive minutes, 3 March 2020\n\nThe executive agreed its budget. {EXCERPT}",
        "Read next\n\nCouncil group meeting, 4 May 2021\n\nThe group met and chose a new leader. {EXCERPT}",
    ],
)
def test_below_a_label_over_other_posts_no_heading_starts_a_report(tail: str) -> None:
    tail = tail.format(EXCERPT="Members asked about the timetable and the budget for the coming year […]")
    assert titles(f"NEC Report – 25 November 2021\n\n{BODY}\n\n{tail}\n") == ["NEC Report – 25 November 2021"]


def test_a_label_over_other_posts_above_the_first_report_leaves_it() -> None:
    page = f"Recent posts\n{POSTS}\n\nNEC Report – 25 November 2021\n\n{BODY}\n"
    assert titles(page) == ["NEC Report – 25 November 2021"]


def test_headings_with_a_posts_category_under_each_are_not_stacked_meetings() -> None:
    related = "".join(f'{title}\nIn "NEC reports"\n\n' for title in POSTS.splitlines())
    assert titles(f"NEC Report – 25 November 2021\n\n{BODY}\n\n{related}") == ["NEC Report – 25 November 2021"]


@pytest.mark.parametrize(
    "stack",
    [
        # an NEC write-up: the NEC and two sub-committees of the weeks before
        "NEC – 14 March 2023\nOrganisation Committee – 7 March 2023\nEquality Committee – 6 March 2023",
        # a union's bulletin: its executive and two of its panels
        "Executive Council, 20 June 2022\nFinance Panel, 14 June 2022\nAppeals Panel, 13 June 2022",
        # a council group: group, cabinet and full council
        "Labour Group – 2 March 2023\nPolicy Committee – 28 February 2023\nFull Council – 23 February 2023",
    ],
)
def test_three_meetings_of_different_bodies_stacked_over_their_report_are_three_reports(stack: str) -> None:
    page = f"{stack}\n\n{BODY}\n"
    assert titles(page) == stack.split("\n")


def test_a_run_naming_one_body_again_over_a_report_is_still_a_list() -> None:
    page = (
        "Executive minutes, 3 March 2020\nExecutive minutes, 4 February 2020\nExecutive minutes, 7 January 2020\n\n"
        f"{BODY}\n"
    )
    # the list heads nothing: the paragraph under it is an untitled account
    assert titles(page) == [None]
