"""The overview's charts, drawn by matplotlib as SVG to inline in the page: each point or bar links to
its row in the page's tables (``#anchor``). matplotlib is the ``overview`` extra."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from nec_extract.collection.aggregate import Decision, Series
from nec_extract.models import Outcome

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

EXTRA_HINT = 'the overview page draws its charts with matplotlib: pip install "nec-extract[overview]"'

OUTCOME_COLOURS = {
    Outcome.CARRIED: "#2e7d32",
    Outcome.DEFEATED: "#c62828",
    Outcome.WITHDRAWN: "#757575",
    Outcome.REMITTED: "#ef6c00",
    Outcome.DEFERRED: "#6a1b9a",
    Outcome.UNKNOWN: "#b0bec5",
}
LINE_COLOUR = "#1565c0"


class MissingExtra(Exception):
    """matplotlib is not installed."""


def require_matplotlib() -> None:
    """Raise :class:`MissingExtra` with the install hint when matplotlib is missing."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise MissingExtra(EXTRA_HINT) from None


@contextmanager
def _figure(name: str, width: float, height: float) -> Iterator[tuple[Figure, Axes]]:
    """A figure whose SVG ids are unique to ``name`` (several charts share one page) and text stays text."""
    import matplotlib
    from matplotlib.figure import Figure

    style = {
        "svg.fonttype": "none",
        "svg.hashsalt": f"nec-extract-{name}",
        "font.size": 9,
        "axes.spines.top": False,
        "axes.spines.right": False,
    }
    with matplotlib.rc_context(cast(Any, style)):
        figure = Figure(figsize=(width, height), layout="constrained")
        yield figure, figure.add_subplot()


def _svg(figure: Figure) -> str:
    """The figure as an ``<svg>`` element to inline: no XML prologue or metadata, links open in place,
    and only the ids its own references need."""
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]
    svg = re.sub(r"\s*<metadata>.*?</metadata>", "", svg, flags=re.DOTALL)
    svg = svg.replace(' target="_blank"', "")
    referenced = set(re.findall(r"(?:href=\"#|url\(#)([\w.-]+)", svg))
    return re.sub(r' id="([\w.-]+)"', lambda m: m.group() if m.group(1) in referenced else "", svg)


def membership_chart(series: Series) -> str:
    """One organisation's one metric over time, each point linked to its figure's row."""
    with _figure(f"m-{series.points[0].anchor}", 4.2, 2.4) as (figure, axes):
        days = _x([point.day for point in series.points])
        values = [point.value for point in series.points]
        axes.plot(days, values, color=LINE_COLOUR, linewidth=1.2)
        axes.scatter(days, values, color=LINE_COLOUR, s=18, zorder=3, urls=[f"#{p.anchor}" for p in series.points])
        axes.set_title(f"{series.organisation}: {series.metric}", loc="left", fontsize=10, parse_math=False)
        _thousands(axes)
        _date_axis(axes, days)
        return _svg(figure)


def decisions_chart(decisions: Sequence[Decision]) -> str | None:
    """Decisions per meeting date, stacked by outcome; each bar links to the meeting's first decision.
    None when no decision has a date."""
    meetings = _by_meeting(decisions)
    if not meetings:
        return None
    labels = [day.isoformat() for day in meetings]
    from matplotlib.ticker import MaxNLocator

    with _figure("decisions", 9.5, 3.4) as (figure, axes):
        positions = range(len(labels))
        bottoms = [0] * len(labels)
        for outcome, colour in OUTCOME_COLOURS.items():
            counts = [sum(d.outcome == outcome for d in found) for found in meetings.values()]
            if not any(counts):
                continue
            bars = axes.bar(positions, counts, bottom=bottoms, color=colour, label=outcome.value, width=0.8)
            for bar, found in zip(bars, meetings.values(), strict=True):
                bar.set_url(f"#{found[0].anchor}")
            bottoms = [b + c for b, c in zip(bottoms, counts, strict=True)]
        step = max(1, len(labels) // 40)
        axes.set_xticks(list(positions)[::step], labels[::step], rotation=90, fontsize=7)
        axes.set_ylabel("decisions")
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
        _legend_above(axes)
        return _svg(figure)


def margins_chart(decisions: Sequence[Decision]) -> str | None:
    """Each tally's margin as a share of the votes cast for or against (so a committee's 22–12 and a
    ballot's 300,000–200,000 compare), by meeting date and coloured by outcome; None with no dated tally."""
    tallied = [d for d in decisions if d.margin_share is not None and d.day is not None]
    if not tallied:
        return None
    with _figure("margins", 9.5, 3.0) as (figure, axes):
        axes.axhline(0, color="#999", linewidth=0.8)
        for outcome, colour in OUTCOME_COLOURS.items():
            found = [d for d in tallied if d.outcome == outcome]
            if found:
                axes.scatter(
                    _x([d.day for d in found]),
                    [d.margin_share or 0.0 for d in found],
                    color=colour,
                    s=22,
                    label=outcome.value,
                    zorder=3,
                    urls=[f"#{d.anchor}" for d in found],
                )
        axes.set_ylabel("margin, % of votes cast")
        axes.set_ylim(-105, 105)
        _date_axis(axes, _x([d.day for d in tallied]), most=12)
        _legend_above(axes)
        return _svg(figure)


def _by_meeting(decisions: Sequence[Decision]) -> dict[date, list[Decision]]:
    meetings: dict[date, list[Decision]] = {}
    for decision in decisions:
        if decision.day is not None:
            meetings.setdefault(decision.day, []).append(decision)
    return dict(sorted(meetings.items()))


def _legend_above(axes: Axes) -> None:
    axes.legend(ncols=6, loc="lower left", bbox_to_anchor=(0, 1.0), frameon=False, fontsize=8)


def _thousands(axes: Axes) -> None:
    from matplotlib.ticker import FuncFormatter

    axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:,.0f}"))


def _x(days: Sequence[date | None]) -> list[float]:
    """Days as matplotlib's date numbers (the callers pass dated records only)."""
    from matplotlib.dates import date2num

    return [float(date2num(day)) for day in days if day is not None]  # type: ignore[no-untyped-call]


def _date_axis(axes: Axes, xs: Sequence[float], most: int = 5) -> None:
    """Readable date ticks (at most ``most``); a single day gets half a year of room either side."""
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    locator = AutoDateLocator(minticks=3, maxticks=most)  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    if len(set(xs)) == 1:
        axes.set_xlim(xs[0] - 183, xs[0] + 183)
