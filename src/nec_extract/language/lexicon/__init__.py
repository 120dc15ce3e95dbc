"""The vocabulary layer: every word list, cue phrase and pattern fragment the pipeline uses, as data.

Each file under ``models/`` is described by one :class:`Vocabulary` model (one module per file in this
package) and validated when it is loaded, through :func:`load`: an unknown key, a missing key or an entry of
the wrong shape is an error at load time, not a silent miss at match time.

Two kinds of entry, one format (JSON lists of strings):

- :data:`Words`: literal words or phrases, matched case-insensitively on whole words; lower case, no regex.
- :data:`Patterns`: regular-expression fragments, where a list of words cannot say it; each must compile.

In a wheel the files ship as ``nec_extract/models``; in a checkout they sit at the repository root.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Annotated, ClassVar, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from nec_extract.language.spaces import ONE_OR_TWO_SPACES, look_behind_two_spaces_too

_PACKAGED = Path(__file__).parents[2] / "models"
_CHECKOUT = Path(__file__).resolve().parents[4] / "models"
_REGEX_SYNTAX = re.compile(r"[\\^$.|?*+()\[\]{}]")


def models_dir() -> Path:
    return _PACKAGED if _PACKAGED.is_dir() else _CHECKOUT


def _literal_words(words: tuple[str, ...]) -> tuple[str, ...]:
    for word in words:
        if not word.strip() or word != word.strip():
            raise ValueError(f"empty or padded word {word!r}")
        if _REGEX_SYNTAX.search(word.replace(".", "")):
            raise ValueError(f"{word!r} holds regex syntax: put it under a Patterns key")
    if len(set(words)) != len(words):
        raise ValueError(f"repeated words: {sorted(w for w in set(words) if words.count(w) > 1)}")
    from nec_extract.language.spelling import with_other_spellings  # spelling.json holds no word lists

    return tuple(with_other_spellings(words))


_QUANTIFIERS = ("?", "*", "+", "{")
_LOOK_BEHIND = ("(?<=", "(?<!")
_MOST_SPACES_BEHIND = 3


def two_spaces_too(pattern: str) -> str:
    """``pattern`` with each plain space matching one or two: not a space escaped, in a character class or under a
    quantifier of its own (" ?"). A look-behind keeps its width, and is tried with its spaces doubled as well
    ("(?<=was )" also after "was  ")."""
    out: list[str] = []
    at = 0
    while at < len(pattern):
        if pattern.startswith(_LOOK_BEHIND, at):
            end = _group_end(pattern, at)
            out.append(_behind_either(pattern[at:end]))
        else:
            end = _atom_end(pattern, at)
            out.append(ONE_OR_TWO_SPACES if at in _plain_spaces(pattern, at, end) else pattern[at:end])
        at = end
    return "".join(out)


def _atom_end(pattern: str, at: int) -> int:
    """Where the escape, character class or single character at ``at`` ends."""
    if pattern[at] == "\\":
        return at + 2
    if pattern[at] != "[":
        return at + 1
    at += 1
    at += pattern.startswith("^", at)
    at += pattern.startswith("]", at)  # a class opening with "]" holds it
    while pattern[at] != "]":
        at = _atom_end(pattern, at) if pattern[at] == "\\" else at + 1
    return at + 1


def _group_end(pattern: str, at: int) -> int:
    depth = 0
    while True:
        depth += {"(": 1, ")": -1}.get(pattern[at], 0)
        at = _atom_end(pattern, at)
        if depth == 0:
            return at


def _plain_spaces(pattern: str, start: int, end: int) -> list[int]:
    found = []
    while start < end:
        if pattern[start] == " " and not pattern.startswith(_QUANTIFIERS, start + 1):
            found.append(start)
        start = _atom_end(pattern, start)
    return found


def _behind_either(group: str) -> str:
    """A look-behind and its forms with spaces doubled that keep one width ("(?<=was |ere )": "(?<=was  |ere  )")."""
    spaces = _plain_spaces(group, 0, len(group))
    if not spaces or len(spaces) > _MOST_SPACES_BEHIND:
        return group
    return look_behind_two_spaces_too(group, spaces, 1)


def _compiling(patterns: tuple[str, ...]) -> tuple[str, ...]:
    from nec_extract.language.spelling import either_spelling  # spelling.json holds no patterns

    patterns = tuple(two_spaces_too(either_spelling(pattern)) for pattern in patterns)
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as error:
            raise ValueError(f"pattern {pattern!r} does not compile: {error}") from error
    return patterns


# held as they read: a word list holds each word's other spelling too ("in favor" beside "in favour"), and a pattern's
# British parts match either spelling (``models/spelling.json``)
Words = Annotated[tuple[str, ...], AfterValidator(_literal_words)]
Patterns = Annotated[tuple[str, ...], AfterValidator(_compiling)]


class Section(BaseModel):
    """A part of one file of ``models/`` (a key whose value is an object): strict and frozen, as the file is."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Vocabulary(BaseModel):
    """One file of ``models/``: its keys are this model's fields, each read by the code."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    FILE: ClassVar[str]
    about: str = Field(alias="_about", min_length=1)


V = TypeVar("V", bound=Vocabulary)


def load(model: type[V]) -> V:
    """The validated vocabulary of ``models/<model.FILE>``, read once."""
    vocabulary = _validated(model)
    assert isinstance(vocabulary, model)
    return vocabulary


@cache
def _validated(model: type[Vocabulary]) -> Vocabulary:
    return model.model_validate(read_json(model.FILE))


def read_json(name: str) -> object:
    """The parsed JSON file ``models/<name>``."""
    with (models_dir() / name).open(encoding="utf-8") as handle:
        return json.load(handle)


def registered() -> list[type[Vocabulary]]:
    """Every vocabulary model (one per file of ``models/``), once their modules are imported."""
    from nec_extract.language.lexicon import catalogue  # noqa: F401  (imports every model)

    found: list[type[Vocabulary]] = []
    pending = list(Vocabulary.__subclasses__())
    while pending:
        model = pending.pop()
        found.append(model)
        pending.extend(model.__subclasses__())
    return sorted(found, key=lambda model: model.FILE)


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of literal words or phrases, longest first, any run of spaces matching any."""
    escaped = (r"\s+".join(re.escape(part) for part in phrase.split()) for phrase in phrases)
    return "|".join(sorted(escaped, key=len, reverse=True))


def pattern_alternation(patterns: Iterable[str]) -> str:
    """A regex alternation of pattern fragments, each in its own group, longest first."""
    return "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))
