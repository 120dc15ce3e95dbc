"""Movers' and seconders' names: the fullest form of a name a motion gives, from the speakers or the page."""

from __future__ import annotations

import re

from nec_extract.language.people import initials_map
from nec_extract.language.people import resolve_name as resolve_on_page
from nec_extract.models import Speaker


def resolve_name(name: str, page: str, speakers: list[Speaker]) -> str:
    """The fullest form of ``name``: a speaker whose name extends it, else the page's fullest form;
    initials ("SI") resolve to the name they abbreviate."""
    if re.fullmatch(r"[A-Z]{2,3}", name):
        return initials_map(page).get(name, name)
    words = name.split()
    for speaker in speakers:
        full = (speaker.name or "").split()
        if len(full) > len(words) and (full[: len(words)] == words or full[-len(words) :] == words):
            return " ".join(full)
    return resolve_on_page(name, page)
