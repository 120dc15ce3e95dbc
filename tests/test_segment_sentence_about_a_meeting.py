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


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The GC met on 9 June 2016.", "2016-06-09"),  # a CLP newsletter
        ("Our executive convened on 3 May 2022.", "2022-05-03"),  # a union branch's notes
        ("The regional board gathered in Leeds on 21 March 2019.", "2019-03-21"),  # a regional rep's blog
    ],
)
def test_a_short_line_saying_the_body_met_heads_no_report_but_opens_the_account(line: str, expected: str) -> None:
    """ "The GC met on 9 June 2016." with its stop is the account's first sentence, not its heading."""
    page = f"Newsletter\n\n{line}\n\nDelegates heard from the councillors about the cuts.\n\nThe motion was carried."
    assert titles_and_first_meeting_day(page) == ([None], expected)


def test_a_heading_naming_the_meeting_and_day_without_a_stop_still_heads_it() -> None:
    page = "Regional board met – 21 March 2019\n\nDelegates heard from the councillors.\n\nThe motion was carried."
    assert titles_and_first_meeting_day(page) == (["Regional board met – 21 March 2019"], "2019-03-21")
