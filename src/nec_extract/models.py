"""The records of ../shared/SPEC.md as Pydantic models: the single source of truth for the output.

Spans are checked against the page text when one is passed as validation context:
``Document.model_validate(data, context={"text": text})``.
"""

from __future__ import annotations

import inspect
import re
from enum import StrEnum
from typing import Any, ClassVar, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator
from pydantic.fields import FieldInfo

SCHEMA_VERSION: Final = "1"
UNNAMED_AUTHOR: Final = "(author)"  # how a mover or seconder who is the page's unnamed author ("I") is written
InputFormat = Literal["text", "html"]


class Precision(StrEnum):
    """How much of a date the text gives: a day, a month, a quarter or a year."""

    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


ISO_BY_PRECISION = {
    Precision.DAY: re.compile(r"\d{4}-\d\d-\d\d"),
    Precision.MONTH: re.compile(r"\d{4}-\d\d"),
    Precision.QUARTER: re.compile(r"\d{4}-Q[1-4]"),
    Precision.YEAR: re.compile(r"\d{4}"),
}


class MotionKind(StrEnum):
    """What was put to the meeting: a motion, an amendment, a rule change, a proposal, a report or paper
    put for approval, or something else decided (a nomination, an election)."""

    MOTION = "motion"
    AMENDMENT = "amendment"
    RULE_CHANGE = "rule_change"
    PROPOSAL = "proposal"
    REPORT = "report"
    OTHER = "other"


class Outcome(StrEnum):
    """What the meeting did with a proposal: carried (passed, agreed, approved, endorsed), defeated (fell,
    lost, rejected), withdrawn (also a notice of motion not proceeded with), remitted (referred back, sent
    to a working group), deferred, or unknown when the text does not say."""

    CARRIED = "carried"
    DEFEATED = "defeated"
    WITHDRAWN = "withdrawn"
    REMITTED = "remitted"
    DEFERRED = "deferred"
    UNKNOWN = "unknown"


#: the fates that dispose of an item without carrying or defeating it ("referred to the officers", "put off to
#: March", "withdrawn by its mover"), in the order the outcome phrases try them
FATES = (Outcome.REMITTED, Outcome.DEFERRED, Outcome.WITHDRAWN)


class Metric(StrEnum):
    """What a membership figure counts: all members, members in arrears, members who joined, members who
    left, registered or affiliated supporters, or another counted subgroup (see ``qualifier``)."""

    MEMBERS = "members"
    ARREARS = "arrears"
    JOINED = "joined"
    LEFT = "left"
    SUPPORTERS = "supporters"
    OTHER = "other"


def _with_field_list(doc: str, fields: dict[str, FieldInfo]) -> str:
    """A docstring followed by its model's fields and their descriptions, so ``help()`` explains them."""
    lines = [f"    {info.alias or name}: {info.description}" for name, info in fields.items() if info.description]
    return f"{doc}\n\nFields:\n" + "\n".join(lines) + "\n" if lines else doc


def _schema_description(schema: dict[str, Any], model: type[Any]) -> None:
    """The JSON Schema describes a record by its docstring alone: its properties carry their own descriptions."""
    schema["description"] = model.__record_doc__


