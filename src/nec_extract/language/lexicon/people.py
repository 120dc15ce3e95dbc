"""``models/people.json``: the gazetteer of known people, the other forms of their names and their roles by date."""

from __future__ import annotations

from datetime import date
from functools import cache

from pydantic import BaseModel, ConfigDict

from nec_extract.language.lexicon import Vocabulary, load


class TenureEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    role: str
    start: date
    end: date | None


class PersonEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    variants: tuple[str, ...]
    misspellings: tuple[str, ...]
    roles: tuple[TenureEntry, ...]


class PeopleVocabulary(Vocabulary):
    FILE = "people.json"
    people: tuple[PersonEntry, ...]
    page_roles: dict[str, str]


@cache
def people_vocabulary() -> PeopleVocabulary:
    return load(PeopleVocabulary)
