"""People's names in motions: the name pattern, cleaning a matched name, and its fullest form on the page."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.language import names
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.decisions import NameWords, decisions_vocabulary
from nec_extract.models import Speaker


def _words() -> NameWords:
    return decisions_vocabulary().names


@cache
def name_pattern() -> str:
    """A person's name as written in a motion: titles, capitalised words, particles, a post-nominal suffix."""
    token = r"[A-Z][A-Za-z'’-]+"
    titles = alternation(_words().titles)
    return (
        # possessive repeats: a long run of titles cannot make the match backtrack exponentially
        rf"(?:(?:{titles})\.?\s+)*+{token}(?:\s+(?:{token}|de|van|von|da|al))*+(?:\s+(?:{alternation(_words().suffixes)})\b)?"
    )


@cache
def _titles() -> re.Pattern[str]:
    return re.compile(rf"^(?:(?:{alternation(_words().titles)})\.?\s+)+")


@cache
def _suffixes() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{alternation(_words().suffixes)})$")


def clean_name(raw: str) -> str | None:
    """A matched name without its titles, suffix, possessive or stray capitalised words; None if nothing is left."""
    name = _suffixes().sub("", _titles().sub("", re.sub(r"^.*['’]s\s+", "", raw.strip())))
    stop = set(_words().stopwords)
    tokens = name.replace("’s", "").replace("'s", "").split()
    while tokens and tokens[0] in stop:
        tokens = tokens[1:]
    if not tokens or tokens[-1] in stop:
        return None
    return " ".join(tokens)


def resolve_name(name: str, page: str, speakers: list[Speaker]) -> str:
    """The fullest form of ``name``: a speaker whose name extends it, else the page's fullest form;
    initials ("SI") resolve to the name they abbreviate."""
    if re.fullmatch(r"[A-Z]{2,3}", name):
        return names.initials_map(page).get(name, name)
    words = name.split()
    for speaker in speakers:
        full = (speaker.name or "").split()
        if len(full) > len(words) and (full[: len(words)] == words or full[-len(words) :] == words):
            return " ".join(full)
    return names.resolve_name(name, page)
