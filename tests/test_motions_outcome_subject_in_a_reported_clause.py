"""An outcome verb far from its item, in a clause the report attributes to a source ("..., the rule changes from the
procedures committee, which had been trailed for months, passed easily, party sources confirmed"): the parse finds the
item as the verb's subject, in a main clause told on the source's word as it does in a bare one. Sentences written
for these tests in the styles of a news report and an NEC write-up."""

from __future__ import annotations

from support import titled_page_motions


def _outcomes(text: str) -> list[str]:
    return [m.outcome.value for m in titled_page_motions("NEC Report – 14 March 2023\n\n" + text + "\n")]


def test_an_outcome_told_on_a_sources_word_finds_its_far_subject() -> None:
    text = (
        "After a long and bad-tempered debate about the timetable, the rule change from the procedures committee, "
        "which had been trailed for months, passed easily, party sources confirmed."
    )
    assert _outcomes(text) == ["carried"]


def test_items_counted_before_a_far_outcome_are_each_decided() -> None:
    text = (
        "After a long and bad-tempered debate about the timetable, the three rule changes from the procedures "
        "committee, which had been trailed for months, passed easily, party sources confirmed."
    )
    assert _outcomes(text) == ["carried", "carried", "carried"]


def test_a_far_outcome_in_a_subordinate_clause_stays_unread() -> None:
    text = (
        "Members who remembered how the rule change from the procedures committee, trailed for months, passed so "
        "easily last year were wary."
    )
    assert _outcomes(text) == []
