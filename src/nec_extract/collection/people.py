"""One key per person across a collection: the name forms that pages use for one person ("Keir",
"Starmer", "Keir Starmer") map to that person's fullest form, never joining two people who merely
share a first name or a surname.

Each page already gives a speaker's or mover's fullest form on that page; across pages the rules are:

- a name the gazetteer knows (a variant or a misspelling included) is the gazetteer's person;
- a shorter full name inside exactly one longer one ("Gurinder Josan" in "Gurinder Singh Josan") is that
  longer one;
- a one-word name is the one full name that starts with it ("Keir") or ends with it ("Starmer"); a
  first name is looked up among the full names the collection's pages give, a surname also among the
  gazetteer's people (a surname alone is how a known figure is written of; a first name alone is how
  a page speaks of someone it named, so the gazetteer never supplies one). With no such name, or
  with several ("Sam" when both "Sam Clark" and "Sam Jones" appear), it stays a person of its own.
"""

from __future__ import annotations

from collections.abc import Iterable

from nec_extract.language.people import gazetteer
from nec_extract.models import UNNAMED_AUTHOR

AUTHOR_PLACEHOLDER = UNNAMED_AUTHOR  # an unnamed page author moving a motion: nobody across pages


def clean_name(name: str | None) -> str | None:
    """A name with its spacing normalised; None for no name or the unnamed author."""
    if name is None:
        return None
    cleaned = " ".join(name.replace("’", "'").split())
    if not cleaned or cleaned == AUTHOR_PLACEHOLDER:
        return None
    return cleaned


def person_keys(names: Iterable[str | None]) -> dict[str, str]:
    """Each cleaned name form -> the key of the person it names (the person's fullest form)."""
    forms = {cleaned for name in names if (cleaned := clean_name(name))}
    full = {form: _known_or_self(form) for form in forms if len(form.split()) > 1}
    longest = _fold_shorter_full_names(set(full.values()))
    keys = {form: longest[key] for form, key in full.items()}
    in_collection = set(keys.values())
    by_first = _word_index(in_collection, position=0)
    by_last = _word_index(in_collection | {person.name for person in gazetteer.people()}, position=-1)
    for form in forms - keys.keys():
        keys[form] = _one_word_key(form, by_first, by_last)
    return keys


def _known_or_self(form: str) -> str:
    person = gazetteer.lookup(form)
    return person.name if person is not None else form


def _fold_shorter_full_names(full_names: set[str]) -> dict[str, str]:
    """Each full name -> the one longer full name that holds all its words in order, else itself."""
    by_ends: dict[tuple[str, str], list[str]] = {}  # only names with the same first and last word compare
    for name in full_names:
        words = name.split()
        by_ends.setdefault((words[0], words[-1]), []).append(name)
    folded: dict[str, str] = {}
    for name in full_names:
        words = name.split()
        longer = [other for other in by_ends[(words[0], words[-1])] if _inside(words, other.split())]
        folded[name] = longer[0] if len(longer) == 1 else name
    return folded


def _inside(short: list[str], full: list[str]) -> bool:
    """Whether ``short`` is ``full`` with some middle words left out (first and last words kept)."""
    if len(short) >= len(full) or short[0] != full[0] or short[-1] != full[-1]:
        return False
    position = 0
    for word in short:
        if word not in full[position:]:
            return False
        position = full.index(word, position) + 1
    return True


def _word_index(full_names: set[str], position: int) -> dict[str, set[str]]:
    """The word at ``position`` of each full name (case-folded) -> the full names with it there."""
    index: dict[str, set[str]] = {}
    for name in full_names:
        index.setdefault(name.casefold().split()[position], set()).add(name)
    return index


def _one_word_key(form: str, by_first: dict[str, set[str]], by_last: dict[str, set[str]]) -> str:
    word = form.casefold()
    matches = by_first.get(word, set()) | by_last.get(word, set())
    return next(iter(matches)) if len(matches) == 1 else form