class Record(BaseModel):
    """A record of the output."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, json_schema_extra=_schema_description)
    __record_doc__: ClassVar[str] = ""

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        cls.__record_doc__ = inspect.cleandoc(cls.__doc__ or "")
        cls.__doc__ = _with_field_list(cls.__record_doc__, cls.model_fields)


class Span(Record):
    """Evidence: characters ``start:end`` of the decoded input text; ``text`` is exactly what they hold.

    Offsets are Python ``str`` indices (code points, not bytes) into the text ``nec-extract text FILE``
    prints, so ``text[start:end] == span.text`` always.
    """

    start: int = Field(ge=0, description="Offset of the first character, counted from 0.")
    end: int = Field(ge=0, description="Offset just after the last character (exclusive).")
    text: str = Field(description="The characters at start:end, verbatim.")

    @model_validator(mode="after")
    def _ordered_and_true(self, info: ValidationInfo) -> Span:
        if self.start > self.end:
            raise ValueError(f"span start {self.start} is after its end {self.end}")
        if self.end - self.start != len(self.text):
            raise ValueError("span length differs from its text")
        page = info.context.get("text") if isinstance(info.context, dict) else None
        if page is not None and page[self.start : self.end] != self.text:
            raise ValueError(f"span {self.start}:{self.end} does not hold {self.text[:40]!r}")
        return self


class ReportSpan(Record):
    """Where a report lies in the input text: from its heading to the line before whatever ends it."""

    start: int = Field(ge=0, description="Offset of the report's first character (its heading, if any).")
    end: int = Field(ge=0, description="Offset just after the report's last character (exclusive).")

    @model_validator(mode="after")
    def _ordered(self) -> ReportSpan:
        if self.start > self.end:
            raise ValueError(f"report span start {self.start} is after its end {self.end}")
        return self


class DateMention(Record):
    """A date expression of the text and its normalised value.

    A missing year is resolved from the context (a weekday named with the date, the meeting date, the
    publication date, the neighbouring reports); when it cannot be, ``start``, ``end`` and ``precision``
    are all null and the mention is still listed.
    """

    text: str = Field(description="The date expression as written, e.g. 'Tuesday 24 March'.")
    span: Span = Field(description="Where the expression is in the text.")
    start: str | None = Field(
        default=None,
        description="The (first) date named, ISO and cut to the precision: 2023-03-28 (day), 2023-03 (month), "
        "2023-Q1 (quarter), 2023 (year); null when unresolvable.",
    )
    end: str | None = Field(
        default=None,
        description="The last date of a range ('4 to 9 March 2020' ends 2020-03-09), in the same form; null "
        "unless the text gives a range.",
    )
    precision: Precision | None = Field(
        default=None, description="How much of the date the text gives; null when unresolvable."
    )

    @model_validator(mode="after")
    def _iso_fits_precision(self) -> DateMention:
        if self.precision is None:
            if self.start is not None or self.end is not None:
                raise ValueError("a date with no precision has no start or end")
            return self
        if self.start is None:
            raise ValueError("a date with a precision needs a start")
        pattern = ISO_BY_PRECISION[self.precision]
        for value in (self.start, self.end):
            if value is not None and not pattern.fullmatch(value):
                raise ValueError(f"{value!r} does not fit precision {self.precision.value}")
        if self.end is not None and self.end < self.start:
            raise ValueError(f"date range ends ({self.end}) before it starts ({self.start})")
        return self

    @model_validator(mode="after")
    def _text_is_span(self) -> DateMention:
        if self.text != self.span.text:
            raise ValueError("a date's text differs from its span")
        return self


class Speaker(Record):
    """A person who speaks or acts at the meeting (reports, moves, seconds, asks, votes, chairs ...).

    People only talked about are not speakers. The author ("I") is a speaker with ``is_author`` true.
    """

    name: str | None = Field(
        description="The fullest form of the name the page gives, titles dropped ('Keir' becomes 'Keir "
        "Starmer' when the page has both); null for someone named only by role, or an unnamed author."
    )
    role: str | None = Field(
        default=None, description="The role as the report gives it ('General Secretary', 'Chair'), else null."
    )
    is_author: bool = Field(default=False, description="True for the report's author, the 'I' of the text.")
    mentions: list[Span] = Field(
        default_factory=list, description="Where the person is named (or, for the author, speaks) in the report."
    )


class Vote(Record):
    """A vote tally of the meeting, read by the direction of the words ('defeated 16-14' is 14 for, 16
    against). A partial count is a tally; a vote with no count that is not unanimous is not."""

    for_: int | None = Field(
        default=None, alias="for", ge=0, description="Votes for the proposal; null when the text gives none."
    )
    against: int | None = Field(
        default=None, ge=0, description="Votes against; 0 for 'no votes against'; null when the text gives none."
    )
    abstentions: int | None = Field(default=None, ge=0, description="Abstentions; null when the text gives none.")
    unanimous: bool = Field(
        default=False,
        description="True only when the words say so ('unanimously', 'nem con', 'without dissent'); a count "
        "of 26-0 is not unanimous.",
    )
    outcome: Outcome = Field(default=Outcome.UNKNOWN, description="What the vote decided.")
    evidence: Span = Field(description="The sentence or clause that gives the tally.")


class Motion(Record):
    """A proposal put to the meeting for a decision: a motion, an amendment, a rule change, a paper put for
    approval, a nomination or election decided there. Items only discussed or noted are not motions."""

    kind: MotionKind = Field(description="What kind of proposal it is.")
    summary: str = Field(description="The proposal in the report's own words, as short as it stays clear.")
    movers: list[str] = Field(
        default_factory=list,
        description="Who moved or proposed it, named as speakers are; the author's 'I' is the author's name, "
        "or '(author)' when the page does not name its author.",
    )
    seconders: list[str] = Field(default_factory=list, description="Who seconded it, named as movers are.")
    outcome: Outcome = Field(default=Outcome.UNKNOWN, description="What the meeting decided.")
    vote: Vote | None = Field(default=None, description="Its final tally, when the report gives one.")
    evidence: Span = Field(description="The sentence(s) stating the motion and its outcome.")


class MembershipFigure(Record):
    """A count of members of the party or another membership organisation (not staff, candidates,
    delegates, voters or money)."""

    metric: Metric = Field(description="What is counted.")
    value: int = Field(ge=0, description="The count as an integer ('489k' is 489000, 'over one million' 1000000).")
    approximate: bool = Field(
        default=False,
        description="True when the text hedges or rounds it: 'about', 'around', 'over', '489k', 'half a million'.",
    )
    organisation: str = Field(default="Labour", description="Whose members: 'Labour' unless another body is named.")
    qualifier: str | None = Field(
        default=None,
        description="What narrows the count, in the text's words ('in their 20s', 'net', 'eligible to vote'); "
        "else null.",
    )
    as_of: str | None = Field(
        default=None,
        description="The date the figure is for, ISO day, month, quarter or year: the date the text gives it "
        "('since February'), else the meeting date; null when neither is known.",
    )
    evidence: Span = Field(description="The sentence or clause that gives the figure.")

    @field_validator("as_of")
    @classmethod
    def _as_of_is_iso(cls, value: str | None) -> str | None:
        if value is not None and not any(p.fullmatch(value) for p in ISO_BY_PRECISION.values()):
            raise ValueError(f"as_of {value!r} is not an ISO date, month, quarter or year")
        return value


class Report(Record):
    """One meeting write-up on the page: it starts at a heading that names a meeting (a page with one
    report and no heading is one untitled report)."""

    title: str | None = Field(description="The heading line that starts the report; null when it has none.")
    span: ReportSpan = Field(description="Where the report lies in the text.")
    meeting_date: DateMention | None = Field(
        default=None,
        description="The date of the meeting reported on: from the heading, else the opening lines, else a "
        "relative reference ('yesterday's meeting') read against the publication date; month precision when "
        "only a month is known; null when it cannot be resolved.",
    )
    speakers: list[Speaker] = Field(default_factory=list, description="The people who speak or act at the meeting.")
    motions: list[Motion] = Field(default_factory=list, description="The proposals put to the meeting.")
    votes: list[Vote] = Field(
        default_factory=list, description="Every vote tally of the meeting, whether or not a motion is found for it."
    )
    membership: list[MembershipFigure] = Field(default_factory=list, description="The membership figures given.")
    dates: list[DateMention] = Field(default_factory=list, description="Every date mention of the report, in order.")


class ErrorInfo(Record):
    """Why an input produced no reports: it could not be read, decoded or processed."""

    type: str = Field(description="The kind of failure, e.g. 'FileNotFound', 'BinaryFile', 'PermissionDenied'.")
    message: str = Field(description="What went wrong, in one line.")


class Document(Record):
    """What ``nec-extract parse`` prints for one input file: the page's reports and what is known of the page.

    Every span indexes the decoded input text (``nec-extract text FILE`` prints it).
    """

    schema_version: Literal["1"] = Field(default=SCHEMA_VERSION, description="The version of this output format.")
    source: str = Field(description="The input as named on the command line ('<stdin>' for standard input).")
    author: str | None = Field(
        default=None, description="The page's author from a byline, blog header or title; null when it does not say."
    )
    published: str | None = Field(
        default=None,
        description="The ISO day the page was published: its own dateline, else a date the user supplied "
        "(--published, or a manifest's published column or a date in its url); null when none is known.",
    )
    encoding: str | None = Field(
        default=None, description="How the input bytes were decoded ('utf-8', 'cp1252', ...); null for errors."
    )
    input_format: InputFormat = Field(
        default="text", description="'html' when the input was a web page converted to text, else 'text'."
    )
    reports: list[Report] = Field(default_factory=list, description="The meeting reports on the page, in order.")
    error: ErrorInfo | None = Field(default=None, description="Why the input could not be processed; else null.")

    @field_validator("published")
    @classmethod
    def _published_is_day(cls, value: str | None) -> str | None:
        if value is not None and not ISO_BY_PRECISION[Precision.DAY].fullmatch(value):
            raise ValueError(f"published {value!r} is not an ISO day")
        return value

    def to_json(self, indent: int | None = 2) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(by_alias=True, mode="json")


def output_schema() -> dict[str, Any]:
    """The JSON Schema of what ``nec-extract parse`` prints."""
    return Document.model_json_schema(by_alias=True, mode="serialization")
