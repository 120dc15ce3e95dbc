"""Finding inputs in folders that hold more than plain files: links that loop or lead nowhere, FIFOs and
sockets, names that are not UTF-8. None of them may stop the batch or hang it."""

from __future__ import annotations

import json
import os
import socket
import sys
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nec_extract import batch
from nec_extract.cli import app
from nec_extract.reading.discover import discover, item_key, shown_name

REPORT = "NEC Report – 14 March 2023\n\nThe NEC met on Tuesday. A rule change was agreed unanimously.\n"
LATIN1_NAME = os.fsdecode(b"lat\xe9.txt")  # a file name in Latin-1, as old archives have them

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs, sockets and byte file names are POSIX")


@pytest.fixture
def odd_folder(tmp_path: Path) -> Path:
    """A report, a link looping onto itself, a link to nothing, a FIFO, a socket, and a Latin-1 file name."""
    folder = tmp_path / "odd"
    folder.mkdir()
    (folder / "a_report.txt").write_text(REPORT, encoding="utf-8")
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "dangling.txt").symlink_to("gone.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / LATIN1_NAME).write_text(REPORT.replace("14 March", "16 May"), encoding="utf-8")
    return folder


@posix_only
def test_a_loop_and_a_dangling_link_fail_on_their_own_and_a_fifo_is_skipped(odd_folder: Path) -> None:
    skipped: list[tuple[str, str]] = []
    items = discover([str(odd_folder)], on_skip=lambda source, reason: skipped.append((source, reason)))
    assert [Path(item.source).name for item in items] == ["a_report.txt", "dangling.txt", "lat\\xe9.txt", "loop.txt"]
    assert skipped == [(str(odd_folder / "pipe.txt"), "not a regular file (a FIFO)")]
    errors = {Path(item.source).name: item.error for item in items if item.error is not None}
    assert errors["loop.txt"] is not None and errors["loop.txt"].type == "SymlinkLoop"
    assert errors["dangling.txt"] is not None and errors["dangling.txt"].type == "FileNotFound"
    assert item_key(next(item for item in items if item.source.endswith("loop.txt"))).endswith("loop.txt")


@posix_only
def test_a_socket_is_skipped_and_by_default_a_skip_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(tmp_path / "listening.txt"))
        with pytest.warns(UserWarning, match=r"listening\.txt: skipped: not a regular file \(a socket\)"):
            items = discover([str(tmp_path)])
    finally:
        server.close()
    assert [Path(item.source).name for item in items] == ["report.txt"]


@posix_only
def test_a_fifo_named_on_the_command_line_is_read() -> None:
    """`parse <(zcat report.txt.gz)` hands the tool a pipe: naming it is asking for it to be read."""
    read_end, write_end = os.pipe()

    def feed() -> None:
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(REPORT.encode("utf-8"))

    feeder = threading.Thread(target=feed)
    feeder.start()
    try:
        result = CliRunner().invoke(app, ["parse", f"/dev/fd/{read_end}", "-f", "jsonl"])
    finally:
        feeder.join()
        os.close(read_end)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["reports"][0]["title"] == "NEC Report – 14 March 2023"


@posix_only
def test_a_file_name_that_is_not_utf8_is_read_and_shown_with_its_byte_escaped(tmp_path: Path) -> None:
    path = tmp_path / LATIN1_NAME
    path.write_text(REPORT, encoding="utf-8")
    assert shown_name(str(path)).endswith("lat\\xe9.txt")
    [result] = batch.run(discover([str(path)]))
    assert result.document.source.endswith("lat\\xe9.txt")
    assert result.key.endswith("lat\\xe9.txt")
    assert result.document.reports[0].title == "NEC Report – 14 March 2023"
    result.document.to_json()  # serialises: no lone surrogate left in it


@posix_only
@pytest.mark.parametrize("output_format", ["jsonl", "csv", "json", "table"])
def test_the_batch_goes_on_past_every_odd_entry_in_every_format(odd_folder: Path, output_format: str) -> None:
    result = CliRunner().invoke(app, ["parse", str(odd_folder), "-f", output_format, "-j", "1"])
    assert result.exit_code == 1  # the two links failed
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert result.stderr.splitlines() == [
        f"nec-extract: {odd_folder / 'pipe.txt'}: skipped: not a regular file (a FIFO)",
        f"nec-extract: {odd_folder / 'dangling.txt'}: FileNotFound: a symbolic link to a file that does not exist",
        f"nec-extract: {odd_folder / 'loop.txt'}: SymlinkLoop: a symbolic link that loops back on itself",
    ]
    for meeting_date in ("2023-03-14", "2023-05-16"):  # both reports read, whatever the format
        assert meeting_date in result.stdout
    if output_format == "jsonl":
        sources = [json.loads(line)["source"] for line in result.stdout.splitlines()]
        assert [Path(source).name for source in sources] == ["a_report.txt", "dangling.txt", "lat\\xe9.txt", "loop.txt"]


@posix_only
def test_a_database_stores_a_row_set_for_every_odd_entry_read(odd_folder: Path, tmp_path: Path) -> None:
    import sqlite3

    database = tmp_path / "odd.sqlite"
    result = CliRunner().invoke(app, ["parse", str(odd_folder), "--db", str(database), "-j", "1"])
    assert result.exit_code == 1
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT source, error_type FROM documents ORDER BY source").fetchall()
        reports = connection.execute("SELECT count(*) FROM reports").fetchone()[0]
    assert [(Path(source).name, error) for source, error in rows] == [
        ("a_report.txt", None),
        ("dangling.txt", "FileNotFound"),
        ("lat\\xe9.txt", None),
        ("loop.txt", "SymlinkLoop"),
    ]
    assert reports == 2
