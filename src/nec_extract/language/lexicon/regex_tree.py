"""Python's own parse of a regex, for the modules that read a pattern's tree (its first letters, the words every
match holds): one home for ``re._parser`` and ``re._constants``, private modules of the standard library with no
typing stubs, which a Python upgrade may move (``requires-python`` stops below 3.13)."""

from __future__ import annotations

import importlib
from typing import Any

_parser: Any = importlib.import_module("re._parser")
CODES: Any = importlib.import_module("re._constants")

# the repeats of a pattern's tree: their argument is (least, most, items)
REPEATS = frozenset({CODES.MAX_REPEAT, CODES.MIN_REPEAT, CODES.POSSESSIVE_REPEAT})


def parse(pattern: str, flags: int = 0) -> Any:
    """The tree of a pattern: its items as (code, argument) pairs, with ``.state.groups``."""
    return _parser.parse(pattern, flags)
