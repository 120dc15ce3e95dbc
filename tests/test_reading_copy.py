"""The stages read a copy of the page, one character for one: a no-break or thin space where a plain one would
do changes no record (web editors scatter them between words: "Keir&nbsp;Starmer", "12&nbsp;March"), nor do
Windows or old Mac line ends. Evidence still quotes the page as given, separators and all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nec_extract.language.reading_copy import reading_copy
from nec_extract.pipeline import extract

SAMPLE = (Path(__file__).parent.parent / "samples" / "nec-report-single.txt").read_text(encoding="utf-8")
SEPARATORS = ["\u00a0", "\u202f", "\u2009", "\u2007", "\u3000"]

PAGES = [
    # an NEC member's write-up
    "NEC Report – 12\u00a0March\u00a02024\n\n"
    "The General Secretary, David\u00a0Evans, reported on the by-elections. "
    "Deputy\u00a0Leader Angela\u00a0Rayner spoke on the new deal for workers. "
    "I moved a motion on the selection timetable, seconded by Jo\u00a0Bird; "
    "it was carried by 20\u00a0votes to\u00a03.\n",
    # union executive minutes
    "National Executive Council – Minutes of the meeting held on 4\u202fJuly\u202f2023\n\n"
    "Present: Sam\u2009Okafor (President), Ruth\u2009Allen.\n\n"
    "Motion 4 (pay claim) was moved by Sam\u2009Okafor and seconded by Ruth\u2009Allen. Carried unanimously.\n"
    "Membership now stands at 41\u202f200.\n",
    # council minutes
    "Minutes of the Full Council meeting, 18\u00a0January\u00a02022\n\n"
    "RESOLVED: that the budget proposals be approved (For\u00a031, Against\u00a012).\n"
    "Cllr\u00a0Patel moved an amendment on parking charges, which was lost.\n",
]


def _plain_strings(value: Any) -> Any:
    if isinstance(value, str):
        return reading_copy(value).replace(" \n", "\n")
    if isinstance(value, list):
        return [_plain_strings(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain_strings(item) for key, item in value.items()}
    return value


def _as_plain(text: str) -> dict[str, Any]:
    return extract(reading_copy(text)).model_dump(by_alias=True)


@pytest.mark.parametrize("page", PAGES, ids=["nec", "union", "council"])
def test_separators_change_no_record(page: str) -> None:
    document = extract(page)
    assert _plain_strings(document.model_dump(by_alias=True)) == _as_plain(page)
    assert document.reports, "each page is one report"


@pytest.mark.parametrize("page", PAGES, ids=["nec", "union", "council"])
def test_evidence_quotes_the_page_as_given(page: str) -> None:
    document = extract(page)
    quoted = [m.evidence for r in document.reports for m in r.motions]
    quoted += [mention for r in document.reports for s in r.speakers for mention in s.mentions]
    assert quoted
    for span in quoted:
        assert page[span.start : span.end] == span.text
    assert any(any(c in span.text for c in SEPARATORS) for span in quoted), "a separator survives in a quote"


def test_names_read_whole_across_a_no_break_space() -> None:
    names = {s.name for r in extract(PAGES[0]).reports for s in r.speakers}
    assert {"David Evans", "Angela Rayner"} <= names


@settings(max_examples=10, deadline=None, derandomize=True)
@given(st.data())
def test_any_spaces_replaced_give_the_same_records(data: st.DataObject) -> None:
    spaces = [index for index, char in enumerate(SAMPLE) if char == " "]
    chosen = data.draw(st.sets(st.sampled_from(spaces), max_size=40))
    separator = data.draw(st.sampled_from(SEPARATORS))
    varied = "".join(separator if index in chosen else char for index, char in enumerate(SAMPLE))
    assert _plain_strings(extract(varied).model_dump(by_alias=True)) == _as_plain(SAMPLE)


@pytest.mark.parametrize("page", PAGES, ids=["nec", "union", "council"])
@pytest.mark.parametrize("line_end", ["\r\n", "\r"], ids=["windows", "old-mac"])
def test_line_ends_change_no_record(page: str, line_end: str) -> None:
    # the same page with one character more per line end, the same length as "\r\n", read with "\n"
    as_written = page.replace("\n", line_end)
    same_length = page.replace("\n", " \n" if line_end == "\r\n" else "\n")
    document = extract(as_written)
    assert _plain_strings(document.model_dump(by_alias=True)) == _plain_strings(_as_plain(same_length))
    for span in [m.evidence for r in document.reports for m in r.motions]:
        assert as_written[span.start : span.end] == span.text


def test_a_byline_over_windows_line_ends_names_the_author() -> None:
    page = (
        "Hannah Okoro Labour\r\n\r\nNEC report back\r\n\r\n"
        "Report of the NEC meeting held on 3 March 2020\r\n\r\nI spoke against the cuts to the regional budget.\r\n"
    )
    authors = [s.name for r in extract(page).reports for s in r.speakers if s.is_author]
    assert authors == ["Hannah Okoro"]


@pytest.mark.parametrize(
    ("page", "copy"),
    [
        ("Agreed\u00a0by the NEC,\u202f12\u2009votes to 3.", "Agreed by the NEC, 12 votes to 3."),
        ("Branch minutes\r\nThe motion fell.\r\n", "Branch minutes \nThe motion fell. \n"),
        ("Council minutes\rThe budget was approved.\r", "Council minutes\nThe budget was approved.\n"),
    ],
    ids=["separators", "windows-line-ends", "mac-line-ends"],
)
def test_the_reading_copy_is_one_character_for_one(page: str, copy: str) -> None:
    assert reading_copy(page) == copy
    assert len(reading_copy(page)) == len(page)
