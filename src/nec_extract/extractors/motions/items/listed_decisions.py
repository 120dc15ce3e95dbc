"""The decisions one decision verb's clause lists, as offsets in the sentence: "both A and B" is two, "agreed: A; B;
C" three, "agreed that A, and that B" and "agreed to A and to B" two (its object repeated with its own "to" or
"that"), "some of them – the panel interview and the shorter form –" two (a list set apart by dashes or brackets);
anything else one.

Read from the clause's words by regular expressions (the words in `grammar.json`); the items of an object read from
its tagged tokens are `enumerations`.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.grammar import grammar_vocabulary

_FLAGS = re.IGNORECASE


def enumerated(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The decisions a clause lists, as offsets: "both A and B" is two, ": A; B; C" three, else one."""
    clause = text[start:end]
    both = re.match(r"\s*(?:on\s+|for\s+|to\s+)?both\s+(.+?)\s+and\s+(.+?)[\s.;]*$", clause, _FLAGS)
    if both:
        return [(start + both.start(1), start + both.end(1)), (start + both.start(2), start + both.end(2))]
    people = _people_as_posts(text, start, end)
    if people:  # "the appointment of A as chair, and of B as returning officer"
        return people
    aside = _aside_list().match(clause)
    if aside:  # "some of them – the panel interview and the shorter form –"
        first = start + aside.start("list")
        pieces = re.finditer(r"(?:[^,]+?)(?=\s*,\s*(?:and\s+)?|\s+and\s+|$)", text[first : start + aside.end("list")])
        return [_trimmed(text, first + m.start(), first + m.end()) for m in pieces if m.group().strip()]
    colon = re.match(r"\s*(?:to|that|(?:[\w-]+\s+){0,3}[\w-]+)?\s*:\s*", clause)
    listed_from = colon.end() if colon else 0 if re.search(r":\s*$", text[:start]) else None
    coordinated = _coordinated_infinitives().match(clause)
    if coordinated is None and re.search(r"\bto\s*$", text[:start], _FLAGS):
        coordinated = _infinitive_taken_before().match(clause)  # "voted to adopt A and to defer B"
    if coordinated is None and _agreed_before().search(text[:start]):
        coordinated = _object_then_infinitive().match(clause)  # "agreed a campaign plan and to allocate £15,000"
    if coordinated:  # "agreed that A, and that B", "agreed to A and to B"
        cuts = [start, *(start + m.start() for m in _next_infinitive().finditer(clause, coordinated.end())), end]
        return [_trimmed(text, a, b) for a, b in itertools.pairwise(cuts) if re.search(r"\w", text[a:b])]
    if listed_from is not None and ";" in clause:
        first = start + listed_from
        parts = [(first + m.start(), first + m.end()) for m in re.finditer(r"[^;]+", text[first:end])]
        return [_trimmed(text, a, b) for a, b in parts if re.search(r"\w", text[a:b])]
    return [_trimmed(text, start, end)]


def _people_as_posts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """ "the appointment of A as chair of the Audit Committee, and of B as returning officer": each person and post
    after an appointing noun, the persons joined by "and (of)", is a choice of its own; [] unless two or more."""
    appointing = _appointing().match(text, start, end)
    if appointing is None:
        return []
    cuts = [m for m in _NEXT_PERSON.finditer(text, appointing.end(), end)]
    pieces = [start, *(m.end() for m in cuts)]
    ends = [*(m.start() for m in cuts), end]
    spans = [_trimmed(text, a, b) for a, b in zip(pieces, ends, strict=True)]
    return spans if len(spans) >= _PAIR and all(" as " in text[a:b] for a, b in spans) else []


_PAIR = 2
_NEXT_PERSON = re.compile(r",?\s+and\s+of\s+|,\s+and\s+(?=[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+as\s)")


@cache
def _appointing() -> re.Pattern[str]:
    nouns = either(grammar_vocabulary().decisions.appointing_nouns)
    return re.compile(rf"\s*(?:the\s+)?(?:{nouns})\s+of\s+", _FLAGS)


# a decision verb's object repeated with its own "to" or "that": each is a decision
def _to_or_that() -> str:
    # "that" opening a clause, not the pronoun of "..., and that was agreed" (the result of what was just put)
    verbs = either(grammar_vocabulary().decisions.verbs_after_that_as_a_pronoun)
    return rf"(?:{_infinitive()}|that(?!\s+(?:{verbs})\b))\s"


def _infinitive() -> str:
    return rf"to\s+(?!(?:{either(grammar_vocabulary().not_an_infinitive_after_to)})\b)[a-z]+"


@cache
def _coordinated_infinitives() -> re.Pattern[str]:
    return re.compile(rf"\s*(?={_to_or_that()})(?=.*?,?\s+and\s+{_to_or_that()})", re.DOTALL)


@cache
def _infinitive_taken_before() -> re.Pattern[str]:
    """The first infinitive's "to" went with the verb before ("voted to"), the next keeps its own."""
    return re.compile(rf"\s*(?=[a-z]+\s)(?=.*?,?\s+and\s+{_to_or_that()})", re.DOTALL)


@cache
def _object_then_infinitive() -> re.Pattern[str]:
    """A thing agreed, then an infinitive joined by "and to": "agreed the budget and to review it in June"."""
    return re.compile(rf"\s*(?!(?:to|that)\s)(?=[^;]*?\s+and\s+{_infinitive()}\s)", re.DOTALL)


@cache
def _agreed_before() -> re.Pattern[str]:
    """The agreeing verb right before the clause, whose object is a thing, not an infinitive."""
    return re.compile(rf"\b(?:{either(decisions_vocabulary().motions.agree_verbs)})\s*$", _FLAGS)


@cache
def _next_infinitive() -> re.Pattern[str]:
    """ "..., and to B", "... and that B", and in a longer series "to A, to B, and to C" the comma before each "to";
    not before an aside in the passive ("to give £500, to be paid from reserves, and to ...")."""
    return re.compile(rf",?\s+and\s+(?={_to_or_that()})|,\s+(?!to\s+be\s)(?={_infinitive()}\s)")


# a quantity of items, then their list set apart by dashes or brackets
@cache
def _aside_list() -> re.Pattern[str]:
    return re.compile(
        rf"\s*(?:(?:{either(grammar_vocabulary().decisions.aside_quantities)})\s+of\s+"
        rf"(?:{either(grammar_vocabulary().decisions.group_pronouns)}|the\s+[\w-]+)"
        rf"|(?:{either(grammar_vocabulary().decisions.aside_counts)})\s+(?:[\w-]+\s+)?[\w-]+s)\s*[–—(]\s*(?P<list>[^–—()]+?\sand\s[^–—()]+?)\s*[–—)]",
        _FLAGS,
    )


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without surrounding spaces, punctuation or a leading "and"."""
    piece = text[start:end]
    lead = re.match(r"[\s,:;]*(?:and\s+)?", piece)
    trail = re.search(r"[\s,.;:]*$", piece)
    a = start + (lead.end() if lead else 0)
    b = start + (trail.start() if trail else len(piece))
    return (a, b) if a < b else (start, end)
