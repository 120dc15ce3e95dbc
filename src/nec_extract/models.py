"""The records of ../shared/SPEC.md as Pydantic models: the single source of truth for the output.

Spans are checked against the page text when one is passed as validation context:
``Document.model_validate(data, context={"text": text})``.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

SCHEMA_VERSION: Final = "1"
InputFormat = Literal["text", "html"]


class Precision(StrEnum):
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
    MOTION = "motion"
    AMENDMENT = "amendment"
    RULE_CHANGE = "rule_change"
    PROPOSAL = "proposal"
    REPORT = "report"
    OTHER = "other"


class Outcome(StrEnum):
    CARRIED = "carried"
    DEFEATED = "defeated"
    WITHDRAWN = "withdrawn"
    REMITTED = "remitted"
    DEFERRED = "deferred"
    UNKNOWN = "unknown"


class Metric(StrEnum):
    MEMBERS = "members"
    ARREARS = "arrears"
    JOINED = "joined"
    LEFT = "left"
    SUPPORTERS = "supporters"
    OTHER = "other"


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class Span(Record):
    """Characters ``start:end`` of the decoded input; ``text`` is exactly what they hold."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str

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
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> ReportSpan:
        if self.start > self.end:
            raise ValueError(f"report span start {self.start} is after its end {self.end}")
        return self


class DateMention(Record):
    """A date expression and its normalised value; all three values are null when unresolvable."""

    text: str
    span: Span
    start: str | None = None
    end: str | None = None
    precision: Precision | None = None

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
    name: str | None
    role: str | None = None
    is_author: bool = False
    mentions: list[Span] = Field(default_factory=list)


class Vote(Record):
    for_: int | None = Field(default=None, alias="for", ge=0)
    against: int | None = Field(default=None, ge=0)
    abstentions: int | None = Field(default=None, ge=0)
    unanimous: bool = False
    outcome: Outcome = Outcome.UNKNOWN
    evidence: Span


class Motion(Record):
    kind: MotionKind
    summary: str
    movers: list[str] = Field(default_factory=list)
    seconders: list[str] = Field(default_factory=list)
    outcome: Outcome = Outcome.UNKNOWN
    vote: Vote | None = None
    evidence: Span


class MembershipFigure(Record):
    metric: Metric
    value: int = Field(ge=0)
    approximate: bool = False
    organisation: str = "Labour"
    qualifier: str | None = None
    as_of: str | None = None
    evidence: Span

    @field_validator("as_of")
    @classmethod
    def _as_of_is_iso(cls, value: str | None) -> str | None:
        if value is not None and not any(p.fullmatch(value) for p in ISO_BY_PRECISION.values()):
            raise ValueError(f"as_of {value!r} is not an ISO date, month, quarter or year")
        return value


class Report(Record):
    title: str | None
    span: ReportSpan
    meeting_date: DateMention | None = None
    speakers: list[Speaker] = Field(default_factory=list)
    motions: list[Motion] = Field(default_factory=list)
    votes: list[Vote] = Field(default_factory=list)
    membership: list[MembershipFigure] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)


class ErrorInfo(Record):
    type: str
    message: str


class Document(Record):
    schema_version: Literal["1"] = SCHEMA_VERSION
    source: str
    author: str | None = None
    published: str | None = None
    encoding: str | None = Field(default=None, description="how the input bytes were decoded")
    input_format: InputFormat = "text"
    reports: list[Report] = Field(default_factory=list)
    error: ErrorInfo | None = None

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
