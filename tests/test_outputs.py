"""Writers: the SQLite database, CSV rows, the HTML review page and atomic output files."""

from __future__ import annotations

import csv
import io
import json
import os
import sqlite3
import subprocess
import sys
import threading
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nec_extract.batch import FileResult
from nec_extract.cli import app
from nec_extract.models import (
    UNNAMED_AUTHOR,
    DateMention,
    Document,
    ErrorInfo,
    MembershipFigure,
    Metric,
    Motion,
    MotionKind,
    Outcome,
    Precision,
    Report,
    ReportSpan,
    Span,
    Speaker,
    Vote,
)
from nec_extract.record_kinds import CsvTable, RecordKind
from nec_extract.writers import OutputFormat, atomic_output
from nec_extract.writers.database import RENAMED_IN_VERSION_2, DatabaseWriter
from nec_extract.writers.destinations import Destinations
from nec_extract.writers.records_csv import CsvWriter, csv_header
from nec_extract.writers.review import render_review

TEXT = """NEC Report – 14 March 2023

Ann Black moved a motion calling for a review of the <selection> timetable. It was carried by 22 votes to 12.
Membership stood at 400,757. The next meeting is on 23 May 2023.
"""

TABLES = ("documents", "reports", "speakers", "motions", "votes", "membership", "dates")


def span(text: str, quote: str) -> Span:
    start = text.index(quote)
    return Span(start=start, end=start + len(quote), text=quote)


