"""`nec-extract overview`: files, folders or a database into one page or three CSV files; the page in a
headless Chromium (where one is installed)."""

from __future__ import annotations

import csv
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from collection_samples import PAGES, sample_documents
from nec_extract.cli import app
from nec_extract.writers.database import DatabaseWriter

SHARED = Path(__file__).resolve().parents[2] / "shared"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_matplotlib = pytest.mark.skipif(
    __import__("importlib").util.find_spec("matplotlib") is None,
    reason="the overview page needs the [overview] extra (matplotlib)",
)


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stderr if hasattr(result, "stderr") else result.output


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    for name, text in PAGES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "nec.sqlite"
    writer = DatabaseWriter(path)
    for number, (document, _) in enumerate(sample_documents()):
        writer.write(document, key=f"/data/{document.source}", content_hash=str(number))
    writer.close()
    return path


@needs_matplotlib
def test_a_folder_of_pages_gives_one_page(pages: Path, tmp_path: Path) -> None:
    target = tmp_path / "overview.html"
    code, _ = invoke("overview", str(pages), "-o", str(target), "--jobs", "1")
    assert code == 0
    html = target.read_text(encoding="utf-8")
    assert html.count("<svg") == 3
    assert 'href="pages/march.txt"' in html  # links relative to the page
    assert "Dora Pennick" in html


def test_the_csv_files_hold_the_same_aggregates(pages: Path, tmp_path: Path) -> None:
    folder = tmp_path / "tables"
    code, _ = invoke("overview", str(pages), "--format", "csv", "-o", str(folder), "--jobs", "1")
    assert code == 0
    read = {name: list(csv.DictReader((folder / name).open(encoding="utf-8"))) for name in os.listdir(folder)}
    assert sorted(read) == ["decisions.csv", "membership.csv", "people.csv"]
    assert [row["value"] for row in read["membership.csv"]] == ["41200", "43900", "45050"]
    assert [(row["meeting_date"], row["outcome"], row["vote_margin"]) for row in read["decisions.csv"]] == [
        ("2021-03-12", "carried", "11"),
        ("2021-07-09", "defeated", "-5"),
    ]
    dora = [row for row in read["people.csv"] if row["person"] == "Dora Pennick"]
    assert len(dora) == 1 and dora[0]["name_forms"] == "Dora; Dora Pennick; Pennick" and dora[0]["meetings"] == "3"


