"""A word list as a regex prefix tree: the same matches as :func:`alternation`, found with far less work.

``alternation(["chair", "chairperson", "co-chair"])`` gives ``chairperson|co\\-chair|chair``: the regex
engine tries every word at every position of the text. The tree ``c(?:hair(?:person|)|o\\-chair)`` tries
the words' first letters once. Both match the same text, preferring the same word:

- where two words diverge (a different letter, or a letter against the run of spaces between words), no text
  can match both ways, so the order of the branches does not matter;
- where one word is the start of another ("chair", "chairperson"), the longer is tried first, as in
  :func:`alternation` (longest first), and the shorter when what follows the longer fails.

That holds when no two branches can match the same letter, which is checked: every letter must be ASCII
and branches must differ in lower case (a pattern may be case-insensitive). Otherwise, or for an empty list,
the plain alternation is returned. Like the plain one, use it inside a group: ``(?:{...})``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from nec_extract.language.lexicon import alternation

_SPACE = " "  # the run of whitespace between two words of a phrase
_END = ""  # a word ends here

Node = dict[str, "Node"]


def trie_alternation(phrases: Iterable[str]) -> str:
    """The words or phrases as one regex prefix tree, matching as :func:`alternation` does."""
    phrases = list(phrases)
    root: Node = {}
    for phrase in phrases:
        node = root
        for unit in _units(phrase):
            node = node.setdefault(unit, {})
        node[_END] = {}
    if not root or not _branches_exclusive(root):
        return alternation(phrases)
    return _options(root)


def _units(phrase: str) -> list[str]:
    units: list[str] = []
    for number, word in enumerate(phrase.split()):
        if number:
            units.append(_SPACE)
        units.extend(word)
    return units


def _branches_exclusive(node: Node) -> bool:
    letters = [unit for unit in node if unit not in (_END, _SPACE)]
    if not all(unit.isascii() for unit in letters) or len({u.lower() for u in letters}) != len(letters):
        return False
    return all(_branches_exclusive(child) for child in node.values())


def _options(node: Node) -> str:
    """The node's branches as an alternation; ending here (the empty branch) comes last: longer words first."""
    branches = [_unit(unit) + _grouped(child) for unit, child in node.items() if unit != _END]
    if _END in node:
        branches.append("")
    return "|".join(branches)


def _grouped(node: Node) -> str:
    if list(node) == [_END]:
        return ""
    options = _options(node)
    one_way = len(node) == 1  # a single branch that does not end here needs no group
    return options if one_way else f"(?:{options})"


def _unit(unit: str) -> str:
    return r"\s+" if unit == _SPACE else re.escape(unit)
