"""People in the SQLite database: each ``speakers`` row's ``person`` (one key per person across all the
documents stored, see :mod:`nec_extract.collection.people`) and a ``people`` table, one row per person,
so ``SELECT person, COUNT(DISTINCT report_id) FROM speakers GROUP BY person`` counts across name forms.

A person's key can change as documents arrive ("Keir" alone joins "Keir Starmer" once a page gives the
full name), so both are recomputed over the whole database when a writer closes.
"""

from __future__ import annotations

import json
import sqlite3

from nec_extract.collection.aggregate import decision_list, names_in, people_summary
from nec_extract.collection.load import from_connection
from nec_extract.collection.people import clean_name, person_keys
from nec_extract.record_kinds import RecordKind

PEOPLE_DDL = """
CREATE TABLE IF NOT EXISTS people (
    person TEXT PRIMARY KEY,
    name_forms TEXT NOT NULL,
    meetings INTEGER NOT NULL,
    reports INTEGER NOT NULL,
    first_date TEXT,
    last_date TEXT,
    moved INTEGER NOT NULL,
    seconded INTEGER NOT NULL,
    roles TEXT NOT NULL
)"""


def prepare(connection: sqlite3.Connection) -> None:
    """Add the ``person`` column (also to a database made before it existed) and the ``people`` table."""
    columns = {row[1] for row in connection.execute("PRAGMA table_info(speakers)")}
    if "person" not in columns:
        connection.execute("ALTER TABLE speakers ADD COLUMN person TEXT")
    connection.execute("CREATE INDEX IF NOT EXISTS speakers_person ON speakers(person)")
    connection.execute(PEOPLE_DDL)


def refresh(connection: sqlite3.Connection) -> None:
    """Recompute every speaker row's person and the ``people`` table, inside the caller's transaction
    (the database writer's, which holds the write lock from the first read)."""
    collection = from_connection(connection)
    speakers = collection.records[RecordKind.SPEAKERS]
    decisions = decision_list(collection.records[RecordKind.MOTIONS])
    keys = person_keys(names_in(speakers, decisions))
    names = {row["name"] for _, row in speakers if row.get("name") is not None}
    connection.execute("UPDATE speakers SET person = NULL")
    connection.executemany(
        "UPDATE speakers SET person = ? WHERE name = ?",
        [(keys[form], name) for name in names if (form := clean_name(name))],
    )
    connection.execute("DELETE FROM people")
    connection.executemany(
        "INSERT INTO people VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                person.key,
                json.dumps(sorted(person.forms), ensure_ascii=False),
                person.meetings,
                len(person.reports),
                person.dates[0] if person.dates else None,
                person.dates[-1] if person.dates else None,
                len(person.moved),
                len(person.seconded),
                json.dumps([f"{p.role}: {p.when}" for p in person.role_periods], ensure_ascii=False),
            )
            for person in people_summary(speakers, decisions)
        ],
    )
