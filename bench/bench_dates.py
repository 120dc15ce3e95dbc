"""How long the dates extractor takes per 1,000 words, beside a plain spaCy pass over the same texts.

    .venv/bin/python bench/bench_dates.py [--texts ../shared/corpus] [--repeat 3]

Each text is run through the pipeline with the other extractors switched off (they are timed by their
own benchmarks); only the calls to ``extract_dates`` are timed. The spaCy figure is one ``nlp.pipe``
over the whole texts with every component on: the budget the whole tool is held to (1.5x of it).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from nec_extract import pipeline
from nec_extract.extractors.dates import extract_dates
from nec_extract.language.nlp import load_nlp


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--texts", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus")
    parser.add_argument("--repeat", type=int, default=3, help="runs over the texts; the fastest counts")
    args = parser.parse_args()
    paths = sorted(args.texts.glob("*.txt"))
    if not paths:
        print(f"no .txt files in {args.texts}", file=sys.stderr)
        return 2
    texts = [p.read_text(encoding="utf-8") for p in paths]
    words = sum(len(t.split()) for t in texts)

    dates_seconds = min(_time_dates(texts) for _ in range(args.repeat))
    spacy_seconds = min(_time_spacy(texts) for _ in range(args.repeat))
    per_thousand = 1000 / words
    print(f"{len(texts)} texts, {words} words")
    print(f"dates extractor: {dates_seconds * per_thousand * 1000:.2f} ms per 1,000 words ({dates_seconds:.3f} s)")
    print(f"plain spaCy pass: {spacy_seconds * per_thousand * 1000:.2f} ms per 1,000 words ({spacy_seconds:.3f} s)")
    print(f"dates as a share of the spaCy pass: {dates_seconds / spacy_seconds:.1%}")
    return 0


def _time_dates(texts: list[str]) -> float:
    spent = [0.0]

    def timed(context: Any) -> Any:
        # the report's candidates were found for its meeting date: find them again inside the timed call
        context.__dict__.pop("date_candidates", None)
        began = time.perf_counter()
        result = extract_dates(context)
        spent[0] += time.perf_counter() - began
        return result

    switched_off: dict[str, Callable[..., Any]] = {
        "extract_votes": lambda *_: [],
        "extract_speakers": lambda *_: [],
        "extract_motions": lambda *_: [],
        "extract_membership": lambda *_: [],
        "extract_dates": timed,
    }
    saved = {name: getattr(pipeline, name) for name in switched_off}
    try:
        for name, function in switched_off.items():
            setattr(pipeline, name, function)
        for text in texts:
            pipeline.extract(text)
    finally:
        for name, function in saved.items():
            setattr(pipeline, name, function)
    return spent[0]


def _time_spacy(texts: list[str]) -> float:
    nlp = load_nlp()
    began = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return time.perf_counter() - began


if __name__ == "__main__":
    sys.exit(main())
