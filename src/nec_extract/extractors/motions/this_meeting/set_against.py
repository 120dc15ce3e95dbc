"""Decisions set against each other by a clause that opens the sentence: "Although the NEC rejected the levy, it
agreed a voluntary appeal", "While we referred back X, we carried Y". Such an opening dates nothing (unlike "When
the report came out, we decided ..."): the main clause after it is this meeting's, and so is the opening clause's
own decision when the meeting's own body takes it. A concession of another body ("although the regional board
approved ...", "Although conference agreed X in 2019, ...") stays background.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from nec_extract.extractors.motions.sentence.patterns import patterns
from nec_extract.extractors.votes import find_outcomes
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.grammar import grammar_vocabulary

if TYPE_CHECKING:
    from nec_extract.extractors.motions.sentence.reading import Reading

_FLAGS = re.IGNORECASE


def outside_a_concession(reading: Reading, text: str) -> re.Match[str] | None:
    """The first decision verb of the body not in a concession, or in an opening one of the body's own: "Although
    the regional board approved the timetable, the group decided to ..." is the group's decision, the board's is
    background; "Although the GC rejected X, it passed Y" is two of the GC's."""
    for match in reading.body.decision(text).finditer(text):
        conceded = _concession_before().search(text[: match.start()]) or in_an_opening_contrast(text, match.start())
        if not conceded or set_against(reading, text, match):
            return match
    return None


def set_against(reading: Reading, text: str, match: re.Match[str]) -> bool:
    """Whether the decision matched is the meeting's own, in a clause opening the sentence with a contrast word
    ("Although the GC rejected X, ...", "While we referred back X, ...")."""
    opener = _opener().match(text)
    # the subject right after the opening word: not "While the regional board approved ..."
    if opener is None or not re.fullmatch(r"\s+(?:the\s+)?", text[opener.end() : match.start()], _FLAGS):
        return False
    if patterns().past.search(text, opener.end(), opening_clause_end(text) or len(text)):
        return False  # "While the national executive rejected it two years ago, ...": another time's
    return reading.body.is_ours(match["subject"])


def opening_clause_end(text: str) -> int | None:
    """Where the main clause starts after a contrast clause opening the sentence: after the first comma past the
    opening clause's result when both clauses tell one ("While the first motion, on fares, was lost, | we passed
    ..."); with one result in the sentence, after the last comma before it ("Whilst the TUC had backed it last
    spring, | we voted down ...") or else the first after it; None when the sentence opens with no contrast word or
    its clause never ends."""
    opener = _opener().match(text)
    if opener is None:
        return None
    results = [o for o in find_outcomes(text) if o.start >= opener.end()]
    if len(results) == 1 and "," in text[opener.end() : results[0].start]:
        return text.rfind(",", opener.end(), results[0].start) + 1
    comma = text.find(",", results[0].end if results else opener.end())
    return comma + 1 if comma >= 0 else None


def after_an_opening_contrast(text: str, at: int) -> bool:
    """Whether ``text[at]`` is in the main clause after an opening contrast ("Although conference agreed X in 2019,
    the NEC deferred Y"): the opening does not make it background."""
    end = opening_clause_end(text)
    return end is not None and at >= end


def opened_by_our_body(reading: Reading) -> bool:
    """Whether the sentence (or clause) opens with the meeting's own body deciding, also after an opening contrast
    word ("The GC rejected X", "Although the GC rejected X")."""
    text = reading.sentence.text
    opener = _opener().match(text)
    return reading.body.opens(text[opener.end() :].lstrip() if opener else text.lstrip())


def in_an_opening_contrast(text: str, at: int) -> bool:
    """Whether ``text[at]`` is inside a contrast clause opening the sentence ("Although conference agreed it in
    2019, ..."): a date there dates that clause only."""
    opener = _opener().match(text)
    end = opening_clause_end(text)
    return opener is not None and opener.end() <= at and (end is None or at < end)


@cache
def _opener() -> re.Pattern[str]:
    return re.compile(rf"^\W*(?:{either(decisions_vocabulary().motions.set_against_openers)})\b", _FLAGS)


@cache
def _concession_before() -> re.Pattern[str]:
    """ "Although the regional board ": a concession's opening words, right before a decision verb."""
    return re.compile(
        rf"\b(?:{either(decisions_vocabulary().motions.concessive_subordinators)})\s+(?:[\w'’-]+\s+){{0,4}}$", _FLAGS
    )


@cache
def contrast_lead() -> str:
    """A regex fragment (no groups) for the words that set a clause or sentence against the one before, before its
    subject ("However, ", "In contrast, ", "but ", "whereas "): they do not change which item the subject names."""
    g = grammar_vocabulary().decisions
    return rf"(?:(?:{either(g.contrast_adverbs)})\s*,\s*|(?:but|{either(g.contrast_joins)})\s+)"
