"""A day, an abbreviated month and two digits of year ending a sentence or a clause of minutes or a bulletin
("Nominations closed on 1 Mar 22.", "agreed on 3 Feb 21; the rest followed", "Held on 4 Apr 23: present six") is
that day of that year, as it is at a line's end; two digits that go on into the sentence ("On 12 Mar 19 members
voted") are no year."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def _dates(body: str) -> list[tuple[str, str | None]]:
    page = f"Branch committee – 14 March 2024\n\nThe committee met in the hall. {body}\n"
    return [(m.text, m.start) for r in extract(page, "t.txt").reports for m in r.dates][1:]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Nominations closed on 1 Mar 22.", [("1 Mar 22", "2022-03-01")]),  # a union bulletin
        ("The rule was agreed on 3 Feb 21; the rest followed.", [("3 Feb 21", "2021-02-03")]),  # CLP minutes
        ("The last audit was dated 4 Apr 23: nothing was found.", [("4 Apr 23", "2023-04-04")]),  # council minutes
        ("Subs were last raised on 9 Sept 19.", [("9 Sept 19", "2019-09-09")]),
    ],
)
def test_a_two_digit_year_ending_a_sentence_or_clause_is_the_year(
    body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _dates(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("On 12 Mar 19 members voted.", [("12 Mar", "2024-03-12")]),  # a count follows
        ("By 2 Jun 40 branches had replied.", [("2 Jun", "2024-06-02")]),
    ],
)
def test_two_digits_going_on_into_the_sentence_are_no_year(body: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(body) == expected
