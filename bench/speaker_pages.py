"""Score speakers on the pages in ``bench/speaker_pages/`` (written for this project, invented people, in the
styles of minutes, news reports, NEC write-ups, blog archives and e-mailed bulletins) with the shared referee.

    .venv/bin/python bench/speaker_pages.py            # the reports and speakers rows
    .venv/bin/python bench/speaker_pages.py --detail   # also every report's misses

The pages were written in four rounds (p*, q*, r*, s*), each with its expected speakers and scored once before
any rule was written for it: those first scores (in the closing note of issue 14) are the honest measure of how
the rules generalise; later scores are not. Needs ``../shared/eval/score.py``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "bench" / "speaker_pages"
SCORE = ROOT.parent / "shared" / "eval" / "score.py"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--detail", action="store_true", help="print the misses (speakers and reports)")
    args = parser.parse_args()
    command = [sys.executable, str(SCORE), "--texts", str(PAGES / "texts"), "--gold", str(PAGES / "gold")]
    command += ["--batch-cmd", f"{ROOT / '.venv' / 'bin' / 'nec-extract'} parse {{files}} --format jsonl"]
    result = subprocess.run([*command, "--detail"], capture_output=True, text=True, check=False)
    rows = [line for line in result.stdout.splitlines() if line.startswith(("field", "reports", "speakers", "ERROR"))]
    print("\n".join(rows))
    if args.detail:
        misses = [line for line in result.stderr.splitlines() if " speakers " in line or " reports " in line]
        print("\n".join(misses))
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
