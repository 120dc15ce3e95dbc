"""What the tests share: one builder of a report's context from text written for a test, and the shared data."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from nec_extract.extractors.motions import extract_motions
from nec_extract.extractors.speakers import extract_speakers
from nec_extract.extractors.votes import extract_votes
from nec_extract.language.text import Sentence, split_sentences
from nec_extract.models import DateMention, Document, Motion, Outcome, Precision, Report, Span, Speaker
from nec_extract.page.context import PageFacts, ReportContext
from nec_extract.pipeline import extract, spacy_parser

# the openings of pages in four registers, for tests that put their own sentences under each
NEC_OPENING = "NEC report, March 2025\n\nThe NEC met on Tuesday.\n\n"
BRANCH_OPENING = "Minutes of the branch committee, 12 May 2024\n\nPresent: eleven members.\n\n"
COUNCIL_OPENING = "Labour group meeting, Westford Council, June 2023\n\nThe group met before full council.\n\n"
NEWS_OPENING = "Union executive meets\n\nThe union's executive met in London on Friday.\n\n"
# the headings of pages in five registers, for tests that put a body of their own under each
NEC_TITLE = "NEC report – 12 March 2024"
UNION_TITLE = "Minutes of the National Executive Council meeting held on 4 June 2024"
COUNCIL_TITLE = "Minutes of the Full Council meeting, 9 July 2024"
CLP_TITLE = "Riverside CLP General Committee – 3 May 2024"
NEWS_TITLE = "Union executive backs pay offer after marathon meeting on 2 October 2024"

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def report_context(
    text: str,
    *,
    title: str | None = None,
    meeting: str | None = None,
    meeting_text: str | None = None,
    published: date | None = None,
    author: str | None = None,
    neighbours: list[date | None] | None = None,
    parse: bool = True,
) -> ReportContext:
    """``text`` read as a one-report page, as the pipeline would hand it to an extractor.

    ``title``: the heading, which ``text`` must start with (its sentences are split apart from the body's).
    ``meeting``: the meeting date as an ISO day or month; its span is ``meeting_text`` where the text holds
    it, else empty. ``neighbours``: meeting dates of other reports on the page. ``parse``: whether spaCy is
    available to the extractor.
    """
    if title is not None:
        assert text.startswith(title), "the title opens the page"
    heading_end = len(title) if title is not None else 0
    sentences = split_sentences(text, 0, heading_end) + split_sentences(text, heading_end, len(text))
    page = PageFacts(text=text, author=author, published=published, report_dates=list(neighbours or []))
    return ReportContext(
        page=page,
        start=0,
        end=len(text),
        title=title,
        sentences=sentences,
        meeting_date=_meeting_date(text, meeting, meeting_text),
        parser=spacy_parser if parse else None,
    )


def pipeline_motions(page: str) -> list[Motion]:
    """The page's motions as the whole pipeline reads them, its meeting dated by its heading (what ``report_context``
    leaves undated unless told)."""
    return [motion for report in extract(page).reports for motion in report.motions]


def page_motions(body: str, title: str) -> list[Motion]:
    """The motions of a page with this heading over this body, through the whole pipeline."""
    document = extract(f"{title}\n\n{body}\n", "page.txt")
    return [m for r in document.reports for m in r.motions]


def page_motion_triples(body: str, title: str) -> list[tuple[str, str, str]]:
    """Each motion of the page as (summary, outcome, evidence text)."""
    return [(m.summary, m.outcome.value, m.evidence.text) for m in page_motions(body, title)]


def page_outcomes(body: str, title: str) -> list[str]:
    """The outcome of each motion of a page with this heading over this body, through the whole pipeline."""
    return [m.outcome.value for m in page_motions(body, title)]


def titled_page_motions(page: str, parse: bool = True) -> list[Motion]:
    """The motions of a page written for a test whose first paragraph is its heading, tallies linked."""
    report = report_context(page, title=page.split("\n\n", 1)[0], parse=parse)
    return extract_motions(report, extract_votes(report), [])


def assert_one_carried_motion_per_person(page: str, people: list[str], in_evidence: bool = False) -> None:
    """Each person chosen is one carried motion, in order, named in its summary (and its evidence's text)."""
    motions = titled_page_motions(page)
    assert [m.outcome.value for m in motions] == ["carried"] * len(people)
    for motion, person in zip(motions, people, strict=True):
        assert person in motion.summary
        assert not in_evidence or person in motion.evidence.text


def _meeting_date(text: str, meeting: str | None, meeting_text: str | None) -> DateMention | None:
    if meeting is None:
        return None
    start = text.find(meeting_text) if meeting_text else -1
    span = Span(start=0, end=0, text="")
    if start >= 0 and meeting_text:
        span = Span(start=start, end=start + len(meeting_text), text=meeting_text)
    precision = Precision.DAY if len(meeting) == 10 else Precision.MONTH
    return DateMention(text=span.text, span=span, start=meeting, precision=precision)


def speakers_of(text: str, author: str | None = None, meeting: str | None = None) -> list[Speaker]:
    """Speakers of ``text`` read as one report, every mention checked against the text it quotes; ``meeting`` (ISO
    day) must open the text."""
    if meeting:
        assert text.startswith(meeting)
    found = extract_speakers(report_context(text, author=author, meeting=meeting, meeting_text=meeting))
    for speaker in found:
        for mention in speaker.mentions:
            assert text[mention.start : mention.end] == mention.text
    return found


def speaker_names(text: str, author: str | None = None, meeting: str | None = None) -> set[str]:
    """The named speakers of ``text`` read as one report."""
    return {s.name for s in speakers_of(text, author, meeting) if s.name}


def titles_and_first_meeting_day(page: str) -> tuple[list[str | None], str | None]:
    """The report titles ``parse`` finds on ``page``, and the first report's meeting day (ISO), if any."""
    reports = extract(page, "test.txt").reports
    meeting = reports[0].meeting_date if reports else None
    return [report.title for report in reports], meeting.start if meeting else None


def one_report(body: str, heading: str = "Branch committee meeting, 3 May 2024") -> Report:
    """The one report of a page written for a test: a heading, an opening line, then the body."""
    reports = extract(f"{heading}\n\nApologies were received.\n\n{body}\n").reports
    assert len(reports) == 1
    return reports[0]


Counts = tuple[int | None, int | None, int | None]  # for, against, abstentions


def tally_counts(body: str) -> list[Counts]:
    """For, against and abstentions of each tally in the page's one report."""
    return [(v.for_, v.against, v.abstentions) for v in one_report(body).votes]


def report_outcomes(body: str) -> list[Outcome]:
    return [m.outcome for m in one_report(body).motions]


def meeting_day(page: str) -> str | None:
    """The meeting date's start of a page written for a test that holds one report."""
    reports = extract(page, "test.txt").reports
    assert len(reports) == 1
    date = reports[0].meeting_date
    return date.start if date else None


def published_and_meeting(stamp: str, sentence: str) -> tuple[str | None, list[str | None]]:
    """The publication day ``parse`` finds for a page whose stamp line stands under its heading, and each report's
    meeting day (ISO), for a page of one heading, the stamp, a sentence and a short body."""
    body = "\n\nThe executive agreed to back the strike.\n\nThe chair thanked the staff for their hard work.\n"
    document = extract(f"Executive report\n{stamp}\n\n{sentence}{body}", "test.txt")
    return document.published, [r.meeting_date.start if r.meeting_date else None for r in document.reports]


def page_records(document: Document, words: Callable[[str | None], str | None]) -> list[dict[str, Any]]:
    """What a reader of the output compares, every field, with text read through ``words`` (line ends and offsets
    aside): for the tests that read one page written in several shapes (wrapped, words broken at line ends)."""
    reports = []
    for report in document.reports:
        meeting = report.meeting_date
        reports.append(
            {
                "title": words(report.title),
                "meeting_date": None if meeting is None else (meeting.start, meeting.precision, words(meeting.text)),
                "speakers": sorted((s.name or "", s.role or "", s.is_author) for s in report.speakers),
                "motions": [
                    (m.kind, words(m.summary), m.movers, m.seconders, m.outcome, words(m.evidence.text))
                    for m in report.motions
                ],
                "votes": [(v.for_, v.against, v.abstentions, v.unanimous, v.outcome) for v in report.votes],
                "membership": [(f.metric, f.value, f.approximate, words(f.evidence.text)) for f in report.membership],
                "dates": [(d.start, d.end, d.precision, words(d.text)) for d in report.dates],
            }
        )
    return reports


def assert_quotes_hold(page: str, document: Document) -> None:
    """Every span of the document, speakers' mentions too, quotes the page at its offsets."""
    for report in document.reports:
        spans = [m.evidence for m in report.motions] + [v.evidence for v in report.votes]
        spans += [f.evidence for f in report.membership] + [d.span for d in report.dates]
        spans += [mention for speaker in report.speakers for mention in speaker.mentions]
        for span in spans:
            assert page[span.start : span.end] == span.text


def first_line(text: str) -> Sentence:
    """The text's first line as a sentence (a row of a table, read on its own)."""
    return Sentence(0, text.index("\n"), text[: text.index("\n")])
