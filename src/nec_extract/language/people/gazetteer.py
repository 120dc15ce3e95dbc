"""The people-and-roles gazetteer of ``models/people.json``: Labour officers and NEC figures, the other
forms of their names, and the roles they held when.

It canonicalises names and gives roles by date; it never adds a person the page does not name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache

from nec_extract.language.lexicon.people import people_vocabulary


@dataclass(frozen=True)
class Tenure:
    role: str
    start: date
    end: date | None

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Person:
    name: str
    variants: tuple[str, ...]
    misspellings: tuple[str, ...]
    tenures: tuple[Tenure, ...]


def _key(name: str) -> str:
    return " ".join(name.replace("’", "'").split()).casefold()


@cache
def people() -> tuple[Person, ...]:
    """Everyone in the gazetteer, read once."""
    return tuple(
        Person(
            name=entry.name,
            variants=entry.variants,
            misspellings=entry.misspellings,
            tenures=tuple(Tenure(role=t.role, start=t.start, end=t.end) for t in entry.roles),
        )
        for entry in people_vocabulary().people
    )


@cache
def _by_form() -> dict[str, tuple[Person, bool]]:
    """Each known form of a name -> (person, whether that form is a misspelling)."""
    forms: dict[str, tuple[Person, bool]] = {}
    for person in people():
        forms[_key(person.name)] = (person, False)
        for variant in person.variants:
            forms.setdefault(_key(variant), (person, False))
        for wrong in person.misspellings:
            forms.setdefault(_key(wrong), (person, True))
    return forms


def lookup(name: str) -> Person | None:
    """The person a full name (or a known variant or misspelling of it) refers to."""
    found = _by_form().get(_key(name))
    return found[0] if found else None


def canonical_name(name: str, page_text: str | None = None) -> str | None:
    """The gazetteer's spelling of ``name``: misspellings are always corrected, other variants only
    when ``page_text`` also gives the canonical form (the SPEC keeps the page's own fullest form)."""
    found = _by_form().get(_key(name))
    if found is None:
        return None
    person, misspelt = found
    if misspelt or _key(name) == _key(person.name):
        return person.name
    if page_text is not None and person.name in page_text:
        return person.name
    return None


@cache
def _first_names() -> frozenset[str]:
    return frozenset(_key(person.name).split()[0] for person in people())


def is_first_name(word: str) -> bool:
    """Whether a gazetteer person goes by this first name ("Keir"): evidence that a one-word name on
    the page is a person's, never a reason to add one."""
    return _key(word) in _first_names()


def role_on(name: str, day: date | None) -> str | None:
    """The role the person held on ``day`` (the first listed when several), else None."""
    person = lookup(name)
    if person is None or day is None:
        return None
    for tenure in person.tenures:
        if tenure.covers(day):
            return tenure.role
    return None


def holders(role: str, day: date | None) -> list[str]:
    """Names of the people who held ``role`` on ``day`` (case-insensitive role match)."""
    if day is None:
        return []
    wanted = _key(role)
    return [person.name for person in people() if any(_key(t.role) == wanted and t.covers(day) for t in person.tenures)]


def holders_of_page_role(key: str, day: date | None) -> list[str]:
    """Holders of a role a report names by its key alone ("chair"), under the gazetteer's name for it."""
    return holders(people_vocabulary().page_roles.get(key, key), day)
