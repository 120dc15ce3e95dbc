"""How long does `overview` take over both shared sets, and how much memory does it hold?

Times, each as its own command (``.venv/bin/nec-extract`` of this checkout):

- ``overview ../shared/corpus ../shared/corpus2 -o PAGE`` (extraction included, ``--jobs`` as given);
- ``parse ../shared/corpus ../shared/corpus2 --db DB`` (the database the next step reads);
- ``overview DB -o PAGE`` (no spaCy: the database holds the records);
- ``overview DB --format csv -o DIR``.

Peak memory is the largest sum of the resident memory of the command and every process under it (the
forkserver and its workers included), sampled every 20 ms; CPU seconds add up each process's user and
system time as last sampled (wall time is unreliable on a shared machine). ``--screenshot PNG`` also photographs the
top of the page in headless Chromium (no network: every host name fails to resolve).

    .venv/bin/python bench/bench_overview.py [--jobs 2] [--screenshot docs/overview.png]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TOOL = ROOT / ".venv" / "bin" / "nec-extract"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--hide-scrollbars",
]


def tree(pid: int) -> list[int]:
    """``pid`` and all its descendants."""
    found, pending = [], [pid]
    while pending:
        current = pending.pop()
        found.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                pending.extend(int(child) for child in (task / "children").read_text().split())
        except (OSError, ValueError):
            continue
    return found


def usage(pid: int) -> tuple[int, float]:
    """Resident kB and CPU seconds (user + system) of one process; zeros once it has ended."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return 0, 0.0
    rss = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:")), 0)
    return rss, (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(command: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and peak resident MB of the process tree of ``command``."""
    peak = 0
    cpu: dict[int, float] = {}
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def sample() -> None:
        nonlocal peak
        while process.poll() is None:
            total = 0
            for pid in tree(process.pid):
                rss, seconds = usage(pid)
                total += rss
                cpu[pid] = max(cpu.get(pid, 0.0), seconds)
            peak = max(peak, total)
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    _, errors = process.communicate()
    elapsed = time.perf_counter() - start
    sampler.join()
    if process.returncode != 0:
        sys.exit(f"bench_overview: {' '.join(command)} failed: {errors.decode(errors='replace')}")
    return elapsed, sum(cpu.values()), peak // 1024


def screenshot(page: Path, target: Path, width: int = 1280, height: int = 1900) -> None:
    import shutil

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("bench_overview: --screenshot needs Chromium (apt-get install -y chromium)")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                chromium,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                f"--window-size={width},{height}",
                f"--screenshot={target.resolve()}",
                page.resolve().as_uri(),
            ],
            capture_output=True,
            check=True,
            timeout=120,
        )
    print(f"screenshot: {target}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--screenshot", type=Path)
    args = parser.parse_args()
    sets = [str(SHARED / "corpus"), str(SHARED / "corpus2")]
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        page, database = folder / "overview.html", folder / "nec.sqlite"
        jobs = ["--jobs", str(args.jobs)]
        steps = {
            "overview corpus corpus2 -o PAGE": [str(TOOL), "overview", *sets, "-o", str(page), *jobs],
            "parse corpus corpus2 --db DB": [str(TOOL), "parse", *sets, "--db", str(database), *jobs],
            "overview DB -o PAGE": [str(TOOL), "overview", str(database), "-o", str(folder / "from-db.html")],
            "overview DB --format csv -o DIR": [str(TOOL), "overview", str(database), "-f", "csv", "-o", scratch],
        }
        print(f"{'command':36} {'wall s':>7} {'CPU s':>7} {'peak MB':>8}")
        for name, command in steps.items():
            elapsed, seconds, peak = measure(command)
            print(f"{name:36} {elapsed:7.1f} {seconds:7.1f} {peak:8d}")
        print(f"page: {page.stat().st_size / 1024:.0f} KB")
        if args.screenshot:
            screenshot(page, args.screenshot)


if __name__ == "__main__":
    main()
