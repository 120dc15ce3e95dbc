"""Worker processes never outlive the command, however it ends, and never re-run the caller's script.

These run the real command in a process group of its own, so that every process it starts (the
forkserver, the resource tracker, the workers) can be found, and all of them are killed at the end
whatever happens.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")

REPORT = """NEC Report – {day} March 2023

The NEC met on Tuesday. Ann Black moved a motion calling for a review of the selection timetable,
seconded by Jo Bloggs. It was carried by 22 votes to 12.
"""
# workers (2), the forkserver, the resource tracker and the command itself
PROCESSES_OF_A_TWO_WORKER_RUN = 5
PATIENCE_SECONDS = 90.0


def group_members(group: int) -> dict[int, tuple[int, int]]:
    """Live processes (zombies are dead, only not yet reaped) of process group ``group``: pid to (parent
    pid, number of threads)."""
    members = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rpartition(")")[2].split()
        except OSError:
            continue
        state, parent, pgrp, threads = fields[0], int(fields[1]), int(fields[2]), int(fields[17])
        if pgrp == group and state != "Z":
            members[int(entry.name)] = (parent, threads)
    return members


def workers_at_work(command: int) -> int:
    """Workers (children of the forkserver, itself a child of the command) that have started: each runs a
    second thread, the one watching its parent, from the end of its start-up."""
    members = group_members(command)
    forkservers = {pid for pid, (parent, _) in members.items() if parent == command}
    return sum(1 for parent, threads in members.values() if parent in forkservers and threads >= 2)


def wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + PATIENCE_SECONDS
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.05)


@contextlib.contextmanager
def command_in_own_group(args: list[str], cwd: Path) -> Iterator[subprocess.Popen[bytes]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "nec_extract", *args],
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, whose id is its pid
    )
    try:
        yield process
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        if process.stderr is not None:
            process.stderr.close()


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    for day in range(1, 21):
        (folder / f"report_{day:02}.txt").write_text(REPORT.format(day=day), encoding="utf-8")
    return folder


@pytest.mark.parametrize("sent", [signal.SIGKILL, signal.SIGHUP], ids=["SIGKILL", "SIGHUP"])
def test_no_process_or_temporary_file_outlives_a_killed_parent(tmp_path: Path, pages: Path, sent: int) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "all.jsonl").write_text("the previous run's output\n", encoding="utf-8")
    args = ["parse", str(pages), "-f", "jsonl", "--jobs", "2", "-o", str(out / "all.jsonl")]
    with command_in_own_group(args, tmp_path) as command:
        if sent == signal.SIGHUP:  # as soon as the last worker exists: it may still be starting up
            wait_for(lambda: len(group_members(command.pid)) >= PROCESSES_OF_A_TWO_WORKER_RUN, "the workers")
        else:
            wait_for(lambda: workers_at_work(command.pid) == 2, "both workers to be at work")
        os.kill(command.pid, sent)
        wait_for(lambda: not group_members(command.pid), "every process of the run to end")
        status = command.wait()
        assert command.stderr is not None
        stderr = command.stderr.read().decode()
    assert status == (-signal.SIGKILL if sent == signal.SIGKILL else 128 + signal.SIGHUP)
    assert os.listdir(out) == ["all.jsonl"]  # no temporary file beside it
    assert (out / "all.jsonl").read_text(encoding="utf-8") == "the previous run's output\n"
    assert "Traceback" not in stderr, stderr


def test_the_readme_example_runs_in_a_plain_script_without_a_main_guard(tmp_path: Path, pages: Path) -> None:
    script = tmp_path / "batch_script.py"
    script.write_text(
        textwrap.dedent(
            f"""\
            from nec_extract.batch import discover, run

            for result in run(discover([{str(pages)!r}]), jobs=2):
                print(result.document.source, result.document.error, len(result.document.reports))
            """
        ),
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0
    assert done.stderr == ""
    lines = done.stdout.splitlines()
    assert len(lines) == 20
    assert all(line.endswith(" None 1") for line in lines), lines
