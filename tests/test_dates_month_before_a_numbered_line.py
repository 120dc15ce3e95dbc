"""A month ending a line is not given the number of the list item that opens the next line as its day (round 25):
"... by the end of February" / "3. AOB" in a union branch's minutes, a council committee's action list, a CLP
executive's numbered notes and an NEC write-up's numbered points. A day written on the next line with no list
mark ("the stall is booked for March" / "16 and ..."), and "March 5" on one line, stay days."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _dates(page: str) -> dict[str, str | None]:
    (report,) = extract(page, "test.txt").reports
    return {" ".join(m.text.split()): m.start for m in report.dates}


@pytest.mark.parametrize(
    ("lines", "month", "month_value"),
    [
        ("2. Recruitment. Stewards to be trained by April\n3. AOB. None.", "April", "2024-04"),
        ("4. Library review: consultation to close in June\n5) Any other business", "June", "2024-06"),
        ("Action: leaflet drop completed mid-March\n6. Next meeting to be arranged.", "March", "2024-03"),
        ("2. The NEC will return to the rule book in September\n3. Finance.", "September", "2024-09"),
    ],
)
def test_a_month_ending_a_line_keeps_no_list_number(lines: str, month: str, month_value: str) -> None:
    page = f"Branch committee minutes, 9 January 2024\n\n1. Apologies were received from two members.\n{lines}\n"
    dates = _dates(page)
    assert dates[month] == month_value
    assert not any(text.startswith(f"{month} ") for text in dates)


def test_a_day_carried_to_the_next_line_stays_a_day() -> None:
    page = (
        "Branch committee minutes, 9 January 2024\n\n"
        "1. The stall is booked for Saturday March\n16 and the leaflets are ordered. "
        "The rally is on March 5 in the square.\n"
    )
    dates = _dates(page)
    assert dates["Saturday March 16"] == "2024-03-16"
    assert dates["March 5"] == "2024-03-05"
