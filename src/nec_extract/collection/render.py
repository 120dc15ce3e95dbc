"""The overview page: one self-contained HTML file (Jinja2 template, charts inlined as SVG, a small script
to sort and filter the tables). Everything from the input is escaped by the template; the page's
Content-Security-Policy lets it load nothing from elsewhere."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

from markupsafe import Markup

from nec_extract.collection import charts
from nec_extract.collection.aggregate import Overview
from nec_extract.collection.load import DocumentEntry


def render_overview(overview: Overview, page_folder: Path | None = None) -> str:
    """The page of ``overview``; links to the input files are relative to ``page_folder`` when given."""
    import jinja2

    charts.require_matplotlib()
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("nec_extract.collection", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    environment.filters["count_of"] = _count_of
    environment.filters["file_name"] = lambda source: Path(source).name or source
    environment.globals["href"] = lambda document: _href(document, page_folder)
    dates = sorted(report.when for decision in overview.decisions if (report := decision.report).when)
    dates += sorted(point.date for point in overview.membership if point.date)
    template = environment.get_template("overview.html.j2")
    return template.render(
        overview=overview,
        span=(min(dates), max(dates)) if dates else None,
        membership_charts=[
            _markup(charts.membership_chart(series)) for series in overview.series if len(series.points) > 1
        ],
        single_figures=[series.points[0] for series in overview.series if len(series.points) == 1],
        decisions_chart=_markup(charts.decisions_chart(overview.decisions)),
        margins_chart=_markup(charts.margins_chart(overview.decisions)),
        outcomes=sorted({decision.outcome for decision in overview.decisions}),
        years=sorted({decision.date[:4] for decision in overview.decisions if decision.date}),
    )


def write_page(overview: Overview, path: Path) -> Path:
    """Write the page of ``overview`` to ``path`` (atomically), its links relative to it."""
    from nec_extract.writers import atomic_output

    page = render_overview(overview, path.parent)
    with atomic_output(path) as stream:
        stream.write(page)
    return path


def _markup(svg: str | None) -> Markup | None:
    """matplotlib's own SVG, trusted as markup: every text in it was escaped by matplotlib."""
    return Markup(svg) if svg is not None else None


def _count_of(count: int, singular: str, plural: str | None = None) -> str:
    return f"{count:,} {singular if count == 1 else plural or singular + 's'}"


def _href(document: DocumentEntry, page_folder: Path | None) -> str:
    """A link to the input file: relative to the page when both are on one drive, else a file: URL;
    empty when the file is not known (standard input)."""
    if not document.path:
        return ""
    target = Path(document.path).resolve()
    if page_folder is None:
        return target.as_uri()
    try:
        return quote(Path(os.path.relpath(target, page_folder.resolve())).as_posix())
    except ValueError:  # another drive (Windows)
        return target.as_uri()
