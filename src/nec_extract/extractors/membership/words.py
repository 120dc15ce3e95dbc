"""The words of a sentence, and the kind of thing a noun names (member, supporter, joiner...), typos included."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from nec_extract.extractors.membership.vocabulary import words_of

# quotation marks are not words: a figure quoted from a speaker reads as the same figure unquoted
_TOKEN = re.compile(r"\d[\d,.]*\d[kKmM]?\b|\w+(?:['’\-]\w+)*|[^\w\s\"“”‘]")
APOSTROPHES = ("'", "’")

_OTHER_NOUNS = (("joiner", "joiner_nouns"), ("leaver", "leaver_nouns"), ("people", "people_nouns"))

Tagger = Callable[[int], str]  # the coarse part of speech of the word starting at a sentence offset


@dataclass(frozen=True)
class Word:
    start: int  # offsets in the sentence text
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()


def words_in(text: str) -> list[Word]:
    return [Word(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def lowers(words: Sequence[Word]) -> list[str]:
    return [w.lower for w in words]


def kind_of(word: Word) -> str | None:
    """member | supporter | joiner | leaver | people, for a noun that names those counted; else None."""
    lower = word.lower
    if lower in words_of("member_nouns") or _near(lower, _typo_targets("member_nouns")):
        return "member"
    if lower in words_of("supporter_nouns") or _near(lower, _typo_targets("supporter_nouns")):
        return "supporter"
    for kind, nouns in _OTHER_NOUNS:
        if lower in words_of(nouns):
            return kind
    return None


def member_noun_follows(words: Sequence[Word], index: int) -> bool:
    """A noun that names those counted in the two words after ``words[index]``: "registered [and affiliated]
    supporters", "lapsed members"."""
    return any(kind_of(w) is not None for w in words[index + 1 : index + 3])


def is_arrears(lower: str) -> bool:
    return lower in words_of("arrears_words") or _near(lower, _typo_targets("arrears_words"))


@cache
def _typo_targets(key: str) -> tuple[str, ...]:
    return tuple(sorted(words_of("typo_targets") & words_of(key)))


@cache
def _near(word: str, targets: tuple[str, ...]) -> bool:
    """A typo of one of the targets: one letter added, dropped, changed or two swapped."""
    return len(word) >= 6 and any(_one_edit_apart(word, target) for target in targets)


def _one_edit_apart(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
        )
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))
