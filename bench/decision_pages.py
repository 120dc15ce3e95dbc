"""Score the tool on the pages written for the decision tests (``tests/pages/decisions/``), batch by batch.

    .venv/bin/python bench/decision_pages.py             # a table: motions P/R/F1, outcome accuracy, tallies
    .venv/bin/python bench/decision_pages.py --misses    # also every miss, spurious motion and wrong outcome
    .venv/bin/python bench/decision_pages.py --batch b7_attachment_traps

A batch scored before any rule was written for it is the honest estimate of how the rules generalise: write
the figures of that first run down.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from decision_pages import Score, batches, pages, score_page  # noqa: E402
from nec_extract.pipeline import extract  # noqa: E402


def _row(name: str, score: Score) -> str:
    p, r, f = score.motions_prf()
    *_, vf = score.votes_prf()
    matched = score.tp or 1
    return (
        f"{name:<28} {score.pages:>3} {score.expected:>4} {score.tp:>4} {score.fp:>4} {score.fn:>4}  "
        f"{p:.3f} {r:.3f} {f:.3f}  {score.outcome_accuracy():.3f}  {vf:.3f} ({score.votes_tp}/{score.votes_fp}/"
        f"{score.votes_fn})  {score.kind_right / matched:.2f} {score.people_right / matched:.2f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--batch", action="append", choices=batches())
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    total = Score()
    print(f"{'batch':<28} pgs gold   tp   fp   fn  P     R     F1     outcome votes F1 (tp/fp/fn)  kind people")
    for batch in args.batch or batches():
        score = Score()
        for page in pages(batch):
            score.add(score_page(page, extract(page.text, page.name)))
        total.add(score)
        print(_row(batch, score))
    print(_row("all", total))
    if args.misses:
        print("\n".join(total.misses), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
