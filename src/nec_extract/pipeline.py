"""The one place that runs everything: page text in, a validated :class:`Document` out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING

from nec_extract.extractors.dates import extract_dates
from nec_extract.extractors.membership import extract_membership
from nec_extract.extractors.motions import extract_motions
from nec_extract.extractors.motions import sentences_to_parse as decision_sentences
from nec_extract.extractors.speakers import extract_speakers
from nec_extract.extractors.votes import extract_votes
from nec_extract.language.dates import first_day
from nec_extract.language.hyphens import word_end, word_start
from nec_extract.language.reading_copy import reading_copy
from nec_extract.language.text import split_sentences
from nec_extract.models import Document, InputFormat, Report, ReportSpan
from nec_extract.page.author import find_author
from nec_extract.page.context import PageFacts, ReportContext
from nec_extract.page.dateline import find_published, reports_published
from nec_extract.page.meeting_date import meeting_dates
from nec_extract.page.segment import ReportBlock, segment

if TYPE_CHECKING:
    from spacy.tokens import Doc


def spacy_parser(texts: Iterable[str]) -> Iterator[Doc]:
    from nec_extract.language.nlp import parse

    return parse(texts)


def extract(
    text: str,
    source: str = "<text>",
    *,
    encoding: str | None = None,
    input_format: InputFormat = "text",
    published: date | None = None,
) -> Document:
    """Extract every record the SPEC defines from one page of text.

    ``published`` is the day the page was published when it is known from elsewhere (the user, the address
    the page was saved from). The page's own dateline wins over it; either way it resolves missing years and
    relative meeting dates ("yesterday's meeting") as the SPEC's rules say.
    """
    page_text, text = text, reading_copy(text)
    blocks = segment(text)
    first_start = blocks[0].start if blocks else None
    first_title = blocks[0].title if blocks else None
    page = PageFacts(
        text=text,
        author=find_author(text, first_start, first_title),
        published=find_published(text, first_start) or published,
    )
    published_days = reports_published(text, blocks, page.published)
    contexts = [_context(page, block, index, published_days[index]) for index, block in enumerate(blocks)]
    dates = meeting_dates(blocks, contexts)
    page.report_dates = [first_day(m) for m in dates]
    for context, meeting_date in zip(contexts, dates, strict=True):
        context.meeting_date = meeting_date
    reports = [_report(context, block) for context, block in zip(contexts, blocks, strict=True)]
    document = Document(
        source=source,
        author=page.author,
        published=page.published.isoformat() if page.published else None,
        encoding=encoding,
        input_format=input_format,
        reports=reports,
    )
    dumped = document.model_dump(by_alias=True)
    if page_text != text:
        _quote_from(page_text, text, dumped)
        _words_from(page_text, text, dumped)
    # every span is checked against the text it claims to quote
    return Document.model_validate(dumped, context={"text": page_text})


def _quote_from(page_text: str, text: str, record: object) -> None:
    """Evidence quotes the page as given: the characters the reading copy read otherwise come back, and a quote (or a
    report's span) that starts or ends at a word the copy wrote whole starts or ends where the page's broken word
    does."""
    if isinstance(record, list):
        for item in record:
            _quote_from(page_text, text, item)
        return
    if not isinstance(record, dict):
        return
    for value in record.values():
        _quote_from(page_text, text, value)
    if isinstance(record.get("start"), int) and isinstance(record.get("end"), int):
        record["start"] = word_start(page_text, text, record["start"])
        record["end"] = word_end(page_text, text, record["end"])
        if "text" in record:
            record["text"] = page_text[record["start"] : record["end"]]
    elif isinstance(record.get("span"), dict) and "text" in record:
        record["text"] = record["span"]["text"]


def _words_from(page_text: str, text: str, dumped: dict[str, object]) -> None:
    """Titles and summaries in the page's own letters: the words the reading copy read in other case (a heading in
    capitals) come back as the page writes them."""
    for report in dumped["reports"] if isinstance(dumped["reports"], list) else []:
        span = report["span"]
        if report["title"]:
            report["title"] = _as_written(page_text, text, report["title"], span["start"], span["end"])
        for motion in report["motions"]:
            evidence = motion["evidence"]
            motion["summary"] = _as_written(page_text, text, motion["summary"], span["start"], evidence["end"])


def _as_written(page_text: str, text: str, words: str, start: int, end: int) -> str:
    """``words`` of the reading copy in the letters the page writes them in: the last place before ``end`` (and
    from ``start``) the copy has them, else anywhere; the words themselves when the copy has them nowhere."""
    at = text.rfind(words, start, end)
    if at < 0:
        at = text.find(words)
    if at < 0:
        return words
    # only the letters' case comes back: the copy's plain spaces and line ends stay as the stages read them
    written = page_text[at : at + len(words)]
    return "".join(
        given if given != read and given.casefold() == read.casefold() else read
        for given, read in zip(written, words, strict=True)
    )


def _context(page: PageFacts, block: ReportBlock, index: int, published: date | None) -> ReportContext:
    return ReportContext(
        page=page,
        start=block.start,
        end=block.end,
        title=block.title,
        # the heading apart: a body that runs on under it without a blank line must not join it
        sentences=split_sentences(page.text, block.start, block.body_start)
        + split_sentences(page.text, block.body_start, block.end),
        index=index,
        own_published=published,
        parser=spacy_parser,
    )


def _report(context: ReportContext, block: ReportBlock) -> Report:
    votes = extract_votes(context)
    # the sentences the decisions' clause layer may read from their parse go in the speakers' batch; the extractors
    # re-use those docs and parse the few more they need
    context.parse_with_next(decision_sentences(context))
    speakers = extract_speakers(context)
    report = Report(
        title=block.title,
        span=ReportSpan(start=block.start, end=block.end),
        meeting_date=context.meeting_date,
        speakers=speakers,
        motions=extract_motions(context, votes, speakers),
        votes=votes,
        membership=extract_membership(context),
        dates=extract_dates(context),
    )
    context.release_docs()
    return report
