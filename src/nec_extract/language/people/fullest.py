"""Fullest-form resolution: a short or misspelt name on a page resolved to the fullest form the page gives
("Keir" -> "Keir Starmer", "Gurinder Josan" -> "Gurinder Singh Josan"), the gazetteer correcting misspellings."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from nec_extract.language.people import gazetteer
from nec_extract.language.people.forms import initialled_names, page_names
from nec_extract.language.people.titles import strip_titles

_SIMILAR_WORD = 0.8
_SIMILAR_SINGLE = 0.85


@dataclass(frozen=True)
class _PageIndex:
    """The page's full names, indexed for resolving many short names quickly."""

    counts: Counter[str]  # full name -> how often the page gives it
    starts: dict[str, list[int]]  # full name -> where, in page order
    by_word: dict[str, tuple[str, ...]]  # a word -> the full names that contain it
    by_initial: dict[str, tuple[str, ...]]  # a first letter of any of its words -> full names


@lru_cache(maxsize=16)
def _index(page_text: str) -> _PageIndex:
    starts: dict[str, list[int]] = {}
    for name in page_names(page_text):
        starts.setdefault(name.text, []).append(name.start)
    by_word: dict[str, list[str]] = {}
    by_initial: dict[str, list[str]] = {}
    for text in starts:
        for word in set(text.split()):
            by_word.setdefault(word, []).append(text)
        for initial in {word[:1] for word in text.split()}:
            by_initial.setdefault(initial, []).append(text)
    return _PageIndex(
        counts=Counter({text: len(found) for text, found in starts.items()}),
        starts=starts,
        by_word={k: tuple(v) for k, v in by_word.items()},
        by_initial={k: tuple(v) for k, v in by_initial.items()},
    )


def names_on_page(page_text: str) -> frozenset[str]:
    """The distinct full names the page gives."""
    return frozenset(_index(page_text).starts)


def _contains_in_order(full: list[str], short: list[str]) -> bool:
    if len(short) >= len(full):
        return False
    position = 0
    for word in short:
        try:
            position = full.index(word, position) + 1
        except ValueError:
            return False
    return True


def _similar(a: str, b: str, threshold: float) -> bool:
    if a[:1] != b[:1]:
        return False
    # the quick ratios are upper bounds of the ratio, from the lengths and the letters alone: most pairs fail there
    matcher = SequenceMatcher(None, a.casefold(), b.casefold())
    bounds = (matcher.real_quick_ratio, matcher.quick_ratio, matcher.ratio)
    return all(ratio() >= threshold for ratio in bounds)


def _looks_misspelt(short: list[str], full: list[str]) -> bool:
    if len(short) == 1:
        return any(_similar(short[0], word, _SIMILAR_SINGLE) for word in full)
    return len(short) == len(full) and all(_similar(a, b, _SIMILAR_WORD) for a, b in zip(short, full, strict=True))


def _pick(candidates: list[str], index: _PageIndex, near: int | None) -> str:
    """The candidate given closest before ``near`` (else first after it); without ``near``, the most
    frequent (then the longest)."""
    if near is None:
        return max(candidates, key=lambda text: (index.counts[text], len(text)))
    before: list[tuple[int, str]] = []
    after: list[tuple[int, str]] = []
    for text in candidates:
        starts = index.starts[text]
        position = bisect_right(starts, near)
        if position:
            before.append((starts[position - 1], text))
        else:
            after.append((starts[0], text))
    return max(before)[1] if before else min(after)[1]


def _fullest(chosen: str, candidates: list[str], index: _PageIndex) -> str:
    """The longest page form of the person picked ("Gurinder Josan" -> "Gurinder Singh Josan")."""
    words = chosen.split()
    fuller = [text for text in candidates if _contains_in_order(text.split(), words)]
    return max(fuller, key=lambda text: (len(text.split()), index.counts[text])) if fuller else chosen


def _corrected(clean: str, index: _PageIndex, near: int | None) -> str:
    """A page form the name looks like a misspelling of, when the page gives that form more often."""
    words = clean.split()
    similar = [
        text
        for text in index.by_initial.get(words[-1][:1], ())
        if text != clean and _looks_misspelt(words, text.split())
    ]
    better = [text for text in similar if index.counts[text] > index.counts.get(clean, 0)]
    return _pick(better, index, near) if better else clean


def resolve_name(short: str, page_text: str, near: int | None = None) -> str:
    """The fullest form of ``short`` the page gives, titles dropped; the gazetteer corrects misspellings.

    ``near`` (a page offset) breaks ties between people who share a first name or surname: the
    closest full name before it wins.
    """
    clean = " ".join(strip_titles(short).split())
    if not clean:
        return clean
    known = gazetteer.canonical_name(clean, page_text)
    if known:
        return known
    index = _index(page_text)
    words = clean.split()
    longer = [text for text in index.by_word.get(words[0], ()) if _contains_in_order(text.split(), words)]
    if not longer and len(words) == 1:
        initialled = _initialled_form(clean, page_text, near)
        if initialled:
            return initialled
    best = _fullest(_pick(longer, index, near), longer, index) if longer else _corrected(clean, index, near)
    return gazetteer.canonical_name(best, page_text) or best


def _initialled_form(surname: str, page_text: str, near: int | None) -> str | None:
    """ "Councillor Bright" on a page whose only fuller form is "L. Bright": that form (the nearest before
    ``near`` when the page gives several)."""
    forms = [name for name in initialled_names(page_text) if name.text.split()[-1].split(".")[-1] == surname]
    if not forms:
        return None
    before = [name for name in forms if near is None or name.start <= near]
    return (before[-1] if before else forms[0]).text
