"""A collection's rows (nec_extract.collection.load): from documents, from a database, and both at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from collection_samples import sample_documents
from nec_extract.collection.aggregate import Overview, summarise
from nec_extract.collection.load import NotADatabase, from_database, from_documents, is_database
from nec_extract.writers.database import DatabaseWriter


def stored(tmp_path: Path) -> Path:
    path = tmp_path / "nec.sqlite"
    writer = DatabaseWriter(path)
    for number, (document, _) in enumerate(sample_documents()):
        writer.write(document, key=f"/data/{document.source}", content_hash=str(number))
    writer.close()
    return path


def facts(overview: Overview) -> tuple[object, ...]:
    """What the page shows, without the Python objects that carry it."""
    return (
        overview.documents,
        overview.reports,
        [(p.date, p.basis, p.organisation, p.metric, p.value, p.evidence) for p in overview.membership],
        [
            (d.date, d.kind, d.summary, d.movers, d.seconders, d.outcome, d.tally, d.evidence)
            for d in overview.decisions
        ],
        [(p.key, p.forms, p.meetings, len(p.moved), len(p.seconded), p.role_periods) for p in overview.people],
        [d.source for d in overview.quality.failed_documents],
        [d.source for d in overview.quality.empty_documents],
    )


def test_a_database_gives_the_same_aggregates_as_its_documents(tmp_path: Path) -> None:
    documents = [(document, f"/data/{document.source}") for document, _ in sample_documents()]
    assert facts(summarise(from_database(stored(tmp_path)))) == facts(summarise(from_documents(documents)))


def test_a_file_given_twice_counts_once(tmp_path: Path) -> None:
    documents = [(document, f"/data/{document.source}") for document, _ in sample_documents()]
    collection = from_database(stored(tmp_path))
    collection.extend(from_documents(documents))
    assert facts(summarise(collection)) == facts(summarise(from_documents(documents)))


def test_a_database_is_known_by_its_first_bytes(tmp_path: Path) -> None:
    assert is_database(stored(tmp_path))
    text = tmp_path / "page.sqlite"
    text.write_text("NEC report\n", encoding="utf-8")
    assert not is_database(text)
    assert not is_database(tmp_path)
    with pytest.raises(NotADatabase):
        (tmp_path / "empty.sqlite").write_bytes(b"SQLite format 3\x00" + bytes(200))
        from_database(tmp_path / "empty.sqlite")
