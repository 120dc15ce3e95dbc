"""Property tests: whatever the text, ``extract`` returns a valid Document whose spans are true, and
whatever the bytes, reading them gives text or a clear InputError.

CI runs 30 examples per property, the same ones every run (derandomized); ``bench/fuzz.py`` sets
``NEC_FUZZ_EXAMPLES`` and runs the same properties with many more, drawn at random.
"""

from __future__ import annotations

import codecs
import os
import time
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from nec_extract.language.text import MAX_SENTENCE_CHARS, split_sentences
from nec_extract.models import DateMention, Document, Span
from nec_extract.pipeline import extract
from nec_extract.reading.inputs import InputError, decode, load_text

FUZZING = "NEC_FUZZ_EXAMPLES" in os.environ
EXAMPLES = int(os.environ.get("NEC_FUZZ_EXAMPLES", "30"))
BOUNDED = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not FUZZING,  # CI checks the same examples every run; the fuzz run explores
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
# how many examples each property has checked in this process, and its slowest (read by bench/fuzz.py)
CHECKED: dict[str, int] = {}
SLOWEST: dict[str, tuple[float, str]] = {}


def walk_spans(value: Any) -> list[Span]:
    """Every Span anywhere in a record: evidence, mentions, date spans, the meeting date's span."""
    if isinstance(value, Span):
        return [value]
    if isinstance(value, BaseModel):
        return [span for name in type(value).model_fields for span in walk_spans(getattr(value, name))]
    if isinstance(value, list):
        return [span for item in value for span in walk_spans(item)]
    return []


def walk_dates(value: Any) -> list[DateMention]:
    if isinstance(value, DateMention):
        return [value]
    if isinstance(value, BaseModel):
        return [date for name in type(value).model_fields for date in walk_dates(getattr(value, name))]
    if isinstance(value, list):
        return [date for item in value for date in walk_dates(item)]
    return []


def count(property_name: str) -> None:
    CHECKED[property_name] = CHECKED.get(property_name, 0) + 1


def check(property_name: str, text: str) -> None:
    """Count the example, check its document, and keep the slowest text of each property."""
    count(property_name)
    started = time.perf_counter()
    check_document(text)
    seconds = time.perf_counter() - started
    if seconds > SLOWEST.get(property_name, (0.0, ""))[0]:
        SLOWEST[property_name] = (seconds, text)


def check_document(text: str) -> Document:
    document = extract(text, "<property>")
    assert isinstance(document, Document)
    Document.model_validate(document.to_dict(), context={"text": text})  # the JSON form validates too
    for span in walk_spans(document):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
    for date in walk_dates(document):
        assert date.text == date.span.text
    for report in document.reports:
        assert 0 <= report.span.start <= report.span.end <= len(text)
    return document


# --- strategies ----------------------------------------------------------------------------------

any_text = st.text(max_size=2_000)
# arbitrary Unicode "words" under a meeting heading: a report, so every extractor reads them
unicode_report = st.lists(st.text(min_size=1, max_size=12), min_size=8, max_size=300).map(
    lambda words: "NEC Report – 28 March 2023\n\n" + " ".join(words)
)
control_text = st.text(
    alphabet=st.one_of(st.characters(categories=["Cc", "Cf", "Zl", "Zp", "Zs"]), st.sampled_from("NEC met.\n 12")),
    max_size=1_000,
)
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
no_newlines = st.text(alphabet=st.characters(exclude_characters=LINE_BREAKS), max_size=3_000)
long_lines = st.builds(lambda unit, times: unit * times, st.text(min_size=1, max_size=40), st.integers(50, 2_500))
numbers = st.lists(
    st.one_of(
        st.integers(-(10**30), 10**30).map(str),
        st.sampled_from(["400,757", "489k", "1m", "22-12", "16–14", "0", "007", "1,2,3", "12.5", "£5", "1e9", "Q4"]),
    ),
    max_size=200,
).flatmap(lambda parts: st.sampled_from([" ", ", ", "\n", " to ", "-", ""]).map(lambda sep: sep.join(parts)))

