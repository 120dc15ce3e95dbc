"""Run the shared referee on both shared sets, whole and split into odd- and even-numbered pages.

The odd-numbered pages of ``corpus2`` are the ones we read misses on; the even-numbered ones are our own
held-out check (a rule that helps one half and not the other is fitted, not general).

    .venv/bin/python bench/referee.py                 # tables for corpus and corpus2, all / odd / even
    .venv/bin/python bench/referee.py --detail odd    # also the misses of corpus2's odd half (stderr)
    .venv/bin/python bench/referee.py --sets corpus2 --json out.json
    .venv/bin/python bench/referee.py --manifest ../shared/manifest.csv   # with the pages' publication days

It parses each set once (``nec-extract parse --format jsonl``) and scores the saved documents with
``../shared/eval/score.py --pred``. Nothing here is a test: it needs ``../shared``.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SETS = {"corpus": ("corpus", "gold"), "corpus2": ("corpus2", "gold2")}
NUMBER = re.compile(r"^(\d+)")


def half_of(name: str) -> str | None:
    """``odd`` or ``even`` by the page's leading number; written pages (``dev-c*``) belong to neither."""
    match = NUMBER.match(name)
    if not match:
        return None
    return "odd" if int(match.group(1)) % 2 else "even"


def parse_set(texts: Path, golds: list[Path], out: Path, jobs: str, manifest: Path | None = None) -> None:
    files = [str(texts / json.loads(g.read_text(encoding="utf-8"))["file"]) for g in golds]
    command = [str(ROOT / ".venv" / "bin" / "nec-extract"), "parse", *files, "--format", "jsonl", "--jobs", jobs]
    command += ["--manifest", str(manifest)] if manifest else []
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode not in (0, 1):
        sys.exit(f"parse failed ({result.returncode}): {result.stderr[-400:]}")
    for line in result.stdout.splitlines():
        document = json.loads(line)
        stem = Path(document["source"]).stem
        (out / f"{stem}.json").write_text(line, encoding="utf-8")


def score(texts: Path, gold_dir: Path, pred: Path, detail: bool) -> tuple[str, str]:
    command = [sys.executable, str(SHARED / "eval" / "score.py"), "--texts", str(texts), "--gold", str(gold_dir)]
    command += ["--pred", str(pred)] + (["--detail"] if detail else [])
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    return result.stdout, result.stderr


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=list(SETS))
    parser.add_argument("--detail", choices=["odd", "even", "all"], help="print corpus2's misses for this half")
    parser.add_argument("--jobs", default="2")
    parser.add_argument("--manifest", type=Path, help="pass this manifest of publication days to parse")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets:
            texts_name, gold_name = SETS[name]
            texts, gold = SHARED / texts_name, SHARED / gold_name
            golds = sorted(gold.glob("*.json"))
            pred = Path(tmp) / name / "pred"
            pred.mkdir(parents=True)
            parse_set(texts, golds, pred, args.jobs, args.manifest)
            for half in ("all", "odd", "even"):
                chosen = [g for g in golds if half == "all" or half_of(g.name) == half]
                if not chosen:
                    continue
                subset = Path(tmp) / name / half
                subset.mkdir()
                for g in chosen:
                    (subset / g.name).symlink_to(g)
                detail = name == "corpus2" and args.detail == half
                table, misses = score(texts, subset, pred, detail)
                print(f"## {name} — {half} ({len(chosen)} pages)\n{table}")
                if detail:
                    print(misses, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
