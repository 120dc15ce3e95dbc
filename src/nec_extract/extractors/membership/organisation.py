"""The body a figure counts: Labour, unless its clause or the report names another (a union, CLP, branch, party).

The report's body is the one its title names ("Eastfield Health Branch – AGM"), else the one whose meeting the
opening reports ("UNISON's national executive council met"), else Labour for an NEC report. "The party" in a
clause is the report's body when that is another party, else Labour.
"""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.membership.vocabulary import body_name_heads, own_body_markers, words_of
from nec_extract.extractors.membership.words import Word, kind_of
from nec_extract.language.calendar import WEEKDAY_NUMBERS
from nec_extract.language.dates import month_number
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.membership import membership_vocabulary
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
def _meeting_owner() -> re.Pattern[str]:
    """The body whose meeting is reported: "UNISON's national executive council", "GMB Congress", "EMLD AGM"."""
    meetings = alternation(words_of("meeting_bodies"))
    return re.compile(
        r"(?P<name>\b[A-Z][A-Z&]{2,}\b|\b[A-Z][a-z]+(?=['’]s\b))(?:['’]s)?\s+"
        rf"(?:(?:{alternation(membership_vocabulary().meeting_qualifiers)})\s+)?(?i:{meetings})\b"
    )


@cache
def _organisation_before_verb() -> re.Pattern[str]:
    """A capitalised name owning members: "Unison has", "UNISON represent", "Young Labour now has"."""
    verbs = "|".join(sorted(words_of("organisation_verbs")))
    return re.compile(rf"(?P<name>(?:[A-Z][\w’'&-]*\s+)*[A-Z][\w’'&-]*)\s+(?:now\s+)?(?:{verbs})\b")


@cache
def _mentions_labour() -> re.Pattern[str]:
    names = alternation(words_of("labour_names"))
    return re.compile(rf"\b(?:{names})\b", re.IGNORECASE)


@cache
def _mentions_a_party() -> re.Pattern[str]:
    names = alternation(words_of("generic_party_names"))
    return re.compile(rf"\b(?:{names})\b", re.IGNORECASE)


def report_organisation(report: ReportContext) -> str:
    """ "Labour" for NEC reports; for a union, CLP, branch or party report, the body the report names first."""
    title = report.title or ""
    head = report.text[report.start : min(report.end, report.start + 800)]
    named = _named_body(title)
    if named is not None:
        return named
    owner = _owner_of_meeting(title)
    if owner is not None:
        return _full_name(owner, head)  # "NUCW National Executive" → "National Union of Care Workers"
    if _own_body().search(title):
        return "Labour"
    return _body_of_the_opening(head)


def _body_of_the_opening(head: str) -> str:
    """The body whose meeting the opening reports ("UNISON's national executive met"), unless the NEC comes first;
    else Labour for an NEC report; else the body the opening names in full ("Allied Transport Workers' Union")."""
    nec = _own_body().search(head)
    owner = next((m for m in _meeting_owner().finditer(head) if _owner_of_meeting(m.group()) is not None), None)
    if owner is not None and (nec is None or owner.start() < nec.start()):
        return _full_name(owner.group("name"), head)
    if nec is not None:
        return "Labour"  # a Labour NEC report that mentions a union or a CLP
    return _named_body(head) or "Labour"


def _named_body(text: str) -> str | None:
    """The first body named in full, with at least one word before its head ("Eastfield Health Branch")."""
    for match in _body_name().finditer(text):
        name = _clean_name(match.group("name"))
        if not _is_labour(name) and len(name.split()) > 1:
            return name
    return None


def _full_name(acronym: str, text: str) -> str:
    """An acronym's full name where the text gives one ("NUCW" → "National Union of Care Workers")."""
    for match in _body_name().finditer(text):
        name = _clean_name(match.group("name"))
        if "".join(w[0] for w in name.split() if w[0].isupper()) == acronym:
            return name
    return acronym


def _owner_of_meeting(text: str) -> str | None:
    for match in _meeting_owner().finditer(text):
        name = match.group("name")
        ignored = words_of("excluded_bodies") | words_of("meeting_bodies") | words_of("subgroup_words")
        if not _is_labour(name) and name.lower() not in ignored:
            return name
    return None


def organisation_of(clause_text: str, default: str) -> str:
    """The body a figure counts: named in its clause ("UNISON represent ...", "Young Labour has"), else the default."""
    party = _the_party(default)
    named = _ORGANISATION_AFTER_MEMBERS.search(clause_text)
    if named and named.group("name").lower() not in words_of("excluded_bodies"):
        return _resolved(_clean_name(named.group("name")), party)
    owner = _owner_named(clause_text, party)
    if owner is not None:
        return owner
    if _mentions_labour().search(clause_text):
        return "Labour"
    return party if _mentions_a_party().search(clause_text) else default


def _the_party(default: str) -> str:
    """What "the party" means in a report of ``default``: that body if it is a party other than Labour."""
    is_a_party = default != "Labour" and default.lower().split()[-1] in words_of("party_heads")
    return default if is_a_party else "Labour"


def _resolved(name: str, party: str) -> str:
    if _is_labour(name):
        return "Labour"
    return party if name.lower() in words_of("generic_party_names") else name


def _owner_named(clause_text: str, party: str) -> str | None:
    """ "Unison has ...", "GMB members ...": the first capitalised name that owns members, if any."""
    for pattern, strict in ((_organisation_before_verb(), False), (_ORGANISATION_BEFORE_MEMBERSHIP, True)):
        for match in pattern.finditer(clause_text):
            name = _clean_name(match.group("name"))
            if _is_labour(name) or name.lower() in words_of("generic_party_names"):
                return _resolved(name, party)
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
