"""Data files the pipeline loads beside spaCy (patterns, vocabularies, the gazetteer), from ``models/``.

In a wheel they ship as ``nec_extract/models``; in a checkout they sit at the repository root.
Each file is read once.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGED = Path(__file__).parents[1] / "models"
_CHECKOUT = Path(__file__).resolve().parents[3] / "models"


def models_dir() -> Path:
    return _PACKAGED if _PACKAGED.is_dir() else _CHECKOUT


@cache
def load_json(name: str) -> Any:
    """The parsed JSON file ``models/<name>``."""
    path = models_dir() / name
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)
