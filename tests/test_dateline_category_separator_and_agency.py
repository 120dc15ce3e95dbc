"""Publication stamps of kinds the round-12 bank found unread (pages written here: an NEC blog, a union
executive's news, a regional party's site, a news agency's report):

- a line of metadata with slashes between its parts ("28th March 2023 / Ann Black / 3 comments");
- a stamp naming the post's category before its day ("Posted in NEC reports on 19 July 2023") right under the
  heading: the post's stamp, which neither ends the report (as the same words do in a footer) nor goes unread;
- a news agency's dateline opening the lede ("LONDON, 9 March 2023 – The union's executive ..."), not a
  heading's body and day ("NEC, 22 November 2009 – Southport").

Each gives the day a relative meeting date is counted from."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def published_and_meeting(page: str) -> tuple[str | None, list[str | None]]:
    document = extract(page, "test.txt")
    return document.published, [r.meeting_date.start if r.meeting_date else None for r in document.reports]


@pytest.mark.parametrize(
    ("stamp", "sentence", "published", "meeting"),
    [
        ("28th March 2023 / Ann Black / 3 comments", "Today's NEC agreed the timetable.", "2023-03-28", "2023-03-28"),
        (
            "Jo Bloggs / 14 May 2022 / 2 comments",
            "The executive met yesterday and agreed a ballot.",
            "2022-05-14",
            "2022-05-13",
        ),
        ("News / 6 February 2025", "On Monday the board met to agree the selection rules.", "2025-02-06", "2025-02-03"),
    ],
)
def test_a_stamp_with_slashes_between_its_parts(stamp: str, sentence: str, published: str, meeting: str) -> None:
    page = f"Executive report\n{stamp}\n\n{sentence} Members heard from the secretary.\n"
    assert published_and_meeting(page) == (published, [meeting])


@pytest.mark.parametrize(
    ("heading", "stamp", "sentence", "published", "meeting"),
    [
        (
            "NEC report",
            "Posted in NEC reports on 19 July 2023",
            "Yesterday's meeting was the last before the break.",
            "2023-07-19",
            "2023-07-18",
        ),
        (
            "Executive update",
            "Filed under Executive news on 3 May 2021",
            "The executive met on Saturday to agree a ballot.",
            "2021-05-03",
            "2021-05-01",
        ),
        (
            "Regional board",
            "Published in Board reports on 14 March 2024",
            "The board met on Tuesday and chose a shortlist.",
            "2024-03-14",
            "2024-03-12",
        ),
    ],
)
def test_a_stamp_naming_the_category_under_the_heading(
    heading: str, stamp: str, sentence: str, published: str, meeting: str
) -> None:
    assert published_and_meeting(f"{heading}\n{stamp}\n\n{sentence}\n") == (published, [meeting])


def test_the_same_words_below_a_body_still_end_the_report() -> None:
    page = (
        "NEC report – 14 March 2023\n\nThe NEC agreed the timetable for the mayoral selections and heard from the"
        " Leader.\n\nPosted in NEC reports | 2 comments\n\nSam says:\nGreat report, thanks.\n"
    )
    report = extract(page, "test.txt").reports[0]
    assert "Sam says" not in page[report.span.start : report.span.end]


@pytest.mark.parametrize(
    ("lede", "published", "meeting"),
    [
        (
            "LONDON, 9 March 2023 – The executive of the union voted on Wednesday to extend its strikes.",
            "2023-03-09",
            "2023-03-08",
        ),
        (
            "CARDIFF (PA), 14 March 2024 - The party's executive met yesterday and chose a shortlist.",
            "2024-03-14",
            "2024-03-13",
        ),
        (
            "GLASGOW, Monday 3 June 2024 — The council's executive agreed on Friday to close two libraries.",
            "2024-06-03",
            "2024-05-31",
        ),
    ],
)
def test_a_news_agencys_dateline_opening_the_lede(lede: str, published: str, meeting: str) -> None:
    assert published_and_meeting(f"Union extends strikes\n\n{lede}\n") == (published, [meeting])


def test_a_headings_body_and_day_is_no_agency_dateline() -> None:
    page = "Tag archives\n\nNEC, 22 November 2009 – Southport\n\nThe first meeting after conference filled seats.\n"
    published, _ = published_and_meeting(page)
    assert published is None
