"""Counts in every written form, and the numbers that are not counts (language/numbers.py), on phrases written here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from nec_extract.language import numbers
from nec_extract.language.lexicon import read_json
from nec_extract.language.lexicon.numbers import NumbersVocabulary
from nec_extract.language.numbers import count_pattern, count_value, find_quantities, is_count_suffix, parse_quantity


@pytest.mark.parametrize(
    ("expression", "value", "approximate"),
    [
        ("612", 612, False),
        ("318,442", 318442, False),
        ("1,204,500", 1204500, False),
        ("35k", 35000, True),
        ("512K", 512000, True),
        ("2.5k", 2500, True),
        ("1.4m", 1400000, True),
        ("3M", 3000000, True),
        ("1.2 million", 1200000, True),
        ("250 thousand", 250000, True),
        ("seven", 7, False),
        ("forty-three", 43, False),
        ("nine hundred and eight", 908, False),
        ("three hundred", 300, True),
        ("two thousand four hundred and six", 2406, False),
        ("one million", 1000000, True),
        ("a million", 1000000, True),
        ("a thousand", 1000, True),
        ("half a million", 500000, True),
        ("a quarter of a million", 250000, True),
        ("three quarters of a million", 750000, True),
        ("two million three hundred thousand", 2300000, True),
    ],
)
def test_every_form_of_a_count(expression: str, value: int, approximate: bool) -> None:
    quantity = parse_quantity(expression)
    assert quantity is not None
    assert (quantity.value, quantity.approximate) == (value, approximate)


@pytest.mark.parametrize(
    ("expression", "value", "hedge"),
    [
        ("around 418,000", 418000, "around"),
        ("approx 41k", 41000, "approx"),
        ("approximately 6,100", 6100, "approximately"),
        ("about 900", 900, "about"),
        ("some 75,000", 75000, "some"),
        ("over 2,000", 2000, "over"),
        ("more than 160,500", 160500, "more than"),
        ("just over 88,000", 88000, "just over"),
        ("nearly 333,000", 333000, "nearly"),
        ("almost 12,000", 12000, "almost"),
        ("just under 290,000", 290000, "just under"),
        ("fewer than 4,000", 4000, "fewer than"),
        ("roughly 61,000", 61000, "roughly"),
        ("c. 404,000", 404000, "c."),
        ("c.404,000", 404000, "c."),
        ("in excess of 20,000", 20000, "in excess of"),
        ("upwards of 1,000", 1000, "upwards of"),
        ("Around 7,700", 7700, "around"),
    ],
)
def test_a_hedge_makes_a_count_approximate(expression: str, value: int, hedge: str) -> None:
    quantity = parse_quantity(expression)
    assert quantity is not None
    assert (quantity.value, quantity.approximate, quantity.hedge) == (value, True, hedge)


def test_a_stray_letter_after_a_hedge_is_a_typo() -> None:
    quantity = parse_quantity("about x 312,000")
    assert quantity is not None
    assert (quantity.value, quantity.hedge) == (312000, "about")


def test_offsets_cover_hedge_and_number() -> None:
    text = "The branch has nearly 1,900 members and 70 in arrears."
    quantities = find_quantities(text)
    assert [text[q.start : q.end] for q in quantities] == ["nearly 1,900", "70"]
    assert text[quantities[0].numeral_start : quantities[0].end] == "1,900"


@pytest.mark.parametrize(
    "text",
    [
        "The deficit is £2.4m this year.",
        "A fee of £25 was agreed.",
        "Turnout was 31% and 62 per cent backed it.",
        "In 2019 and again in 2024 the party campaigned hard.",
        "We meet on 14 May and again on June 3.",
        "The 5th item was deferred; the 21st was not.",
        "Many members are in their 30s.",
        "It fell 17-11 on a show of hands.",
        "The plan runs 2026–2029.",
        "Doors open at 18:45.",
        "Two-thirds of the committee agreed, as did two thirds of the panel.",
        "Call 0207 946 0321 for help.",
        "One in four members is under 30; one in every five is retired.",
        "One of the members asked a question.",
        "It is a one-off payment and a two-way conversation.",
        "Minutes of 05/09/2021 were approved.",
        "The ratio was 0.7 overall.",
    ],
)
def test_numbers_that_are_not_counts(text: str) -> None:
    counts = {q.value for q in find_quantities(text)}
    assert counts <= {30}, counts  # "under 30" is an age: a count to this module, an age to the membership extractor


def test_a_number_followed_by_strong_is_still_a_count() -> None:
    assert [q.value for q in find_quantities("a 450,000-strong party")] == [450000]


@pytest.mark.parametrize(
    ("token", "value"),
    [
        ("22", 22),
        ("742,300", 742300),
        ("twelve", 12),
        ("Nineteen", 19),
        ("twenty-one", 21),
        ("forty six", 46),
        ("thirty", 30),
        ("nil", 0),
        ("nobody", 0),
        ("no one", 0),
        ("lots", None),
        ("twenty-twelve", None),
    ],
)
def test_count_value_reads_a_tally_number(token: str, value: int | None) -> None:
    assert count_value(token) == value


def test_count_pattern_finds_tally_numbers_in_a_callers_regex() -> None:
    tally = re.compile(rf"\b(?P<a>{count_pattern()})\s+votes?\s+to\s+(?P<b>{count_pattern()})\b", re.IGNORECASE)
    found = tally.search("The amendment fell by seventeen votes to twenty-three.")
    assert found is not None
    assert (count_value(found["a"]), count_value(found["b"])) == (17, 23)
    with_zero = re.compile(rf"\b(?P<n>{count_pattern(zero_words=True)})\s+against\b", re.IGNORECASE)
    matched = with_zero.search("Twelve for, nil against.")
    assert matched is not None and count_value(matched["n"]) == 0
    assert re.search(rf"\b{count_pattern()}\s+against\b", "Twelve for, nil against.", re.IGNORECASE) is None


def test_a_count_suffix_keeps_a_number_a_count() -> None:
    assert is_count_suffix("strong") and is_count_suffix("Strong")
    assert not is_count_suffix("year")


def test_every_key_of_the_vocabulary_is_read() -> None:
    source = Path(numbers.__file__).read_text(encoding="utf-8")
    unread = [key for key in NumbersVocabulary.model_fields if key != "about" and f".{key}" not in source]
    assert unread == []


def test_number_words_out_of_order_or_fractions_out_of_range_are_refused() -> None:
    data = read_json(NumbersVocabulary.FILE)
    assert isinstance(data, dict)
    with pytest.raises(ValidationError, match="smallest value first"):
        NumbersVocabulary.model_validate({**data, "tens": {"thirty": 30, "twenty": 20}})
    with pytest.raises(ValidationError, match="between 0 and 1"):
        NumbersVocabulary.model_validate({**data, "fractions": {"double": 2.0}})
    with pytest.raises(ValidationError, match="single characters"):
        NumbersVocabulary.model_validate({**data, "currency_signs": ["GBP"]})


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("1.4 Million", 1400000),
        ("2.1 MILLION", 2100000),
        ("450 Thousand", 450000),
        ("1.3 Mn", 1300000),
        ("1.2 mil", 1200000),
        ("3.5 mln", 3500000),
        ("2 Bn", 2000000000),
        ("1.25 Million", 1250000),
    ],
)
def test_a_multiplier_in_any_case_or_abbreviation(expression: str, value: int) -> None:
    quantity = parse_quantity(expression)
    assert quantity is not None
    assert (quantity.value, quantity.approximate) == (value, True)


@pytest.mark.parametrize(
    ("text", "value", "hedge"),
    [
        ("We have between 4,000 and 5,000 members.", 4000, "between"),
        ("The union has 400,000-450,000 members.", 400000, None),
        ("Membership is 1.4m-1.5m.", 1400000, None),
        ("Membership is somewhere between 540k and 550k.", 540000, "somewhere between"),
        ("It is anything from 1,200 to 1,500.", 1200, "anything from"),
        ("Membership has been stable at roughly 1,500 to 1,600.", 1500, "roughly"),
        ("The branch has around 400 to 450 members.", 400, "around"),
        ("We think there are about 20 to 25 members in the ward.", 20, "about"),
        ("The union now has approximately 80,000 to 85,000 members.", 80000, "approximately"),
    ],
)
def test_a_range_is_one_approximate_count_its_lower_bound(text: str, value: int, hedge: str | None) -> None:
    found = find_quantities(text)
    assert [(q.value, q.approximate, q.hedge) for q in found] == [(value, True, hedge)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("It fell 17-11 on a show of hands.", []),
        ("The plan covers 2019-2021.", []),
        ("The panel grew from 12 to 15 members.", [12, 15]),
        ("Fees rose from £1,200-£1,500.", []),
        ("Turnout was 30-40% in most branches.", []),
        ("Membership grew by about 200 to 1,400.", [200, 1400]),
        ("It rose from about 1,500 to 1,600.", [1500, 1600]),
        ("Membership rose from around 900 to 2,000 in a decade.", [900, 2000]),
        ("It was carried by 16 to 14.", [16, 14]),
    ],
)
def test_tallies_years_changes_and_money_are_no_ranges(text: str, values: list[int]) -> None:
    assert [q.value for q in find_quantities(text)] == values


@pytest.mark.parametrize(
    ("text", "value", "hedge", "quoted"),
    [
        ("We have 1,200-odd members.", 1200, "odd", "1,200-odd"),
        ("The branch has 300+ members.", 300, "+", "300+"),
        ("Membership is 1,500 or so.", 1500, "or so", "1,500 or so"),
        ("There are 2,000 plus members.", 2000, "plus", "2,000 plus"),
        ("Membership is a little over 2,000.", 2000, "a little over", "a little over 2,000"),
        ("Membership is just shy of 600.", 600, "just shy of", "just shy of 600"),
        ("It is in the order of 12,000.", 12000, "in the order of", "in the order of 12,000"),
    ],
)
def test_hedges_before_and_after_the_number(text: str, value: int, hedge: str, quoted: str) -> None:
    (quantity,) = find_quantities(text)
    assert (quantity.value, quantity.approximate, quantity.hedge) == (value, True, hedge)
    assert text[quantity.start : quantity.end] == quoted


def test_plus_before_another_number_adds() -> None:
    assert [q.value for q in find_quantities("There were 300 plus 20 guests.")] == [300, 20]


@pytest.mark.parametrize(
    "text",
    [
        "Several thousand new members joined.",
        "A few thousand have lapsed.",
        "Thousands of members marched.",
        "Tens of thousands signed up.",
        "Many hundreds came.",
        "Some 40,000 are up to six months in arrears; others 12 weeks.",
    ],
)
def test_vague_quantities_and_durations_are_no_counts(text: str) -> None:
    assert {q.value for q in find_quantities(text)} <= {40000}
