"""What every extractor receives: one report of a page, its sentences, and what is known around it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from nec_extract.language.dates import Candidate, find_candidates, first_day
from nec_extract.language.text import Sentence
from nec_extract.models import DateMention
from nec_extract.page.author import report_author

if TYPE_CHECKING:
    from spacy.tokens import Doc

Parser = Callable[[Iterable[str]], Iterable["Doc"]]


@dataclass
class PageFacts:
    """Facts about the whole page that reports share."""

    text: str
    author: str | None = None
    published: date | None = None
    # meeting dates of every report of the page, in page order (None where unknown)
    report_dates: list[date | None] = field(default_factory=list)


@dataclass
class ReportContext:
    """One report: its place in the page, its sentences, and lazily parsed spaCy docs for them.

    Statistical components (tagger, parser, NER) are run only on sentences an extractor asks for,
    through :meth:`doc` or in a batch through :meth:`parse`.
    """

    page: PageFacts
    start: int
    end: int
    title: str | None
    sentences: list[Sentence]
    index: int = 0
    # a later post's own dateline on an archive page
    own_published: date | None = None
    meeting_date: DateMention | None = None
    parser: Parser | None = None
    _docs: dict[tuple[int, int], Doc] = field(default_factory=dict, repr=False)
    _queued: list[Sentence] = field(default_factory=list, repr=False)

    @property
    def text(self) -> str:
        """The whole page text: spans index into it."""
        return self.page.text

    @property
    def published(self) -> date | None:
        """The day the report was published: its own dateline (a later post of an archive page), else the page's."""
        return self.own_published or self.page.published

    @property
    def body(self) -> str:
        return self.page.text[self.start : self.end]

    @cached_property
    def date_candidates(self) -> list[Candidate]:
        """Every date expression of the report, found once: the meeting date and the date mentions read them."""
        return find_candidates(self.page.text, self.start, self.end, self.sentences)

    @cached_property
    def author(self) -> str | None:
        """Who wrote this report: its own byline under the heading (a blog archive's posts), else the page's."""
        return report_author(self.page.text, self.start, self.end, self.title) or self.page.author

    @property
    def meeting_day(self) -> date | None:
        """The meeting date as a ``date`` (its first day when only a month is known)."""
        return first_day(self.meeting_date)

    def parse_with_next(self, sentences: Iterable[Sentence]) -> None:
        """Have these sentences parsed in the next batch an extractor asks for: spaCy costs about half as much per
        sentence in a batch as one at a time."""
        self._queued.extend(sentences)

    def parse(self, sentences: Iterable[Sentence]) -> None:
        """Run the statistical pipeline over these sentences, and those queued, in one batch (cached)."""
        sentences, self._queued = [*sentences, *self._queued], []
        todo = list({(s.start, s.end): s for s in sentences if (s.start, s.end) not in self._docs}.values())
        if not todo or self.parser is None:
            return
        for sentence, doc in zip(todo, self.parser(s.text for s in todo), strict=True):
            self._docs[sentence.start, sentence.end] = doc

    def release_docs(self) -> None:
        """Drop the cached docs: on a one-report page of megabytes they would otherwise all stay alive."""
        self._docs.clear()

    def doc(self, sentence: Sentence) -> Doc:
        """The parsed spaCy doc of one sentence; token ``idx`` + ``sentence.start`` is a page offset."""
        key = (sentence.start, sentence.end)
        if key not in self._docs:
            if self.parser is None:
                raise RuntimeError("this report context has no parser")
            self.parse([sentence])
        return self._docs[key]
