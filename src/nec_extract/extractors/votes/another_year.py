"""Tallies of a meeting in another year, told in passing ("Back in 2019 the NEC voted 24-6 for it"): not votes of
this meeting (SPEC: Votes)."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.language.calendar import MONTH_RE
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either


@cache
def _dated_year() -> re.Pattern[str]:
    links = either(decisions_vocabulary().tallies.another_year_links)
    return re.compile(
        rf"\b(?:{links})\s+(?:(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH_RE}\s+)?(?P<year>(?:19|20)\d\d)\b(?![-–/]\d)",
        re.IGNORECASE,
    )


def told_of_another_year(before: str, meeting_year: int | None) -> bool:
    """Whether the words of a sentence before a tally date it to a year before the meeting's ("in 2025" may be
    what the meeting decided for)."""
    if meeting_year is None:
        return False
    return any(int(m["year"]) < meeting_year for m in _dated_year().finditer(before))
