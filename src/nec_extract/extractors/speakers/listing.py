"""The people a list on the page names (a roll call, a proposer note, a chair line), as speakers' mentions:
initials resolved through the page's declared initials, other names to the fullest form the page gives."""

from __future__ import annotations

import re
from collections.abc import Iterator

from nec_extract.extractors.speakers.heard import Heard
from nec_extract.extractors.speakers.offices import gazetteer_role
from nec_extract.language.people import initials_map, resolve_name
from nec_extract.language.people.listed import list_items, listed_name
from nec_extract.language.text import make_span
from nec_extract.page.context import ReportContext

_INITIALS = re.compile(r"[A-Z]{2,4}")


def listed_people(
    report: ReportContext, start: int, end: int, *, first_only: bool = False, full_names_only: bool = False
) -> Iterator[Heard]:
    """A mention for each person the list ``page[start:end]`` names; ``first_only``: the first item alone;
    ``full_names_only``: a single word only where the page gives its fuller form ("Bob" -> "Bob Stuller")."""
    page = report.text
    items = list_items(page[start:end])
    for offset, item in items[:1] if first_only else items:
        name = _resolved(page, item, start + offset)
        if name and (len(name.split()) > 1 or not full_names_only):
            span = make_span(page, start + offset, start + offset + len(item))
            yield Heard(name, gazetteer_role(name, report), False, span)


def is_name_list(text: str) -> bool:
    """Two or more items, most of them people's names: "Ames, Bell, Cole" but not "rents, rates and fees"."""
    items = list_items(text)
    named = sum(1 for _, item in items if listed_name(item) or _INITIALS.fullmatch(item))
    return len(items) >= 2 and named * 3 >= len(items) * 2


def _resolved(page: str, item: str, offset: int) -> str | None:
    if _INITIALS.fullmatch(item):
        return initials_map(page).get(item)
    name = listed_name(item)
    return resolve_name(name, page, offset) if name else None
