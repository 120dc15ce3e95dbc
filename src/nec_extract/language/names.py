"""People's names on a page: titles dropped, short forms and small misspellings resolved to the fullest
form the page gives ("Keir" -> "Keir Starmer", "Annelise Dodds" -> "Anneliese Dodds")."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache

from nec_extract.language import gazetteer
from nec_extract.language.lexicon import load_json

_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
NAME_WORD = (
    rf"(?:Mc|Mac|O['’]|D['’])?[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?"
    rf"(?:-(?:Mc|Mac|O['’])?[{_UPPER}][{_LOWER}]+)*"
)
# a run of capitalised words on one line, e.g. "General Secretary Dylan Pryce MP"
_RUN = re.compile(rf"(?<![\w’'-]){NAME_WORD}(?:[ \t]+(?:{NAME_WORD}|MP|MEP|MSP|AM|OBE|MBE|CBE|QC|KC))*")
_NAME_WORD = re.compile(NAME_WORD)
_POSSESSIVE = re.compile(r"['’]s?$")
_INITIALS_DECLARED = re.compile(
    rf"\b(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}})[ \t]*\((?P<initials>[A-Z]{{2,4}})\)"
)
_SIMILAR_WORD = 0.8
_SIMILAR_SINGLE = 0.85


@dataclass(frozen=True)
class PageName:
    """A full name (two to four words) as the page gives it, and where."""

    text: str
    start: int


@cache
def _vocab() -> dict[str, frozenset[str]]:
    data = load_json("speakers.json")
    return {
        key: frozenset(data[key])
        for key in ("titles", "trailing_titles", "role_words", "edge_words", "non_person_words")
    }


def _words(name: str) -> list[str]:
    return name.split()


def strip_titles(name: str) -> str:
    """``name`` without titles and honours ("Dame Margaret Beckett MP" -> "Margaret Beckett") or a possessive."""
    vocab = _vocab()
    words = [_POSSESSIVE.sub("", w) if i == len(name.split()) - 1 else w for i, w in enumerate(name.split())]
    words = [w for w in words if w.strip(".").casefold() not in vocab["titles"]]
    return " ".join(words)


def person_words(run: str) -> list[str]:
    """The words of a capitalised run that can be a person's name: titles, role words and sentence-initial
    words trimmed from the front, honours from the back; nothing if an organisation word is inside."""
    vocab = _vocab()
    words = [_POSSESSIVE.sub("", w) for w in run.split()]
    front = vocab["titles"] | vocab["role_words"] | vocab["edge_words"]
    while words and words[0].casefold() in front:
        words.pop(0)
    while words and words[-1].strip(".").casefold() in vocab["trailing_titles"] | vocab["titles"]:
        words.pop()
    if any(w.casefold() in vocab["non_person_words"] for w in words):
        return []
    return words


_DEPARTMENT_BEFORE = re.compile(r"\b(?:Head|Director|Chair|Secretary|Officer|Leader)\s+of\s+(?:the\s+)?$")


@lru_cache(maxsize=16)
def page_names(page_text: str) -> tuple[PageName, ...]:
    """Every full name the page gives, in page order (repeats included)."""
    found: list[PageName] = []
    for run in _RUN.finditer(page_text):
        words = person_words(run.group())
        if _DEPARTMENT_BEFORE.search(page_text, max(0, run.start() - 30), run.start()) and len(words) >= 3:
            words = words[-2:]  # "Head of Compliance Theo Marsh": the department comes first
        if not 2 <= len(words) <= 4:
            continue
        text = " ".join(words)
        found.append(PageName(text, run.start() + run.group().find(words[0])))
    return tuple(found)


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
    return a[:1] == b[:1] and SequenceMatcher(None, a.casefold(), b.casefold()).ratio() >= threshold


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
    words = _words(chosen)
    fuller = [text for text in candidates if _contains_in_order(_words(text), words)]
    return max(fuller, key=lambda text: (len(_words(text)), index.counts[text])) if fuller else chosen


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
    words = _words(clean)
    longer = [text for text in index.by_word.get(words[0], ()) if _contains_in_order(_words(text), words)]
    if longer:
        best = _fullest(_pick(longer, index, near), longer, index)
    else:
        similar = [
            text
            for text in index.by_initial.get(words[-1][:1], ())
            if text != clean and _looks_misspelt(words, _words(text))
        ]
        better = [text for text in similar if index.counts[text] > index.counts.get(clean, 0)]
        best = _pick(better, index, near) if better else clean
    return gazetteer.canonical_name(best, page_text) or best


@lru_cache(maxsize=16)
def initials_map(page_text: str) -> dict[str, str]:
    """Initials the page uses for people ("TM" -> "Ada Fairley"): declared "Name (XX)" first, then the
    initials of full names on the page where only one name has them."""
    derived: dict[str, set[str]] = {}
    for name in page_names(page_text):
        words = _words(name.text)
        for initials in {"".join(w[0] for w in words), words[0][0] + words[-1][0]}:
            derived.setdefault(initials, set()).add(name.text)
    mapping = {k: next(iter(v)) for k, v in derived.items() if len(v) == 1}
    mapping.update(declared_initials(page_text))
    return mapping


@lru_cache(maxsize=16)
def declared_initials(page_text: str) -> dict[str, str]:
    """Initials the page itself gives a person: "Sam Clark (SC)"."""
    mapping: dict[str, str] = {}
    for match in _INITIALS_DECLARED.finditer(page_text):
        words = person_words(match.group("name"))
        if len(words) >= 2:
            mapping[match.group("initials")] = " ".join(words)
    return mapping


def is_name_word(word: str) -> bool:
    return bool(_NAME_WORD.fullmatch(word))


# ---------------------------------------------------------------------------------------------------
# Who holds which role, as the page says it

# role words in any case; names (NAME_WORD) stay capitalised
_ROLE = (
    r"(?i:(?:(?:Deputy|General|Vice|Chief|Campaigns?|Party|NEC|Executive|Assistant|Acting|Interim|National)[ \t-]+)*"
    r"(?:Leader|Secretary|Chair|Chairman|Chairwoman|Chairperson|President|Treasurer|Director|Whip|GS))"
)
_RUN_TEXT = rf"{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,4}}"
_ROLE_HOLDER_PATTERNS = [
    # "Chair: Mina Holloway", "Chair (Ada Fairley)"
    re.compile(rf"\b(?P<role>{_ROLE})[ \t]*[:(][ \t]*(?P<name>{_RUN_TEXT})"),
    # "the General Secretary, Callum Reid", "our Treasurer, Sir Jasper Colley"
    re.compile(rf"\b(?i:the|our|its)[ \t]+(?P<role>{_ROLE}),[ \t]+(?P<name>{_RUN_TEXT})"),
    # "Rosa Linton, our Treasurer", "Jasper Colley, the party's Treasurer"
    re.compile(rf"(?P<name>{_RUN_TEXT}),[ \t]+(?:the|our)[ \t]+(?:party['’]s[ \t]+)?(?P<role>{_ROLE})\b"),
    # "General Secretary Dylan Pryce"
    re.compile(rf"(?P<role>{_ROLE})[ \t]+(?P<name>{_RUN_TEXT})"),
    # "Nell Hargreave, who retires as General Secretary", "Margaret Beckett was elected chair"
    re.compile(
        rf"(?P<name>{_RUN_TEXT})[^.\n]{{0,40}}?\b(?:as|elected|appointed)[ \t]+(?:the[ \t]+)?(?:new[ \t]+)?"
        rf"(?P<role>{_ROLE})\b"
    ),
]
_ROLE_SYNONYMS = {
    "gs": "general secretary",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
    "nec chair": "chair",
    "chair of the nec": "chair",
}


def role_key(role: str) -> str:
    """A role's comparable form: "The NEC Chair" -> "chair", "GS" -> "general secretary"."""
    key = " ".join(role.replace("’", "'").split()).casefold()
    key = re.sub(r"^(?:(?:the|our|its|their|outgoing|incoming|new|labour|labour's|party's)\s+)+", "", key)
    return _ROLE_SYNONYMS.get(key, key)


