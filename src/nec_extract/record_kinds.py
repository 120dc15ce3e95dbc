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


class CsvTable(StrEnum):
    """What ``--records`` writes as CSV: one kind of record, the documents (one row per input, with its
    error and record counts), or all of them at once into a folder."""

    ALL = "all"
    DOCUMENTS = "documents"
    REPORTS = "reports"
    SPEAKERS = "speakers"
    MOTIONS = "motions"
    VOTES = "votes"
    MEMBERSHIP = "membership"
    DATES = "dates"
