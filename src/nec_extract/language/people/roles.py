"""Roles: a role phrase's comparable key and display form, and who the page says holds which role."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

from nec_extract.language.grammar import BODY_DETERMINER_RE
from nec_extract.language.lexicon import alternation, two_spaces_too
from nec_extract.language.lexicon.titles import titles_vocabulary
from nec_extract.language.lexicon.trie import trie_alternation
from nec_extract.language.people.forms import NAME_WORD, edge_words, person_words
from nec_extract.language.people.fullest import resolve_name
from nec_extract.language.people.titles import (
    personal_titles,
    role_abbreviations,
    role_heads,
    role_words,
    strip_possessive,
    titles,
)

_SMALL_WORDS = ("of", "the", "and")


def role_key(role: str) -> str:
    """A role's comparable form: "The NEC Chair" -> "chair", "GS" -> "general secretary"."""
    vocabulary = titles_vocabulary()
    key = " ".join(role.replace("’", "'").split()).casefold()
    key = _ignored_prefix().sub("", key)
    return vocabulary.role_synonyms.get(key, key)


@cache
def _ignored_prefix() -> re.Pattern[str]:
    return re.compile(rf"^(?:(?:{alternation(titles_vocabulary().role_key_ignored)})\s+)+")


def role_title(words: list[str]) -> str | None:
    """A role as it is shown: "general secretary" -> "General Secretary", "GS" -> "General Secretary";
    "Chair of the NPF" keeps its small words. None if no word can end a role phrase."""
    while words and words[0].casefold() in edge_words() | titles():
        words = words[1:]
    if not any(strip_possessive(w).casefold() in role_heads() for w in words):
        return None
    text = " ".join(words).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    abbreviation = role_abbreviations().get(text.casefold())
    if abbreviation:
        return abbreviation
    return " ".join(w if w in _SMALL_WORDS or not w[:1].islower() else w[0].upper() + w[1:] for w in text.split())


# ---------------------------------------------------------------------------------------------------
# Who holds which role, as the page says it


@dataclass(frozen=True)
class RoleHolder:
    role: str  # role_key form
    name: str
    start: int


@cache
def _holder_patterns() -> list[re.Pattern[str]]:
    # role words in any case; names (NAME_WORD) stay capitalised
    # prefix trees: these patterns scan whole pages, trying the role words at every position
    role = rf"(?i:(?:(?:{trie_alternation(role_words())})[ \t-]+)*(?:{trie_alternation(role_heads())}))"
    run = rf"{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,4}}"
    # "T. Poe" in an attendance list; after a personal title the initials may go without stops ("Mrs J Pell")
    title = trie_alternation(personal_titles())
    initialled = rf"(?:(?i:{title})\.?[ \t]+(?:[A-Z]\.?[ \t]?){{1,3}}[ \t]*|(?:[A-Z]\.[ \t]?){{1,3}}){NAME_WORD}"
    department = rf"{role}(?:[ \t]+of[ \t]+(?:the[ \t]+)?{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}})?"
    return [
        # an attendance list: "Ann Doe, General Secretary; Marcus Hale, Head of Finance"
        re.compile(rf"(?:^|[:;][ \t]*)(?P<name>{run}),[ \t]+(?P<role>{department})[ \t]*(?=[;\n]|$)", re.MULTILINE),
        # "T. Poe (Secretary)"
        re.compile(rf"(?<![\w.])(?P<name>{initialled})[ \t]*\([ \t]*(?P<role>[\w’' -]{{2,40}}?)[ \t]*[,;)]"),
        # "Chair: Mina Holloway", "Chair (Ada Fairley)", "Officers: Chair – Mina Holloway; Secretary – ..."
        re.compile(rf"\b(?P<role>{role})[ \t]*(?:[:(]|[ \t][–—-])[ \t]*(?P<name>{run}|{initialled})"),
        # "the General Secretary, Callum Reid", "our Treasurer, Sir Jasper Colley"
        re.compile(rf"\b(?i:{BODY_DETERMINER_RE})[ \t]+(?P<role>{role}),[ \t]+(?P<name>{run})"),
        # "Rosa Linton, our Treasurer", "Jasper Colley, the party's Treasurer"
        re.compile(rf"(?P<name>{run}),[ \t]+(?:the|our)[ \t]+(?:party['’]s[ \t]+)?(?P<role>{role})\b"),
        # "General Secretary Dylan Pryce"; not "Jo Bloggs in the Chair Sam Hale, ...", a list of who attended
        re.compile(two_spaces_too(r"(?<![Ii]n the )") + rf"(?P<role>{role})[ \t]+(?P<name>{run})"),
        # "Jo Bloggs – in the chair", "Jo Bloggs (in the Chair)", "Jo Bloggs (President, in the chair)",
        # "Jo Bloggs (President) in the Chair"
        re.compile(
            rf"(?P<name>{run})[ \t]*(?:[-–—,][ \t]*\(?|\((?:[^()\n]{{1,40}}?,[ \t]*)?|\([^()\n]{{1,40}}\)[ \t]*)"
            rf"[ \t]*(?i:in[ \t]+the[ \t]+)(?P<role>(?i:chair))\b"
        ),
        # an attendance list: "Jo Bloggs (Branch Secretary)", "Jo Bloggs (Head of Finance, in the chair)"
        re.compile(rf"(?P<name>{run})[ \t]*\([ \t]*(?P<role>[\w’' -]{{2,40}}?)[ \t]*[,;)]"),
        # "Nell Hargreave, who retires as General Secretary", "Margaret Beckett was elected chair"
        re.compile(
            rf"(?P<name>{run})[^.\n]{{0,40}}?\b(?:{_role_taking_words()})[ \t]+(?:the[ \t]+)?(?:new[ \t]+)?"
            rf"(?P<role>{role})\b"
        ),
    ]


