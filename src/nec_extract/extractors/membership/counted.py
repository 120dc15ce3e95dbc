"""What a count counts: the noun after it with its modifiers ("10k new members"), and the words after the noun."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from nec_extract.extractors.membership.vocabulary import words_of
from nec_extract.extractors.membership.words import (
    APOSTROPHES,
    Tagger,
    Word,
    is_arrears,
    kind_of,
    lowers,
    member_noun_follows,
)
from nec_extract.language.numbers import is_count_suffix

_PREDICATE_OPENERS = ("auxiliaries", "prepositions", "time_words", "join_words", "leave_words")


@dataclass(frozen=True)
class Counted:
    """What a count counts, read from the words after it."""

    kind: str  # member | supporter | joiner | leaver | people | thing | none
    modifiers: list[Word]
    predicate: list[Word]  # the words after the counted noun (or after the number when there is none)
    partitive: bool = False  # "1,100 of our members": a part, never the total


def counted_by(right: Sequence[Word], pos_at: Tagger) -> Counted:
    """What the number counts: the first noun after it, with its modifiers ("10k new members")."""
    framed = _partitive(right) or _milestone(right)
    if framed is not None:
        return framed
    modifiers: list[Word] = []
    for index, word in enumerate(right[:5]):
        kind = kind_of(word)
        if kind is not None:
            return _counted_noun(right, index, kind, modifiers)
        if _modifies_a_member_noun(right, index):
            modifiers.append(word)  # "lapsed members", "NEC members", "new members"
            continue
        if word.lower in words_of("extra_words"):
            continue  # "29,000 more in arrears"
        if _opens_predicate(word):
            break
        pos = pos_at(word.start)
        if not _can_modify(word, pos):
            break
        if pos in ("NOUN", "PROPN") and not member_noun_follows(right, index):
            kind = "people" if _joins_or_leaves(right[index + 1 :]) else "thing"
            return Counted(kind, [*modifiers, word], list(right[index + 1 :]) if kind == "people" else [])
        modifiers.append(word)
    if modifiers:
        return Counted("thing", modifiers, [])
    return Counted("none", [], list(right))


def _counted_noun(right: Sequence[Word], index: int, kind: str, modifiers: list[Word]) -> Counted:
    if kind == "member" and index + 1 < len(right) and right[index + 1].text in APOSTROPHES:
        return Counted("thing", modifiers, [])  # "500 members' votes"
    return Counted(kind, modifiers, list(right[index + 1 :]))


def _joins_or_leaves(after_noun: Sequence[Word]) -> bool:
    """ "4,120 workers joined during the year", "152 new starters joining the union", "90 nurses left the union":
    whoever joins a body or leaves it by name is counted as a joiner or leaver (what they joined is checked with
    the event); "two commissioners have resigned" left a post, not a body."""
    words = [w.lower for w in after_noun[:6] if w.lower not in words_of("auxiliaries")]
    if not words:
        return False
    if words[0] in words_of("join_words"):
        return True
    leaves_the_body = words[1:2] in (["the"], ["our"]) and words[2:3] and words[2] in words_of("join_object_nouns")
    return words[0] in words_of("leave_words") and bool(leaves_the_body)


def _milestone(right: Sequence[Word]) -> Counted | None:
    """ "topped the 500,000 mark", "the union was 84,000 strong": the word after the count names no one; the
    subject says what it counts. "100k lower than at its peak": a comparison, read as the predicate."""
    if not right:
        return None
    if right[0].lower in words_of("milestone_nouns") or (is_count_suffix(right[0].lower) and not kind_of(right[0])):
        return Counted("none", [], list(right[1:]))
    comparative = words_of("comparatives_up") | words_of("comparatives_down")
    if right[0].lower in comparative and lowers(right[1:2]) == ["than"]:
        return Counted("none", [], list(right))
    return None


def _partitive(right: Sequence[Word]) -> Counted | None:
    """ "1,100 of our members", "600 of the union's members": a part of the membership."""
    if len(right) < 3 or right[0].lower != "of" or right[1].lower not in words_of("partitive_determiners"):
        return None
    for index in (2, 3):
        if index < len(right) and kind_of(right[index]) == "member":
            return Counted("member", [], list(right[index + 1 :]), partitive=True)
    return None


def _modifies_a_member_noun(right: Sequence[Word], index: int) -> bool:
    word = right[index]
    return (
        member_noun_follows(right, index)
        and word.lower not in words_of("auxiliaries")
        and word.lower not in words_of("prepositions")
    )


def _can_modify(word: Word, pos: str) -> bool:
    return pos in ("NOUN", "PROPN", "ADJ", "NUM") or (pos == "VERB" and word.lower.endswith(("ed", "ing")))


def _opens_predicate(word: Word) -> bool:
    return any(word.lower in words_of(key) for key in _PREDICATE_OPENERS) or is_arrears(word.lower)
