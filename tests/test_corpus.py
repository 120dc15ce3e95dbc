"""The shared corpus: every page yields a valid document, and the referee's figures hold."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from nec_extract import extract

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"
GOLD = SHARED / "gold"

pytestmark = pytest.mark.skipif(not GOLD.is_dir(), reason="../shared (corpus and gold) is not beside this checkout")

# The figures each issue committed to, on the referee's table (F1; accuracy for meeting_date).
FLOORS = {
    "reports": 0.95,
    "meeting_date": 0.90,
    "dates": 0.90,
    "membership": 0.95,
    "votes": 0.95,
    "motions": 0.85,
    "motion_outcome": 0.85,
    "speakers": 0.90,
}


def load_referee() -> ModuleType:
    spec = importlib.util.spec_from_file_location("referee", SHARED / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def predictions() -> dict[str, dict[str, Any]]:
    out = {}
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_bytes().decode("utf-8")
        out[path.name] = json.loads(extract(text, str(path)).to_json())
    return out


def test_every_page_gives_a_document_whose_spans_hold(predictions: dict[str, dict[str, Any]]) -> None:
    for name, document in predictions.items():
        text = (CORPUS / name).read_bytes().decode("utf-8")
        for span in _spans(document):
            assert text[span["start"] : span["end"]] == span["text"], name


def test_referee_figures_hold(predictions: dict[str, dict[str, Any]]) -> None:
    referee = load_referee()
    tally = referee.Tally()
    for gold_path in sorted(GOLD.glob("*.json")):
        raw = json.loads(gold_path.read_text(encoding="utf-8"))
        text = (CORPUS / raw["file"]).read_bytes().decode("utf-8", errors="replace")
        referee.score_doc(tally, referee.load_gold(gold_path, text), predictions[raw["file"]], raw["file"])
    scores = {field: tally.prf(field)[2] for field in FLOORS}
    assert all(scores[f] >= floor for f, floor in FLOORS.items()), scores


def _spans(node: object) -> list[dict[str, Any]]:
    """Every {start, end, text} object anywhere in a document."""
    found = []
    if isinstance(node, dict):
        if {"start", "end", "text"} <= node.keys() and isinstance(node["start"], int):
            found.append(node)
        for value in node.values():
            found += _spans(value)
    elif isinstance(node, list):
        for value in node:
            found += _spans(value)
    return found