DATE_FRAGMENTS = [
    "28 March 2023",
    "26th April",
    "January 2024",
    "Q4 of 2022",
    "the 2019 General Election",
    "Tuesday 24 March",
    "this May",
    "today",
    "yesterday",
    "4 to 9 March 2020",
    "31/02/2023",
    "29 February 2023",
    "29 February 2024",
    "February 30",
    "0 March",
    "32 May",
    "Monday, January 6th",
    "May 2021",
    "MAY 2021",
    "Sept. 2018",
    "1900",
    "2099",
    "9999",
    "31 December 1899",
    "1 January 2100",
    "Q5 of 2022",
    "4–9 March",
    "20/9/2016",
    "Sunday 31 April",
]
dates_only = st.lists(st.sampled_from(DATE_FRAGMENTS), min_size=1, max_size=60).flatmap(
    lambda parts: st.sampled_from([" ", ". ", "\n", ", ", " – ", "\n\n"]).map(lambda sep: sep.join(parts))
)

# Fragments of a report, written for these tests, assembled in any order with any separator.
REPORT_FRAGMENTS = [
    "NEC Report – 28 March 2023",
    "Labour NEC Away Day Report – 24 November 2020",
    "NEC meeting, 18 September 2018",
    "NEC Report – MAY 2021",
    "Posted by Jane Doe on 30 March 2023",
    "The NEC met on Tuesday.",
    "Keir Starmer gave the Leader’s report, saying the party was ready.",
    "The General Secretary, David Evans, reported that membership was 400,757.",
    "Membership is around 489k, with 7k of which are in their 20s.",
    "I moved an amendment on trigger ballots, seconded by Ann Black; it fell 16-14.",
    "The motion was carried by 22 votes to 12 with two abstentions.",
    "It was agreed unanimously.",
    "A 15-15 tie, then on a recount it passed 16-15.",
    "Dame Margaret Beckett MP presented the report, which was accepted.",
    "We agreed nem con to refer it back to the working group.",
    "The next meeting is on 25 May.",
    "Continue reading",
    "Leave a reply",
    "3 comments",
    "Jo Bloggs says:",
    "Share this:",
    "• Membership: 432,000",
    "",
    "I voted and spoke in favour.",
    "He said “we won.” Then it ended.",
]
report_like = st.lists(st.sampled_from(REPORT_FRAGMENTS), min_size=1, max_size=80).flatmap(
    lambda parts: st.lists(st.sampled_from(["\n", "\n\n", " ", "\r\n", "\u00a0", "\t", "\n\n\n"]), min_size=1).map(
        lambda seps: "".join(part + seps[i % len(seps)] for i, part in enumerate(parts))
    )
)
report_with_noise = st.tuples(report_like, st.text(max_size=200), st.integers(0, 5_000)).map(
    lambda t: t[0][: t[2]] + t[1] + t[0][t[2] :]
)


# A token repeated hundreds of times: the input that makes a backtracking regex take seconds.
TOKENS = [
    "Mr ",
    "Dame ",
    "Keir Starmer said ",
    "I moved ",
    "Ann Black was elected Chair ",
    "22 votes to 12 ",
    "Q4 ",
    "on 3 May ",
    "400,757 members ",
    "NEC Report – 28 March 2023\n",
    "a\n",
    ". ",
    "“",
    "(",
    "1,",
    "9",
]
repeated_tokens = st.builds(lambda token, times: token * times, st.sampled_from(TOKENS), st.integers(1, 400))


# --- properties: extract ---------------------------------------------------------------------------


@BOUNDED
@given(any_text)
def test_any_unicode_text(text: str) -> None:
    check("any_unicode_text", text)


@BOUNDED
@given(unicode_report)
def test_any_unicode_inside_a_report(text: str) -> None:
    check("unicode_report", text)


@BOUNDED
@given(control_text)
def test_control_and_separator_characters(text: str) -> None:
    check("control_characters", text)


@BOUNDED
@given(no_newlines)
def test_text_without_newlines(text: str) -> None:
    check("no_newlines", text)