def sample_document(text: str = TEXT, source: str = "pages/one.txt") -> Document:
    """A document holding one record of every kind, every span true to ``text``."""
    vote = Vote.model_validate(
        {"for": 22, "against": 12, "outcome": "carried", "evidence": span(text, "It was carried by 22 votes to 12.")}
    )
    report = Report(
        title="NEC Report – 14 March 2023",
        span=ReportSpan(start=0, end=len(text)),
        meeting_date=DateMention(
            text="14 March 2023", span=span(text, "14 March 2023"), start="2023-03-14", precision=Precision.DAY
        ),
        speakers=[Speaker(name="Ann Black", mentions=[span(text, "Ann Black")])],
        motions=[
            Motion(
                kind=MotionKind.MOTION,
                summary="calling for a review of the <selection> timetable",
                movers=["Ann Black"],
                seconders=["Jo Bloggs"],
                outcome=Outcome.CARRIED,
                vote=vote,
                evidence=span(text, "Ann Black moved a motion calling for a review of the <selection> timetable."),
            )
        ],
        votes=[vote],
        membership=[
            MembershipFigure(metric=Metric.MEMBERS, value=400757, evidence=span(text, "Membership stood at 400,757."))
        ],
        dates=[
            DateMention(text="23 May 2023", span=span(text, "23 May 2023"), start="2023-05-23", precision=Precision.DAY)
        ],
    )
    return Document.model_validate(
        Document(source=source, encoding="utf-8", reports=[report]).model_dump(by_alias=True), context={"text": text}
    )


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        return {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


def test_the_database_holds_every_record_kind_linked_to_its_report_and_document(tmp_path: Path) -> None:
    database = tmp_path / "nec.sqlite"
    writer = DatabaseWriter(database)
    writer.write(sample_document(), key="/abs/pages/one.txt", content_hash="aa")
    writer.close()
    assert counts(database) == dict.fromkeys(TABLES, 1)
    with sqlite3.connect(database) as connection:
        row = connection.execute(
            """SELECT d.source, r.title, r.meeting_date_start, v.vote_for, v.vote_against, v.evidence_text,
                      m.movers, m.vote_for, s.name, f.value, t.date_start
               FROM votes v JOIN reports r USING (report_id) JOIN documents d ON d.document_id = v.document_id
               JOIN motions m ON m.report_id = r.report_id JOIN speakers s ON s.report_id = r.report_id
               JOIN membership f ON f.report_id = r.report_id JOIN dates t ON t.report_id = r.report_id"""
        ).fetchone()
    assert row == (
        "pages/one.txt",
        "NEC Report – 14 March 2023",
        "2023-03-14",
        22,
        12,
        "It was carried by 22 votes to 12.",
        '["Ann Black"]',
        22,
        "Ann Black",
        400757,
        "2023-05-23",
    )


def test_writing_a_file_again_replaces_its_rows(tmp_path: Path) -> None:
    database = tmp_path / "nec.sqlite"
    writer = DatabaseWriter(database)
    writer.write(sample_document(), key="/abs/one.txt", content_hash="aa")
    writer.write(sample_document(), key="/abs/one.txt", content_hash="bb")  # the file changed
    writer.write(sample_document(source="two.txt"), key="/abs/two.txt", content_hash="aa")
    writer.write(sample_document(source="<stdin>"), key="<stdin>", content_hash="cc")
    writer.write(sample_document(source="<stdin>"), key="<stdin>", content_hash="dd")  # other text on stdin
    writer.close()
    assert counts(database)["documents"] == 4
    assert counts(database)["votes"] == 4
    with sqlite3.connect(database) as connection:
        hashes = connection.execute("SELECT content_hash FROM documents WHERE path = '/abs/one.txt'").fetchall()
    assert hashes == [("bb",)]


def test_parse_into_a_database_twice_leaves_the_same_row_counts(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "one.txt").write_text(TEXT, encoding="utf-8")
    (pages / "two.txt").write_text(TEXT.replace("14 March", "16 May"), encoding="utf-8")
    (pages / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    database = tmp_path / "nec.sqlite"
    first = CliRunner().invoke(app, ["parse", str(pages), "--db", str(database), "-j", "1"])
    assert first.exit_code == 1 and first.stdout == ""  # with --db and no --format, nothing on stdout
    before = counts(database)
    assert before["documents"] == 3 and before["reports"] == 2
    second = CliRunner().invoke(app, ["parse", str(pages), "--db", str(database), "-j", "1", "-f", "jsonl"])
    assert len(second.stdout.splitlines()) == 3
    assert counts(database) == before
    with sqlite3.connect(database) as connection:
        errors = connection.execute("SELECT source, error_type FROM documents WHERE error_type IS NOT NULL").fetchall()
    assert errors == [(str(pages / "binary.txt"), "BinaryFile")]


@pytest.mark.parametrize(
    ("kind", "column", "value"),
    [
        (RecordKind.REPORTS, "vote_count", "1"),
        (RecordKind.SPEAKERS, "name", "Ann Black"),
        (RecordKind.MOTIONS, "movers", "Ann Black"),
        (RecordKind.VOTES, "vote_for", "22"),
        (RecordKind.MEMBERSHIP, "value", "400757"),
        (RecordKind.DATES, "date_start", "2023-05-23"),
    ],
)
def test_csv_has_one_flat_row_per_record_with_its_source_title_and_meeting_date(
    kind: RecordKind, column: str, value: str
) -> None:
    stream = io.StringIO()
    writer = CsvWriter(stream, kind)
    writer.write(sample_document())
    writer.write(Document(source="empty.txt"))  # no reports, no rows
    rows = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert len(rows) == 1
    row = rows[0]
    assert (row["source"], row["report_title"], row["meeting_date"]) == (
        "pages/one.txt",
        "NEC Report – 14 March 2023",
        "2023-03-14",
    )
    assert row[column] == value
    if "evidence_start" in row:
        start, end = int(row["evidence_start"]), int(row["evidence_end"])
        assert TEXT[start:end] == row["evidence_text"]


def test_every_kind_names_a_tally_and_a_date_the_same_way() -> None:
    headers = {table: csv_header(table) for table in CsvTable if table is not CsvTable.ALL}
    tallies = ("vote_for", "vote_against", "vote_abstentions", "vote_unanimous")
    assert all(column in headers[CsvTable.MOTIONS] and column in headers[CsvTable.VOTES] for column in tallies)
    assert {"date_text", "date_start", "date_end", "date_precision"} <= set(headers[CsvTable.DATES])
    every_column = {column for header in headers.values() for column in header}
    assert not every_column & {"votes_for", "votes_against", "text", "precision", "unanimous", "abstentions"}


def test_the_unnamed_author_is_written_the_same_way_as_speaker_and_as_mover() -> None:
    document = sample_document()
    report = document.reports[0]
    report.speakers[0] = Speaker(name=None, is_author=True, mentions=report.speakers[0].mentions)
    report.motions[0].movers = [UNNAMED_AUTHOR]
    rows = {}
    for table in (CsvTable.SPEAKERS, CsvTable.MOTIONS):
        stream = io.StringIO()
        CsvWriter(stream, table).write(document)
        rows[table] = next(csv.DictReader(io.StringIO(stream.getvalue())))
    assert rows[CsvTable.SPEAKERS]["name"] == rows[CsvTable.MOTIONS]["movers"] == "(author)"
    assert rows[CsvTable.SPEAKERS]["is_author"] == "true"


def test_the_documents_table_has_a_row_for_every_input_with_its_error_and_counts() -> None:
    stream = io.StringIO()
    writer = CsvWriter(stream, CsvTable.DOCUMENTS)
    writer.write(sample_document())
    writer.write(Document(source="empty.txt", encoding="utf-8"))
    writer.write(Document(source="scan.pdf", error=ErrorInfo(type="BinaryFile", message="binary content")))
    rows = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert [(r["source"], r["report_count"], r["vote_count"], r["error_type"]) for r in rows] == [
        ("pages/one.txt", "1", "1", ""),
        ("empty.txt", "0", "0", ""),
        ("scan.pdf", "0", "0", "BinaryFile"),
    ]


def test_every_table_in_one_pass_into_a_folder_with_a_byte_order_mark_for_excel(tmp_path: Path) -> None:
    folder = tmp_path / "tables"
    with _every_table_into(folder, excel=True) as destinations:
        destinations.write(FileResult(sample_document(), key="one"))
        scan = Document(source="scan.pdf", error=ErrorInfo(type="BinaryFile", message="binary content"))
        destinations.write(FileResult(scan, key="scan"))
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{t.value}.csv" for t in CsvTable if t.value != "all")
    raw = (folder / "reports.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    assert "–".encode() in raw  # the dash of the title, as UTF-8
    with (folder / "documents.csv").open(encoding="utf-8-sig", newline="") as stream:
        assert [row["error_type"] for row in csv.DictReader(stream)] == ["", "BinaryFile"]
    with (folder / "votes.csv").open(encoding="utf-8-sig", newline="") as stream:
        assert [row["vote_for"] for row in csv.DictReader(stream)] == ["22"]


def test_an_interrupted_run_leaves_no_csv_files(tmp_path: Path) -> None:
    folder = tmp_path / "tables"
    with pytest.raises(KeyboardInterrupt), _every_table_into(folder) as destinations:
        destinations.write(FileResult(sample_document(), key="one"))
        raise KeyboardInterrupt
    assert list(folder.iterdir()) == []


def _every_table_into(folder: Path, *, excel: bool = False) -> Destinations:
    """Where ``parse --format csv --records all --output FOLDER`` sends its documents."""
    return Destinations(OutputFormat.CSV, output=folder, db=None, single=False, records=CsvTable.ALL, excel=excel)


def test_a_version_1_database_gets_the_new_column_names(tmp_path: Path) -> None:
    database = tmp_path / "old.sqlite"
    DatabaseWriter(database).close()
    with sqlite3.connect(database) as connection:  # as version 1 named them
        for table, renames in RENAMED_IN_VERSION_2.items():
            for old, new in renames.items():
                connection.execute(f"ALTER TABLE {table} RENAME COLUMN {new} TO {old}")
        connection.execute("PRAGMA user_version = 1")
    writer = DatabaseWriter(database)
    writer.write(sample_document(), key="/abs/one.txt", content_hash="aa")
    writer.close()
    with sqlite3.connect(database) as connection:
        row = connection.execute("SELECT vote_for, vote_unanimous FROM votes").fetchone()
        precision = connection.execute("SELECT date_precision FROM dates").fetchone()
        version = connection.execute("PRAGMA user_version").fetchone()[0]
    assert (row, precision, version) == ((22, 0), ("day",), 2)


def test_the_review_page_highlights_every_span_by_kind_and_escapes_the_text() -> None:
    page = render_review(sample_document(), TEXT)
    assert "<selection>" not in page and "&lt;selection&gt;" in page
    for kind in ("k-motion", "k-vote", "k-membership", "k-speaker", "k-date", "k-meeting"):
        assert f"class='{kind}" in page or f" {kind}" in page, kind
    assert "Membership stood at 400,757.</span>" in page
    assert "<a id='r0-vote-0'></a>" in page and "href='#r0-vote-0'" in page


class _Pieces(HTMLParser):
    """The text of every highlighted piece of the review page's text pane, with the records it belongs to."""

    def __init__(self) -> None:
        super().__init__()
        self.pieces: list[tuple[set[str], str]] = []
        self.legend: list[str] = []
        self._open: list[set[str] | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "span":
            self._open.append(set((values.get("data-r") or "").split()) or None)
            if (values.get("class") or "").startswith("k-") and "data-r" not in values:
                self.legend.append(values["class"] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "span" and self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        if self._open and self._open[-1]:
            self.pieces.append((self._open[-1], data))


def test_every_piece_of_a_records_evidence_carries_the_record_so_all_of_it_is_outlined() -> None:
    document = sample_document()
    parsed = _Pieces()
    parsed.feed(render_review(document, TEXT))
    motion = document.reports[0].motions[0]
    pieces = [text for records, text in parsed.pieces if "r0-motion-0" in records]
    assert len(pieces) >= 2  # the speaker's name splits the motion's evidence
    assert "".join(pieces) == motion.evidence.text
    assert ["r0-speaker-0" in records for records, text in parsed.pieces if text == "Ann Black"] == [True]


def test_the_legend_chips_are_light_boxes_and_counts_read_in_words() -> None:
    page = render_review(sample_document(), TEXT)
    parsed = _Pieces()
    parsed.feed(page)
    assert parsed.legend == ["k-motion", "k-vote", "k-membership", "k-speaker", "k-date", "k-meeting"]
    assert page.count("<span class='chip'>") == 6
    assert "for 22 / against 12 (carried)" in page and "?–?" not in page


def test_the_review_page_has_a_report_index_a_jump_list_and_a_search_box() -> None:
    document = sample_document()
    two = document.model_copy(update={"reports": [document.reports[0], document.reports[0]]})
    page = render_review(two, TEXT)
    assert page.count("<tr data-report=") == 2 and page.count("<option value='report-") == 2
    assert "<input id='search' type='search'" in page
    assert page.count("<script>") == 1 and "<script src" not in page and "http" not in page  # loads nothing


def test_the_review_page_escapes_markup_in_the_text_and_the_records() -> None:
    text = TEXT + "</script><script>alert(1)</script>\n"
    document = sample_document(text)
    document.reports[0].title = "<b onclick='x()'>NEC</b>"
    page = render_review(document, text)
    assert page.count("<script>") == 1 and "&lt;/script&gt;&lt;script&gt;alert(1)" in page
    assert "<b onclick" not in page and "&lt;b onclick=&#x27;x()&#x27;&gt;NEC" in page


def test_atomic_output_replaces_the_file_only_when_complete(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_output(target) as stream:
        stream.write("half")
        raise RuntimeError("stopped")
    assert target.read_text(encoding="utf-8") == "old"
    with atomic_output(target) as stream:
        stream.write(json.dumps({"new": True}))
    assert json.loads(target.read_text(encoding="utf-8")) == {"new": True}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_the_table_view_prints_page_text_literally_not_as_markup() -> None:
    from nec_extract.writers.documents import TableWriter

    document = sample_document().model_copy(update={"source": "pages/[bold]x[/bold].txt"})
    document.reports[0].title = "NEC Report [draft] – 14 March 2023"
    stream = io.StringIO()
    TableWriter(stream).write(document)
    shown = stream.getvalue()
    assert "pages/[bold]x[/bold].txt" in shown
    assert "[draft]" in shown and "2023-03-14" in shown


def test_while_a_file_is_written_it_has_no_name_and_a_device_is_written_straight_into(tmp_path: Path) -> None:
    """A killed process cannot clean up, so nothing named may exist until the file is complete."""
    target = tmp_path / "out.jsonl"
    with atomic_output(target) as stream:
        stream.write("line\n" * 10_000)
        stream.flush()
        assert list(tmp_path.iterdir()) == []
    assert target.read_text(encoding="utf-8") == "line\n" * 10_000

    with atomic_output(Path(os.devnull)) as stream:  # renaming onto /dev/null would replace the device
        stream.write("thrown away")
    assert Path(os.devnull).is_char_device()


def second_run(database: Path, ready: threading.Event, go: threading.Event, done: threading.Event) -> None:
    writer = DatabaseWriter(database)  # opened (tables checked) before the other run's transaction begins
    ready.set()
    go.wait(30)
    writer.write(sample_document(), key="/abs/one.txt", content_hash="same")
    done.set()
    writer.close()


def test_a_writer_waits_for_another_writers_transaction_and_then_replaces_its_rows(tmp_path: Path) -> None:
    """The second writer must read what to replace only once the first has committed: a deferred
    transaction reads first, then finds the first writer's rows in its way (UNIQUE constraint failed)."""
    database = tmp_path / "nec.sqlite"
    DatabaseWriter(database).close()
    ready, go, done = threading.Event(), threading.Event(), threading.Event()
    second = threading.Thread(target=second_run, args=(database, ready, go, done), daemon=True)
    second.start()
    assert ready.wait(30)
    first = sqlite3.connect(database, isolation_level=None)
    first.execute("BEGIN IMMEDIATE")  # another run, in the middle of writing the same file
    first.execute(
        "INSERT INTO documents (path, content_hash, source, report_count, extracted_at, extractor_version) "
        "VALUES ('/abs/one.txt', 'same', 'one.txt', 0, 'now', 'test')"
    )
    go.set()
    assert not done.wait(0.3)  # the second writer waits for the lock...
    first.execute("COMMIT")
    first.close()
    second.join(timeout=30)
    assert done.is_set()  # ...then writes, replacing the other run's row
    assert counts(database)["documents"] == 1 and counts(database)["votes"] == 1


def test_two_runs_into_one_database_at_once_both_store_every_row(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for day in range(1, 29):
        (pages / f"report_{day:02}.txt").write_text(TEXT.replace("14 March", f"{day} March"), encoding="utf-8")
    database = tmp_path / "nec.sqlite"
    command = [sys.executable, "-m", "nec_extract", "parse", str(pages), "--db", str(database), "-j", "1"]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outcomes = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outcomes
    assert [stderr for _, stderr in outcomes] == ["", ""]
    with sqlite3.connect(database) as connection:
        paths = connection.execute("SELECT count(*), count(DISTINCT path) FROM documents").fetchone()
    assert paths == (28, 28)
    assert counts(database)["reports"] == 28 and counts(database)["votes"] == 28


def test_a_moved_file_is_recognised_by_its_content_and_a_copy_is_kept_apart(tmp_path: Path) -> None:
    database = tmp_path / "nec.sqlite"
    old, new = tmp_path / "2023", tmp_path / "archive" / "2023"
    old.mkdir()
    (old / "one.txt").write_text(TEXT, encoding="utf-8")
    (old / "copy.txt").write_text(TEXT, encoding="utf-8")  # the same text under two names: two documents
    (old / "two.txt").write_text(TEXT.replace("14 March", "16 May"), encoding="utf-8")
    assert CliRunner().invoke(app, ["parse", str(old), "--db", str(database), "-j", "1"]).exit_code == 0
    before = counts(database)
    assert before["documents"] == 3
    new.parent.mkdir()
    old.rename(new)
    assert CliRunner().invoke(app, ["parse", str(new), "--db", str(database), "-j", "1"]).exit_code == 0
    assert counts(database) == before
    with sqlite3.connect(database) as connection:
        paths = sorted(row[0] for row in connection.execute("SELECT path FROM documents"))
    assert paths == [str((new / name).resolve()) for name in ("copy.txt", "one.txt", "two.txt")]
