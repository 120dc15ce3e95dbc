"""Two stacked headings of the same shape that name two bodies meeting in the same period: "Women's Committee,
June 2012" over "Equalities Committee, June 2012" (the SPEC's ruling: stacked headings that name different
bodies start two reports). A title over a subtitle naming the same meeting in other words ("NEC Report – 24 May
2022" over "National Executive Committee – 24 May 2022") is not of the same shape."""

from __future__ import annotations

import re

from nec_extract.language.dates import find_candidates, parse_parts
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.pages import pages_vocabulary

_WORDS = pages_vocabulary()
_BODY_WORD = re.compile(rf"^(?:{alternation(_WORDS.body_words)})$", re.IGNORECASE)
_WORD = re.compile(r"[\w'’&-]+")


def parallel_bodies(upper: str | None, lower: str) -> bool:
    """Both headings write the same date and, before it, end in the same body word ("Committee"), the words
    before it naming two different bodies ("Women's", "Equalities"), neither name within the other."""
    if upper is None:
        return False
    upper_name, upper_date = _name_and_date(upper)
    lower_name, lower_date = _name_and_date(lower)
    if upper_date is None or upper_date != lower_date or not upper_name or not lower_name:
        return False
    # the body word may close a compound ("Sub-Committee")
    if upper_name[-1].lower() != lower_name[-1].lower() or not _BODY_WORD.match(upper_name[-1].split("-")[-1]):
        return False
    upper_qualifier, lower_qualifier = _lowered(upper_name[:-1]), _lowered(lower_name[:-1])
    if not upper_qualifier or not lower_qualifier:
        return False
    return not set(upper_qualifier) & set(lower_qualifier)


def _name_and_date(title: str) -> tuple[list[str], object]:
    """The words before the title's last date expression, and the date's parts."""
    found = find_candidates(title, 0, len(title), [])
    if not found:
        return [], None
    last = found[-1]
    if title[last.end :].strip(" .,)"):
        return [], None
    return _WORD.findall(title[: last.start]), parse_parts(last.match.group())


def _lowered(words: list[str]) -> list[str]:
    return [word.lower() for word in words]
