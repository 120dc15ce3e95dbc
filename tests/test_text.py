"""Sentences with offsets, bounded in length, and spans trimmed of whitespace."""

from __future__ import annotations

import itertools

import pytest

from nec_extract.language.text import MAX_SENTENCE_CHARS, bounded_pieces, make_span, normalise_space, split_sentences


def texts(page: str, start: int = 0, end: int | None = None) -> list[str]:
    sentences = split_sentences(page, start, end)
    for sentence in sentences:
        assert page[sentence.start : sentence.end] == sentence.text
    return [s.text for s in sentences]


def test_sentences_end_at_stops_before_capitals_and_lines() -> None:
    page = "The NEC met. Keir spoke first!  Was it agreed? Yes.\nA new line starts here"
    assert texts(page) == ["The NEC met.", "Keir spoke first!", "Was it agreed?", "Yes.", "A new line starts here"]


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    page = "Mr. Smith and Dr. Jones met Cllr. Ann B. Black on 3 Jan. 2023 at St. Mary's. Then it ended."
    first = "Mr. Smith and Dr. Jones met Cllr. Ann B. Black on 3 Jan. 2023 at St. Mary's."
    assert texts(page) == [first, "Then it ended."]


def test_a_quote_or_bracket_closes_a_sentence() -> None:
    page = 'He said "we won." The vote (22-12.) Followed.'
    assert texts(page) == ['He said "we won."', "The vote (22-12.)", "Followed."]


def test_sentences_of_a_range_keep_page_offsets() -> None:
    page = "Header line.\nNEC Report\nThe NEC met. It agreed.\nFooter."
    start = page.index("The NEC")
    end = page.index("\nFooter")
    sentences = split_sentences(page, start, end)
    assert [(s.start, s.text) for s in sentences] == [(start, "The NEC met."), (start + 13, "It agreed.")]


def test_a_long_sentence_is_cut_at_whitespace_into_bounded_pieces() -> None:
    page = "  " + "members discussed the review " * 200 + "and agreed it."
    sentences = split_sentences(page)
    assert len(sentences) > 1
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    for before, after in itertools.pairwise(sentences):
        assert page[before.end].isspace()  # each cut falls on whitespace, never inside a word
        assert page[before.end : after.start].isspace()
    assert " ".join(texts(page)) == page.strip()


def test_a_long_run_without_whitespace_is_cut_at_the_limit() -> None:
    page = "x" * (2 * MAX_SENTENCE_CHARS + 5)
    sentences = split_sentences(page)
    assert [len(s.text) for s in sentences] == [MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 5]
    assert "".join(texts(page)) == page


def test_a_run_of_abbreviations_is_one_bounded_sentence_list() -> None:
    page = "Mr. A. Mr. B. " * 2_000
    sentences = split_sentences(page)
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert "".join(s.text for s in sentences).replace(" ", "") == page.replace(" ", "")


@pytest.mark.parametrize(
    ("length", "limit", "expected"),
    [(10, 10, [(0, 10)]), (11, 10, [(0, 6), (6, 11)]), (0, 10, [(0, 0)])],
)
def test_bounded_pieces(length: int, limit: int, expected: list[tuple[int, int]]) -> None:
    page = "abcde fghijklmnop"[:length]
    assert bounded_pieces(page, 0, length, limit) == expected


