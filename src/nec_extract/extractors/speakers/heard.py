"""Mentions that make someone a speaker, merged into one speaker per person."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from nec_extract.extractors.speakers.offices import gazetteer_role
from nec_extract.language.people import role_key
from nec_extract.models import Span, Speaker
from nec_extract.page.context import ReportContext


@dataclass
class Heard:
    """One mention that makes someone a speaker."""

    name: str | None
    role: str | None
    is_author: bool
    span: Span


def merge(report: ReportContext, heard: Iterable[Heard]) -> list[Speaker]:
    """One speaker per person (or per unnamed role, or the unnamed author), mentions in page order."""
    speakers: dict[str, Speaker] = {}
    for item in sorted(heard, key=lambda h: h.span.start):
        key = _key(item)
        speaker = speakers.get(key)
        if speaker is None:
            role = item.role or (gazetteer_role(item.name, report) if item.name else None)
            speaker = Speaker(name=item.name, role=role, is_author=item.is_author, mentions=[])
            speakers[key] = speaker
        if item.is_author:
            speaker.is_author = True
        if speaker.role is None and item.role:
            speaker.role = item.role
        if not any(m.start < item.span.end and item.span.start < m.end for m in speaker.mentions):
            speaker.mentions.append(item.span)
    return list(speakers.values())


def _key(item: Heard) -> str:
    if item.name:
        return "name:" + " ".join(item.name.split()).casefold()
    if item.is_author:
        return "author"
    return "role:" + role_key(item.role or "")
