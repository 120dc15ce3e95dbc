"""The model's attribute ruler (tag to part of speech, word exceptions, some lemmas), applied by looking its
rules up instead of running spaCy's Matcher over all of them: the same rules in the same order set the same
attributes, at a fraction of the cost (the Matcher tried every pattern on every token).

A rule's pattern tests only a token's tag, lowercase form, dependency label and whether it is a space, so
which pattern tokens a token fits is worked out once per combination of those four and remembered.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

# the token attributes a rule may test, in the order of a token's row of values
_TESTED = ("TAG", "LOWER", "DEP", "IS_SPACE")
# the attributes a pattern is filed under, most selective first
_FILED_BY = ("LOWER", "TAG")

Values = dict[str, object]  # one token's tested attributes by name, as the Matcher compares them
ValueTest = Callable[[Values], bool]


class UnsupportedRule(ValueError):
    """A pattern this lookup cannot mirror exactly (an operator, another attribute): use spaCy's ruler."""


@dataclass(frozen=True)
class _Pattern:
    rule: int  # the rule's place in the ruler: later rules overwrite earlier ones
    tests: tuple[tuple[ValueTest, ...], ...]  # per token of the pattern, every condition it must meet


class AttributeRules:
    """Every pattern of an :class:`AttributeRuler`, filed under the words or tags its tokens need."""

    def __init__(self, ruler: AttributeRuler) -> None:
        from spacy import attrs

        self._strings = ruler.vocab.strings
        self._columns = [getattr(attrs, name) for name in _TESTED]
        self._attrs: list[dict[Any, Any]] = list(ruler.attrs)
        self._indices: list[int] = list(ruler.indices)
        self._patterns: list[_Pattern] = []
        # (pattern number, token position) of every pattern token, filed under each word or tag it needs
        self._filed: dict[tuple[str, object], list[tuple[int, int]]] = defaultdict(list)
        self._unfiled: list[tuple[int, int]] = []
        for rule in range(len(self._attrs)):
            for tokens in ruler.matcher.get(str(rule))[1]:
                self._add(rule, tokens)
        self._fitting = lru_cache(maxsize=20_000)(self._fitting_uncached)

    def _add(self, rule: int, tokens: list[dict[str, Any]]) -> None:
        if not -len(tokens) <= self._indices[rule] < len(tokens):
            raise UnsupportedRule(f"index {self._indices[rule]} outside its pattern")  # spaCy's ruler would fail
        number = len(self._patterns)
        self._patterns.append(_Pattern(rule, tuple(_token_tests(spec) for spec in tokens)))
        for position, spec in enumerate(tokens):
            keys = _file_keys(spec)
            for key in keys:
                self._filed[key].append((number, position))
            if not keys:
                self._unfiled.append((number, position))

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens._retokenize import set_token_attrs

        fits = [self._fitting(tuple(row)) for row in doc.to_array(self._columns).tolist()]
        matches = set()
        for start, here in enumerate(fits):
            for number, position in here:
                pattern = self._patterns[number]
                if position == 0 and (len(pattern.tests) == 1 or _fits_onwards(fits, start, number, pattern)):
                    matches.add((pattern.rule, start, start + len(pattern.tests)))
        # in rule order, as the ruler applies them: a later rule overwrites what an earlier one set
        for rule, start, end in sorted(matches):
            index = self._indices[rule]
            set_token_attrs(doc[start + index if index >= 0 else end + index], self._attrs[rule])
        return doc

    def _fitting_uncached(self, row: tuple[int, ...]) -> frozenset[tuple[int, int]]:
        """The (pattern number, token position) pairs a token with these attribute values fits."""
        tag, lower, dep, is_space = row
        values: Values = {
            "TAG": self._strings[tag],
            "LOWER": self._strings[lower],
            "DEP": self._strings[dep],
            "IS_SPACE": bool(is_space),
        }
        candidates = (
            self._filed.get(("LOWER", values["LOWER"]), [])
            + self._filed.get(("TAG", values["TAG"]), [])
            + self._unfiled
        )
        return frozenset(
            (number, position)
            for number, position in candidates
            if all(test(values) for test in self._patterns[number].tests[position])
        )


def _fits_onwards(fits: list[frozenset[tuple[int, int]]], start: int, number: int, pattern: _Pattern) -> bool:
    end = start + len(pattern.tests)
    return end <= len(fits) and all((number, at) in fits[start + at] for at in range(1, len(pattern.tests)))


def _token_tests(spec: dict[str, Any]) -> tuple[ValueTest, ...]:
    for name in spec:
        if name not in _TESTED:
            raise UnsupportedRule(f"attribute {name}")
    return tuple(_test(name, value) for name, value in spec.items())


def _test(name: str, value: object) -> ValueTest:
    if not isinstance(value, dict):
        return lambda values: values[name] == value
    if len(value) != 1 or next(iter(value)) not in ("IN", "NOT_IN", "REGEX"):
        raise UnsupportedRule(f"condition {value}")
    operator, operand = next(iter(value.items()))
    if operator == "REGEX":  # the Matcher searches the attribute's text, as here
        search = re.compile(operand).search
        return lambda values: bool(search(str(values[name])))
    members = frozenset(operand)
    if operator == "IN":
        return lambda values: values[name] in members
    return lambda values: values[name] not in members


def _file_keys(spec: dict[str, Any]) -> list[tuple[str, object]]:
    """Where a pattern token is filed: each word (or else tag) it may have; none if it names neither."""
    for name in _FILED_BY:
        value = spec.get(name)
        if isinstance(value, str):
            return [(name, value)]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return [(name, option) for option in value["IN"]]
    return []
