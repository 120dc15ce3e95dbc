"""Pages written in American or Australian spelling ("in favor", "organized", "the program") read as the same pages in
British spelling: every word list and pattern of the vocabulary matches either spelling (models/spelling.json). Every
page is written for these tests: a US party's state committee, an Australian Labor branch, a union local.
"""

from __future__ import annotations

import pytest

from nec_extract.language.lexicon.decisions import decisions_vocabulary
from nec_extract.language.spelling import either_spelling, with_other_spellings
from nec_extract.pipeline import extract

BRITISH = {
    "favor": "favour",
    "organized": "organised",
    "program": "programme",
    "center": "centre",
    "authorized": "authorised",
    "prioritize": "prioritise",
}

PAGES = [
    (
        "State Committee meeting – 14 March 2024\n\n"
        "The committee debated the motion to endorse the housing program. It passed with 17 in favor and 8 against.\n\n"
        "A proposal to move the office to the community center was defeated 6-19.\n"
    ),
    (
        "Eastside Branch minutes, 2 May 2024\n\n"
        "Moved Dana Whitfield, seconded Omar Reyes, that the branch prioritize the organizing drive. Carried.\n\n"
        "For: 12\nAgainst: 3\n\n"
        "The secretary was authorized to write to the council, and the motion on the youth program was voted down.\n"
    ),
    (
        "Local 512 executive board report, 9 June 2024\n\n"
        "The board voted in favor of the strike fund, 9 votes to 2. A motion to defund the training center fell.\n"
    ),
]


def _british(page: str) -> str:
    for american, british in BRITISH.items():
        page = page.replace(american, british)
    return page


def _records(page: str) -> list[tuple[object, ...]]:
    document = extract(page, "page.txt")
    motions = [(m.kind, m.outcome) for r in document.reports for m in r.motions]
    votes = [(v.for_, v.against, v.abstentions, v.unanimous) for r in document.reports for v in r.votes]
    return [*motions, *votes]


@pytest.mark.parametrize("page", PAGES)
def test_either_spelling_gives_the_same_records(page: str) -> None:
    american = _records(page)
    assert american  # each page decides something
    assert american == _records(_british(page))


def test_word_lists_hold_either_spelling() -> None:
    assert with_other_spellings(["in favour", "vote"]) == ["in favour", "vote", "in favor"]
    votes = decisions_vocabulary().motions.author_vote_verbs  # as loaded: "voted in favor of" beside the British
    assert "voted in favour of" in votes and "voted in favor of" in votes


def test_patterns_match_either_spelling_and_keep_the_case_they_were_written_in() -> None:
    assert either_spelling("(?:in favour|for)") == "(?:in (?:favour|favor)|for)"
    assert either_spelling("Organisation") == "(?:Organis|Organiz)ation"


@pytest.mark.parametrize("words", [["for", "against"], ["our", "four"], ["emphasis"]])
def test_words_without_a_british_part_are_kept_as_they_are(words: list[str]) -> None:
    assert with_other_spellings(words)[: len(words)] == words
    assert all(word in with_other_spellings(words) for word in words)
