"""A decision its own clause dates to an earlier month ("The NEC approved the scheme in January", read in a report
of a March meeting): a decision of an earlier meeting, told as background (issue 13: "agreed in March")."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from nec_extract.language.calendar import FULL_MONTH_RE, MONTH_NUMBERS
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either


@cache
def _month_after() -> re.Pattern[str]:
    """ "in January", "at its January meeting", "back in March": a month after the decision verb, within its
    clause, with no infinitive or purpose between ("agreed to hold it in July" is a plan, not a date)."""
    between = either(decisions_vocabulary().motions.plan_words_before_a_month)
    return re.compile(
        rf"^(?:(?!\b(?:{between})\b)[^,;.:–—])*?\b(?:in|at\s+(?:its|the|their)|back\s+in)\s+(?P<month>{FULL_MONTH_RE})\b",
        re.IGNORECASE,
    )


def dated_to_an_earlier_month(after_verb: str, meeting: date | None) -> bool:
    """Whether the words after a decision verb date it to a month before the meeting's (the same year assumed)."""
    if meeting is None:
        return False
    match = _month_after().match(after_verb)
    return match is not None and MONTH_NUMBERS[match["month"].lower()] < meeting.month
