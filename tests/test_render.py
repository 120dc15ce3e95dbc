"""The overview page (nec_extract.collection.render): self-contained, everything from the input escaped,
the three kinds of chart and the tables."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from collection_samples import HOSTILE, sample_documents
from nec_extract.collection import charts
from nec_extract.collection.aggregate import summarise
from nec_extract.collection.load import from_documents
from nec_extract.collection.render import render_overview

pytest.importorskip("matplotlib", reason="the overview page needs the [overview] extra (matplotlib)")


def page(hostile: bool = False, folder: Path | None = None) -> str:
    documents = [(document, f"/data/{document.source}") for document, _ in sample_documents(hostile)]
    return render_overview(summarise(from_documents(documents)), folder)


def test_the_page_has_the_three_charts_and_the_tables() -> None:
    html = page()
    assert html.count("<svg") == 3  # one membership series (Fenmoor members), decisions, margins
    for part in ("membership-charts", "decisions-chart", "margins-chart", "decisions-table", "people-table"):
        assert f'id="{part}"' in html
    assert html.count('<tr id="d') == 2
    assert html.count('<tr id="m') == 3
    # chart points and bars link to rows of the page's tables
    assert re.search(r'<a xlink:href="#m1">', html)
    assert re.search(r'<a xlink:href="#d1">', html)
    assert 'target="_blank"' not in html


def test_the_page_loads_nothing_from_elsewhere() -> None:
    html = page()
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html)
    assert "<link" not in html
    assert "@import" not in html and "url(http" not in html


def test_everything_from_the_input_is_escaped() -> None:
    html = page(hostile=True)
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;" in html  # table cells
    # a chart's title: escaped by matplotlib, and the dollars are not read as mathematics
    assert "Fenmoor &lt;script&gt;alert('x')&lt;/script&gt; &amp; $\\alpha$: members</text>" in html
    assert html.count("<script>") == 1  # the page's own
    assert HOSTILE not in html


def test_links_to_the_input_files_are_relative_to_the_page() -> None:
    html = page(folder=Path("/data/out"))
    assert 'href="../pages/meeting-2.txt"' in html
    assert 'href="file:///data/pages/meeting-2.txt"' in page(folder=None)


def test_data_quality_lists_the_empty_page_and_the_failed_document() -> None:
    html = page()
    empty = html[html.index('id="empty-documents"') :]
    assert "empty.txt" in empty[: empty.index("</ul>")]
    failed = html[html.index('id="failed-documents"') :]
    assert "BinaryFile: binary content" in failed[: failed.index("</ul>")]


def test_a_missing_matplotlib_is_one_clear_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(charts.MissingExtra, match=r'pip install "nec-extract\[overview\]"'):
        page()


def test_an_empty_collection_still_gives_a_page() -> None:
    html = render_overview(summarise(from_documents([])))
    assert html.count("<svg") == 0
    assert "No organisation and metric with two dated figures to chart." in html
    assert "No dated decisions to chart." in html
