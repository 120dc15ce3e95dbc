"""What a collection says across its documents: membership series, every decision, the people who took
part, and what a reader should check (reports with no date, documents that failed, pages with no report).

A report is placed in time by its meeting date, else by the day its page was published; a membership
figure by its own "as of" date first. Anything with no date is kept in the tables and left out of charts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from nec_extract.collection.load import Collection, DocumentEntry, ReportEntry
from nec_extract.collection.people import clean_name, person_keys
from nec_extract.language.people import gazetteer
from nec_extract.models import Metric
from nec_extract.record_kinds import RecordKind
from nec_extract.writers.flatten import Row

CHARTED_METRICS = (Metric.MEMBERS, Metric.ARREARS, Metric.JOINED, Metric.LEFT, Metric.SUPPORTERS)


def day_of(iso: str | None) -> dt.date | None:
    """The first day of an ISO day, month ("2021-05"), quarter ("2021-Q2") or year ("2021")."""
    if not iso:
        return None
    year, _, rest = iso.partition("-")
    if not year.isdigit():
        return None
    if rest.startswith("Q") and rest[1:].isdigit():
        return dt.date(int(year), 3 * int(rest[1:]) - 2, 1)
    month, _, day = rest.partition("-")
    try:
        return dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None


@dataclass(frozen=True)
class Evidence:
    """The quoted text a record came from and its offsets in the decoded page."""

    start: int | None
    end: int | None
    text: str | None

    @classmethod
    def of(cls, row: Row) -> Evidence:
        return cls(row.get("evidence_start"), row.get("evidence_end"), row.get("evidence_text"))


@dataclass(frozen=True)
class MembershipPoint:
    anchor: str
    organisation: str
    metric: str
    value: int
    approximate: bool
    qualifier: str | None
    date: str | None
    basis: str  # which date places it: "as of", "meeting", "published", or "" when none does
    report: ReportEntry
    evidence: Evidence

    @property
    def day(self) -> dt.date | None:
        return day_of(self.date)


@dataclass(frozen=True)
class Series:
    """The dated figures of one metric of one organisation, oldest first."""

    organisation: str
    metric: str
    points: tuple[MembershipPoint, ...]


@dataclass(frozen=True)
class Decision:
    anchor: str
    report: ReportEntry
    kind: str
    summary: str
    movers: tuple[str, ...]
    seconders: tuple[str, ...]
    outcome: str
    votes_for: int | None
    votes_against: int | None
    abstentions: int | None
    unanimous: bool
    evidence: Evidence

    @property
    def date(self) -> str | None:
        return self.report.when

    @property
    def day(self) -> dt.date | None:
        return day_of(self.date)

    @property
    def margin(self) -> int | None:
        """Votes for less votes against, when both are known."""
        if self.votes_for is None or self.votes_against is None:
            return None
        return self.votes_for - self.votes_against

    @property
    def margin_share(self) -> float | None:
        """The margin as a percentage of the votes cast for or against."""
        if self.margin is None or not (self.votes_for or self.votes_against):
            return None
        return 100 * self.margin / ((self.votes_for or 0) + (self.votes_against or 0))

    @property
    def basis(self) -> str:
        """Which date places the decision: "meeting", "published", or "" when none does."""
        return "meeting" if self.report.meeting_date else "published" if self.report.when else ""

    @property
    def tally(self) -> str:
        if self.votes_for is None and self.votes_against is None:
            return "unanimous" if self.unanimous else ""
        parts = [str(self.votes_for or 0), str(self.votes_against or 0)]
        if self.abstentions:
            parts.append(str(self.abstentions))
        return "–".join(parts)


@dataclass(frozen=True)
class Role:
    date: str | None
    role: str
    from_gazetteer: bool  # the page named no role; the gazetteer knows the one held that day


@dataclass(frozen=True)
class RolePeriod:
    """One role over a run of meetings: from the first date to the last, and at how many."""

    first: str | None
    last: str | None
    role: str
    from_gazetteer: bool  # every date of the run has it from the gazetteer alone
    meetings: int

    @property
    def when(self) -> str:
        """ "2016-01-26 to 2019-09-17 (6 meetings)", "2021-05-09", "undated"."""
        if self.first is None:
            return "undated"
        span = self.first if self.last == self.first else f"{self.first} to {self.last}"
        return f"{span} ({self.meetings} meetings)" if self.meetings > 1 else span


def role_periods(roles: list[Role]) -> list[RolePeriod]:
    """Consecutive dates with the same role as one period (roles sorted by date, undated first)."""
    runs: list[list[Role]] = []
    for role in roles:
        if runs and runs[-1][-1].role.casefold() == role.role.casefold() and role.date and runs[-1][-1].date:
            runs[-1].append(role)
        else:
            runs.append([role])
    return [
        RolePeriod(run[0].date, run[-1].date, run[0].role, all(r.from_gazetteer for r in run), len(run)) for run in runs
    ]


@dataclass
class PersonSummary:
    key: str
    forms: set[str] = field(default_factory=set)
    reports: dict[ReportEntry, None] = field(default_factory=dict)  # in the order first seen
    moved: list[Decision] = field(default_factory=list)
    seconded: list[Decision] = field(default_factory=list)
    page_roles: set[tuple[str | None, str]] = field(default_factory=set)

    def took_part(self, report: ReportEntry) -> None:
        self.reports.setdefault(report)

    @property
    def meetings(self) -> int:
        """Distinct meetings: reports of one date are one meeting; each undated report is one."""
        dated = {report.when for report in self.reports if report.when}
        return len(dated) + sum(1 for report in self.reports if not report.when)

    @property
    def dates(self) -> list[str]:
        return sorted({report.when for report in self.reports if report.when})

    @property
    def roles(self) -> list[Role]:
        """Roles the pages give, by date; for a date with none, the gazetteer's role on that day."""
        found = {Role(when, role, False) for when, role in self.page_roles}
        named_dates = {when for when, _ in self.page_roles}
        for when in self.dates:
            held = gazetteer.role_on(self.key, day_of(when)) if when not in named_dates else None
            if held:
                found.add(Role(when, held, True))
        return sorted(found, key=lambda role: (role.date or "", role.role))

    @property
    def role_periods(self) -> list[RolePeriod]:
        return role_periods(self.roles)


