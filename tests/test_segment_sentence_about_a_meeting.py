"""A short line of prose that says when a meeting is ("Conference is on 28 September.", "The AGM was on 3 May.",
"Hustings are on 2 June.") stands alone in many write-ups and bulletins; with its finite verb and its stop it heads
no report, though it names a meeting and a day. Pages written for these tests in the styles of an NEC write-up, a
union bulletin and a CLP newsletter."""

from __future__ import annotations

import pytest

from support import titles_and_first_meeting_day


@pytest.mark.parametrize(
    "line",
    [
        "Conference is on 28 September.",  # an NEC write-up's closing note
        "The branch AGM was on 3 May.",  # a union bulletin
        "Hustings for the selection are on 2 June.",  # a CLP newsletter
    ],
)
def test_a_line_saying_when_a_meeting_is_heads_no_report(line: str) -> None:
    page = f"NEC meeting, 14 March 2025\n\nThe NEC agreed the budget.\n\n{line}\n\nThe NEC also agreed the rules."
    assert titles_and_first_meeting_day(page) == (["NEC meeting, 14 March 2025"], "2025-03-14")


def test_a_dated_heading_without_a_verb_still_heads_a_report() -> None:
    page = (
        "NEC meeting, 14 March 2025\n\nThe NEC agreed the budget.\n\nNEC meeting, 20 May 2025\n\nIt agreed the rules."
    )
    assert titles_and_first_meeting_day(page) == (
        ["NEC meeting, 14 March 2025", "NEC meeting, 20 May 2025"],
        "2025-03-14",
    )
