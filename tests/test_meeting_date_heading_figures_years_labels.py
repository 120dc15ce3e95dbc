"""The meeting date a heading and the lines under it give, in forms earlier rules missed, on pages written here in
several styles (NEC write-up, union executive news, CLP bulletin, council group, other parties' boards):

- a run of days in figures with the month written once ("Regional Board 2021 (14-15/11)"), its year the one the
  heading writes (language/dates/forms.py, checks.py; page/meeting_date/heading.py);
- a year written first, before the title, or alone on the line under the heading (heading.py);
- a bare "Date:" label whose day is the page's publication day dates the page, not the meeting, unless meeting
  details stand beside it or the title is the minutes' own (page/meeting_date/labels.py).
"""

from __future__ import annotations

import pytest

from nec_extract.language.dates import find_candidates
from nec_extract.pipeline import extract

BODY = "Members discussed the budget and the treasurer answered questions about the reserves."


def meeting_dates(page: str) -> list[tuple[str | None, str | None]]:
    return [
        (r.meeting_date.start, r.meeting_date.precision.value) if r.meeting_date else (None, None)
        for r in extract(page, "test.txt").reports
    ]


def candidates(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in find_candidates(text, 0, len(text), [])]


# --- a run of days in figures, the month written once --------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "sentence", "expected"),
    [
        ("Regional Board 2021 (14-15/11)", "The board met over two days in Leeds.", "2021-11-14"),
        ("Unite Executive Council 2019 [3–4/6]", "Our executive sat for two days.", "2019-06-03"),
        ("Scottish Executive Committee 2022 – 26-27/2", "We met in Glasgow over the weekend.", "2022-02-26"),
        ("Green Party Executive 2018 (9 - 10/09)", "The executive held its away days.", "2018-09-09"),
    ],
)
def test_a_run_of_days_in_figures_is_the_meeting_first_day_in_the_headings_year(
    heading: str, sentence: str, expected: str
) -> None:
    page = f"{heading}\n\n{sentence} {BODY}\n"
    assert meeting_dates(page) == [(expected, "day")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Board meeting (14-15/11)", [("range", "14-15/11")]),
        ("The school runs on 2-3/4 as usual.", [("range", "2-3/4")]),
        # a score or a share in figures: no day's word before it, no brackets round it
        ("The motion was carried 12-3/4 of the way through.", []),
        ("A vote of 10-2/3 majority was needed.", []),
    ],
)
def test_a_run_of_days_in_figures_is_one_mention_only_where_it_is_a_day(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [c for c in candidates(text) if c[0] != "year"] == expected


# --- a year written first, or alone on the line under the heading ---------------------------------------------


@pytest.mark.parametrize(
    "page",
    [
        f"2024 Regional Board summary\n\nThe board met in Manchester. {BODY}\n",
        f"2024 NEC report\n\nWe met in London for a long day. {BODY}\n",
        f"Branch Executive minutes\n2024\n\nThe executive met at the club. {BODY}\n",
        f"Federal Board report\n(2024)\n\nOur board met online. {BODY}\n",
    ],
)
def test_a_year_before_the_title_or_alone_under_it_is_the_meetings(page: str) -> None:
    assert meeting_dates(page) == [("2024", "year")]


@pytest.mark.parametrize(
    "page",
    [
        # the year of something else the title names, mid-title
        f"Special meeting on 2019 election defeat\n\nThe board met in Manchester. {BODY}\n",
        # a line under the heading that is a sentence, not a year alone
        f"Branch Executive minutes\n2024 will be a hard year for the branch.\n\nThe executive met. {BODY}\n",
    ],
)
def test_a_year_of_something_else_is_no_meeting_year(page: str) -> None:
    assert meeting_dates(page) == [(None, None)]


# --- a bare "Date:" label that is the page's publication day ---------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "label", "expected"),
    [
        ("NEC Report – March 2021", "Date: 12 March 2021", ("2021-03", "month")),
        ("Regional Board summary: June 2019", "Date: Friday 14 June 2019", ("2019-06", "month")),
        ("Unite Executive Council news – 2018", "When: 3 October 2018", ("2018", "year")),
        ("CLP bulletin – 4 May 2022", "Date: 9 May 2022", ("2022-05-04", "day")),
    ],
)
def test_a_bare_date_label_that_is_the_publication_day_dates_the_page(
    heading: str, label: str, expected: tuple[str, str]
) -> None:
    page = f"{heading}\n\n{label}\n\nThe committee met and heard reports. {BODY}\n"
    assert meeting_dates(page) == [expected]


@pytest.mark.parametrize(
    ("heading", "labels", "expected"),
    [
        # meeting details beside the label make it the meeting's
        ("Branch report – March 2021", "Date: 12 March 2021\nVenue: Unity House", "2021-03-12"),
        ("Group news – June 2019", "Present: 14 members\nDate: 11 June 2019", "2019-06-11"),
        # minutes are dated by their meeting
        ("Executive Committee minutes – March 2021", "Date: 12 March 2021", "2021-03-12"),
        # a label that names the meeting is the meeting's whatever the page's day
        ("NEC report – March 2021", "Date: 16 March 2021\nDate of meeting: 12 March 2021", "2021-03-12"),
    ],
)
def test_a_date_label_tied_to_the_meeting_gives_its_day(heading: str, labels: str, expected: str) -> None:
    page = f"{heading}\n\n{labels}\n\nThe committee met and heard reports. {BODY}\n"
    assert meeting_dates(page) == [(expected, "day")]


# --- a run of days, or a period in brackets, alone on the line under an undated heading ---------------------------


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ("Regional Board summary\n14 and 15 March 2021", ("2021-03-14", "day")),
        ("NEC away days report\n3rd, 4th & 5th June 2019", ("2019-06-03", "day")),
        ("Unite Executive Council news\n(July 2019)", ("2019-07", "month")),
        ("Federal Board report\n[Sept 2022]", ("2022-09", "month")),
    ],
)
def test_a_run_of_days_or_a_period_under_the_heading_dates_the_meeting(lines: str, expected: tuple[str, str]) -> None:
    page = f"{lines}\n\nThe board met and heard reports. {BODY}\n"
    assert meeting_dates(page) == [expected]


@pytest.mark.parametrize(
    "lines",
    [
        # a single day there is the page's dateline: a stamp alone gives no meeting date
        "Regional Board summary\n14 March 2021",
        "Unite Executive Council news\n(Tuesday 9 July 2019)",
    ],
)
def test_a_single_day_under_the_heading_is_the_pages_dateline(lines: str) -> None:
    page = f"{lines}\n\nThe board met and heard reports. {BODY}\n"
    assert meeting_dates(page) == [(None, None)]
