"""Sign-offs and bylines by writers whose names carry letters beyond ASCII (round 21, Welsh Executive reports and
others written here): "Siân Lewis, 10th July 2024" ends the page as its dateline, as "Jo Bloggs, 16 March 2023"
does; a sentence with a day is still none."""

from __future__ import annotations

import pytest

from nec_extract.page.dateline import is_dateline
from nec_extract.pipeline import extract


@pytest.mark.parametrize(
    "line",
    ["Siân Lewis, 10th July 2024", "Zoë Hart, 3 May 2022", "Élise Martin, 4 June 2021", "Siân Lewis on 14 March 2019"],
)
def test_a_name_beyond_ascii_before_a_day_is_a_dateline(line: str) -> None:
    assert is_dateline(line)


@pytest.mark.parametrize("line", ["The WEC met on 16 March 2023", "Siân Lewis spoke on 16 March 2023 about the budget"])
def test_a_sentence_with_a_day_is_no_dateline(line: str) -> None:
    assert not is_dateline(line)


@pytest.mark.parametrize(
    ("signature", "day"),
    [
        ("Siân Lewis, 10th July 2024", "2024-07-06"),  # party executive
        ("Gwenllïan Rhys, 10th July 2024", "2024-07-06"),  # union branch
    ],
)
def test_a_sign_off_dates_last_saturday(signature: str, day: str) -> None:
    page = (
        "WEC report\n\nBelow is my report from the WEC meeting held in Cardiff last Saturday.\n\n"
        f"The WEC agreed the selection timetable.\n\n{signature}\n"
    )
    found = extract(page, "t.txt").reports[0].meeting_date
    assert found is not None and found.start == day
