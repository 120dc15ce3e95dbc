"""The longer fuzz run: the properties of tests/test_properties.py with many more examples each.

    .venv/bin/python bench/fuzz.py [--examples 2000] [--only NAME ...]

Runs each property in turn (a failure is shrunk by Hypothesis, printed, and the run goes on with the
next property), then prints the examples checked per property, each property's slowest example (a
backtracking regex shows up there) and the failures. Exit status 1 when
any property failed.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

TESTS = Path(__file__).resolve().parents[1] / "tests"


def properties(module: ModuleType) -> dict[str, Callable[[], None]]:
    """The module's Hypothesis tests (plain tests, such as a known failure marked xfail, are left out)."""
    tests = {name: getattr(module, name) for name in dir(module) if name.startswith("test_")}
    return {name: test for name, test in tests.items() if hasattr(test, "hypothesis")}


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--examples", type=int, default=2000, help="examples per property")
    options.add_argument("--only", nargs="*", help="run only these properties (names of test functions)")
    args = options.parse_args()
    os.environ["NEC_FUZZ_EXAMPLES"] = str(args.examples)  # read by test_properties at import
    sys.path.insert(0, str(TESTS))
    test_properties = importlib.import_module("test_properties")

    failures: list[str] = []
    started = time.perf_counter()
    for name, prop in properties(test_properties).items():
        if args.only and name not in args.only:
            continue
        before = sum(test_properties.CHECKED.values())
        clock = time.perf_counter()
        try:
            prop()
            status = "ok"
        except Exception as error:  # a falsified property: report it and go on
            failures.append(name)
            status = f"FAILED: {type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}"
            traceback.print_exc()
        checked = sum(test_properties.CHECKED.values()) - before
        print(f"{name}: {checked} examples, {time.perf_counter() - clock:.0f} s, {status}", flush=True)
    for name, (seconds, text) in sorted(test_properties.SLOWEST.items()):
        print(f"slowest {name}: {seconds:.2f} s for {len(text)} characters: {text[:40]!r}…")
    total = sum(test_properties.CHECKED.values())
    print(f"total: {total} examples in {time.perf_counter() - started:.0f} s, {len(failures)} failing properties")
    for name in failures:
        print(f"  failed: {name}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
