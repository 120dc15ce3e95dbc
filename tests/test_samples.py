"""Regression: the sample reports in samples/ (written for this project) give their expected documents.

Each expected file was checked by hand against its text when it was written; regenerate one only after
checking the new output the same way:
    nec-extract parse samples/NAME.txt > samples/NAME.expected.json
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nec_extract import extract

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
CASES = sorted(SAMPLES.glob("*.txt"))


def test_there_are_samples_of_each_page_shape() -> None:
    assert {p.stem for p in CASES} >= {"nec-report-single", "nec-index-page", "nec-no-heading"}


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_sample_gives_its_expected_document(path: Path) -> None:
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    actual = json.loads(extract(path.read_text(encoding="utf-8"), f"samples/{path.name}").to_json())
    actual["encoding"] = expected["encoding"]  # the library is handed text; the CLI records the encoding
    assert actual == expected
