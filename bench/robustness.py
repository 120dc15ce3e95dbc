"""Robustness to how a page is typed: the same page written another way must give the same records.

    .venv/bin/python bench/robustness.py [--texts ../shared/corpus] [--variants nbsp crlf ...] [--pages]

Each variant rewrites every page in a way that keeps its meaning (no-break spaces, Windows line ends,
curly or straight quotes, another date style, another heading separator ...), parses the originals and the
variants with ``nec-extract parse``, and counts the records that differ, by kind. Variants that keep
every character where it was compare records with their offsets; the others compare values only (a
motion by its outcome, a date by its value). It needs no gold, so it can be run on any folder of pages;
it is a measurement, not a test: a variant that changes records points at a kind of page the rules
do not yet read the same way.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import textwrap
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

Key = tuple[Any, ...]

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAY_MONTH_YEAR = re.compile(rf"(?<![\d–-])\b([1-9]|[12]\d|3[01]) ({_MONTHS}) (\d{{4}})\b")


def _translated(table: dict[str, str]) -> Callable[[str], str]:
    mapping = str.maketrans(table)
    return lambda text: text.translate(mapping)


def _every_twelfth_space(text: str) -> str:
    """As some editors leave them: a no-break space here and there."""
    parts = text.split(" ")
    return (
        "".join(part + ("\u00a0" if index % 12 == 11 else " ") for index, part in enumerate(parts[:-1])) + (parts[-1])
    )


def _ordinal(day: str) -> str:
    number = int(day)
    suffix = "th" if 11 <= number <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return day + suffix


def _short_lines(change: Callable[[str], str]) -> Callable[[str], str]:
    return lambda text: "\n".join(change(line) if 0 < len(line) < 80 else line for line in text.split("\n"))


def _wrapped(text: str, width: int = 72) -> str:
    return "\n".join(
        textwrap.fill(line, width, break_on_hyphens=False, break_long_words=False) if len(line) > width else line
        for line in text.split("\n")
    )


def _in_capitals(line: str) -> str:
    """The line in capitals, one character for one ("ß" stays)."""
    return "".join(upper if len(upper := character.upper()) == 1 else character for character in line)


def _headings_in_capitals(text: str) -> str:
    """Headings, bylines and labels printed in capitals: every short line with no closing stop or comma."""
    return "\n".join(_in_capitals(line) if _heading_line(line) else line for line in text.split("\n"))


def _heading_line(line: str) -> bool:
    return 0 < len(line.strip()) <= 90 and not re.search(r"[.:;,!?]\s*$", line)


def _markdown_headings(text: str) -> str:
    """A page converted from HTML to markdown: every short line with no closing stop a "## " heading."""
    return "\n".join(f"## {line}" if _heading_line(line) else line for line in text.split("\n"))


def _numbered_paragraphs(text: str) -> str:
    """Minutes' paragraph numbers: every long paragraph opened "1. ", "2. " ..."""
    lines, number = text.split("\n"), 0
    for index, line in enumerate(lines):
        if len(line.strip()) > 90:
            number += 1
            lines[index] = f"{number}. {line}"
    return "\n".join(lines)


# American spelling of words the vocabulary writes in British spelling (whole words, the forms a page would use)
_AMERICAN = {"favour": "favor", "behaviour": "behavior", "centre": "center", "programme": "program"}
_AMERICAN.update(
    {
        f"{stem}s{end}": f"{stem}z{end}"
        for stem in ("organi", "recogni", "authori", "prioriti", "finali")
        for end in ("e", "ed", "es", "ing", "ation")
    }
)
_AMERICAN_WORD = re.compile(rf"\b(?:{'|'.join(sorted(_AMERICAN, key=len, reverse=True))})\b", re.IGNORECASE)


def _american_spelling(text: str) -> str:
    def respelt(match: re.Match[str]) -> str:
        american = _AMERICAN[match[0].lower()]
        return american.capitalize() if match[0][0].isupper() else american

    return _AMERICAN_WORD.sub(respelt, text)


