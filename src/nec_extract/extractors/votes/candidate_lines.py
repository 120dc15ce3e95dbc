"""Two candidates' totals laid out as lines under the line announcing the result ("A secret ballot was held, with
the result:" / "Ann Lee  12" / "Raj Patel  8"): an election decided by the meeting, one tally, the winner's votes
for and the other's against (SPEC: Rulings, Votes)."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.votes.recorded import lines_of
from nec_extract.extractors.votes.tally import Tally
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.text import Sentence
from nec_extract.models import Outcome
from nec_extract.page.context import ReportContext

_CANDIDATES = 2  # a contest of more is no tally of for and against


def candidate_lines(report: ReportContext) -> list[tuple[Sentence, Sentence, Tally]]:
    """Each run of two candidate lines right under an announcing line: the lines, and the election's tally."""
    lines = [line for line in lines_of(report.sentences) if line.text.strip()]
    found = []
    for index, line in enumerate(lines[:-_CANDIDATES]):
        run = lines[index + 1 : index + 1 + _CANDIDATES + 1]
        totals = [_total(candidate) for candidate in run[:_CANDIDATES]]
        if not _announces(line.text) or None in totals or (len(run) > _CANDIDATES and _total(run[-1]) is not None):
            continue
        counts = sorted((count for count in totals if count is not None), reverse=True)
        tally = Tally(0, 0, for_=counts[0], against=counts[1], outcome=Outcome.CARRIED)
        found.append((run[0], run[_CANDIDATES - 1], tally))
    return found


def _total(line: Sentence) -> int | None:
    match = _CANDIDATE_TOTAL.fullmatch(line.text.strip())
    return int(match["count"]) if match else None


# "Ann Lee  12", "Cllr Raj Patel – 8 votes": a capitalised name, then a count (not "For 12", "Against: 9")
_CANDIDATE_TOTAL = re.compile(
    r"(?!(?:For|Against|In|Abstain\w*|Abstentions?|Total|Turnout|Spoilt)\b)"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}\s*[:–—-]?\s*(?P<count>\d{1,3})(?:\s+votes?)?\.?"
)


def _announces(text: str) -> bool:
    """The line before the totals says what follows is a vote's result, ending in a colon or as a heading does
    ("Election of Chair" over "Sam Nkemelu: 14 votes" / "Laura Pike: 9 votes")."""
    line = text.rstrip()
    heading = len(line.split()) <= _HEADING_WORDS and not line.endswith((".", "?", "!", ";", ","))
    return (line.endswith(":") or heading) and _cue().search(text) is not None


_HEADING_WORDS = 8


@cache
def _cue() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{either(decisions_vocabulary().tallies.candidate_list_cues)})\b", re.IGNORECASE)
