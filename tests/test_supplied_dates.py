"""Publication dates the user supplies: --published for one input, a manifest for a batch, a day in a URL;
the page's own dateline wins, and without them nothing changes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from nec_extract.batch import Item
from nec_extract.pipeline import extract
from nec_extract.reading.supplied_dates import SuppliedDateError, parse_day, read_manifest, with_published

NO_YEAR = """Branch executive report – 24 March

The executive agreed a motion on booking the hall for the summer fair by 9 votes to 3.
The next meeting is on 12 May.
"""
DATELINE = "Posted on 2 April 2019\n\n" + NO_YEAR
RELATIVE = """Report from the regional executive

Yesterday's meeting of the regional board agreed the new campaign budget without dissent.
"""
UNDATED = """Report from the regional executive

The board agreed the new campaign budget without dissent.
"""


def meeting(text: str, published: date | None = None) -> str | None:
    report = extract(text, "page.txt", published=published).reports[0]
    return report.meeting_date.start if report.meeting_date else None


def test_a_supplied_day_gives_a_year_to_a_meeting_date_that_has_none() -> None:
    assert meeting(NO_YEAR) is None
    assert meeting(NO_YEAR, date(2023, 3, 30)) == "2023-03-24"
    document = extract(NO_YEAR, "page.txt", published=date(2023, 3, 30))
    assert document.published == "2023-03-30"
    assert [d.start for d in document.reports[0].dates if d.text == "12 May"] == ["2023-05-12"]


def test_the_pages_own_dateline_wins_over_a_supplied_day() -> None:
    assert meeting(DATELINE) == meeting(DATELINE, date(2023, 3, 30)) == "2019-03-24"
    assert extract(DATELINE, "page.txt", published=date(2023, 3, 30)).published == "2019-04-02"


def test_a_relative_meeting_day_is_read_against_the_supplied_day() -> None:
    assert meeting(RELATIVE) is None
    assert meeting(RELATIVE, date(2022, 6, 15)) == "2022-06-14"


def test_a_supplied_day_alone_is_no_meeting_date() -> None:
    assert meeting(UNDATED, date(2022, 6, 15)) is None


def test_without_a_supplied_day_the_document_is_unchanged() -> None:
    for text in (NO_YEAR, DATELINE, RELATIVE):
        assert extract(text, "page.txt").to_json() == extract(text, "page.txt", published=None).to_json()


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_manifest_dates_files_by_path_relative_to_itself_from_published_or_url(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    manifest = write(
        tmp_path / "manifest.csv",
        "path,published,url\n"
        "pages/a.txt,2021-06-01,https://example.org/2020/01/01/ignored-when-published-is-given\n"
        "pages/b.txt,,https://example.org/2019/03/29/branch-report/\n"
        "pages/c.txt,,https://example.org/?p=123\n"
        "elsewhere/d.txt,,https://example.org/nec/20100323\n",
    )
    dates = read_manifest(manifest)
    files = [str(tmp_path / "pages" / f"{name}.txt") for name in "abcd"]
    items = [*(Item(source=file, path=file) for file in files), Item(source="<stdin>", data=b"")]
    assert [item.published for item in with_published(items, manifest=dates)] == [
        date(2021, 6, 1),
        date(2019, 3, 29),
        None,  # no day in the address
        date(2010, 3, 23),  # matched by its file name: no other row has it
        None,
    ]


def test_a_file_name_two_rows_share_matches_by_full_path_only(tmp_path: Path) -> None:
    manifest = write(tmp_path / "m.csv", "path,published\none/x.txt,2020-01-01\ntwo/x.txt,2021-01-01\n")
    dates = read_manifest(manifest)
    assert dates.published_for(str(tmp_path / "two" / "x.txt")) == date(2021, 1, 1)
    assert dates.published_for("/somewhere/else/x.txt") is None


def test_a_manifest_saved_by_excel_with_a_byte_order_mark_and_capitalised_headers(tmp_path: Path) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_bytes("\ufeffPath,Published\r\nx.txt,2020-02-03\r\n".encode())
    assert read_manifest(manifest).published_for(str(tmp_path / "x.txt")) == date(2020, 2, 3)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("file,published\nx.txt,2020-01-01\n", "needs a 'path' column"),
        ("path,author\nx.txt,Jo\n", "needs a 'path' column and a 'published' or 'url' column"),
        ("path,published\nx.txt,1 May 2020\n", "line 2: published: '1 May 2020' is not a day written YYYY-MM-DD"),
        ("path,published\nx.txt,2020-02-30\n", "is not a day"),
    ],
)
def test_a_manifest_the_tool_cannot_use_is_refused_with_its_line(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(SuppliedDateError, match=message):
        read_manifest(write(tmp_path / "m.csv", content))


def test_an_unreadable_manifest_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SuppliedDateError, match="cannot read"):
        read_manifest(tmp_path / "missing.csv")
    binary = tmp_path / "b.csv"
    binary.write_bytes(b"\xff\xfe\x00\x00path")
    with pytest.raises(SuppliedDateError, match="cannot read"):
        read_manifest(binary)


def test_published_is_one_day_for_one_input() -> None:
    assert parse_day("2023-09-26") == date(2023, 9, 26)
    for wrong in ("26/09/2023", "20230926", "2023-9-26", "September 2023"):
        with pytest.raises(SuppliedDateError):
            parse_day(wrong)
    one = [Item(source="a.txt", path="a.txt")]
    assert with_published(one, published=date(2023, 9, 26))[0].published == date(2023, 9, 26)
    with pytest.raises(SuppliedDateError, match="for one input"):
        with_published([*one, Item(source="b.txt", path="b.txt")], published=date(2023, 9, 26))
    assert with_published(one) == one
