"""Minutes' own forms: recorded votes ("For: A, B"), proposer notes ("proposer: SI") and lines led by who
spoke ("SC: Suggested ...")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from nec_extract.extractors.speakers.heard import Heard
from nec_extract.extractors.speakers.offices import gazetteer_role
from nec_extract.extractors.speakers.vocabulary import vocabulary
from nec_extract.language.lexicon import alternation
from nec_extract.language.people import NAME_WORD, initials_map, person_words, resolve_name
from nec_extract.language.text import make_span
from nec_extract.page.context import ReportContext


@cache
def _listing_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A recorded vote's line ("Against: A, B") and a proposer note ("seconder: Jo Bloggs")."""
    vocab = vocabulary()
    labels = alternation(vocab.vote_list_labels)
    vote_line = re.compile(rf"^[ \t]*(?:{labels})[ \t]*[:–-][ \t]*(?P<names>[^\n]+)$", re.IGNORECASE | re.MULTILINE)
    roles = alternation(vocab.minute_roles)
    minute_role = re.compile(
        rf"\b(?:{roles})[ \t]*:[ \t]*(?P<names>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}}|[A-Z]{{2,4}}\b)", re.IGNORECASE
    )
    return vote_line, minute_role


def minutes_speakers(report: ReportContext) -> list[Heard]:
    """Everyone a recorded vote or proposer note lists, and who leads a minutes line with a speech verb."""
    vocab = vocabulary()
    page = report.text
    heard: list[Heard] = []
    for pattern in _listing_patterns():
        for match in pattern.finditer(page, report.start, report.end):
            heard.extend(_listed_people(report, match.start("names"), match.end("names")))
    for match in _MINUTE_LINE.finditer(page, report.start, report.end):
        if match.group("verb").casefold() in vocab.speech_forms:
            heard.extend(_listed_people(report, match.start("names"), match.end("names")))
    return heard


_MINUTE_LINE = re.compile(
    rf"^[ \t]*(?P<names>[A-Z]{{2,4}}|{NAME_WORD}[ \t]+{NAME_WORD})[ \t]*:[ \t]*(?P<verb>[A-Za-z]+)", re.MULTILINE
)


_LIST_ITEM = re.compile(r"[^,;.()]+")


def _listed_people(report: ReportContext, start: int, end: int) -> Iterator[Heard]:
    page = report.text
    for item in _LIST_ITEM.finditer(page, start, end):
        for part in re.split(r"\s+and\s+", item.group()):
            text = part.strip()
            if not text:
                continue
            offset = page.find(text, item.start())
            words = person_words(text)
            name: str | None = None
            if re.fullmatch(r"[A-Z]{2,4}", text):
                name = initials_map(page).get(text)
            elif len(words) >= 2 and " ".join(words) in text:
                name = resolve_name(" ".join(words), page, offset)
            if name:
                yield Heard(name, gazetteer_role(name, report), False, make_span(page, offset, offset + len(text)))
