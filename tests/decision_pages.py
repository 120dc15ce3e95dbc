"""Pages written for the decision tests (``tests/pages/decisions/``) and how a parse of them is scored.

Each batch is a folder of pages in one style (``NN_name.txt``) and an ``expected.json`` that gives, per page, the
motions a reader would list (evidence quote, kind, outcome, movers, seconders) and the tallies (for, against,
abstentions, unanimous). An evidence quote may skip words with `` [...] ``: the span then runs from the start of
the first part to the end of the last. Motions are matched to the expected ones as the referee matches them:
one to one, by the largest overlap of their evidence.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nec_extract.models import Document

PAGES = Path(__file__).resolve().parent / "pages" / "decisions"
GAP = " [...] "


@dataclass(frozen=True)
class ExpectedMotion:
    start: int
    end: int
    kind: str
    outcome: str
    movers: tuple[str, ...]
    seconders: tuple[str, ...]


@dataclass(frozen=True)
class Page:
    batch: str
    name: str
    text: str
    motions: tuple[ExpectedMotion, ...]
    votes: tuple[tuple[Any, ...], ...]


@dataclass
class Score:
    """Counts over pages: motions found, outcomes right among the expected, tallies, and the secondary fields."""

    pages: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    outcome_right: int = 0
    kind_right: int = 0
    people_right: int = 0
    votes_tp: int = 0
    votes_fp: int = 0
    votes_fn: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("pages", "tp", "fp", "fn", "outcome_right", "kind_right", "people_right"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.votes_tp += other.votes_tp
        self.votes_fp += other.votes_fp
        self.votes_fn += other.votes_fn
        self.misses += other.misses

    @property
    def expected(self) -> int:
        return self.tp + self.fn

    def motions_prf(self) -> tuple[float, float, float]:
        return _prf(self.tp, self.fp, self.fn)

    def outcome_accuracy(self) -> float:
        """Expected motions found with the right outcome, over all expected (the referee's motion_outcome)."""
        return self.outcome_right / self.expected if self.expected else 1.0

    def votes_prf(self) -> tuple[float, float, float]:
        return _prf(self.votes_tp, self.votes_fp, self.votes_fn)

    @property
    def perfect(self) -> bool:
        return not self.misses


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def batches() -> list[str]:
    return sorted(p.name for p in PAGES.iterdir() if (p / "expected.json").exists())


def pages(batch: str | None = None) -> list[Page]:
    found = []
    for name in [batch] if batch else batches():
        expected = json.loads((PAGES / name / "expected.json").read_text(encoding="utf-8"))
        for page_name, wanted in expected.items():
            if page_name.startswith("_"):
                continue
            text = (PAGES / name / page_name).read_text(encoding="utf-8")
            motions = tuple(_expected_motion(text, m) for m in wanted["motions"])
            votes = tuple(tuple(v) for v in wanted["votes"])
            found.append(Page(name, page_name, text, motions, votes))
    return found


def _expected_motion(text: str, wanted: dict[str, Any]) -> ExpectedMotion:
    parts = wanted["evidence"].split(GAP)
    start = text.find(parts[0])
    assert start >= 0, f"evidence not in the page: {parts[0]!r}"
    end = start + len(parts[0])
    if len(parts) > 1:
        last = text.find(parts[-1], end)
        assert last >= 0, f"evidence not in the page: {parts[-1]!r}"
        end = last + len(parts[-1])
    return ExpectedMotion(
        start,
        end,
        wanted["kind"],
        wanted["outcome"],
        tuple(wanted.get("movers", ())),
        tuple(wanted.get("seconders", ())),
    )


def score_page(page: Page, document: Document) -> Score:
    score = Score(pages=1)
    where = f"{page.batch}/{page.name}"
    predicted = [m for report in document.reports for m in report.motions]
    used: set[int] = set()
    for wanted in page.motions:
        best, most = None, 0
        for number, motion in enumerate(predicted):
            overlap = min(wanted.end, motion.evidence.end) - max(wanted.start, motion.evidence.start)
            if number not in used and overlap > most:
                best, most = number, overlap
        quote = page.text[wanted.start : wanted.end][:70]
        if best is None:
            score.fn += 1
            score.misses.append(f"{where} missed ({wanted.outcome}): {quote}")
            continue
        used.add(best)
        found = predicted[best]
        score.tp += 1
        score.outcome_right += found.outcome.value == wanted.outcome
        score.kind_right += found.kind.value == wanted.kind
        people = (_folded(found.movers), _folded(found.seconders)) == (
            _folded(wanted.movers),
            _folded(wanted.seconders),
        )
        score.people_right += people
        if found.outcome.value != wanted.outcome:
            score.misses.append(f"{where} outcome {found.outcome.value}, expected {wanted.outcome}: {quote}")
    for number, motion in enumerate(predicted):
        if number not in used:
            score.fp += 1
            score.misses.append(f"{where} spurious ({motion.outcome.value}): {motion.evidence.text[:70]}")
    got = Counter(
        (v.for_, v.against, v.abstentions, bool(v.unanimous)) for report in document.reports for v in report.votes
    )
    expected = Counter(page.votes)
    score.votes_tp = sum((got & expected).values())
    score.votes_fp = sum((got - expected).values())
    score.votes_fn = sum((expected - got).values())
    score.misses += [f"{where} tally missed: {v}" for v in (expected - got).elements()]
    score.misses += [f"{where} tally spurious: {v}" for v in (got - expected).elements()]
    return score


def _folded(names: tuple[str, ...] | list[str]) -> list[str]:
    return sorted(" ".join(n.casefold().split()) for n in names)
