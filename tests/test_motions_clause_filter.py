"""The clause layer's cheap filter: its word patterns, built as prefix trees, find what the plain word lists find."""

from __future__ import annotations

import re

from nec_extract.extractors.motions.clause import clause_filter
from nec_extract.extractors.motions.this_meeting.bodies import MeetingBody


def _texts(words: list[str]) -> list[str]:
    """Each word alone, capitalised, inside a longer word, with an ending, cut short, beside another."""
    texts = []
    for word in words:
        texts += [f"They {word} the plan.", f"{word.upper()}.", f"un{word}ly", f"{word}s", f"{word}-{word}"]
        texts += [f"the {word}ing", f"({word})", word[:-1], f"re{word}", f"{word}es", f"{word}'s"]
    return texts


def test_the_decision_forms_match_as_the_plain_list_would() -> None:
    forms = clause_filter.decision_forms()
    assert {"agreed", "threw", "co-opted", "voting", "rejects"} <= set(forms)
    plain = re.compile(rf"\b(?:{'|'.join(map(re.escape, forms))})\b", re.IGNORECASE)
    for text in _texts(forms):
        assert bool(clause_filter._decision_form().search(text)) == bool(plain.search(text)), text


def test_who_or_what_matches_as_the_plain_list_would() -> None:
    words = clause_filter.who_or_what_words()
    assert {"committee", "we", "motion", "fourth", "majority"} <= set(words)
    plain = re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})s?\b", re.IGNORECASE)
    for text in _texts(words):
        assert bool(clause_filter._who_or_what().search(text)) == bool(plain.search(text)), text


def test_the_filter_on_words_alone() -> None:
    assert clause_filter.worth_parsing_text("The GMB voted to ballot.", MeetingBody(("GMB",)))
    assert clause_filter.worth_parsing_text("The committees agreed.", MeetingBody())
    assert not clause_filter.worth_parsing_text("The weather agreed with us.", MeetingBody())
    assert not clause_filter.worth_parsing_text("The committee met.", MeetingBody())
