"""The body a figure counts: Labour, unless its clause or the report names another (a union, CLP or branch)."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.membership.vocabulary import body_name_heads, own_body_markers, words_of
from nec_extract.extractors.membership.words import Word, kind_of
from nec_extract.language.calendar import WEEKDAY_NUMBERS
from nec_extract.language.dates import month_number
from nec_extract.language.lexicon import alternation
from nec_extract.page.context import ReportContext

_ORGANISATION_AFTER_MEMBERS = re.compile(r"\bmembers\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*)*)")
_ORGANISATION_BEFORE_MEMBERSHIP = re.compile(
    r"(?P<name>(?:[A-Z][\w’'&-]*\s+)*[A-Z][\w’'&-]*?)(?:[’']s?)?\s+(?:membership|members)\b"
)


@cache
def _body_name() -> re.Pattern[str]:
    """A body's name in a title or opening: capitalised words ending in a head ("Eastfield Health Branch")."""
    heads = "|".join(body_name_heads())
    return re.compile(
        r"(?P<name>(?:[A-Z][\w’'&.-]*\s+(?:(?:and|&|of|for)\s+)?)*"
        rf"(?:{heads})(?:\s+of(?:\s+[A-Z][\w’'-]*)+)?)"
    )


@cache
def _own_body() -> re.Pattern[str]:
    return re.compile("|".join(own_body_markers()))


@cache
def _organisation_before_verb() -> re.Pattern[str]:
    """A capitalised name owning members: "Unison has", "UNISON represent", "Young Labour now has"."""
    verbs = "|".join(sorted(words_of("organisation_verbs")))
    return re.compile(rf"(?P<name>(?:[A-Z][\w’'&-]*\s+)*[A-Z][\w’'&-]*)\s+(?:now\s+)?(?:{verbs})\b")


@cache
def _mentions_labour() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(words_of('labour_names'))})\b", re.IGNORECASE)


def report_organisation(report: ReportContext) -> str:
    """ "Labour" for NEC reports; for a union, CLP or branch report, the body the report names first."""
    named = _body_name().search(report.title or "")
    if named and not _is_labour(named.group("name")):
        return _clean_name(named.group("name"))
    head = report.text[report.start : min(report.end, report.start + 800)]
    if _own_body().search(head):
        return "Labour"  # a Labour NEC report that mentions a union or a CLP
    named = _body_name().search(head)
    return _clean_name(named.group("name")) if named and not _is_labour(named.group("name")) else "Labour"


def organisation_of(clause_text: str, default: str) -> str:
    """The body a figure counts: named in its clause ("UNISON represent ...", "Young Labour has"), else the default."""
    named = _ORGANISATION_AFTER_MEMBERS.search(clause_text)
    if named and named.group("name").lower() not in words_of("excluded_bodies"):
        return "Labour" if _is_labour(named.group("name")) else _clean_name(named.group("name"))
    owner = _owner_named(clause_text)
    if owner is not None:
        return owner
    return "Labour" if _mentions_labour().search(clause_text) else default


def _owner_named(clause_text: str) -> str | None:
    """ "Unison has ...", "GMB members ...": the first capitalised name that owns members, if any."""
    for pattern, strict in ((_organisation_before_verb(), False), (_ORGANISATION_BEFORE_MEMBERSHIP, True)):
        for match in pattern.finditer(clause_text):
            name = _clean_name(match.group("name"))
            if _is_labour(name):
                return "Labour"
            if _names_a_body(name, strict=strict):
                return name
    return None


def _names_a_body(name: str, *, strict: bool) -> bool:
    """A name of a body: an acronym ("GMB") or a name ending in Union, CLP, Party...; unless ``strict``, any
    proper name that owns members ("Unison has"). Never a committee or a bare "Union" (the report's own body)."""
    lower = name.lower()
    words = lower.split()
    if lower in words_of("excluded_bodies") | words_of("organisation_heads") | words_of("subgroup_words"):
        return False
    if words[0] in words_of("sentence_starters") or any(kind_of(Word(0, len(w), w)) for w in words):
        return False
    if (name.isupper() and len(name) >= 3) or words[-1] in words_of("organisation_heads"):
        return True
    return not strict and month_number(words[-1]) is None and words[-1] not in WEEKDAY_NUMBERS


def _is_labour(name: str) -> bool:
    return name.lower().strip() in words_of("labour_names")


def _clean_name(name: str) -> str:
    name = re.sub(r"^(?:The|the)\s+", "", name.strip())
    return name.rstrip("’'").strip()
