"""The name a text signs with at its close (:func:`signature`: under a sign-off, a name over its office, a dated
name, a closing byline), and the author a page names only at its edges (:func:`edge_author`): its own web address
spelling a name the page gives, a copyright line, a closing line that says who the writer is ("Jo Bloggs is a CLP
representative on Labour's NEC."), or a signature led by a dash or followed by the site's links."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.names import names_vocabulary
from nec_extract.language.people.author import author_names
from nec_extract.language.people.forms import FULL_NAME, NAME_WORD, page_names
from nec_extract.language.people.titles import honours_re, role_heads

# two to four name words, no initials: a name at the page's edge
_EDGE_NAME = rf"{NAME_WORD}(?:[ \t]+{NAME_WORD}){{1,3}}"
# a site's own address: "jobloggs.org.uk", "jo-bloggs.blog"
_ADDRESS = re.compile(r"(?<![\w@.])(?:www\.)?(?P<label>[a-z][a-z-]{3,40})\.[a-z]{2,6}(?:\.[a-z]{2})?\b", re.IGNORECASE)
_COPYRIGHT = re.compile(rf"(?:©|\([cC]\)|[Cc]opyright)[ \t]*(?:(?:19|20)\d\d[ \t]*)?(?P<name>{_EDGE_NAME})")
# "Jo Bloggs is a CLP representative on Labour's NEC.", "About the author: Jo Bloggs sits on the NEC.", "(Jo
# Bloggs is a member of the NEC.)"
_WHO_WRITES = re.compile(
    rf"^[ \t]*(?:[A-Za-z ]{{3,25}}:[ \t]*)?[(*_]?(?P<name>{_EDGE_NAME})[ \t]+(?:is|sits|serves|represents)[ \t]"
    rf"[^\n]{{3,200}}$"
)
# "– Jo Bloggs, CLP representative", "— Jo Bloggs (Unite)", a bare "Jo Bloggs"
_DASHED = re.compile(rf"^[ \t]*(?:[–—-]+[ \t]*)?(?P<name>{_EDGE_NAME})[ \t]*(?:[,(][^\n]{{0,80}})?$")
# "Jo Bloggs | CLP representative on the NEC"
_NAME_AND_OFFICE = re.compile(rf"^[ \t]*(?P<name>{_EDGE_NAME})[ \t]*[|,–—][ \t]*(?P<office>[^\n]{{3,80}})$")
# a row of the site's links under a post: "Read my earlier reports | Subscribe by email"
_LINK_ROW = re.compile(r"[^\n]*(?:[ \t][|·•][ \t][^\n]*)+")

_CLOSING_LINES = 8


def edge_author(page: str, start: int, end: int) -> str | None:
    """The author's name from the edges of the page whose report runs from ``start`` to ``end``, else None."""
    return (
        _site_owner(page)
        or _copyright_holder(page)
        or _closing_signature(page[start:end])
        or _closing_signature(page[start:])
    )


# how many lines below a sign-off the writer's name may be, and how many lines may follow it (a role, a ward)
_SIGNATURE_GAP = 1
_AFTER_SIGNATURE = 3


def signature(closing: str) -> str | None:
    """The name signed under a sign-off in the closing lines of a text ("Best wishes," / "Jo Bloggs" / "CLP rep"),
    a last paragraph that is a name and the office it signs with ("Pat Doyle" / "CLP representative"), a
    last line that is a name and the day it was written ("Jo Bloggs (CLP rep), 14/03/2019"), or a byline closing
    the text ("Posted by Jo Bloggs, youth rep for the North West")."""
    return _signed_off(closing) or _signature_block(closing) or _dated_signature(closing) or _closing_byline(closing)