@dataclass(frozen=True)
class Quality:
    undated_reports: list[ReportEntry]
    failed_documents: list[DocumentEntry]
    empty_documents: list[DocumentEntry]


@dataclass(frozen=True)
class Overview:
    documents: int
    reports: int
    membership: list[MembershipPoint]
    series: list[Series]
    decisions: list[Decision]
    people: list[PersonSummary]
    quality: Quality


def summarise(collection: Collection) -> Overview:
    """Every aggregate of the overview page and its CSV files."""
    membership = membership_points(collection.records[RecordKind.MEMBERSHIP])
    decisions = decision_list(collection.records[RecordKind.MOTIONS])
    return Overview(
        documents=len(collection.documents),
        reports=len(collection.reports),
        membership=membership,
        series=membership_series(membership),
        decisions=decisions,
        people=people_summary(collection.records[RecordKind.SPEAKERS], decisions),
        quality=quality(collection),
    )


def membership_points(rows: Iterable[tuple[ReportEntry, Row]]) -> list[MembershipPoint]:
    """Every membership figure with the date that places it, oldest first (undated last)."""
    points: list[MembershipPoint] = []
    for report, row in rows:
        when, basis = _figure_date(row.get("as_of"), report)
        points.append(
            MembershipPoint(
                anchor="",
                organisation=row["organisation"],
                metric=row["metric"],
                value=int(row["value"]),
                approximate=bool(row["approximate"]),
                qualifier=row.get("qualifier"),
                date=when,
                basis=basis,
                report=report,
                evidence=Evidence.of(row),
            )
        )
    points.sort(key=lambda point: (point.day is None, point.day or dt.date.min, point.organisation, point.metric))
    return [_with_anchor(point, f"m{index}") for index, point in enumerate(points, 1)]


