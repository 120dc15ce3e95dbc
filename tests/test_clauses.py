"""The one clause splitter: each reading's breaks, and the four ways of asking where a clause lies."""

from __future__ import annotations

import pytest

from nec_extract.language.clauses import clauses


def test_a_decision_clause_runs_past_a_plain_comma_but_stops_at_but() -> None:
    text = "The rule change, tabled late, was agreed but the budget was deferred"
    assert clauses("decision").starts(text) == [text.index(" the budget")]


def test_the_subject_of_a_moved_item_starts_after_any_comma() -> None:
    text = "After a long debate, the branch secretary moved the amendment"
    at = text.index("moved")
    assert text[clauses("decision_subject").start_of(text, at) : at] == "the branch secretary "


def test_a_tally_clause_stops_at_a_full_stop_and_at_and() -> None:
    text = "Nominations closed. The vote was 14 to 3, and the chair abstained"
    start = text.index("14")
    low, high = clauses("tally").around(text, start, start + len("14 to 3"))
    assert text[low:high] == "The vote was 14 to 3"


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("The group will meet again, which was agreed on", " was agreed on"),
        ("Members voted; the ballot opens on", " the ballot opens on"),
        ("A ward that has not yet met on", " has not yet met on"),
    ],
)
def test_the_tense_of_a_date_is_read_from_its_own_clause(text: str, clause: str) -> None:
    tense_before = clauses("tense_before")
    assert text[tense_before.start_of(text, len(text)) :] == clause


def test_a_clause_after_a_date_ends_at_the_first_break() -> None:
    after = " will be reviewed when the council meets"
    assert after[: clauses("tense_after").end_of(after, 0)] == " will be reviewed "


def test_a_text_with_no_break_is_one_clause() -> None:
    text = "Carried unanimously"
    splitter = clauses("decision")
    assert splitter.starts(text) == []
    assert splitter.start_of(text, 5) == 0
    assert splitter.end_of(text, 0) == len(text)
    assert splitter.around(text, 0, 7) == (0, len(text))
