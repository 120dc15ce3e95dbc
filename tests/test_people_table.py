"""People in the SQLite database (nec_extract.writers.people_table): each speaker row's person key and
the people table."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from collection_samples import sample_documents
from nec_extract.writers.database import DatabaseWriter


def write(database: Path, indexes: list[int]) -> None:
    documents = sample_documents()
    writer = DatabaseWriter(database)
    for index in indexes:
        document, _ = documents[index]
        writer.write(document, key=f"/data/{document.source}", content_hash=str(index))
    writer.close()


def test_group_by_person_counts_one_person_across_name_forms(tmp_path: Path) -> None:
    database = tmp_path / "nec.sqlite"
    write(database, [0, 1, 2, 3, 4])
    with sqlite3.connect(database) as connection:
        rows = connection.execute(
            "SELECT person, COUNT(DISTINCT report_id), group_concat(DISTINCT name) FROM speakers GROUP BY person"
        ).fetchall()
        people = connection.execute("SELECT person, name_forms, meetings, moved, seconded FROM people").fetchall()
    assert [(person, reports) for person, reports, _ in rows] == [("Dora Pennick", 3)]
    assert sorted(rows[0][2].split(",")) == ["Dora", "Dora Pennick", "Pennick"]
    by_person = {
        person: (json.loads(forms), meetings, moved, seconded) for person, forms, meetings, moved, seconded in people
    }
    assert by_person["Dora Pennick"] == (["Dora", "Dora Pennick", "Pennick"], 3, 0, 1)
    # two people sharing a first name, and a bare "Sam" who could be either, stay three
    assert by_person["Sam Clark"][2] == 1 and by_person["Sam Jones"][2] == 1 and by_person["Sam"][3] == 1


def test_a_later_batch_with_the_full_name_joins_the_earlier_short_forms(tmp_path: Path) -> None:
    database = tmp_path / "nec.sqlite"
    write(database, [1, 2])  # only "Dora" and "Pennick": nothing joins them yet
    with sqlite3.connect(database) as connection:
        assert sorted(r[0] for r in connection.execute("SELECT person FROM speakers")) == ["Dora", "Pennick"]
    write(database, [0])  # a page gives "Dora Pennick"
    with sqlite3.connect(database) as connection:
        assert {r[0] for r in connection.execute("SELECT person FROM speakers")} == {"Dora Pennick"}
        assert connection.execute("SELECT COUNT(*) FROM people WHERE person = 'Dora'").fetchone() == (0,)


def test_a_database_made_before_the_person_column_gains_it(tmp_path: Path) -> None:
    database = tmp_path / "old.sqlite"
    write(database, [0])
    with sqlite3.connect(database) as connection:
        connection.execute("DROP INDEX speakers_person")
        connection.execute("ALTER TABLE speakers DROP COLUMN person")
        connection.execute("DROP TABLE people")
    write(database, [1])
    with sqlite3.connect(database) as connection:
        assert {r[0] for r in connection.execute("SELECT person FROM speakers")} == {"Dora Pennick"}
