"""Two kinds of page furniture the round-22 pages bank (pages written here: a Blogger post, a group's resources
page) read as reports:

- a blog engine's "Blog Archive" widget under a post (its tree of years and months with the posts' titles): the
  page holds no more of the article, and a post's title listed in it starts no second report;
- a page labelled "Resources: NEC reports from our representatives" over a list of links: the label is the site's,
  like "Category: NEC reports", and names no meeting. Near-misses: a report titled "NEC report" with a body still
  starts a report, and a body line that mentions an archive is still body.
"""

from __future__ import annotations

from nec_extract.pipeline import extract

_POST = (
    "Tessa's NEC blog\n\nThursday, 26 May 2022\n\nNEC Report – 24 May 2022\n\n"
    "The first full NEC since the local elections, and the first in person since the pandemic. The General Secretary"
    " reported gains in London and Wales.\n\nThe National Policy Forum will meet on 2 and 3 July.\n\n"
    "Posted by Tessa at 21:48   No comments:\n\n"
)


def titles(page: str) -> list[str | None]:
    return [report.title for report in extract(page, "test.txt").reports]


def test_a_blog_archive_widget_under_a_post_starts_no_report() -> None:
    widget = (
        "Blog Archive\n▼ 2022 (4)\n  ▼ May (1)\n    NEC Report – 24 May 2022\n  ► March (1)\n► 2021 (6)\n\n"
        "About me\nCLP rep on Labour's NEC since 2020. Councillor in Thornbury Vale.\n"
    )
    assert titles(_POST + widget) == ["NEC Report – 24 May 2022"]


def test_an_archive_label_with_a_colon_ends_the_post_too() -> None:
    widget = "Archives:\nNEC Report – 24 May 2022\nNEC Report – 22 March 2022\n"
    assert titles(_POST + widget) == ["NEC Report – 24 May 2022"]


def test_a_resources_label_over_links_is_no_report() -> None:
    page = (
        "Midshire Labour Left\n\nResources: NEC reports from our representatives\n\n"
        "Below are links to every report our NEC representatives have published since 2022.\n\n"
        "2024\nNEC Report – 26 March 2024\nNEC Report – 23 January 2024\n\n2023\nNEC Report – 28 November 2023\n"
        "NEC Report – 26 September 2023\nNEC Report – 25 July 2023\n\nLast updated: 4 April 2024\n"
    )
    assert titles(page) == []


def test_a_report_that_mentions_the_archive_in_its_body_is_still_read_whole() -> None:
    page = (
        "NEC report – 24 May 2022\n\nThe NEC agreed to open the party archive to researchers.\n\n"
        "Blog archive access will follow in July, the General Secretary said.\n"
    )
    report = extract(page, "test.txt").reports[0]
    assert report.title == "NEC report – 24 May 2022"
    assert [d.text for d in report.dates] == ["24 May 2022", "July"]