@lru_cache(maxsize=16)
def role_holders(page_text: str) -> tuple[RoleHolder, ...]:
    """Every "this person holds that role" the page states, in page order."""
    found: list[RoleHolder] = []
    for pattern in _holder_patterns():
        for match in pattern.finditer(page_text):
            words = person_words(match.group("name"))
            if len(words) < 2:
                continue
            for role in _offices(match.group("role")):
                found.append(RoleHolder(role_key(role), " ".join(words), match.start()))
    return tuple(sorted(found, key=lambda h: h.start))


_TWO_OFFICES = re.compile(r"\s+and\s+")


def _offices(role: str) -> list[str]:
    """The offices a role phrase names: one, or two held together ("Clerk and RFO", "Secretary and Treasurer"), each
    a role of its own; not "Head of Policy and Research", whose second part is no role."""
    if not role_title(role.split()):
        return []
    parts = _TWO_OFFICES.split(role)
    if len(parts) > 1 and all(role_title(part.split()) for part in parts):
        return [role, *parts]
    return [role]


@lru_cache(maxsize=16)
def _holders_by_role(page_text: str) -> dict[str, list[RoleHolder]]:
    by_role: dict[str, list[RoleHolder]] = {}
    for holder in role_holders(page_text):
        by_role.setdefault(holder.role, []).append(holder)
    return by_role


def nearest_role_holder(page_text: str, role: str, offset: int) -> str | None:
    """Who the page says holds ``role``, nearest to ``offset`` (earlier statements first); else the one person
    it says holds the same office under a fuller or shorter name ("the Secretary": "Branch Secretary")."""
    by_role = _holders_by_role(page_text)
    key = role_key(role)
    holders = by_role.get(key)
    if not holders:
        alike = [h for other, found in by_role.items() if same_office(key, other) for h in found]
        if len({h.name for h in alike}) != 1:
            return None
        holders = alike
    position = bisect_right([h.start for h in holders], offset)
    best = holders[position - 1] if position else holders[0]
    return resolve_name(best.name, page_text, best.start)


def same_office(key: str, other: str) -> bool:
    """Two role keys name one office: equal, or one is the other with the body it belongs to in front ("branch
    secretary", "secretary"); not another office ("deputy leader", "leader")."""
    short, long = sorted((key.split(), other.split()), key=len)
    extra = long[: len(long) - len(short)]
    return long[len(extra) :] == short and all(word in _body_words() for word in extra)


@cache
def _body_words() -> frozenset[str]:
    return frozenset(titles_vocabulary().role_body_words)


@cache
def _role_taking_words() -> str:
    """Words that put a person into an office: "as", "elected", "appointed"."""
    return alternation(titles_vocabulary().role_taking_words)
