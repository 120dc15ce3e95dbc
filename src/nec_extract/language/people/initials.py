"""Initials that stand for people on a page: declared ("Sam Clark (SC)") or those of one full name on it."""

from __future__ import annotations

import re
from functools import lru_cache

from nec_extract.language.people.forms import NAME_WORD, page_names, person_words

_INITIALS_DECLARED = re.compile(
    rf"\b(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})[ \t]*\((?P<initials>[A-Z]{{2,4}})\)"
)


@lru_cache(maxsize=16)
def initials_map(page_text: str) -> dict[str, str]:
    """Initials the page uses for people ("TM" -> "Ada Fairley"): declared "Name (XX)" first, then the
    initials of full names on the page where only one name has them."""
    derived: dict[str, set[str]] = {}
    for name in page_names(page_text):
        words = name.text.split()
        for initials in {"".join(w[0] for w in words), words[0][0] + words[-1][0]}:
            derived.setdefault(initials, set()).add(name.text)
    mapping = {k: next(iter(v)) for k, v in derived.items() if len(v) == 1}
    mapping.update(declared_initials(page_text))
    return mapping


@lru_cache(maxsize=16)
def declared_initials(page_text: str) -> dict[str, str]:
    """Initials the page itself gives a person: "Sam Clark (SC)"."""
    mapping: dict[str, str] = {}
    for match in _INITIALS_DECLARED.finditer(page_text):
        initials = match.group("initials")
        words = person_words(" ".join(_spelt_by(match.group("name").split(), initials)))
        if len(words) >= 2:
            mapping[initials] = " ".join(words)
    return mapping


def _spelt_by(words: list[str], initials: str) -> list[str]:
    """The last words of the name whose first letters spell the initials ("Opening Remarks Issan Ghazni (IG)" ->
    "Issan Ghazni"); all the words when they do not."""
    tail = words[-len(initials) :]
    return tail if "".join(w[0] for w in tail) == initials else words
