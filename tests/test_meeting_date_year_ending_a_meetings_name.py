"""A year that ends a meeting's name dates the meeting at year precision, also when the account under the heading
opens on a count's noun ("Branch AGM 2023" / "Delegates debated ...") and when the write-up's own title follows
after a separator ("TUC Congress 2024: a report from our delegation", "Regional Conference 2023 – delegate
report"); not a programme's name, nor a year of what the heading announces. Headings written for these tests
(round 18), in the voices of a union delegation, a party's conference report-back and a branch."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _meeting(page: str) -> tuple[str | None, str | None]:
    reports = extract(page, "test.txt").reports
    assert len(reports) == 1
    date = reports[0].meeting_date
    return (date.start, date.precision.value if date.precision else None) if date else (None, None)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # the year on its own line before the account opens on a count's noun
        ("Branch AGM 2023\n\nDelegates debated housing and pay.\n", ("2023", "year")),
        ("Annual Conference 2022\n\nMembers spoke in the debates on health.\n", ("2022", "year")),
        # a year ending the meeting's name, then the write-up's own title after a separator
        ("TUC Congress 2024: a report from our delegation\n\nCongress debated pay.\n", ("2024", "year")),
        ("Regional Conference 2023 – delegate report\n\nOur delegates spoke on transport.\n", ("2023", "year")),
        ("Special Conference 2021 | our report\n\nThe rule changes were carried.\n", ("2021", "year")),
        # not a meeting's name before the year, or not a write-up's title after it
        ("Vision 2030 – our report\n\nThe group met and agreed the plan.\n", (None, None)),
        ("Branch AGM 2023 – ballot opens in June\n\nThe branch met and elected officers.\n", (None, None)),
    ],
)
def test_a_year_ending_a_meetings_name_dates_it(page: str, expected: tuple[str | None, str | None]) -> None:
    assert _meeting(page) == expected


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        # a place or venue in brackets after the meeting's name and its write-up
        ("Annual Conference 2024 report (Liverpool)", ("2024", "year")),
        ("Branch AGM 2022 (Unity Hall)", ("2022", "year")),
        ("Regional Conference 2023 – delegate report [Leeds]", ("2023", "year")),
        # the year of something else, whatever the brackets
        ("Special meeting on 2019 election defeat (Leeds)", (None, None)),
    ],
)
def test_a_place_in_brackets_after_the_heading_leaves_its_year(
    heading: str, expected: tuple[str | None, str | None]
) -> None:
    assert _meeting(f"{heading}\n\nThe meeting elected officers and heard reports.\n") == expected
