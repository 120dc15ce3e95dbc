"""``models/calendar.json``: month and weekday names with their abbreviations, the one list of them."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, field_validator

from nec_extract.language.lexicon import Vocabulary, load


class CalendarName(BaseModel):
    """A month or weekday: its full name and the abbreviations that stand for it (capitalised, as written)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    abbreviations: tuple[str, ...] = ()


class CalendarVocabulary(Vocabulary):
    FILE = "calendar.json"
    months: tuple[CalendarName, ...]
    weekdays: tuple[CalendarName, ...]

    @field_validator("months")
    @classmethod
    def _twelve(cls, months: tuple[CalendarName, ...]) -> tuple[CalendarName, ...]:
        if len(months) != 12:
            raise ValueError("12 months, in calendar order")
        return months

    @field_validator("weekdays")
    @classmethod
    def _seven(cls, weekdays: tuple[CalendarName, ...]) -> tuple[CalendarName, ...]:
        if len(weekdays) != 7:
            raise ValueError("7 weekdays, Monday first")
        return weekdays


@cache
def calendar_vocabulary() -> CalendarVocabulary:
    return load(CalendarVocabulary)
