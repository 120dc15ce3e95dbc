"""A person's name as running text writes it (titles, capitalised words, particles, honours), and that name
cleaned to the words that name the person."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.names import names_vocabulary
from nec_extract.language.lexicon.titles import titles_vocabulary
from nec_extract.language.people.forms import edge_words, non_person_words
from nec_extract.language.people.titles import honours_re, role_words

_TOKEN = r"[A-Z][A-Za-z'’-]+"


@cache
def _titles_re() -> str:
    """Titles and offices written before a name, capitalised as written ("Cllr", "Vice President")."""
    vocabulary = titles_vocabulary()
    words = (*vocabulary.titles, *vocabulary.abbreviated_titles, *vocabulary.office_titles)
    return alternation(" ".join(part.capitalize() for part in word.split()) for word in words)


@cache
def written_name_re() -> str:
    """A name in running text: titles, capitalised words and particles, then maybe honours ("Cllr Ada de Vries MP")."""
    # possessive repeats: a long run of titles cannot make the match backtrack exponentially
    return rf"(?:(?:{_titles_re()})\.?\s+)*+{_TOKEN}(?:\s+(?:{_TOKEN}|{_particles()}))*+(?:\s+(?:{honours_re()})\b)?"


@cache
def minuted_name_re() -> str:
    """A person as minutes name them: a written name, or initials and a surname ("D. Mensah", "J.R. Hale")."""
    return rf"(?:(?:[A-Z]\.\s?){{1,3}}[A-Z][A-Za-z'’-]+|{written_name_re()})"


# where minutes' subjectless shorthand for a role may begin ("Proposed Jo Hart, seconded Sam Lee", "Bus fares – moved
# Jo Hart", "(prop. PB, sec. OA)", "Bus fares. Moved Jo Hart"): a line's start, after a comma, bracket or semicolon,
# or after a stop, colon or dash and a space
SHORTHAND_ROLE_START = r"(?:^|(?<=[,(;\n])|(?<=[.;:–—-][ \t]))"


@cache
def _leading_titles() -> re.Pattern[str]:
    return re.compile(rf"^(?:(?:{_titles_re()})\.?\s+)+")


@cache
def _trailing_honours() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{honours_re()})$")


@cache
def _not_first() -> frozenset[str]:
    """Words a name cannot start with: sentence words, titles, roles, organisations."""
    return edge_words() | _not_last()


@cache
def _not_last() -> frozenset[str]:
    """Words a name cannot end with: titles, roles, organisations ("Ann Black" may end in a colour)."""
    vocabulary = titles_vocabulary()
    return non_person_words() | role_words() | frozenset(vocabulary.titles) | frozenset(vocabulary.abbreviated_titles)


def clean_name(raw: str) -> str | None:
    """A written name without its titles, honours, possessive or stray capitalised words; None if no name is left
    ("Cllr Ada Rooke's" -> "Ada Rooke", "The Chair" -> None)."""
    name = _trailing_honours().sub("", _leading_titles().sub("", re.sub(r"^.*['’]s\s+", "", raw.strip())))
    tokens = name.replace("’s", "").replace("'s", "").split()
    while tokens and tokens[0].casefold() in _not_first():
        tokens = tokens[1:]
    if not tokens or tokens[-1].casefold() in _not_last():
        return None
    return " ".join(tokens)


@cache
def _particles() -> str:
    """Lower-case words inside a written name: "de", "van" ("Ada de Vries")."""
    return alternation(names_vocabulary().surname_particles)
