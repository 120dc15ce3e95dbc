"""A day of the month written as a word, as formal minutes write it ("held on the fourteenth day of June 2022"):
one date mention to the day, and the meeting's date. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from nec_extract.extractors.dates import extract_dates
from nec_extract.pipeline import extract
from support import report_context


def dated(text: str) -> list[tuple[str, str | None, str | None]]:
    found = extract_dates(report_context(text, meeting="2022-06-14", parse=False))
    return [(m.text, m.start, m.precision.value if m.precision else None) for m in found]


@pytest.mark.parametrize(
    ("sentence", "quoted", "iso"),
    [
        # union branch minutes
        (
            "Minutes of the meeting held on the fourteenth day of June 2022.",
            "fourteenth day of June 2022",
            "2022-06-14",
        ),
        # council minutes
        ("The Council met on Thursday the third of March 2022.", "Thursday the third of March 2022", "2022-03-03"),
        # an NEC write-up
        ("Nominations close on the twenty-first of July 2022.", "twenty-first of July 2022", "2022-07-21"),
        ("The ballot closes on the thirty first of May 2022.", "thirty first of May 2022", "2022-05-31"),
        # a news report
        ("The conference opens on June the first, 2022, in Brighton.", "June the first, 2022", "2022-06-01"),
    ],
    ids=["union", "council", "nec", "nec-spaced", "news"],
)
def test_a_day_written_as_a_word_is_a_date_to_the_day(sentence: str, quoted: str, iso: str) -> None:
    assert (quoted, iso, "day") in dated(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The second March meeting was cancelled.",
        "We met on the first Tuesday of June 2022.",
        "The first of the motions came from the youth section in June 2022.",
        "A fifth of our members live in the region.",
    ],
    ids=["ordinal-before-a-month", "ordinal-weekday", "ordinal-of-items", "fraction"],
)
def test_an_ordinal_that_is_no_day_gives_no_day(sentence: str) -> None:
    assert all(precision != "day" for _, _, precision in dated(sentence))


def test_a_minutes_heading_with_a_day_in_words_dates_the_meeting() -> None:
    page = (
        "Branch Executive Committee\n\n"
        "Minutes of the meeting held on Tuesday the fourteenth of June 2022 at the Miners' Hall.\n\n"
        "Present: A. Lowe (Chair), S. Okafor. The accounts were approved.\n"
    )
    reports = extract(page).reports
    assert [r.meeting_date.start if r.meeting_date else None for r in reports] == ["2022-06-14"]


def test_a_month_ending_a_heading_takes_no_ordinal_from_the_next_line() -> None:
    page = "Posted 27 January 2017\n\nNEC – 24 Jan\n\nThe first NEC of the year agreed the selection timetable.\n"
    mentions = [m.text for r in extract(page).reports for m in r.dates]
    assert not any("first" in text for text in mentions)
