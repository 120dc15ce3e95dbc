"""Minutes' own forms: proposer notes ("proposer: SI"), who chaired ("In the chair: Jo Bloggs", "Jo Bloggs – in the
chair") and lines led by who spoke ("SC: Suggested ...")."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.speakers.heard import Heard
from nec_extract.extractors.speakers.listing import listed_people
from nec_extract.extractors.speakers.vocabulary import vocabulary
from nec_extract.language.lexicon import alternation
from nec_extract.language.people import NAME_WORD
from nec_extract.page.context import ReportContext

_NAME = rf"{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}}"

# a minutes line led by who spoke: "SC: Suggested we ...", "Jo Bloggs: reported that ..."
_MINUTE_LINE = re.compile(
    rf"^[ \t]*(?P<names>[A-Z]{{2,4}}|{NAME_WORD}[ \t]+{NAME_WORD})[ \t]*:[ \t]*(?P<verb>[A-Za-z]+)", re.MULTILINE
)
# "Jo Bloggs – in the chair", "Jo Bloggs (Chair)" in a list of who attended
_IN_THE_CHAIR = re.compile(
    rf"(?P<names>{_NAME})[ \t]*(?:[-–—,][ \t]*\(?|\()[ \t]*(?i:in[ \t]+the[ \t]+chair|chair(?:man|woman|person)?\))"
)


# an agenda line that names who presents it: "II. Treasurer's report (Bob) 15 min", "4. Housing update (Jo Bloggs)"
_PRESENTER = re.compile(
    rf"^[ \t]*(?:[A-Za-z0-9]{{1,4}}[.)][ \t]*)?[^\n()]{{3,80}}?\((?P<names>{_NAME})\)"
    rf"[ \t]*(?:[-–—:]?[ \t]*\d+[ \t]*(?:min|mins|minutes))?[ \t]*$",
    re.MULTILINE,
)


@cache
def _proposer_note() -> re.Pattern[str]:
    roles = alternation(vocabulary().minute_roles)
    return re.compile(rf"\b(?:{roles})[ \t]*:[ \t]*(?P<names>{_NAME}|[A-Z]{{2,4}}\b)", re.IGNORECASE)


@cache
def _chair_line() -> re.Pattern[str]:
    labels = alternation(vocabulary().chair_labels)
    return re.compile(
        rf"^[ \t]*(?:\(?[A-Za-z0-9]{{1,3}}[.)][ \t]*)?(?:{labels})[ \t]*[:–—-][ \t]*(?P<names>[^\n]+)$",
        re.IGNORECASE | re.MULTILINE,
    )


def minutes_speakers(report: ReportContext) -> list[Heard]:
    """Proposers and seconders noted, who chaired, who presents an agenda item, and who leads a minutes line
    with a speech verb."""
    page = report.text
    heard: list[Heard] = []
    for match in _proposer_note().finditer(page, report.start, report.end):
        heard.extend(listed_people(report, *match.span("names")))
    for pattern in (_chair_line(), _IN_THE_CHAIR):
        for match in pattern.finditer(page, report.start, report.end):
            heard.extend(listed_people(report, *match.span("names"), first_only=True))
    for match in _PRESENTER.finditer(page, report.start, report.end):
        heard.extend(listed_people(report, *match.span("names"), full_names_only=True))
    for match in _MINUTE_LINE.finditer(page, report.start, report.end):
        if match.group("verb").casefold() in vocabulary().speech_forms:
            heard.extend(listed_people(report, *match.span("names")))
    return heard
