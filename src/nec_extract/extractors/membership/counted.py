"""What a count counts: the noun after it with its modifiers ("10k new members"), and the words after the noun."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from nec_extract.extractors.membership.vocabulary import words_of
from nec_extract.extractors.membership.words import APOSTROPHES, Tagger, Word, is_arrears, kind_of

_PREDICATE_OPENERS = ("auxiliaries", "prepositions", "time_words", "join_words", "leave_words")


@dataclass(frozen=True)
class Counted:
    """What a count counts, read from the words after it."""

    kind: str  # member | supporter | joiner | leaver | people | thing | none
    modifiers: list[Word]
    predicate: list[Word]  # the words after the counted noun (or after the number when there is none)


def counted_by(right: Sequence[Word], pos_at: Tagger) -> Counted:
    """What the number counts: the first noun after it, with its modifiers ("10k new members")."""
    modifiers: list[Word] = []
    for index, word in enumerate(right[:5]):
        kind = kind_of(word)
        if kind is not None:
            if kind == "member" and index + 1 < len(right) and right[index + 1].text in APOSTROPHES:
                return Counted("thing", modifiers, [])  # "500 members' votes"
            return Counted(kind, modifiers, list(right[index + 1 :]))
        if _modifies_a_member_noun(right, index):
            modifiers.append(word)  # "lapsed members", "NEC members", "new members"
            continue
        if _opens_predicate(word):
            break
        pos = pos_at(word.start)
        if not _can_modify(word, pos):
            break
        if pos in ("NOUN", "PROPN") and not _member_noun_follows(right, index):
            return Counted("thing", [*modifiers, word], [])
        modifiers.append(word)
    if modifiers:
        return Counted("thing", modifiers, [])
    return Counted("none", [], list(right))


def _modifies_a_member_noun(right: Sequence[Word], index: int) -> bool:
    word = right[index]
    return (
        _member_noun_follows(right, index)
        and word.lower not in words_of("auxiliaries")
        and word.lower not in words_of("prepositions")
    )


def _can_modify(word: Word, pos: str) -> bool:
    return pos in ("NOUN", "PROPN", "ADJ", "NUM") or (pos == "VERB" and word.lower.endswith(("ed", "ing")))


def _member_noun_follows(right: Sequence[Word], index: int) -> bool:
    return any(kind_of(w) is not None for w in right[index + 1 : index + 3])


def _opens_predicate(word: Word) -> bool:
    return any(word.lower in words_of(key) for key in _PREDICATE_OPENERS) or is_arrears(word.lower)
