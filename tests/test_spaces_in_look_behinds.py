"""A word a rule looks back at ("by", "from", "the", "be") is read the same after a run of two spaces as after one
("grew by  about 200", "June the  fourteenth", "will be  agreed in March"): the look-behinds written in code take both
(``lexicon.two_spaces_too``), as the vocabulary's patterns do. Sentences written for these tests."""

from __future__ import annotations

import pytest

from nec_extract.language.dates.finding import candidates_in
from nec_extract.language.dates.tense import tense_around
from nec_extract.language.numbers import find_quantities


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
