"""People named in a list (a roll call, a proposer note): each item's name without titles, counts or marks,
in the forms lists use: full names, initials and surname ("A Carter", "T WOODHOUSE"), or a surname alone."""

from __future__ import annotations

import re

from nec_extract.language.lexicon.names import names_vocabulary
from nec_extract.language.people.forms import CAPITALS_WORD, edge_words, is_name_word, non_person_words
from nec_extract.language.people.titles import honours, personal_titles, role_heads, role_words

_INITIAL = re.compile(r"[A-Z]\.?")
_CAPITALS = re.compile(CAPITALS_WORD)
# what lists add to a name: a count "(12)", a footnote mark "*", a role in brackets "(co-chair)"
_MARKS = re.compile(r"\s*(?:\([^)]*\)|\*+|\d+|[.:;])\s*$")
_ITEM_SEPARATOR = re.compile(r"\s*(?:[,;]|\band\b|&)\s*")


def list_items(text: str) -> list[tuple[int, str]]:
    """The items of a list of names, with their offsets in ``text``: split at commas, semicolons, "and", "&"."""
    items: list[tuple[int, str]] = []
    position = 0
    for separator in [*_ITEM_SEPARATOR.finditer(text), None]:
        end = separator.start() if separator else len(text)
        raw = text[position:end]
        if raw.strip():
            items.append((position + len(raw) - len(raw.lstrip()), raw.strip()))
        position = separator.end() if separator else end
    return items


def _is_name_part(word: str) -> bool:
    return is_name_word(word) or bool(_CAPITALS.fullmatch(word)) or bool(_INITIAL.fullmatch(word))


def _is_particle(word: str) -> bool:
    """A surname particle inside a name: "Gethin ap Dafydd"."""
    return word in names_vocabulary().surname_particles


def _office(word: str) -> bool:
    """A capitalised role word before a name in a list: "President Kemi Adebayo", "Chair Jo Bloggs"."""
    return word[:1].isupper() and word.casefold() in role_words() and word.casefold() in role_heads()


def listed_name(item: str) -> str | None:
    """The name a list item gives, as written, without titles, honours and marks: "Cllr A Carter (2)" ->
    "A Carter", "Bro. T WOODHOUSE" -> "T WOODHOUSE", "Finnigan" -> "Finnigan"; None for "the Labour Group",
    "12" or "none"."""
    while True:
        stripped = _MARKS.sub("", item)
        if stripped == item:
            break
        item = stripped
    words = item.split()
    while words and (words[0].strip(".").casefold() in personal_titles() or (len(words) > 1 and _office(words[0]))):
        words.pop(0)
    while words and words[-1].strip(".").casefold() in honours():
        words.pop()
    inner = range(1, len(words) - 1)
    if not 1 <= len(words) <= 4 or not all(
        _is_name_part(w) or (i in inner and _is_particle(w)) for i, w in enumerate(words)
    ):
        return None
    if any(w.casefold() in non_person_words() for w in words) or _INITIAL.fullmatch(words[-1]):
        return None
    if all(w.casefold() in role_words() or w.casefold() in edge_words() for w in words):
        return None  # "Seconder", "The Chairman": a role, not a name
    if len(words) == 1 and (
        words[0].casefold() in edge_words() or (_CAPITALS.fullmatch(words[0]) and len(words[0]) < 3)
    ):
        return None
    return " ".join(words)
