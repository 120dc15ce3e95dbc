"""Batches: every input gets its document, in order, whether it is read well, badly, or in parallel."""

from __future__ import annotations

import gc
import json
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nec_extract import batch
from nec_extract.batch import pool
from nec_extract.cli import app

REPORT_A = """NEC Report – 14 March 2023

The NEC met on Tuesday. Ann Black moved a motion calling for a review of the selection timetable,
seconded by Jo Bloggs. It was carried by 22 votes to 12.

Membership stood at 400,757 at the end of February. The next meeting is on 23 May 2023.
"""

REPORT_B = """NEC meeting, 18 September 2018

The General Secretary reported on the conference arrangements. A rule change on the
disputes panel was agreed unanimously.
"""

CP1252 = "NEC Report – 9 May 2022\n\nThe “away day” budget of £5,000 was agreed, with two abstentions.\n"
BINARY = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two reports (one in a subfolder), a binary file, an empty file, a cp1252 file and a non-.txt file."""
    root = tmp_path / "pages"
    (root / "older").mkdir(parents=True)
    (root / "a_report.txt").write_text(REPORT_A, encoding="utf-8")
    (root / "older" / "b_report.txt").write_text(REPORT_B, encoding="utf-8")
    (root / "c_binary.txt").write_bytes(BINARY)
    (root / "d_empty.txt").write_bytes(b"")
    (root / "e_cp1252.txt").write_bytes(CP1252.encode("cp1252"))
    (root / "notes.md").write_text("not a report", encoding="utf-8")
    return root


def names(items: list[batch.Item]) -> list[str]:
    return [Path(item.source).name for item in items]


def test_a_folder_is_searched_recursively_for_txt_files_in_path_order(folder: Path) -> None:
    items = batch.discover([str(folder)])
    assert names(items) == ["a_report.txt", "c_binary.txt", "d_empty.txt", "e_cp1252.txt", "b_report.txt"]


def test_glob_changes_what_a_folder_yields_and_a_file_named_twice_is_read_once(folder: Path) -> None:
    assert names(batch.discover([str(folder)], ["*.md"])) == ["notes.md"]
    twice = batch.discover([str(folder / "a_report.txt"), str(folder)])
    assert names(twice).count("a_report.txt") == 1
    assert names(twice)[0] == "a_report.txt"


@pytest.mark.parametrize(
    ("paths", "message"),
    [
        (["missing.txt"], "no such file or folder"),
        (["empty_dir"], r"no files matching \*\.txt in folder"),
        (["-", "-"], "only once"),
    ],
)
def test_a_wrong_command_is_a_usage_problem(tmp_path: Path, paths: list[str], message: str) -> None:
    (tmp_path / "empty_dir").mkdir()
    with pytest.raises(batch.UsageProblem, match=message):
        batch.discover([p if p == "-" else str(tmp_path / p) for p in paths])


def test_every_file_has_its_document_and_failures_are_error_records(folder: Path) -> None:
    results = {Path(r.document.source).name: r for r in batch.run(batch.discover([str(folder)]), jobs=1)}
    assert set(results) == {"a_report.txt", "b_report.txt", "c_binary.txt", "d_empty.txt", "e_cp1252.txt"}

    binary = results["c_binary.txt"].document
    assert binary.error is not None and binary.error.type == "BinaryFile"
    assert binary.reports == []

    empty = results["d_empty.txt"].document
    assert empty.error is None and empty.reports == []

    cp1252 = results["e_cp1252.txt"]
    assert cp1252.document.error is None and cp1252.document.encoding == "cp1252"
    assert cp1252.document.reports and cp1252.document.reports[0].title == "NEC Report – 9 May 2022"

    report = results["a_report.txt"]
    assert not report.failed
    assert report.key == str((folder / "a_report.txt").resolve())
    assert report.content_hash is not None and len(report.content_hash) == 64


def test_jobs_1_and_jobs_2_give_the_same_documents_in_the_same_order(folder: Path) -> None:
    items = batch.discover([str(folder)])
    one = [r.document.to_json() for r in batch.run(items, jobs=1)]
    two = [r.document.to_json() for r in batch.run(items, jobs=2)]
    assert one == two
    assert [json.loads(d)["source"] for d in two] == [item.source for item in items]


def test_a_process_that_only_extracts_leaves_the_loaded_model_out_of_the_collectors_full_passes(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "_extracting_only", False)
    batch.extract_only()  # as the command line declares its process
    list(batch.run(batch.discover([str(folder / "a_report.txt")]), jobs=1))
    assert gc.get_freeze_count() > 0  # the model's objects, frozen once the model is loaded


def test_the_command_line_declares_its_process_one_that_only_extracts(monkeypatch: pytest.MonkeyPatch) -> None:
    from nec_extract import cli

    monkeypatch.setattr(batch, "_extracting_only", False)
    monkeypatch.setattr(cli, "app", lambda: None)
    cli.main()
    assert batch._extracting_only


def test_a_library_callers_objects_stay_in_the_collectors_full_passes(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settled: list[bool] = []
    monkeypatch.setattr(batch, "_extracting_only", False)  # a library process never declares itself
    monkeypatch.setattr(batch, "_settle_the_model", lambda: settled.append(True))
    documents = list(batch.run(batch.discover([str(folder / "a_report.txt")]), jobs=1))
    assert documents[0].document.reports and not settled


def test_a_file_whose_extraction_raises_gets_an_error_record_and_the_batch_goes_on(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nec_extract import pipeline

    real = pipeline.extract

    def flaky(text: str, source: str = "<text>", **kwargs: object) -> object:
        if source.endswith("a_report.txt"):
            raise ValueError("boom in an extractor")
        return real(text, source, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "extract", flaky)
    results = list(batch.run(batch.discover([str(folder)]), jobs=1))
    assert len(results) == 5
    broken = results[0]
    assert broken.document.error is not None
    assert (broken.document.error.type, broken.document.error.message) == ("ValueError", "boom in an extractor")
    assert broken.traceback is not None and "Traceback" in broken.traceback
    assert not results[-1].failed  # the file after it was still processed


def counting(items: list[batch.Item], pulled: list[int]) -> Iterator[batch.Item]:
    for item in items:
        pulled.append(1)
        yield item


def test_run_streams_and_takes_inputs_only_as_it_needs_them(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "_init_worker", no_spacy)
    items = [batch.Item(source=str(folder / "d_empty.txt"), path=str(folder / "d_empty.txt"))] * 20
    pulled: list[int] = []
    results = batch.run(counting(items, pulled), jobs=1)
    next(results)
    assert len(pulled) == 1
    results.close()

    pulled.clear()
    parallel = batch.run(counting(items, pulled), jobs=2)
    next(parallel)
    assert len(pulled) <= 4  # at most 2 * jobs in flight, whatever the batch size
    parallel.close()


def test_the_cli_writes_one_line_per_file_and_exits_1_when_one_failed(folder: Path) -> None:
    result = CliRunner().invoke(app, ["parse", str(folder), "--format", "jsonl", "--jobs", "1"])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [Path(d["source"]).name for d in lines] == names(batch.discover([str(folder)]))
    failed = [d for d in lines if d["error"]]
    assert [Path(d["source"]).name for d in failed] == ["c_binary.txt"]
    assert failed[0]["reports"] == []
    assert "c_binary.txt: BinaryFile" in result.stderr
    assert "Traceback" not in result.stderr


def crash_on_b(item: batch.Item) -> batch.FileResult:
    """Stands in for process_one in worker processes: the worker handling b_report.txt dies."""
    if item.source.endswith("b_report.txt"):
        os._exit(3)
    return batch.process_one(item)


def no_spacy() -> None:
    """A worker initialiser that skips loading spaCy, to keep this test quick (its inputs need no parse)."""


def test_a_worker_that_dies_costs_only_its_own_file(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "process_one", crash_on_b)
    monkeypatch.setattr(batch, "_init_worker", no_spacy)
    keep = ("c_binary.txt", "d_empty.txt", "b_report.txt", "d_empty.txt")
    items = [item for item in batch.discover([str(folder)]) if item.source.endswith(keep)] * 2
    results = list(batch.run(items, jobs=2))
    assert [Path(r.document.source).name for r in results] == names(items)
    errors = [(Path(r.document.source).name, r.document.error.type) for r in results if r.document.error]
    assert errors == [("c_binary.txt", "BinaryFile"), ("b_report.txt", "WorkerCrashed")] * 2


class _PoolBrokenAtSecondInput:
    """A stand-in for the process pool: it runs the first input, then refuses the next as a pool refuses inputs
    once a worker's death has broken it (in a real run, the race between a crash and the next submission)."""

    def __init__(self) -> None:
        self.submitted = 0

    def submit(self, function: Callable[[str], str], item: str) -> Future[str]:
        self.submitted += 1
        if self.submitted > 1:
            raise BrokenProcessPool("a child process terminated abruptly")
        done: Future[str] = Future()
        done.set_result(function(item))
        return done

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        return None


def test_an_input_the_broken_pool_refuses_is_run_again_on_its_own(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[int] = []

    def new_pool(jobs: int, warm_up: object, preload: object) -> _PoolBrokenAtSecondInput:
        made.append(jobs)
        return _PoolBrokenAtSecondInput()

    monkeypatch.setattr(pool, "_new_pool", new_pool)
    results = list(pool.ordered_map(str.upper, iter(["a", "b", "c"]), 1, warm_up=lambda: None, crashed=lambda i: "!"))
    # every input gets its result, in order; the refused ones ran alone, each in a fresh pool of one
    assert results == ["A", "B", "C"]
    assert made[0] == 1 and len(made) > 1
