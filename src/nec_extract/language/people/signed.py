"""The author a page names only at its edges: its own web address spelling a name the page gives, a copyright
line, a closing line that says who the writer is ("Jo Bloggs is a CLP representative on Labour's NEC."), or a
signature led by a dash or followed by the site's links."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.language.lexicon.names import names_vocabulary
from nec_extract.language.people.author import author_names
from nec_extract.language.people.forms import NAME_WORD, page_names
from nec_extract.language.people.titles import role_heads

_FULL_NAME = rf"{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}}"
# a site's own address: "jobloggs.org.uk", "jo-bloggs.blog"
_ADDRESS = re.compile(r"(?<![\w@.])(?:www\.)?(?P<label>[a-z][a-z-]{3,40})\.[a-z]{2,6}(?:\.[a-z]{2})?\b", re.IGNORECASE)
_COPYRIGHT = re.compile(rf"(?:©|\([cC]\)|[Cc]opyright)[ \t]*(?:(?:19|20)\d\d[ \t]*)?(?P<name>{_FULL_NAME})")
# "Jo Bloggs is a CLP representative on Labour's NEC.", "About the author: Jo Bloggs sits on the NEC.", "(Jo
# Bloggs is a member of the NEC.)"
_WHO_WRITES = re.compile(
    rf"^[ \t]*(?:[A-Za-z ]{{3,25}}:[ \t]*)?[(*_]?(?P<name>{_FULL_NAME})[ \t]+(?:is|sits|serves|represents)[ \t]"
    rf"[^\n]{{3,200}}$"
)
# "– Jo Bloggs, CLP representative", "— Jo Bloggs (Unite)", a bare "Jo Bloggs"
_DASHED = re.compile(rf"^[ \t]*(?:[–—-]+[ \t]*)?(?P<name>{_FULL_NAME})[ \t]*(?:[,(][^\n]{{0,80}})?$")
# "Jo Bloggs | CLP representative on the NEC"
_NAME_AND_OFFICE = re.compile(rf"^[ \t]*(?P<name>{_FULL_NAME})[ \t]*[|,–—][ \t]*(?P<office>[^\n]{{3,80}})$")
# a row of the site's links under a post: "Read my earlier reports | Subscribe by email"
_LINK_ROW = re.compile(r"[^\n]*(?:[ \t][|·•][ \t][^\n]*)+")

_CLOSING_LINES = 8
_OFFICE_WORDS = 8


def edge_author(page: str, start: int, end: int) -> str | None:
    """The author's name from the edges of the page whose report runs from ``start`` to ``end``, else None."""
    return (
        _site_owner(page)
        or _copyright_holder(page)
        or _closing_signature(page[start:end])
        or _closing_signature(page[start:])
    )


def _site_owner(page: str) -> str | None:
    """A full name the page gives that its own address spells: "jobloggs.org.uk" and "Jo Bloggs"."""
    labels = {m.group("label").replace("-", "").casefold() for m in _ADDRESS.finditer(page)}
    if not labels:
        return None
    for name in {n.text for n in page_names(page)}:
        if "".join(name.split()).casefold() in labels:
            return author_names(name)
    return None


def _copyright_holder(page: str) -> str | None:
    match = _COPYRIGHT.search(page)
    return author_names(match.group("name")) if match else None


def _closing_signature(text: str) -> str | None:
    """A closing line that says who the writer is, a dash-led signature, or a name over an office at the end."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()][-_CLOSING_LINES:]
    while lines and (_LINK_ROW.fullmatch(lines[-1]) or _address_line(lines[-1])) and not _signature_line(lines[-1]):
        lines.pop()
    for line in reversed(lines):
        match = _WHO_WRITES.match(line) or _signature_line(line)
        name = author_names(match.group("name")) if match and _named_only_here(text, match.group("name")) else None
        if name:
            return name  # not an office read as a name ("Assistant General Secretary (Political)")
    return _name_over_office(lines)


def _address_line(line: str) -> bool:
    """ "Transport House, 40 Canal Street, Sholton" under a signature: a number, then a street's name."""
    return bool(_street().search(line))


@cache
def _street() -> re.Pattern[str]:
    words = "|".join(re.escape(w.capitalize()) for w in names_vocabulary().street_words)
    return re.compile(rf"\b\d{{1,4}}[a-z]?[ \t]+(?:{NAME_WORD}[ \t]+){{1,3}}(?:{words})\b")


def _signature_line(line: str) -> re.Match[str] | None:
    match = _NAME_AND_OFFICE.match(line)
    if match and _names_an_office(match.group("office")):
        return match
    return _DASHED.match(line)


def _named_only_here(body: str, name: str) -> bool:
    """The writer does not name themself in their own account; a speaker is named before the closing line."""
    return body.count(name) == 1


def _name_over_office(lines: list[str]) -> str | None:
    """ "Jo Bloggs" / "CLP representative on the NEC" as the last lines (once the site's links are dropped)."""
    for size in (2, 3):
        if len(lines) < size:
            continue
        name, *offices = lines[-size:]
        signed = re.fullmatch(_FULL_NAME, name.rstrip(","))
        if signed and all(_names_an_office(office) for office in offices):
            return author_names(signed.group())
    return None


@cache
def _office_words() -> frozenset[str]:
    return role_heads() | frozenset(names_vocabulary().representative_nouns)


def _names_an_office(line: str) -> bool:
    words = line.split()
    return len(words) <= _OFFICE_WORDS and any(w.strip(",.").casefold() in _office_words() for w in words)
