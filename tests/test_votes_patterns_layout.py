"""The layout of the tally patterns (round 25, speed): each pattern, and each form of the candidates' totals, has a
look-ahead for the letters a match can start with; a name's letters are taken whole, and the three forms that open
with a name and its total in brackets share that opening. None of this may change a match: every pattern finds what
it finds without the look-aheads, at the same places, with the same groups. Sentences written for these tests in
several styles; none is quoted from a real page.
"""

from __future__ import annotations

import dataclasses
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

# the other tally forms, each at least once, and near-misses
_TALLIES = [
    "The motion was carried 12/3/1 after a short debate.",
    "LOST the amendment 4:7:0",
    "For: 16, Against: 9, Abstentions: 1",
    "I was one of the three who voted against.",
    "I and four others voted for it, to no avail.",
    "The plan won the support of 24 members and was backed by only five councillors.",
    "The report got just 6 votes, with 19 against.",
    "No one voted against and nobody abstained; none abstaining was recorded either.",
    "It passed 14 votes to 3, with Cllr Ann Reid and Sister Grant abstaining.",
    "The rule change went through unanimously, though not",
    "The chair used her casting vote in favour; last year the casting vote against sank it.",
    "The committee carried the motion 23-1-2 and agreed the proposal 19:4.",
    "By a show of hands the branch agreed the budget, with no abstentions.",
    "Sales rose 12 to 15 per cent in March 2021, the treasurer said.",
    "tied at 15 each, the vote went to the chair",
    "WITH 20 VOTES, THE NEC VOTED TO REFER IT BACK.",
    "Turnout was 31% of eligible members, 40 to 38 in first preferences, as in the House of Commons",
    "The figures quoted were for March",
    "After the debate the conference carried the motion",
]


def _plain(regex: re.Pattern[str]) -> re.Pattern[str]:
    """A tally pattern without its look-aheads of first letters, and with a name's letters that may be given back."""
    return re.compile(re.sub(r"\(\?=\[[A-Za-z,]+\]\)", "", regex.pattern).replace("(?>[a-z]+)", "[a-z]+"), regex.flags)


def _all_found(regex: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(match.span(), match.groups()) for match in regex.finditer(text)]


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


def _laid_out() -> list[re.Pattern[str]]:
    return [getattr(patterns(), field.name) for field in dataclasses.fields(patterns())]


def test_the_look_aheads_of_first_letters_change_no_match_of_a_tally_pattern() -> None:
    assert sum(regex.pattern.startswith("(?=[") for regex in _laid_out()) >= 12
    for regex in _laid_out():
        plain = _plain(regex)
        assert plain.groupindex == regex.groupindex
        for text in _OURS + _TALLIES:
            for cased in (text, text.upper(), text.lower()):
                assert _all_found(regex, cased) == _all_found(plain, cased), (regex.pattern[:60], cased)
                for at in range(len(cased)):
                    found, expected = regex.match(cased, at), plain.match(cased, at)
                    assert (found and found.span()) == (expected and expected.span())


def test_the_look_aheads_change_no_match_on_the_shared_pages() -> None:
    # the first corpus and the odd-numbered pages of the second only (the even ones are held out)
    pages = sorted((SHARED / "corpus").glob("*.txt")) + [
        path
        for path in sorted((SHARED / "corpus2").glob("*.txt"))
        if path.name.split("_")[0].isdigit() and int(path.name.split("_")[0]) % 2
    ]
    if not pages:
        pytest.skip(f"the shared pages are not beside the checkout ({SHARED})")
    lines = [line for path in pages for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    for regex in _laid_out():
        plain = _plain(regex)
        for line in lines:
            for cased in (line, line.upper(), line.lower()):
                assert _all_found(regex, cased) == _all_found(plain, cased)