# every character kept where it was: records compared with their offsets
SAME_LENGTH: dict[str, Callable[[str], str]] = {
    "straight_quotes": _translated({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'}),
    "curly_apostrophes": _translated({"'": "\u2019"}),
    "hyphen_dashes": _translated({"\u2013": "-", "\u2014": "-"}),
    "nbsp": _translated({" ": "\u00a0"}),
    "nbsp_scattered": _every_twelfth_space,
    "nbsp_in_numbers": lambda text: re.sub(r"(?<=\d) (?=\w)|(?<=\w) (?=\d)", "\u00a0", text),
    "thin_spaces": _translated({" ": "\u2009"}),
    "headings_in_capitals": _headings_in_capitals,
}
# characters added or moved: records compared by value
BY_VALUE: dict[str, Callable[[str], str]] = {
    "crlf": lambda text: text.replace("\n", "\r\n"),
    "trailing_spaces": lambda text: text.replace("\n", "  \n"),
    "blank_lines_doubled": lambda text: text.replace("\n\n", "\n\n\n"),
    "bullets": lambda text: re.sub(r"(?m)^(\s*)[-*] ", "\\1\u2022 ", text),
    "dates_ordinal": lambda text: _DAY_MONTH_YEAR.sub(lambda m: f"{_ordinal(m[1])} {m[2]} {m[3]}", text),
    "dates_month_first": lambda text: _DAY_MONTH_YEAR.sub(lambda m: f"{m[2]} {m[1]}, {m[3]}", text),
    "dates_abbreviated": lambda text: _DAY_MONTH_YEAR.sub(lambda m: f"{m[1]} {m[2][:3]} {m[3]}", text),
    "heading_em_dash": _short_lines(lambda line: line.replace(" \u2013 ", " \u2014 ").replace(" - ", " \u2014 ")),
    "heading_colon": _short_lines(lambda line: line.replace(" \u2013 ", ": ").replace(" - ", ": ")),
    "heading_bar": _short_lines(lambda line: line.replace(" \u2013 ", " | ").replace(" - ", " | ")),
    "wrapped_72": _wrapped,
    "markdown_headings": _markdown_headings,
    "numbered_paragraphs": _numbered_paragraphs,
    "american_spelling": _american_spelling,
}
VARIANTS = {**SAME_LENGTH, **BY_VALUE}


def records(document: dict[str, Any]) -> Counter[Key]:
    """A document's records as comparable keys, offsets included."""
    found: Counter[Key] = Counter()
    for report in document.get("reports", []):
        found["report", report["span"]["start"], report["span"]["end"]] += 1
        meeting = report.get("meeting_date") or {}
        found["meeting_date", meeting.get("start"), meeting.get("precision")] += 1
        for speaker in report["speakers"]:
            found["speaker", re.sub(r"\s", " ", speaker["name"] or "").replace("\u2019", "'")] += 1
        for motion in report["motions"]:
            found["motion", motion["outcome"], motion["evidence"]["start"], motion["evidence"]["end"]] += 1
        for vote in report["votes"]:
            found["vote", vote["for"], vote["against"], vote["abstentions"], vote["unanimous"]] += 1
        for figure in report["membership"]:
            found["membership", figure["metric"], figure["value"]] += 1
        for mention in report["dates"]:
            found["date", mention["start"], mention["end"], mention["precision"], mention["span"]["start"]] += 1
    return found


def by_value(found: Counter[Key]) -> Counter[Key]:
    """The same records without their offsets."""
    kept: Counter[Key] = Counter()
    for key, count in found.items():
        if key[0] == "report":
            key = ("report",)
        elif key[0] in ("motion", "date"):
            key = key[:-2] if key[0] == "motion" else key[:-1]
        kept[key] += count
    return kept


def parse(command: str, folder: Path) -> dict[str, dict[str, Any]]:
    done = subprocess.run(
        [command, "parse", str(folder), "--format", "jsonl", "--jobs", "2"], capture_output=True, text=True
    )
    documents = (json.loads(line) for line in done.stdout.splitlines())
    return {Path(document["source"]).name: document for document in documents}


def compare(
    command: str, originals: dict[str, dict[str, Any]], pages: list[Path], name: str, *, show_pages: bool
) -> str:
    change = VARIANTS[name]
    with tempfile.TemporaryDirectory() as folder:
        for path in pages:
            (Path(folder) / path.name).write_bytes(change(path.read_text(encoding="utf-8")).encode("utf-8"))
        varied = parse(command, Path(folder))
    lost: Counter[str] = Counter()
    gained: Counter[str] = Counter()
    changed = []
    for page, document in originals.items():
        before, after = records(document), records(varied.get(page, {}))
        if name in BY_VALUE:
            before, after = by_value(before), by_value(after)
        if before != after:
            changed.append(page)
        lost.update({key[0]: count for key, count in (before - after).items()})
        gained.update({key[0]: count for key, count in (after - before).items()})
    line = f"{name:20} pages changed {len(changed):3}/{len(originals)}  lost {dict(lost)}  gained {dict(gained)}"
    return line + ("\n    " + " ".join(changed) if changed and show_pages else "")


def main() -> int:
    args = _arguments()
    pages = sorted(args.texts.glob("*.txt"))
    if not pages:
        print(f"no .txt files in {args.texts}", file=sys.stderr)
        return 2
    originals = parse(args.command, args.texts)
    total = sum(sum(records(document).values()) for document in originals.values())
    print(f"{len(pages)} pages, {total} records")
    for name in args.variants or VARIANTS:
        print(compare(args.command, originals, pages, name, show_pages=args.pages), flush=True)
    return 0


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--texts", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus")
    parser.add_argument("--variants", nargs="*", choices=sorted(VARIANTS), help="default: all")
    parser.add_argument("--command", default=str(Path(sys.executable).with_name("nec-extract")))
    parser.add_argument("--pages", action="store_true", help="name the pages whose records change")
    return parser.parse_args()


if __name__ == "__main__":
    sys.exit(main())
