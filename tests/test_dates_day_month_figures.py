"""A day and month in figures with no year ("on 25/3", "runs 17/10 to 7/11", "w/c 24/10", "Tue 14/11") is a day
after a word that makes it one, and takes the year nearest the meeting (language/dates/forms.py, checks.py,
parts.py), on sentences written here in several styles. Negatives: a score, a share or a tally in figures
("carried by 12/3", "a 2/3 majority", "voted 9/1 to accept"), a rule's number and a day with its year keep
their own reading.
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.dates import extract_dates
from nec_extract.language.dates import parse_parts
from support import report_context


def spans(text: str, meeting: str) -> list[tuple[str | None, str | None]]:
    return [(m.start, m.end) for m in extract_dates(report_context(text, meeting=meeting, parse=False))]


@pytest.mark.parametrize(
    ("sentence", "meeting", "expected"),
    [
        # union branch minutes
        (
            "The industrial action ballot at the depot runs 17/10 to 7/11, and reminders go out weekly.",
            "2022-10-05",
            [("2022-10-17", "2022-11-07")],
        ),
        # CLP minutes
        ("The next meeting will be on 25/3 at the Labour club.", "2024-02-28", [("2024-03-25", None)]),
        # council committee minutes, across the year's end
        (
            "Consultation closes 14/1 and the panel reports back after 3/2.",
            "2023-11-20",
            [("2024-01-14", None), ("2024-02-03", None)],
        ),
        # NEC write-up
        (
            "Ballot papers go out w/c 24/10, and the result is due 21/11.",
            "2022-10-05",
            [("2022-10-24", None), ("2022-11-21", None)],
        ),
        # news, with a weekday
        ("Pickets are planned for Tue 14/11 outside the town hall.", "2023-11-02", [("2023-11-14", None)]),
    ],
)
def test_a_day_and_month_in_figures_after_a_days_word_is_a_day(
    sentence: str, meeting: str, expected: list[tuple[str, str | None]]
) -> None:
    assert spans(sentence, meeting) == expected


@pytest.mark.parametrize(
    ("sentence", "meeting"),
    [
        ("The amendment was carried by 12/3 with two abstentions.", "2024-02-28"),  # a tally
        ("The rule change needs a 2/3 majority of conference.", "2024-02-28"),  # a share
        ("Members voted 9/1 to accept the offer.", "2023-06-07"),  # a tally
        ("See standing order 4/2 for the procedure.", "2023-06-07"),  # a rule's number
        ("The motion passed 25/3 after a long debate.", "2023-06-07"),
    ],
)
def test_a_score_or_a_share_in_figures_is_no_day(sentence: str, meeting: str) -> None:
    assert spans(sentence, meeting) == []


def test_a_day_with_its_year_and_a_range_of_days_before_a_month_keep_their_reading() -> None:
    assert spans("The hearing is on 25/3/2024 in the council chamber.", "2023-11-20") == [("2024-03-25", None)]
    assert spans("The conference meets on 20/21 September 2016 in Brighton.", "2016-06-01") == [
        ("2016-09-20", "2016-09-21")
    ]


def test_the_whole_expression_in_figures_has_a_day_and_a_month_but_no_year() -> None:
    parts = parse_parts("25/3")
    assert parts is not None
    assert (parts.year, parts.month, parts.day) == (None, 3, 25)
    assert parse_parts("31/4") is None  # a day April lacks
    assert parse_parts("Motion 4/2 as amended") is None  # only the whole expression
