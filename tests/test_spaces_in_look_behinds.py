"""A word a rule looks back at ("by", "from", "the", "be") is read the same after a run of two spaces as after one
("grew by  about 200", "June the  fourteenth", "will be  agreed in March"): the look-behinds written in code take both
(``lexicon.two_spaces_too``), as the vocabulary's patterns do; those written with ``\\s`` between words
("(?<!\\bhad\\s)") take an in-line run of two spaces too (``spaces.two_spaces_behind``). Sentences written for these
tests."""

from __future__ import annotations

import re

import pytest

from nec_extract.language.dates.finding import candidates_in
from nec_extract.language.dates.tense import tense_around
from nec_extract.language.lexicon import two_spaces_too
from nec_extract.language.numbers import find_quantities
from nec_extract.language.spaces import two_spaces_behind
from nec_extract.page.segment.headings import _heads_another_article
from support import tally_counts


def _two_spaces_after(text: str, word: str) -> str:
    return text.replace(f" {word} ", f" {word}  ")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Attendance at branch meetings grew by around 40 to 45 a month.", "by"),
        ("The levy went up from roughly 30 to 45 pence a member.", "from"),
    ],
)
def test_a_hedge_after_by_or_from_opens_no_range(text: str, word: str) -> None:
    def read(page: str) -> list[tuple[int, bool, int]]:
        return [(q.value, q.approximate, q.end - q.start) for q in find_quantities(page)]

    assert read(_two_spaces_after(text, word)) == read(text)


@pytest.mark.parametrize(
    "text",
    ["The conference opens on June the fourteenth.", "Spending rose in the third quarter of the year."],
)
def test_a_day_or_a_quarter_after_the(text: str) -> None:
    def read(page: str) -> list[tuple[str, str]]:
        return [(c.kind, " ".join(c.match.group().split())) for c in candidates_in(page)]

    assert read(_two_spaces_after(text, "the")) == read(text) != []


@pytest.mark.parametrize("text", ["The new code of conduct will be agreed in March.", "It is being voted on in May."])
def test_a_decision_to_be_taken_is_not_told_as_past(text: str) -> None:
    doubled = _two_spaces_after(_two_spaces_after(text, "be"), "being")
    month = text.rindex(" ") + 1
    doubled_month = doubled.rindex(" ") + 1
    expected = tense_around(text, 0, month, len(text) - 1)
    assert tense_around(doubled, 0, doubled_month, len(doubled) - 1) == expected
    assert expected != "past"


@pytest.mark.parametrize(
    ("look_behind", "word", "matches", "misses"),
    [
        (r"(?<!\bhad\s)", "met", ["The NEC met", "we met"], ["we had met", "we had  met", "we had\nmet"]),
        (r"(?<=\bthere\s)", "was", ["there was", "there  was", "there\nwas"], ["it was", "there   was"]),
        (r"(?<!\bof\sthe\s)", "two", ["the two", "of two"], ["of the two", "of  the  two", "of the  two"]),
        (r"(?<!\bno-)", "one", ["no one"], ["no-one"]),
    ],
)
def test_a_look_behind_with_a_space_between_words_takes_two_spaces_too(
    look_behind: str, word: str, matches: list[str], misses: list[str]
) -> None:
    pattern = re.compile(rf"{two_spaces_behind(look_behind)}\b{word}\b")
    for text in matches:
        assert pattern.search(text), text
    for text in misses:
        assert not pattern.search(text), text


def test_look_behinds_given_together_all_hold() -> None:
    not_the_writer = two_spaces_behind(r"(?<!\bI\s)", r"(?<!\bwe\s)")
    pattern = re.compile(rf"{not_the_writer}\bagreed\b")
    assert pattern.search("The branch agreed")
    assert not any(pattern.search(text) for text in ["I agreed", "we  agreed", "I  agreed"])


def test_a_vocabulary_look_behind_keeps_only_forms_of_one_width() -> None:
    """Both kinds of look-behind are doubled by one piece (``spaces.look_behind_two_spaces_too``): a form that doubles
    the space of one alternative only would have two widths, and is left out."""
    pattern = re.compile(rf"{two_spaces_too('(?<=was |ere )')}carried")
    assert all(pattern.search(text) for text in ["was carried", "were carried", "was  carried", "were  carried"])
    assert not pattern.search("is carried")


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        # NEC write-up: "no one" is no count of one
        ("The motion was carried: 25 voted for and no one voted against.", [(25, 0, None)]),
        # union minutes: those left out are no count
        ("Everyone except two voted for the motion.", []),
    ],
)
def test_no_count_after_no_or_except_across_two_spaces(body: str, counts: list[tuple[int, int, int | None]]) -> None:
    assert tally_counts(body) == counts
    assert tally_counts(_two_spaces_after(body, "no").replace("except ", "except  ")) == counts


@pytest.mark.parametrize("headline", ["How motions are decided at conference", "What is agreed at conference"])
def test_a_verb_after_be_heads_another_article_across_two_spaces(headline: str) -> None:
    assert _heads_another_article(headline)
    assert _heads_another_article(headline.replace("are ", "are  ").replace("is ", "is  "))