@BOUNDED
@given(long_lines)
def test_very_long_lines(text: str) -> None:
    check("long_lines", text)
    assert all(len(s.text) <= MAX_SENTENCE_CHARS for s in split_sentences(text))


@BOUNDED
@given(repeated_tokens)
def test_repeated_tokens(text: str) -> None:
    check("repeated_tokens", text)


@BOUNDED
@given(numbers)
def test_only_numbers(text: str) -> None:
    check("only_numbers", text)


@BOUNDED
@given(dates_only)
def test_only_dates(text: str) -> None:
    check("only_dates", text)


@BOUNDED
@given(report_like)
def test_report_like_text(text: str) -> None:
    check("report_like", text)


@BOUNDED
@given(report_with_noise)
def test_report_with_noise_inside(text: str) -> None:
    check("report_with_noise", text)


# --- properties: reading bytes -------------------------------------------------------------------


@BOUNDED
@given(st.binary(max_size=4_000), st.sampled_from(["page.txt", "page.html", "-"]))
def test_any_bytes_give_text_or_an_input_error(data: bytes, name: str) -> None:
    count("any_bytes")
    try:
        decoded = load_text(data, name)
    except InputError as error:
        assert error.kind in {"BinaryFile", "UndecodableFile"}
        return
    assert decoded.input_format in {"text", "html"}
    decoded.text.encode("utf-8")  # no lone surrogate: every output format can write it
    assert load_text(data, name) == decoded  # the same bytes always read the same way


printable = st.text(alphabet=st.characters(exclude_categories=["Cc", "Cs"]), max_size=500).filter(
    lambda text: not text.startswith("\ufeff")
)


@BOUNDED
@given(printable, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"]))
def test_unicode_encodings_round_trip(text: str, encoding: str) -> None:
    count("unicode_round_trip")
    data = text.encode(encoding)
    if encoding in {"utf-16-le", "utf-16-be"} and not text.isascii():
        return  # BOM-less UTF-16 is told apart only for text that is mostly Latin
    assert decode(data).text == text


western_word = st.tuples(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=3, max_size=10),
    st.sampled_from(["", "", "’", "‘", "“", "”", "–", "—", "£", "é", "€", "\u00a0", "ï", "ß"]),
).map("".join)


@BOUNDED
@given(st.lists(western_word, min_size=1, max_size=200).map(" ".join))
def test_cp1252_round_trips_when_no_two_special_characters_touch(text: str) -> None:
    # two adjacent cp1252 bytes can also be valid UTF-8 ("é’’" is the bytes of "钒"): words keep them apart
    count("cp1252_round_trip")
    decoded = decode(codecs.encode(text, "cp1252"))
    assert decoded.text == text
    assert decoded.encoding in {"utf-8", "cp1252", "iso8859-1"}


MARKUP = [
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<br>",
    "<br/>",
    "<!--",
    "-->",
    "<script>",
    "</script>",
    "<style>",
    "<![CDATA[",
    "]]>",
    "&nbsp;",
    "&#0;",
    "&#xD800;",
    "&#1114112;",
    "&bogus;",
    "&amp",
    "<html>",
    "<head>",
    "<title>",
    "</head>",
    "<body>",
    "<li>",
    "<table><tr><td>",
    "<h2>NEC Report – 28 March 2023</h2>",
    "<?xml version='1.0' encoding='latin-1'?>",
    "<p>The motion was carried by 22 votes to 12.</p>",
    "<",
    ">",
    "\x00",
]
markup = st.lists(st.one_of(st.sampled_from(MARKUP), st.text(max_size=20)), max_size=60).map("".join)


@BOUNDED
@given(markup)
def test_any_markup_converts_to_text_with_true_spans(page: str) -> None:
    count("markup")
    try:
        decoded = load_text(page.encode("utf-8", errors="surrogatepass"), "page.html")
    except InputError as error:
        assert error.kind in {"BinaryFile", "UndecodableFile"}
        return
    check_document(decoded.text)


def test_a_very_long_run_of_digits_is_no_crash() -> None:
    check_document("membership is " + "9" * 400 + " members")