@cache
def _closing_byline_pattern() -> re.Pattern[str]:
    """A byline as a text's last line: an opener, the name, then nothing, an affiliation after a comma or in
    brackets, or the day or hour of posting ("Posted by Jo Bloggs at 21:48", "Written by Jo Bloggs (Unite)")."""
    openers = alternation(names_vocabulary().closing_byline_openers)
    return re.compile(
        rf"^[ \t]*(?i:{openers})[ \t]+(?P<name>{FULL_NAME})"
        r"(?:[ \t]*,[^\n]{1,60}|[ \t]*\([^)\n]{1,60}\)|[ \t]+(?i:on|at)\b[^\n]{1,30})?[ \t.]*$"
    )


def _closing_byline(closing: str) -> str | None:
    lines = [line for line in closing.splitlines() if line.strip()]
    match = _closing_byline_pattern().match(lines[-1]) if lines else None
    return author_names(match.group("name")) if match else None


# "Jo Bloggs, 14 March 2019", "Jo Bloggs (Unite) – 14/03/2019": a name, an affiliation, the day of writing
_DATED_SIGNATURE = re.compile(
    rf"^[ \t]*(?P<name>{FULL_NAME})[ \t]*(?:\([^)\n]{{1,60}}\))?[ \t]*[,–—-][ \t]*"
    rf"(?=[^\n]*(?:(?:19|20)\d\d|\d[./-]\d\d?[./-]\d\d))[\w ,./-]{{6,30}}[ \t]*$"
)


def _dated_signature(closing: str) -> str | None:
    lines = [line for line in closing.splitlines() if line.strip()]
    match = _DATED_SIGNATURE.match(lines[-1]) if lines else None
    return author_names(match.group("name")) if match else None


def _signature_block(closing: str) -> str | None:
    block = [line.strip() for line in re.split(r"\n[ \t]*\n", closing.strip())[-1].splitlines() if line.strip()]
    if not 2 <= len(block) <= 1 + _AFTER_SIGNATURE or not _signed_name().fullmatch(block[0]):
        return None
    offices = block[1:]
    if not all(_names_an_office(line, role_heads()) for line in offices):
        return None
    return author_names(block[0].rstrip(","))


def _signed_off(closing: str) -> str | None:
    lines = [line.strip() for line in closing.splitlines() if line.strip()]
    sign_offs = frozenset(names_vocabulary().sign_offs)
    for index, line in enumerate(lines):
        sign_off = " ".join(line.rstrip(",.!").casefold().split())  # "In  solidarity," too
        if sign_off not in sign_offs or len(lines) - index - 1 > _SIGNATURE_GAP + _AFTER_SIGNATURE:
            continue
        for candidate in lines[index + 1 : index + 2 + _SIGNATURE_GAP]:
            name = author_names(candidate.rstrip(",")) if _signed_name().fullmatch(candidate) else None
            if name:
                return name
    return None


@cache
def _signed_name() -> re.Pattern[str]:
    """A line that is a name, maybe with a title before it and honours after it: "Cllr Jo Bloggs MP"."""
    return re.compile(rf"(?:\S+[ \t]+)?{FULL_NAME}(?:[ \t]+(?:{honours_re()}))*[ \t]*,?")


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
    if match and _names_an_office(match.group("office"), _edge_office_words()):
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
        signed = re.fullmatch(_EDGE_NAME, name.rstrip(","))
        if signed and all(_names_an_office(office, _edge_office_words()) for office in offices):
            return author_names(signed.group())
    return None


# the words an office signed under a name may run to: "CLP representative on the NEC"
_OFFICE_WORDS = 8


def _names_an_office(line: str, office_words: frozenset[str]) -> bool:
    """A short line with a word of an office: "CLP representative on the NEC", "Secretary, Eastfield ward"."""
    words = line.split()
    return len(words) <= _OFFICE_WORDS and any(w.strip(",.").casefold() in office_words for w in words)


@cache
def _edge_office_words() -> frozenset[str]:
    """The words of an office signed at the page's edge: a role's head ("secretary", "rep") or a representative's
    noun ("member"). A name over its office in a last paragraph under a sign-off (:func:`_signature_block`) takes a
    role's head only."""
    return role_heads() | frozenset(names_vocabulary().representative_nouns)
