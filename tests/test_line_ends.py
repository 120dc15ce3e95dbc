"""What a line end says, as both readers of line ends ask it (unwrap reads the width's breaks as spaces, segmentation
keeps a paragraph's lines from being read as headings). Lines written for these tests."""

from __future__ import annotations

import pytest

from nec_extract.language.line_ends import LOWER_START, broken_for_width, ends_on_an_open_word


def test_a_break_is_the_widths_when_the_next_word_would_not_have_fitted() -> None:
    line = "The treasurer said the branch accounts were"
    assert broken_for_width(line, "healthier than at any time since 2019.", width=50)
    assert not broken_for_width(line, "up.", width=50)
    assert not broken_for_width("   ", "anything", width=50)


def test_a_no_break_space_keeps_two_words_as_one_for_the_width() -> None:
    line = "The next meeting of the executive will be on"
    assert broken_for_width(line, "24\u00a0March at the usual place.", width=50)
    assert not broken_for_width(line, "24 March at the usual place.", width=50)


@pytest.mark.parametrize(
    ("line", "open_"),
    [
        ("The secretary then moved that the", True),
        ("Amendment 3 was carried by 14 votes,", True),
        ("Motion 4 on rail fares was lost (", True),
        ("Log in", False),
        ("The secretary's report was noted.", False),
    ],
)
def test_a_line_broken_off_on_an_open_word(line: str, open_: bool) -> None:
    assert ends_on_an_open_word(line) is open_


def test_the_next_line_carries_on_in_lower_case() -> None:
    assert LOWER_START.match("  (as agreed last month) the report")
    assert LOWER_START.match("“not before time” said one member")
    assert not LOWER_START.match("2. Apologies")
