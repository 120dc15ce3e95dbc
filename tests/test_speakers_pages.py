"""Speakers on whole pages written for this project (``bench/speaker_pages/``: minutes of unions, CLPs, councils
and other parties, news reports, NEC write-ups, blog archives, e-mailed bulletins; invented people), each with the
speakers a reader would list. ``bench/speaker_pages.py`` scores them with the shared referee; this test keeps the
rules that read them from sliding back."""

from __future__ import annotations

import json
from pathlib import Path

from nec_extract import extract

PAGES = Path(__file__).resolve().parents[1] / "bench" / "speaker_pages"
F1_AT_LEAST = 0.95


def _counts(gold_path: Path) -> tuple[int, int, int, list[str]]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = (PAGES / "texts" / gold["file"]).read_text(encoding="utf-8")
    found_reports = extract(text, gold["file"]).reports
    reports = {" ".join((r.title or "").split()): r for r in found_reports}
    tp = fp = fn = 0
    misses: list[str] = []
    for expected in gold["reports"]:
        found = reports.get(" ".join(expected["title"].split()))
        if found is None and len(found_reports) == len(gold["reports"]) == 1:
            found = found_reports[0]  # one report on the page, whatever heading the tool gave it
        wanted = {name.casefold() for name in expected["speakers"]}
        named = {s.name.casefold() for s in found.speakers if s.name} if found else set()
        tp, fp, fn = tp + len(wanted & named), fp + len(named - wanted), fn + len(wanted - named)
        misses += [f"{gold['file']}: missed {n}" for n in wanted - named]
        misses += [f"{gold['file']}: spurious {n}" for n in named - wanted]
    return tp, fp, fn, misses


def test_speakers_on_the_written_pages() -> None:
    golds = sorted((PAGES / "gold").glob("*.json"))
    assert len(golds) >= 30
    totals = [_counts(path) for path in golds]
    tp, fp, fn = (sum(t[i] for t in totals) for i in range(3))
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= F1_AT_LEAST, [miss for t in totals for miss in t[3]]
