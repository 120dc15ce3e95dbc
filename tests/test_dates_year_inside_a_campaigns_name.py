"""A year inside a capitalised name before a programme's word ("the Fair Pay 2021 campaign", "Labour's Build the
Base 2022 programme") is part of the name, not a year mention (round-22 pages bank, written here: a union
branch's news, an NEC rep's update). Near-misses: a possessive's or an article's year ("Labour's 2019 campaign",
"the 2019 campaign"), a lead word's ("In 2021 the campaign grew") and a month's ("since March 2019 campaign
spending") are years."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def mentions(sentence: str) -> list[str]:
    report = extract(f"NEC report – 22 March 2022\n\n{sentence}\n", "test.txt").reports[0]
    return [d.text for d in report.dates][1:]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Fair Pay 2021 campaign will relaunch with new leaflets.",  # union branch news
        "Labour's Build the Base 2022 programme trained 3,000 organisers.",  # NEC update
        "Councillors backed the Greener Towns 2030 strategy without a vote.",  # council minutes
    ],
)
def test_a_year_inside_a_programmes_name_is_no_mention(sentence: str) -> None:
    assert mentions(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Labour's 2019 campaign was a disaster, the report said.", ["2019"]),
        ("The 2019 campaign was the longest for years.", ["2019"]),
        ("In 2021 the campaign grew in every region.", ["2021"]),
        ("Since March 2019 campaign spending has risen.", ["March 2019"]),
    ],
)
def test_a_year_after_a_possessive_an_article_a_lead_word_or_a_month_is_a_year(
    sentence: str, expected: list[str]
) -> None:
    assert mentions(sentence) == expected
