"""Page furniture above a report's first paragraph: bylines, datelines, breadcrumbs, a site's name."""

from __future__ import annotations

import re

from nec_extract.language.dates import parse_parts
from nec_extract.language.lexicon import alternation, pattern_alternation
from nec_extract.language.lexicon.pages import pages_vocabulary

_WORDS = pages_vocabulary()
_FURNITURE = re.compile(rf"^(?:{pattern_alternation(_WORDS.furniture_openers)})|›|»|\|", re.IGNORECASE)
_BYLINE_ROLE = re.compile(rf"\b(?:{alternation(_WORDS.byline_roles)})\b")
_DATELINE_WORDS = 8


def is_page_furniture(text: str) -> bool:
    """Bylines, datelines, breadcrumbs and blog names that sit above a report's first paragraph."""
    if _FURNITURE.search(text):
        return True
    parts = parse_parts(text)
    if parts is not None and len(text.split()) <= _DATELINE_WORDS:
        return True
    return bool(_BYLINE_ROLE.search(text))
