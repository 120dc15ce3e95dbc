"""The date engine's finder: every date expression of a stretch of page, checked, the longest kept."""

from __future__ import annotations

import pytest

from nec_extract.language.dates import find_candidates
from nec_extract.language.text import split_sentences
from support import report_context


def found(text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in find_candidates(text, 0, len(text), split_sentences(text))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The branch met on 4 March 2021 to plan.", [("day", "4 March 2021")]),
        ("Our executive sat from 4 to 9 March 2020.", [("range", "4 to 9 March 2020")]),
        ("Accounts for 2019-20 were signed off.", [("year_range", "2019-20")]),
        ("Figures for Q3 2022 were read out.", [("quarter", "Q3 2022")]),
        ("The group meets again next May.", [("relative_month", "next May")]),
        ("Councillors voted yesterday.", [("deictic", "yesterday")]),
    ],
)
def test_each_form_is_found_with_its_kind(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert found(sentence) == expected


def test_the_longest_expression_wins_where_forms_overlap() -> None:
    # "March 2020", "9 March 2020" and "2020" lie inside the range
    assert found("It ran from 4 to 9 March 2020.") == [("range", "4 to 9 March 2020")]


def test_links_and_scraper_stamps_hold_no_dates() -> None:
    text = "date 2021-02-03 See www.example.org/2019/05/minutes for the papers of 2018."
    assert found(text) == [("year", "2018")]


def test_month_words_that_are_names_or_verbs_are_checked_out() -> None:
    assert found("Theresa May spoke and we may march on.") == []


def test_only_the_stretch_asked_for_is_read() -> None:
    text = "Posted 1 June 2020. The committee met in July. Comments closed 3 August 2020."
    start, end = text.index("The committee"), text.index("Comments")
    assert [c.text for c in find_candidates(text, start, end, [])] == ["July"]


def test_a_report_finds_its_candidates_once() -> None:
    context = report_context("The union executive met on 12 May 2022 and again on 19 May.", parse=False)
    first = context.date_candidates
    assert [c.text for c in first] == ["12 May 2022", "19 May"]
    assert context.date_candidates is first


@pytest.mark.parametrize(
    "text",
    [
        "The branch chair died in December.\n\n3. The treasurer reported a surplus.",
        "Nominations closed in March. 12 members stood for the four places.",
        "We last met in October.\n2. Apologies were received.",
    ],
)
def test_a_month_that_ends_its_sentence_takes_no_day_from_the_next(text: str) -> None:
    assert [kind for kind, _ in found(text)] == ["bare_month"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date ending one sentence keeps its day when the next opens with a year counted from now
        ("The ballot closes on 20 June. Last year the turnout was poor.", ["20 June", "Last year"]),
        ("Branch AGM: Thursday 3 May. This year we meet at the Trades Hall.", ["Thursday 3 May", "This year"]),
        ("The council sets its budget on 4 February. Next year it will be harder.", ["4 February", "Next year"]),
        ("We met in June. Next year the rally moves to Leeds.", ["June", "Next year"]),
        # within one phrase the year counted from now still belongs to the date
        ("The review reports on 20 June next year.", ["20 June next year"]),
        ("Elections were held in May last year.", ["May last year"]),
        ("The conference is on Sept. 12 this year.", ["Sept. 12 this year"]),
    ],
)
def test_a_year_counted_from_now_in_the_next_sentence_is_not_the_dates(text: str, expected: list[str]) -> None:
    assert [c.text for c in find_candidates(text, 0, len(text), split_sentences(text))] == expected


@pytest.mark.parametrize(
    "text",
    [
        "NEC report – 14 March 2023\n\nNext year we will meet in May.",
        "Executive news, 3 May 2022\n\nLast year the branch lost two officers.",
        "Council minutes – 9 June 2021\nThis year the budget rose.",
    ],
)
def test_a_day_and_the_next_line_s_year_word_are_two_mentions(text: str) -> None:
    texts = [t for _, t in found(text)]
    year_word = text.split("\n")[-1].split(" year")[0] + " year"
    assert year_word in texts and all("\n" not in t for t in texts), texts
