"""The author as a person: the names in a byline's text, and the one person "I" stands for."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.language.lexicon.names import names_vocabulary
from nec_extract.language.people.forms import is_name_word, non_person_words, person_words
from nec_extract.language.people.titles import role_words, strip_titles

_LIST_SEPARATOR = re.compile(r"\s*(?:,|\band\b|&)\s*")


@cache
def _not_in_an_author_name() -> frozenset[str]:
    """Words of a header or byline that are not a person's: organisations, roles and the page's own chrome."""
    return non_person_words() | role_words() | frozenset(names_vocabulary().page_chrome_words)


def _is_author_name(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and not any(w.casefold() in _not_in_an_author_name() for w in words)


def author_names(raw: str) -> str | None:
    """The people a byline names, joined by ", " ("Jo Bloggs and Sam Hale" -> "Jo Bloggs, Sam Hale")."""
    names = [strip_titles(n) for n in _LIST_SEPARATOR.split(raw) if n.strip()]
    names = [n for n in names if _is_author_name(n)]
    return ", ".join(names) if names else None


def single_author(raw: str | None) -> str | None:
    """The page's author when it is one person's name (first line only, e.g. a byline): the "I" of the text."""
    if not raw:
        return None
    line = raw.strip().splitlines()[0].strip()
    if "," in line or " and " in line or "&" in line:
        return None
    words = line.split()
    if not 2 <= len(words) <= 4 or not all(is_name_word(w) for w in words) or person_words(line) != words:
        return None  # "the group secretary", "Matters Arising"
    return line
