"""Build 5 MB pages and measure `nec-extract parse` on them: wall time and peak memory.

    .venv/bin/python bench/bigpage.py [--size-mb 5] [--keep DIR]

Five pages, each written here (no corpus text): many reports one after another, the same text on
one line, one line of words with no punctuation at all, and the first and third wrapped at 72
columns. Each is parsed by the installed
``nec-extract`` under ``/usr/bin/time -v``; the script prints one line per page.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

MONTHS = ["January", "March", "May", "July", "September", "November"]

REPORT = """NEC Report – {day} {month} {year}

Posted by Sam Example on {day} {month} {year}

The National Executive Committee met on Tuesday {day} {month} in London. Keir Starmer gave the
Leader's report, saying the party was ready for the elections in May. I asked him about the
housing pledge and he answered that it stood.

The General Secretary, David Evans, reported that membership was 400,757, down from around 432k
in January, with 7k of those in arrears. He said 1,200 members had joined since the last meeting.

A motion calling for an independent review of the complaints process was moved by Ann Black and
seconded by me. It was carried by 22 votes to 12. An amendment on conference timetabling fell
16-14. The rule change on trigger ballots was agreed unanimously.

Dame Margaret Beckett presented the report of the Organisation Committee, which was accepted with
two abstentions. The next meeting will be on {day} {next_month}, and the away day in Q4 of {year}.

"""

FOOTER = "\nLeave a reply\n\nOne comment: great report, thank you.\n"


def report(index: int) -> str:
    month = MONTHS[index % len(MONTHS)]
    next_month = MONTHS[(index + 1) % len(MONTHS)]
    return REPORT.format(day=1 + index % 28, month=month, next_month=next_month, year=2010 + index % 14)


def many_reports(size: int) -> str:
    parts: list[str] = []
    length = 0
    index = 0
    while length < size:
        part = report(index)
        parts.append(part)
        length += len(part)
        index += 1
    return "".join(parts) + FOOTER


def one_line(size: int) -> str:
    return re.sub(r"\s+", " ", many_reports(size))


def no_punctuation(size: int) -> str:
    words = re.sub(r"[^A-Za-z ]+", " ", report(0)).split()
    text = " ".join(words)
    return (text + " ") * (size // (len(text) + 1) + 1)


def hard_wrapped(size: int) -> str:
    """Many reports with every paragraph wrapped at 72 columns, as in a pasted e-mail."""
    return "\n\n".join(textwrap.fill(paragraph, 72) for paragraph in many_reports(size).split("\n\n"))


def wrapped_no_punctuation(size: int) -> str:
    """One paragraph of words with no punctuation, wrapped at 72 columns: every line runs on."""
    return textwrap.fill(no_punctuation(size), 72)


PAGES = {
    "many-reports": many_reports,
    "one-line": one_line,
    "no-punctuation": no_punctuation,
    "hard-wrapped": hard_wrapped,
    "wrapped-no-punctuation": wrapped_no_punctuation,
}


def measure(path: Path, timeout: float) -> dict[str, str]:
    """Run ``nec-extract parse`` on a file under ``/usr/bin/time -v``: wall and CPU time (CPU time is
    the fairer figure on a shared machine), peak memory, exit status and reports found."""
    executable = Path(sys.executable).with_name("nec-extract")
    command = ["/usr/bin/time", "-v", str(executable), "parse", str(path), "--format", "jsonl"]
    # a session of its own, so that a timeout ends `time` and the parse under it together
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    ) as run:
        try:
            stdout, stderr = run.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(run.pid, signal.SIGKILL)
            run.communicate()
            return {"exit": f"killed after {timeout:.0f} s"}
    stats = dict(re.findall(r"^\s*([^:\n]+(?:\([^)]*\))?[^:\n]*):\s+(.+)$", stderr, re.MULTILINE))
    reports = stdout.count('"title"')
    return {
        "exit": str(run.returncode),
        "wall": stats.get("Elapsed (wall clock) time (h:mm:ss or m:ss)", "?"),
        "cpu_s": f"{float(stats.get('User time (seconds)', 0)) + float(stats.get('System time (seconds)', 0)):.0f}",
        "peak_mb": str(int(stats.get("Maximum resident set size (kbytes)", "0")) // 1024),
        "reports": str(reports),
        "stderr_tail": stderr.strip().splitlines()[0] if run.returncode else "",
    }


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--size-mb", type=float, default=5.0)
    options.add_argument("--keep", type=Path, help="write the pages here and keep them")
    options.add_argument("--page", choices=sorted(PAGES), action="append", help="only these pages")
    options.add_argument("--timeout", type=float, default=1800, help="seconds allowed per page")
    args = options.parse_args()
    size = int(args.size_mb * 1_000_000)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="nec-bigpage-"))
    folder.mkdir(parents=True, exist_ok=True)
    for name in args.page or list(PAGES):
        path = folder / f"{name}.txt"
        path.write_text(PAGES[name](size), encoding="utf-8")
        stats = measure(path, args.timeout)
        megabytes = path.stat().st_size / 1_000_000
        print(f"{name}: {megabytes:.1f} MB, " + ", ".join(f"{k}={v}" for k, v in stats.items() if v), flush=True)
        if args.keep is None:
            path.unlink()


if __name__ == "__main__":
    main()
