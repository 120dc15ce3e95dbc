"""The command line: data on stdout only, one clear line on stderr for a wrong command, exit 0/1/2/130."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from nec_extract import __version__
from nec_extract.cli import app

REPORT = """NEC Report – 14 March 2023

The NEC met on Tuesday. Ann Black moved a motion calling for a review of the selection timetable,
seconded by Jo Bloggs. It was carried by 22 votes to 12. The next meeting is on 23 May 2023.
"""

SECOND = """NEC meeting, 18 September 2018

A rule change on the disputes panel was agreed unanimously.
"""


def run(*args: str, stdin: str | bytes | None = None) -> Result:
    return CliRunner().invoke(app, list(args), input=stdin)


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    (tmp_path / "one.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "two.txt").write_text(SECOND, encoding="utf-8")
    (tmp_path / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "latin.txt").write_bytes("NEC Report – 9 May 2022\n\nA “quoted” £5 budget.\n".encode("cp1252"))
    return tmp_path


def test_help_lists_the_commands_and_importing_the_cli_does_not_load_spacy() -> None:
    result = run("--help")
    assert result.exit_code == 0
    for command in ("parse", "show", "text", "schema"):
        assert command in result.stdout
    probe = "import sys, nec_extract.cli; print('spacy' in sys.modules, 'nec_extract.pipeline' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_the_records_option_takes_every_record_kind(pages: Path) -> None:
    from nec_extract.record_kinds import RecordKind

    for kind in RecordKind:
        result = run("parse", str(pages / "one.txt"), "--format", "csv", "--records", kind.value)
        assert result.exit_code == 0, (kind, result.stderr)
        assert result.stdout.startswith("source,")


def test_version_and_schema() -> None:
    assert run("--version").stdout.strip() == f"nec-extract {__version__}"
    schema = json.loads(run("schema").stdout)
    assert {"source", "reports", "error"} <= set(schema["properties"])


def test_one_file_as_json_is_one_pretty_document(pages: Path) -> None:
    result = run("parse", str(pages / "one.txt"), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("{\n")
    document = json.loads(result.stdout)
    assert document["source"] == str(pages / "one.txt")
    assert document["reports"][0]["title"] == "NEC Report – 14 March 2023"
    assert result.stderr == ""


def test_several_files_as_json_are_an_array_and_as_jsonl_one_line_each(pages: Path) -> None:
    files = [str(pages / "two.txt"), str(pages / "one.txt")]
    array = run("parse", *files, "-j", "1")
    assert array.exit_code == 0
    assert [d["source"] for d in json.loads(array.stdout)] == files
    lines = run("parse", *files, "--format", "jsonl", "-j", "1").stdout.splitlines()
    assert [json.loads(line)["source"] for line in lines] == files
    assert [json.loads(line) for line in lines] == json.loads(array.stdout)


def test_a_folder_as_json_is_an_array_even_with_one_file(tmp_path: Path) -> None:
    (tmp_path / "only.txt").write_text(REPORT, encoding="utf-8")
    documents = json.loads(run("parse", str(tmp_path)).stdout)
    assert isinstance(documents, list) and len(documents) == 1


def test_standard_input_is_read_for_dash() -> None:
    result = run("parse", "-", "--format", "jsonl", stdin=REPORT.encode("utf-8"))
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["source"] == "<stdin>"
    assert document["reports"][0]["title"] == "NEC Report – 14 March 2023"


def test_table_and_csv_formats(pages: Path) -> None:
    table = run("parse", str(pages / "one.txt"), "--format", "table")
    assert table.exit_code == 0 and "2023-03-14" in table.stdout
    csv_out = run(
        "parse", str(pages / "one.txt"), str(pages / "two.txt"), "-f", "csv", "--records", "reports", "-j", "1"
    )
    rows = csv_out.stdout.splitlines()
    assert rows[0].startswith("source,report_index,report_title,meeting_date,span_start,")
    assert len(rows) == 3 and rows[1].startswith(f"{pages / 'one.txt'},0,NEC Report – 14 March 2023,2023-03-14,")


def test_a_binary_file_alone_is_an_error_record_one_line_and_exit_1(pages: Path) -> None:
    result = run("parse", str(pages / "picture.txt"), "--format", "jsonl")
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert document["error"]["type"] == "BinaryFile" and document["reports"] == []
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["parse", "no/such/file.txt"], "no such file or folder: no/such/file.txt"),
        (["parse", "--format", "yaml", "x.txt"], "Invalid value for '--format'"),
        (["parse", "--bogus", "x.txt"], "No such option: --bogus"),
        (["parse", "x.txt", "--jobs", "0"], "Invalid value for '--jobs'"),
        (["parse", "x.txt", "--records", "votes"], "--records needs --format csv"),
        (["parse"], "Missing argument"),
        (["frobnicate"], "No such command"),
        (["text", "no/such/file.txt"], "no such file: no/such/file.txt"),
        (["show", "no/such/file.txt"], "no such file: no/such/file.txt"),
    ],
)
def test_a_wrong_command_is_one_line_on_stderr_and_exit_2(args: list[str], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith("nec-extract: ") and message in result.stderr
    assert "Traceback" not in result.stderr


def test_a_folder_with_no_txt_and_an_unreadable_path_are_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "notes.md").write_text("hello", encoding="utf-8")
    result = run("parse", str(tmp_path))
    assert result.exit_code == 2 and "no files matching *.txt" in result.stderr
    assert run("parse", str(tmp_path), "--glob", "*.md", "-f", "jsonl").exit_code == 0

    locked = tmp_path / "locked.txt"
    locked.write_text(REPORT, encoding="utf-8")
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != locked and real_access(path, mode))
    denied = run("parse", str(locked))
    assert denied.exit_code == 2
    assert denied.stderr.strip() == f"nec-extract: permission denied: {locked}"


def test_debug_shows_the_traceback_of_a_failing_file(pages: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from nec_extract import pipeline

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("extractor bug")

    monkeypatch.setattr(pipeline, "extract", broken)
    quiet = run("parse", str(pages / "one.txt"), "--format", "jsonl")
    assert quiet.exit_code == 1
    assert json.loads(quiet.stdout)["error"] == {"type": "RuntimeError", "message": "extractor bug"}
    assert "Traceback" not in quiet.stderr and "RuntimeError: extractor bug" in quiet.stderr
    loud = run("parse", str(pages / "one.txt"), "--format", "jsonl", "--debug")
    assert "Traceback" in loud.stderr and "extractor bug" in loud.stderr


def test_an_internal_error_is_one_line_unless_debug(pages: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from nec_extract import batch

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("discovery bug")

    monkeypatch.setattr(batch, "discover", broken)
    quiet = run("parse", str(pages / "one.txt"))
    assert quiet.exit_code == 1
    assert quiet.stderr.strip().splitlines() == [
        "nec-extract: internal error: RuntimeError: discovery bug (--debug shows the traceback)"
    ]
    assert "Traceback" in run("parse", str(pages / "one.txt"), "--debug").stderr


def test_output_is_written_atomically_and_ctrl_c_leaves_nothing(pages: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = pages / "out" / "all.jsonl"
    target.parent.mkdir()
    result = run("parse", str(pages / "one.txt"), str(pages / "two.txt"), "-f", "jsonl", "-o", str(target), "-j", "1")
    assert result.exit_code == 0 and result.stdout == ""
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2

    from nec_extract.writers import documents

    def interrupted(self: object, document: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(documents.JsonLinesWriter, "write", interrupted)
    stopped = run("parse", str(pages / "one.txt"), "-f", "jsonl", "-o", str(target), "-j", "1")
    assert stopped.exit_code == 130
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2  # the old file, untouched
    assert os.listdir(target.parent) == ["all.jsonl"]  # no temporary file left behind


def test_text_prints_exactly_the_text_the_offsets_index(pages: Path) -> None:
    latin = pages / "latin.txt"
    shown = CliRunner().invoke(app, ["text", str(latin)])
    assert shown.exit_code == 0
    text = shown.stdout_bytes.decode("utf-8")
    assert text == latin.read_bytes().decode("cp1252")
    document = json.loads(run("parse", str(latin)).stdout)
    span = document["reports"][0]["meeting_date"]["span"]
    assert text[span["start"] : span["end"]] == span["text"] == "9 May 2022"


def test_show_prints_the_records_and_writes_a_review_page(pages: Path) -> None:
    summary = run("show", str(pages / "one.txt"))
    assert summary.exit_code == 0 and "NEC Report – 14 March 2023" in summary.stdout
    page = pages / "one.html"
    written = run("show", str(pages / "one.txt"), "--html", str(page))
    assert written.exit_code == 0 and written.stdout == ""
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "NEC Report – 14 March 2023" in html
    assert run("show", str(pages / "picture.txt")).exit_code == 1


def nec_extract(*args: str, **options: Any) -> subprocess.CompletedProcess[str]:
    """The command in a process of its own, for what a CliRunner cannot show (file limits, real pipes)."""
    return subprocess.run(
        [sys.executable, "-m", "nec_extract", *args], capture_output=True, text=True, timeout=300, **options
    )


def test_no_arguments_prints_the_help_and_debug_is_a_plain_flag() -> None:
    alone = run()
    assert alone.exit_code == 2
    assert "Usage: nec-extract" in alone.stdout and "parse" in alone.stdout
    assert alone.stderr == ""
    parse_help = run("parse", "--help").stdout
    debug_line = next(line for line in parse_help.splitlines() if "--debug" in line)
    assert "<bool>" not in debug_line and "Show Python tracebacks" in debug_line


def unwritable_folder(tmp_path: Path) -> Path:
    """A folder nobody may write into; root may write anywhere, except into sysfs."""
    if os.geteuid() != 0:
        folder = tmp_path / "read-only"
        folder.mkdir(mode=0o555)
        return folder
    if not Path("/sys/kernel").is_dir():
        pytest.skip("running as root, and no sysfs to stand for a read-only folder")
    return Path("/sys/kernel")


def test_output_into_a_read_only_folder_is_one_line_and_exit_2(pages: Path, tmp_path: Path) -> None:
    target = unwritable_folder(tmp_path) / "all.jsonl"
    result = run("parse", str(pages / "one.txt"), "-o", str(target))
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [f"nec-extract: --output: cannot write {target}: Permission denied"]


@pytest.mark.skipif(sys.platform == "win32", reason="file size limits are POSIX")
def test_output_onto_a_full_disk_is_one_line_exit_2_and_leaves_nothing(pages: Path, tmp_path: Path) -> None:
    import resource
    import signal

    def small_disk() -> None:  # in the child: any file it writes stops at 4 KB, as on a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    out = tmp_path / "out"
    out.mkdir()
    (pages / "picture.txt").unlink()
    result = nec_extract("parse", str(pages), "-j", "1", "-o", str(out / "all.json"), preexec_fn=small_disk)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"nec-extract: --output: cannot write {out / 'all.json'}: File too large"]
    assert os.listdir(out) == []


@pytest.mark.skipif(not Path("/dev/full").is_char_device(), reason="needs /dev/full")
def test_standard_output_on_a_full_disk_is_one_line_and_exit_2(pages: Path) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "nec_extract", "parse", str(pages / "one.txt")],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=300,
            check=False,
        )
    assert result.returncode == 2
    assert result.stderr.splitlines() == ["nec-extract: cannot write to standard output: No space left on device"]


def test_output_onto_one_of_the_inputs_is_refused(pages: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(pages)
    before = (pages / "one.txt").read_bytes()
    for args in (["one.txt", "-o", "one.txt"], [".", "-o", "two.txt"], ["one.txt", "--db", "one.txt"]):
        result = run("parse", *args)
        assert result.exit_code == 2, args
        assert result.stderr.endswith("is one of the inputs; writing it would destroy it\n")
    assert (pages / "one.txt").read_bytes() == before


@pytest.fixture
def many_pages(tmp_path: Path) -> Path:
    folder = tmp_path / "many"
    folder.mkdir()
    for index in range(40):
        (folder / f"page_{index:02}.txt").write_text(REPORT, encoding="utf-8")
    return folder


@pytest.mark.skipif(sys.platform != "linux", reason="sets a pipe's size (Linux)")
@pytest.mark.parametrize("with_db", [False, True], ids=["stdout only", "stdout and --db"])
def test_a_reader_that_stops_reading_ends_the_output_quietly(many_pages: Path, tmp_path: Path, with_db: bool) -> None:
    """`parse DIR -f jsonl | head -1`: a closed pipe is the reader's choice, not a failure; a database
    given as well still gets every document."""
    import fcntl

    database = tmp_path / "nec.sqlite"
    args = ["parse", str(many_pages), "-f", "jsonl", "-j", "1", *(["--db", str(database)] if with_db else [])]
    command = subprocess.Popen(
        [sys.executable, "-m", "nec_extract", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert command.stdout is not None and command.stderr is not None
    fcntl.fcntl(command.stdout.fileno(), fcntl.F_SETPIPE_SZ, 4096)  # the output cannot all fit in the pipe
    first = command.stdout.readline()
    command.stdout.close()  # as `head -1` does
    stderr = command.stderr.read().decode()
    assert command.wait(timeout=300) == 0
    assert json.loads(first)["reports"]
    assert stderr == ""
    if with_db:
        with sqlite3.connect(database) as connection:
            assert connection.execute("SELECT count(*) FROM documents").fetchone()[0] == 40


def test_a_mostly_utf8_file_keeps_its_utf8_reading_and_says_so(tmp_path: Path) -> None:
    page = tmp_path / "mixed.txt"
    page.write_bytes("NEC Report – 14 March 2023\n\nA ".encode() + b"\x93quoted\x94 aside, agreed unanimously.\n")
    result = run("parse", str(page), "-f", "jsonl")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["encoding"] == "utf-8+cp1252"
    assert document["reports"][0]["title"] == "NEC Report – 14 March 2023"
    assert result.stderr.splitlines() == [
        f"nec-extract: {page}: mostly UTF-8: 2 stray bytes read as cp1252 (encoding utf-8+cp1252)"
    ]


def test_every_csv_table_in_one_run_into_a_folder(pages: Path, tmp_path: Path) -> None:
    folder = tmp_path / "tables"
    result = run("parse", str(pages), "-f", "csv", "--records", "all", "-o", str(folder), "--excel", "-j", "1")
    assert result.exit_code == 1 and result.stdout == ""  # the picture fails; its row is in documents.csv
    names = {"documents", "reports", "speakers", "motions", "votes", "membership", "dates"}
    assert {p.stem for p in folder.iterdir()} == names
    documents = (folder / "documents.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(documents) == 5 and any(",BinaryFile," in line for line in documents)
    assert "NEC Report – 14 March 2023" in (folder / "reports.csv").read_text(encoding="utf-8-sig")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-f", "csv", "--records", "all"], "--records all writes one file per table"),
        (["--excel"], "--excel needs --format csv"),
        (["--published", "26/09/2023"], "--published: '26/09/2023' is not a day written YYYY-MM-DD"),
        (["--manifest", "no/such/manifest.csv"], "--manifest: cannot read no/such/manifest.csv"),
    ],
)
def test_output_and_date_options_that_do_not_fit_are_exit_2(pages: Path, args: list[str], message: str) -> None:
    result = run("parse", str(pages / "one.txt"), *args)
    assert result.exit_code == 2 and message in result.stderr and result.stdout == ""


NO_YEAR = "Branch executive report – 24 March\n\nThe executive agreed a motion on the hall booking by 9 votes to 3.\n"


def test_published_dates_one_input_and_a_manifest_dates_a_batch(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(NO_YEAR, encoding="utf-8")
    (tmp_path / "b.txt").write_text(NO_YEAR, encoding="utf-8")
    plain = json.loads(run("parse", str(tmp_path / "a.txt")).stdout)
    dated = json.loads(run("parse", str(tmp_path / "a.txt"), "--published", "2022-04-01").stdout)
    assert plain["reports"][0]["meeting_date"] is None
    assert dated["reports"][0]["meeting_date"]["start"] == "2022-03-24" and dated["published"] == "2022-04-01"
    assert run("parse", str(tmp_path), "--published", "2022-04-01").exit_code == 2
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("path,url\na.txt,https://example.org/2021/03/30/report/\n", encoding="utf-8")
    lines = run("parse", str(tmp_path), "-f", "jsonl", "--manifest", str(manifest)).stdout.splitlines()
    assert [json.loads(line)["published"] for line in lines] == ["2021-03-30", None]
    both = run("parse", str(tmp_path / "a.txt"), "--published", "2022-04-01", "--manifest", str(manifest))
    assert both.exit_code == 2 and "one or the other" in both.stderr
    shown = run("show", str(tmp_path / "a.txt"), "--published", "2022-04-01")
    assert shown.exit_code == 0 and "2022-03-24" in shown.stdout
