"""The vocabulary the motions and votes extractors share, from ``models/motions.json``."""

from __future__ import annotations

from typing import Any

from nec_extract.language.lexicon import load_json


def vocab() -> dict[str, Any]:
    vocabulary: dict[str, Any] = load_json("motions.json")
    return vocabulary


def alternation(phrases: list[str]) -> str:
    return "|".join(sorted(phrases, key=len, reverse=True))
