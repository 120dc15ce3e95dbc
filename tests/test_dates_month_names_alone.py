"""Date mentions on pages the tool had not seen (round 8), on sentences written here in several styles, with
negatives: an abbreviated month alone ("Jan", "Jun") is a month after a word that opens a time ("since Jan", "in
Feb") or with its possessive, never as a first name ("Cllr Jun Park", "we wish Jan well")."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def mention_texts(sentences: str, heading: str = "Branch meeting – 14 March 2023") -> list[tuple[str, str | None]]:
    report = extract(f"{heading}\n\n{sentences}\n", "test.txt").reports[0]
    return [(d.text, d.start) for d in report.dates][1:]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The treasurer reported income of £2,310 since Jan.", [("Jan", "2023-01")]),  # CLP minutes
        ("Thanks to all who turned out for Feb's action days.", [("Feb", "2023-02")]),  # union branch
        ("New cards will go out in Feb, the NEC was told.", [("Feb", "2024-02")]),  # NEC write-up
        ("The Jan meeting of the group was cancelled for lack of a quorum.", [("Jan", "2023-01")]),  # council
    ],
)
def test_an_abbreviated_month_after_a_word_that_opens_a_time_is_a_month(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert mention_texts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Apologies were received from Cllr Jun Park, who was at a planning committee.",  # council minutes
        "Following the resignation of Jan Whitlock on health grounds, the NEC elected a new vice-president.",
        "We all wish Jan well in her new job, the chair said.",  # union branch
        "Councillor Dec Morrow said the scheme was a waste of money.",  # news
    ],
)
def test_an_abbreviated_month_used_as_a_first_name_is_no_date(sentence: str) -> None:
    assert mention_texts(sentence) == []
