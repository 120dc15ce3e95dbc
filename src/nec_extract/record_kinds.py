"""The kinds of record a report holds, one flat table (CSV rows, SQLite table) each.

Kept apart from the writers so the command line can offer them without importing the models.
"""

from __future__ import annotations

from enum import StrEnum


class RecordKind(StrEnum):
    REPORTS = "reports"
    SPEAKERS = "speakers"
    MOTIONS = "motions"
    VOTES = "votes"
    MEMBERSHIP = "membership"
    DATES = "dates"
