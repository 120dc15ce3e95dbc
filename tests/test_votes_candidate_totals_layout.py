"""The layout of the candidates' totals pattern (round 25, speed): each form has a look-ahead for the letters it can
start with, a name's letters are taken whole, and the three forms that open with a name and its total in brackets
share that opening. None of this may change a match: the pattern finds what the same forms without the look-aheads
find, at the same places. Sentences written for these tests in several styles; none is quoted from a real page.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from nec_extract.extractors.votes.patterns import patterns

SHARED = Path(__file__).resolve().parents[2] / "shared"

_OURS = [
    # each form once, in a union branch's minutes, an NEC write-up, council minutes, a news report
    "After a long count Priya Nair won the seat on the panel with 31 votes.",
    "Our comrade on the slate polled 412 votes, the best result for years.",
    "It went 17 votes to 9 for Morris in the end.",
    "Candidates for the youth place: Ana Costa 14, Ben Hale 11.",
    "Tom Baird was elected treasurer after a ballot (Baird 22, Quinn 15).",
    "Lena Sow was nominated after a vote (20 votes; Cllr Ray Dunn 18).",
    "Vice-chair – Iris Vane 16, Colm Reilly 12",
    "Banner steward: Meg Lowe 12 votes, Dev Rao 4 votes – Meg Lowe elected",
    "Kofi Mensah (13) was elected Chair over Ruth Ashby (7).",
    "Sal Owen (9) and Jo Park (14) stood for vice chair; Jo was elected.",
    "Nadia Kerr (19) edged out Paul Lamb (17) for the regional seat.",
    # near-misses: a motion's count, a price, a name in brackets with no total, a count with no candidate, names in
    # lower case
    "The motion received 6 votes for and 19 against.",
    "The hall (£400) was booked for the AGM.",
    "Dana Ellis (chair) opened the meeting at seven.",
    "Twelve members voted for the rule change and three against.",
    "candidates: ana costa 14, ben hale 11.",
    "CHAIR: HANNAH WEBB 15, OSCAR FRY 9",
]


def _without_look_aheads(pattern: str) -> str:
    """The candidates' pattern without its look-aheads of first letters, and with a name's letters that may be given
    back (the shared opening of the three name-first forms stays: the examples above test each of them)."""
    plain = re.sub(r"\(\?=\[[a-z]+\]\)", "", pattern).replace("(?>[a-z]+)", "[a-z]+")
    assert plain != pattern
    return plain


def _found(regex: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in regex.finditer(text)]


def test_every_form_has_a_look_ahead_of_its_first_letters_where_they_are_known() -> None:
    pattern = patterns().candidates.pattern
    assert pattern.startswith("(?=[")
    assert len(re.findall(r"\(\?=\[[a-z]+\]\)", pattern)) >= 6


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (_OURS[0], "won the seat on the panel with 31 votes"),
        (_OURS[1], "polled 412 votes"),
        (_OURS[2], "17 votes to 9 for M"),
        (_OURS[3], "Candidates for the youth place: Ana Costa 14, Ben Hale 11"),
        (_OURS[4], "elected treasurer after a ballot (Baird 22, Quinn 15)"),
        (_OURS[5], "vote (20 votes; Cllr Ray Dunn 18)"),
        (_OURS[6], "Vice-chair – Iris Vane 16, Colm Reilly 12"),
        (_OURS[7], "Banner steward: Meg Lowe 12 votes, Dev Rao 4 votes – Meg Lowe elected"),
        (_OURS[8], "Mensah (13) was elected Chair over Ruth Ashby (7)"),
        (_OURS[9], "Owen (9) and Jo Park (14)"),
        (_OURS[10], "Kerr (19) edged out Paul Lamb (17)"),
        (_OURS[16], "CHAIR: HANNAH WEBB 15, OSCAR FRY 9"),
    ],
)
def test_each_form_finds_candidates_totals(text: str, found: str) -> None:
    match = patterns().candidates.search(text)
    assert match is not None
    assert match.group() == found


@pytest.mark.parametrize("text", _OURS[11:16])
def test_near_misses_find_none(text: str) -> None:
    assert patterns().candidates.search(text) is None


def test_the_layout_finds_what_the_plain_forms_find() -> None:
    candidates = patterns().candidates
    plain = re.compile(_without_look_aheads(candidates.pattern), candidates.flags)
    for text in _OURS:
        for cased in (text, text.upper(), text.lower()):
            assert _found(candidates, cased) == _found(plain, cased)


def test_the_layout_finds_what_the_plain_forms_find_on_the_shared_pages() -> None:
    # the first corpus and the odd-numbered pages of the second only (the even ones are held out)
    pages = sorted((SHARED / "corpus").glob("*.txt")) + [
        path
        for path in sorted((SHARED / "corpus2").glob("*.txt"))
        if path.name.split("_")[0].isdigit() and int(path.name.split("_")[0]) % 2
    ]
    if not pages:
        pytest.skip(f"the shared pages are not beside the checkout ({SHARED})")
    candidates = patterns().candidates
    plain = re.compile(_without_look_aheads(candidates.pattern), candidates.flags)
    for path in pages:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            for cased in (line, line.upper(), line.lower()):
                assert _found(candidates, cased) == _found(plain, cased)