def _figure_date(as_of: str | None, report: ReportEntry) -> tuple[str | None, str]:
    if as_of:
        return as_of, "as of"
    if report.meeting_date:
        return report.meeting_date, "meeting"
    if report.document.published:
        return report.document.published, "published"
    return None, ""


def _with_anchor(record: Any, anchor: str) -> Any:
    return replace(record, anchor=anchor)


def membership_series(points: list[MembershipPoint]) -> list[Series]:
    """One series per organisation and charted metric, the longest first; undated figures left out."""
    grouped: dict[tuple[str, str], list[MembershipPoint]] = {}
    for point in points:
        if point.day is not None and point.metric in CHARTED_METRICS:
            grouped.setdefault((point.organisation, point.metric), []).append(point)
    order = {metric.value: place for place, metric in enumerate(CHARTED_METRICS)}
    series = [Series(organisation, metric, tuple(found)) for (organisation, metric), found in grouped.items()]
    return sorted(series, key=lambda s: (-len(s.points), s.organisation, order[s.metric]))


def decision_list(rows: Iterable[tuple[ReportEntry, Row]]) -> list[Decision]:
    """Every motion, oldest meeting first (undated last), in page order within a report."""
    decisions = [
        Decision(
            anchor="",
            report=report,
            kind=row["kind"],
            summary=row["summary"],
            movers=tuple(row.get("movers") or ()),
            seconders=tuple(row.get("seconders") or ()),
            outcome=row["outcome"],
            votes_for=row.get("vote_for"),
            votes_against=row.get("vote_against"),
            abstentions=row.get("vote_abstentions"),
            unanimous=bool(row.get("vote_unanimous")),
            evidence=Evidence.of(row),
        )
        for report, row in rows
    ]
    decisions.sort(key=lambda d: (d.day is None, d.day or dt.date.min))  # stable: page order within a day
    return [_with_anchor(decision, f"d{index}") for index, decision in enumerate(decisions, 1)]


def names_in(speaker_rows: list[tuple[ReportEntry, Row]], decisions: list[Decision]) -> list[str | None]:
    """Every name form of a person: speakers', movers' and seconders'."""
    names = [row.get("name") for _, row in speaker_rows]
    return names + [name for decision in decisions for name in (*decision.movers, *decision.seconders)]


def people_summary(speaker_rows: list[tuple[ReportEntry, Row]], decisions: list[Decision]) -> list[PersonSummary]:
    """One row per person (see :mod:`.people`): the reports they spoke or moved in, what they moved and
    seconded, and their roles by date. Most meetings first."""
    keys = person_keys(names_in(speaker_rows, decisions))
    people: dict[str, PersonSummary] = {}

    def person(name: str | None) -> PersonSummary | None:
        form = clean_name(name)
        if form is None:
            return None
        summary = people.setdefault(keys[form], PersonSummary(keys[form]))
        summary.forms.add(form)
        return summary

    for report, row in speaker_rows:
        if (speaker := person(row.get("name"))) is not None:
            speaker.took_part(report)
            if row.get("role"):
                speaker.page_roles.add((report.when, row["role"]))
    for decision in decisions:
        for names_of, side in ((decision.movers, "moved"), (decision.seconders, "seconded")):
            for name in names_of:
                if (actor := person(name)) is not None:
                    actor.took_part(decision.report)
                    getattr(actor, side).append(decision)
    return sorted(people.values(), key=lambda p: (-p.meetings, -len(p.moved) - len(p.seconded), p.key))


def quality(collection: Collection) -> Quality:
    return Quality(
        undated_reports=[report for report in collection.reports if not report.meeting_date],
        failed_documents=[document for document in collection.documents if document.error_type],
        empty_documents=[
            document for document in collection.documents if not document.error_type and not document.report_count
        ],
    )
