"""The README's output example is what the tool prints: every value it shows is in the real output.

The example is abridged (lists cut to a few records), so it is checked as a part of the real document:
each object's keys have the real values, and each list's items appear, in order, among the real list's.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from nec_extract.pipeline import extract

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = "samples/nec-report-single.txt"


def readme_example() -> Any:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Output example", 1)[1]
    block = re.search(r"```json\n(.*?)```", section, re.DOTALL)
    assert block is not None, "the README's output example has no json block"
    return json.loads(block.group(1))


def differences(example: Any, real: Any, where: str = "$") -> list[str]:
    """Where ``example`` is not a part of ``real`` (empty when it is)."""
    if isinstance(example, dict) and isinstance(real, dict):
        found = [f"{where}.{key}: not in the output" for key in example if key not in real]
        return found + [
            d for key in example if key in real for d in differences(example[key], real[key], f"{where}.{key}")
        ]
    if isinstance(example, list) and isinstance(real, list):
        return _list_differences(example, real, where)
    return [] if example == real else [f"{where}: README has {example!r}, the tool prints {real!r}"]


def _list_differences(example: list[Any], real: list[Any], where: str) -> list[str]:
    place = 0
    for index, item in enumerate(example):
        while place < len(real) and differences(item, real[place]):
            place += 1
        if place == len(real):
            near = [differences(item, candidate, f"{where}[{index}]") for candidate in real] or [["(empty list)"]]
            return [f"{where}[{index}]: no such item in order in the output", *min(near, key=len)]
        place += 1
    return []


def test_the_readme_example_is_part_of_the_real_output() -> None:
    text = (ROOT / SAMPLE).read_text(encoding="utf-8")
    real = json.loads(extract(text, SAMPLE, encoding="utf-8").to_json())
    example = readme_example()
    assert example["reports"][0]["motions"], "the example shows a motion"
    assert differences(example, real) == []


@pytest.mark.parametrize(
    ("example", "real", "found"),
    [
        ({"a": 1}, {"a": 2}, True),
        ({"a": [{"x": 1}]}, {"a": [{"x": 0}, {"x": 1, "y": 2}]}, False),
        ({"a": [{"x": 1}, {"x": 0}]}, {"a": [{"x": 0}, {"x": 1}]}, True),
        ({"b": None}, {"a": None}, True),
    ],
)
def test_the_comparison_finds_what_differs(example: Any, real: Any, found: bool) -> None:
    assert bool(differences(example, real)) is found
