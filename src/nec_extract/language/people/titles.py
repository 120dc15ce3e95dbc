"""Titles, honours and role words as sets and regex fragments, built from ``models/titles.json``."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.titles import titles_vocabulary

_POSSESSIVE = re.compile(r"['’]s?$")


@cache
def titles() -> frozenset[str]:
    """Every word that goes with a name without being part of it: titles before, honours after."""
    return personal_titles() | honours()


@cache
def personal_titles() -> frozenset[str]:
    """Titles written before a name, singular or plural ("Cllr", "Dame", "Councillors"), lower case."""
    vocabulary = titles_vocabulary()
    return frozenset(vocabulary.titles) | frozenset(vocabulary.abbreviated_titles) | frozenset(vocabulary.plural_titles)


@cache
def plural_titles() -> frozenset[str]:
    """Titles that introduce a list of names ("Councillors", "Bros"), lower case."""
    return frozenset(titles_vocabulary().plural_titles)


@cache
def honours() -> frozenset[str]:
    """Letters after a name ("MP", "OBE"), lower case."""
    return frozenset(titles_vocabulary().honours)


@cache
def honours_re() -> str:
    """The honours as written after a name, in capitals: "MP|MEP|..."."""
    return alternation(word.upper() for word in titles_vocabulary().honours)


@cache
def abbreviated_titles_re() -> str:
    """Titles written short, capitalised as written before a name ("Dr", "Cllr"): a full stop after one
    does not end a sentence."""
    return alternation(word.capitalize() for word in titles_vocabulary().abbreviated_titles)


@cache
def role_words() -> frozenset[str]:
    """Words of a role phrase ("deputy", "general", "secretary", "nec")."""
    return frozenset(titles_vocabulary().role_words)


@cache
def role_heads() -> frozenset[str]:
    """Words a role phrase can end in ("secretary", "chair", "treasurer")."""
    return frozenset(titles_vocabulary().role_heads)


def role_abbreviations() -> dict[str, str]:
    """Short forms of roles, lower case, and the role they stand for ("gs" -> "General Secretary")."""
    return titles_vocabulary().role_abbreviations


def strip_possessive(text: str) -> str:
    return _POSSESSIVE.sub("", text)


def strip_titles(name: str) -> str:
    """``name`` without titles and honours ("Dame Margaret Beckett MP" -> "Margaret Beckett") or a possessive."""
    words = name.split()
    words = [strip_possessive(w) if i == len(words) - 1 else w for i, w in enumerate(words)]
    return " ".join(w for w in words if w.strip(".").casefold() not in titles())