@needs_matplotlib
def test_a_database_gives_the_page_without_loading_spacy(database: Path, tmp_path: Path) -> None:
    target = tmp_path / "overview.html"
    script = (
        "import sys\n"
        "from nec_extract.cli import main\n"
        f"sys.argv = ['nec-extract', 'overview', {str(database)!r}, '-o', {str(target)!r}]\n"
        "try:\n    main()\nexcept SystemExit as stop:\n    code = stop.code\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in {'spacy', 'thinc', 'en_core_web_sm'})\n"
        "print(code, loaded)\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False)
    assert run.stdout.strip() == "0 []", run.stderr
    html = target.read_text(encoding="utf-8")
    assert html.count("<svg") == 3
    assert "Dora Pennick" in html and "BinaryFile" in html


def test_bad_inputs_are_one_line_and_exit_2(tmp_path: Path) -> None:
    code, message = invoke("overview", str(tmp_path / "missing"), "-o", str(tmp_path / "o.html"))
    assert code == 2 and message.strip().startswith("nec-extract: no such file or folder")
    stranger = tmp_path / "other.sqlite"
    with sqlite3.connect(stranger) as connection:
        connection.execute("CREATE TABLE things (x)")
    code, message = invoke("overview", str(stranger), "-o", str(tmp_path / "o.html"))
    assert code == 2 and "not a database written by `nec-extract parse --db`" in message
    assert len(message.strip().splitlines()) == 1
    code, message = invoke("overview", str(stranger), "-o", str(tmp_path / "no" / "o.html"))
    assert code == 2 and "no such folder" in message
    code, message = invoke("overview", str(stranger), "-f", "csv", "-o", str(stranger))
    assert code == 2 and "not a folder" in message


def test_without_matplotlib_the_page_is_refused_in_one_line(
    database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    code, message = invoke("overview", str(database), "-o", str(tmp_path / "o.html"))
    assert code == 1
    assert message.strip() == (
        'nec-extract: the overview page draws its charts with matplotlib: pip install "nec-extract[overview]"'
    )
    code, _ = invoke("overview", str(database), "--format", "csv", "-o", str(tmp_path / "tables"))
    assert code == 0  # the CSV files need no charts


# ---------------------------------------------------------------------------------------------------
# In a real browser

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--host-resolver-rules=MAP * ~NOTFOUND",  # no name resolves: nothing can reach the network
    "--enable-logging=stderr",
    "--v=0",
]

# run after the page's own script: filter and sort the decisions table as a reader would
EXERCISE = """<script>
const rows = () => Array.from(document.querySelectorAll("#decisions-table tbody tr"));
const outcome = document.getElementById("filter-outcome");
outcome.value = "defeated";
outcome.dispatchEvent(new Event("input"));
document.body.dataset.defeated = rows().filter(r => !r.hidden).map(r => r.dataset.outcome).join(",");
outcome.value = "";
outcome.dispatchEvent(new Event("input"));
document.querySelector("#decisions-table th:nth-child(8)").click();
document.querySelector("#decisions-table th:nth-child(8)").click();
document.body.dataset.margins = rows().map(r => r.cells[7].textContent.trim()).join(",");
</script>
"""


def open_in_chromium(page: Path, exercise: bool = False) -> tuple[str, list[str]]:
    """The page's DOM after its scripts ran, and every console message it logged."""
    assert CHROMIUM is not None
    if exercise:
        html = page.read_text(encoding="utf-8").replace("</body>", EXERCISE + "</body>")
        page = page.with_name("exercised.html")
        page.write_text(html, encoding="utf-8")
    with tempfile.TemporaryDirectory() as profile:
        run = subprocess.run(
            [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.resolve().as_uri()],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    console = [line for line in run.stderr.splitlines() if ":CONSOLE" in line]
    return run.stdout, console


def assert_page_shows_everything(dom: str) -> None:
    assert 'data-ready="yes"' in dom  # the page's script ran to its end
    for part in ("membership-charts", "decisions-chart", "margins-chart"):
        block = dom[dom.index(f'id="{part}"') :]
        assert "<svg" in block[: block.index("</figure>") + len("</figure>")]
    for table in ("membership-table", "decisions-table", "people-table"):
        assert f'id="{table}"' in dom


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed (apt-get install -y chromium)")
@needs_matplotlib
def test_the_page_opens_in_chromium_without_console_errors_and_its_table_filters_and_sorts(
    database: Path, tmp_path: Path
) -> None:
    target = tmp_path / "overview.html"
    assert invoke("overview", str(database), "-o", str(target))[0] == 0
    dom, console = open_in_chromium(target, exercise=True)
    assert console == []
    assert_page_shows_everything(dom)
    assert re.search(r'data-defeated="defeated"', dom)
    assert re.search(r'data-margins="11,-5"', dom)  # margin, descending


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed (apt-get install -y chromium)")
@pytest.mark.skipif(
    not (SHARED / "corpus2").is_dir(), reason="../shared (the shared corpus) is not beside this checkout"
)
@needs_matplotlib
def test_the_page_of_both_shared_sets_opens_in_chromium_without_console_errors(tmp_path: Path) -> None:
    target = tmp_path / "overview.html"
    code, _ = invoke("overview", str(SHARED / "corpus"), str(SHARED / "corpus2"), "-o", str(target))
    assert code == 0
    dom, console = open_in_chromium(target)
    assert console == []
    assert_page_shows_everything(dom)
    assert dom.count('<tr id="d') >= 100
