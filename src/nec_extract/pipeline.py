"""The one place that runs everything: page text in, a validated :class:`Document` out."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING

from nec_extract.extractors.dates import extract_dates
from nec_extract.extractors.membership import extract_membership
from nec_extract.extractors.motions import extract_motions
from nec_extract.extractors.speakers import extract_speakers
from nec_extract.extractors.votes import extract_votes
from nec_extract.language.datenorm import YEAR_RE, YearHints, first_day
from nec_extract.language.text import split_sentences
from nec_extract.models import DateMention, Document, InputFormat, Report, ReportSpan
from nec_extract.page.author import find_author
from nec_extract.page.context import PageFacts, ReportContext
from nec_extract.page.dateline import find_published
from nec_extract.page.meeting_date import MeetingDateInput, find_meeting_date
from nec_extract.page.segment import ReportBlock, segment

if TYPE_CHECKING:
    from spacy.tokens import Doc


def spacy_parser(texts: Iterable[str]) -> Iterator[Doc]:
    from nec_extract.language.nlp import load_nlp

    return iter(load_nlp().pipe(texts, batch_size=64))


def extract(
    text: str, source: str = "<text>", *, encoding: str | None = None, input_format: InputFormat = "text"
) -> Document:
    """Extract every record the SPEC defines from one page of text."""
    blocks = segment(text)
    first_start = blocks[0].start if blocks else None
    first_title = blocks[0].title if blocks else None
    page = PageFacts(
        text=text, author=find_author(text, first_start, first_title), published=find_published(text, first_start)
    )
    meeting_dates = _meeting_dates(text, blocks, page.published)
    page.report_dates = [first_day(m) for m in meeting_dates]
    reports = [
        _report(page, block, index, meeting_date)
        for index, (block, meeting_date) in enumerate(zip(blocks, meeting_dates, strict=True))
    ]
    document = Document(
        source=source,
        author=page.author,
        published=page.published.isoformat() if page.published else None,
        encoding=encoding,
        input_format=input_format,
        reports=reports,
    )
    # every span is checked against the text it claims to quote
    return Document.model_validate(document.model_dump(by_alias=True), context={"text": text})


def _report(page: PageFacts, block: ReportBlock, index: int, meeting_date: DateMention | None) -> Report:
    context = ReportContext(
        page=page,
        start=block.start,
        end=block.end,
        title=block.title,
        # the heading apart: a body that runs on under it without a blank line must not join it
        sentences=split_sentences(page.text, block.start, block.body_start)
        + split_sentences(page.text, block.body_start, block.end),
        index=index,
        meeting_date=meeting_date,
        parser=spacy_parser,
    )
    votes = extract_votes(context)
    speakers = extract_speakers(context)
    context.release_docs()  # the speakers parse most sentences; later extractors parse the few they need
    return Report(
        title=block.title,
        span=ReportSpan(start=block.start, end=block.end),
        meeting_date=meeting_date,
        speakers=speakers,
        motions=extract_motions(context, votes, speakers),
        votes=votes,
        membership=extract_membership(context),
        dates=extract_dates(context),
    )


def _meeting_dates(text: str, blocks: list[ReportBlock], published: date | None) -> list[DateMention | None]:
    """Meeting dates: first those the page states outright, then those whose year comes from the
    neighbouring reports (bounded by the page's order when it runs newest first)."""
    years = [_years_in(text, block) for block in blocks]
    first = [
        find_meeting_date(
            _meeting_input(text, block, YearHints(published=published, page_years=years[i]), final_pass=False)
        )
        for i, block in enumerate(blocks)
    ]
    known = [first_day(m) for m in first]
    newest_first = _runs_newest_first(known)
    resolved: list[DateMention | None] = []
    for i, block in enumerate(blocks):
        if first[i] is not None:
            resolved.append(first[i])
            continue
        neighbours = [d for j, d in enumerate(known) if d is not None and j != i]
        hints = YearHints(published=published, neighbours=neighbours, page_years=years[i])
        if newest_first:
            above = [d for d in known[:i] if d is not None]
            below = [d for d in known[i + 1 :] if d is not None]
            hints.not_after = min(above) if above else None
            hints.not_before = max(below) if below else None
        resolved.append(find_meeting_date(_meeting_input(text, block, hints)))
    return resolved


def _meeting_input(text: str, block: ReportBlock, hints: YearHints, final_pass: bool = True) -> MeetingDateInput:
    return MeetingDateInput(
        page=text,
        title=block.title,
        title_start=block.title_start,
        body_start=block.body_start,
        end=block.end,
        published=hints.published,
        hints=hints,
        final_pass=final_pass,
    )


def _years_in(text: str, block: ReportBlock) -> list[int]:
    return [int(y) for y in re.findall(rf"\b{YEAR_RE}\b", text[block.start : block.end])]


def _runs_newest_first(days: list[date | None]) -> bool:
    known = [d for d in days if d is not None]
    pairs = list(itertools.pairwise(known))
    return bool(pairs) and sum(a >= b for a, b in pairs) * 2 > len(pairs)