def test_sentences_of_odd_whitespace_and_control_characters_keep_true_offsets() -> None:
    page = "\r\n\u00a0The NEC met.\u2003\x0bIt agreed\x00 this.\u2028Next\r\n\t"
    for sentence in split_sentences(page):
        assert page[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()


def test_make_span_trims_whitespace_and_keeps_offsets() -> None:
    page = "a \u00a0 quoted\tb"
    span = make_span(page, 1, 11)
    assert (span.start, span.end, span.text) == (4, 10, "quoted")
    empty = make_span(page, 1, 3)
    assert empty.text == "" and empty.start == empty.end


def test_normalise_space() -> None:
    assert normalise_space("  NEC\u00a0Report\n –\t28 March ") == "NEC Report – 28 March"


def test_hard_wrapped_prose_is_joined_into_whole_sentences() -> None:
    text = (
        "The meeting opened with\na report from the Chair, who said the\nagenda was long. She thanked\n"
        "the staff for their\nwork.\n"
    )
    assert [s.text for s in split_sentences(text)] == [
        "The meeting opened with\na report from the Chair, who said the\nagenda was long.",
        "She thanked\nthe staff for their\nwork.",
    ]


def test_a_list_of_short_lines_is_not_wrapped_prose() -> None:
    text = "13/3 withdrawn\n13/4 lost\n15/2 carried\n8/1 carried\n"
    assert [s.text for s in split_sentences(text)] == ["13/3 withdrawn", "13/4 lost", "15/2 carried", "8/1 carried"]


def test_a_heading_and_dateline_stay_apart_from_the_body() -> None:
    text = "NEC Report – 3 June 2021\nThursday, 5 June 2021\nThe meeting was short.\n"
    assert [s.text for s in split_sentences(text)] == [
        "NEC Report – 3 June 2021",
        "Thursday, 5 June 2021",
        "The meeting was short.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A motion on the parking charges was moved by Cllr Hamid\nRauf and seconded by Cllr Bea Lindholm.\n",
        "The treasurer's report was given in her absence by Hamid\nRauf, who said the accounts were in order.\n",
    ],
)
def test_two_lines_of_prose_a_name_is_broken_across_are_one_sentence(text: str) -> None:
    assert [s.text for s in split_sentences(text)] == [text.strip()]


@pytest.mark.parametrize(
    "text",
    [
        "Motions to the regional conference on Housing\nThree motions were received.\n",  # a heading, short
        "The meeting heard from the Treasurer on the Accounts\nTom Reid asked about the deficit.\n",  # a full name
        "We then discussed the Organisation Committee's report.\nAll the reports were noted.\n",  # a sentence ends
    ],
)
def test_lines_that_do_not_break_a_name_stay_apart(text: str) -> None:
    assert len(split_sentences(text)) == 2


def test_lines_wrapped_at_one_width_are_prose_whatever_word_starts_them() -> None:
    text = (
        "Our chair opened the meeting with a minute's silence for a member who\n"
        "died last month after fifty years in the branch. The branch secretary\n"
        "Amos Greene then reported on the pay claim, and members asked whether\n"
        "Steward Ian Hollis would lead the talks. He said he would.\n"
    )
    sentences = [" ".join(s.text.split()) for s in split_sentences(text)]
    assert sentences == [
        "Our chair opened the meeting with a minute's silence for a member who died last month after fifty years in "
        "the branch.",
        "The branch secretary Amos Greene then reported on the pay claim, and members asked whether Steward Ian "
        "Hollis would lead the talks.",
        "He said he would.",
    ]


def test_a_list_of_long_closed_lines_is_not_wrapped_prose() -> None:
    text = (
        "Jo Bloggs reported on the accounts for the year to March, which were approved.\n"
        "Sam Hale moved the motion on the closure of the library, which was carried.\n"
        "Ana Ruiz asked about the date of the next meeting and was told it is in June.\n"
    )
    assert len(split_sentences(text)) == 3


@pytest.mark.parametrize(
    "text",
    [
        # a union conference's table of motions, columns lined up with spaces
        "C4  Pay claim for cleaners            Leeds branch       Carried\n"
        "C5  Affiliation to the peace council   Hull branch        Lost\n"
        "C6  Rule on branch quorums             Retired section    Remitted\n",
        # a council's decisions, cells apart by tabs
        "Item 7\tCar park charges review\tCllr Mbeki\tAgreed\n"
        "Item 8\tLibrary opening hours\tCllr Shaw\tDeferred\n"
        "Item 9\tStreet lighting contract\tCllr Rowe\tAgreed\n",
    ],
)
def test_rows_of_a_table_in_columns_are_not_wrapped_prose(text: str) -> None:
    assert len(split_sentences(text)) == 3


def test_wrapped_prose_with_two_spaces_after_a_stop_is_still_prose() -> None:
    text = (
        "The branch meeting heard from the treasurer about the cost of the new\n"
        "office.  Members asked whether the lease could be shortened, and the\n"
        "treasurer said she would ask the landlord before the next meeting of\n"
        "the committee in the spring.\n"
    )
    assert len(split_sentences(text)) == 2
