"""The built wheel carries models/ and the overview template, and runs `parse` and `overview` from a fresh
environment."""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "nec-report-single.txt"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def fresh_env(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new virtual environment with only the wheel installed; its dependencies are borrowed from
    this environment through a .pth file so the test needs no network."""
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(work), str(ROOT)],
        check=True,
    )
    [wheel] = work.glob("nec_extract-*.whl")
    env_dir = work / "env"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    env_python = env_dir / "bin" / "python"
    site = subprocess.run(
        [str(env_python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(site, "borrowed_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run([str(env_python), "-m", "pip", "install", "-q", "--no-deps", str(wheel)], check=True)
    return env_dir


def test_wheel_ships_models_inside_the_package(fresh_env: Path) -> None:
    out = subprocess.run(
        [str(fresh_env / "bin" / "python"), "-c", "import nec_extract.language.lexicon as r; print(r.models_dir())"],
        check=True,
        capture_output=True,
        text=True,
        cwd=fresh_env,
    ).stdout.strip()
    models = Path(out)
    assert models.is_dir() and models.parent.name == "nec_extract"
    assert fresh_env in models.parents
    assert any(models.glob("*.json"))


def test_installed_command_parses_a_sample(fresh_env: Path) -> None:
    result = subprocess.run(
        [str(fresh_env / "bin" / "nec-extract"), "parse", str(SAMPLE), "--format", "json"],
        capture_output=True,
        text=True,
        cwd=fresh_env,
    )
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["reports"] and document["reports"][0]["meeting_date"] is not None


def test_installed_command_writes_the_overview_page_from_its_packaged_template(fresh_env: Path) -> None:
    pytest.importorskip("matplotlib", reason="the overview page needs the [overview] extra (matplotlib)")
    page = fresh_env / "overview.html"
    result = subprocess.run(
        [str(fresh_env / "bin" / "nec-extract"), "overview", str(SAMPLE.parent), "-o", str(page), "--jobs", "1"],
        capture_output=True,
        text=True,
        cwd=fresh_env,
    )
    assert result.returncode == 0, result.stderr
    html = page.read_text(encoding="utf-8")
    assert "<svg" in html and 'id="decisions-table"' in html
