"""Two candidates' totals laid out as lines under the line announcing the result ("A secret ballot was held, with
the result:" / "Ann Lee  12" / "Raj Patel  8"), or above a line saying one of them was elected ("Boyce" / "41" /
"Obi" / "37" / "Boyce elected"): an election decided by the meeting, one tally, the winner's votes for and the
other's against (SPEC: Rulings, Votes)."""

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
    """Each run of two candidates' totals right under an announcing line, or right above a line saying one of them
    was elected: the lines, and the election's tally. A total is a line ("Ann Lee  12") or a name over its count
    ("Boyce" / "41")."""
    lines = [line for line in lines_of(report.sentences) if line.text.strip()]
    found = []
    for index, line in enumerate(lines[:-_CANDIDATES]):
        entries = _entries(lines, index + 1)
        if len(entries) != _CANDIDATES:
            continue
        after = lines[entries[-1][1] + 1].text if entries[-1][1] + 1 < len(lines) else ""
        if not (_announces(line.text) or _one_elected(after, [name for _, _, name, _ in entries])):
            continue
        counts = sorted((count for _, _, _, count in entries), reverse=True)
        tally = Tally(0, 0, for_=counts[0], against=counts[1], outcome=Outcome.CARRIED)
        found.append((lines[entries[0][0]], lines[entries[-1][1]], tally))
    return found


def _entries(lines: list[Sentence], at: int) -> list[tuple[int, int, str, int]]:
    """The candidates' totals from line ``at`` on, as (first line, last line, name, count); [] when there are more
    than two (a contest of more is no tally of for and against)."""
    entries: list[tuple[int, int, str, int]] = []
    while at < len(lines):
        whole = _CANDIDATE_TOTAL.fullmatch(lines[at].text.strip())
        named = _NAME_ALONE.fullmatch(lines[at].text.strip())
        count = _COUNT_ALONE.fullmatch(lines[at + 1].text.strip()) if at + 1 < len(lines) else None
        if whole is not None:
            entries.append((at, at, whole["name"], int(whole["count"])))
            at += 1
        elif named is not None and count is not None:
            entries.append((at, at + 1, named.group(), int(count["count"])))
            at += 2
        else:
            break
        if len(entries) > _CANDIDATES:
            return []
    return entries


def _one_elected(line: str, names: list[str]) -> bool:
    """ "Adaeze Obi elected", "Marcus Feeney was declared elected.": the line names one of the candidates elected."""
    if _ELECTED.search(line) is None:
        return False
    return any(re.search(rf"\b{re.escape(name.split()[-1])}\b", line) for name in names)


_ELECTED = re.compile(r"\belected\b", re.IGNORECASE)
# a tally's labels and totals, which open a line as a name does ("For 12", "Turnout 41")
_NOT_A_NAME = r"For|Against|In|Abstain\w*|Abstentions?|Total|Turnout|Spoilt"
# "Boyce", "Helen Boyce": a capitalised name alone on its line, its count on the next ("41", "41 votes")
_NAME_ALONE = re.compile(
    rf"(?!(?:{_NOT_A_NAME}|Carried|Lost|Agreed|Result|Motion)\b)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,4}}"
)
_COUNT_ALONE = re.compile(r"(?P<count>\d{1,3})(?:\s+votes?)?\.?")


# "Ann Lee  12", "Cllr Raj Patel – 8 votes": a capitalised name, then a count (not "For 12", "Against: 9")
_CANDIDATE_TOTAL = re.compile(
    rf"(?!(?:{_NOT_A_NAME})\b)"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4})\s*[:–—-]?\s*(?P<count>\d{1,3})(?:\s+votes?)?\.?"
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