@dataclass(frozen=True)
class RoleHolder:
    role: str  # role_key form
    name: str
    start: int


@lru_cache(maxsize=16)
def role_holders(page_text: str) -> tuple[RoleHolder, ...]:
    """Every "this person holds that role" the page states, in page order."""
    found: list[RoleHolder] = []
    for pattern in _ROLE_HOLDER_PATTERNS:
        for match in pattern.finditer(page_text):
            words = person_words(match.group("name"))
            if len(words) >= 2:
                found.append(RoleHolder(role_key(match.group("role")), " ".join(words), match.start()))
    return tuple(sorted(found, key=lambda h: h.start))


@lru_cache(maxsize=16)
def _holders_by_role(page_text: str) -> dict[str, list[RoleHolder]]:
    by_role: dict[str, list[RoleHolder]] = {}
    for holder in role_holders(page_text):
        by_role.setdefault(holder.role, []).append(holder)
    return by_role


def nearest_role_holder(page_text: str, role: str, offset: int) -> str | None:
    """Who the page says holds ``role``, nearest to ``offset`` (earlier statements first)."""
    holders = _holders_by_role(page_text).get(role_key(role))
    if not holders:
        return None
    position = bisect_right([h.start for h in holders], offset)
    best = holders[position - 1] if position else holders[0]
    return resolve_name(best.name, page_text, best.start)
