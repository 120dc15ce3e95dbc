"""Publication dates the user supplies: a day for one input (``--published``), or a manifest for a batch
(``--manifest FILE.csv``: a ``path`` column, and a ``published`` and/or ``url`` column).

A manifest row's ``published`` (an ISO day) is used as it is; where it is empty, a whole day in its ``url``
(:mod:`nec_extract.reading.url_date`). Paths are read relative to the manifest's folder; an input matches a row by
its full path, else by its file name when no other row has that name. An input with no row, or a row with
no date, is read exactly as without a manifest. The page's own dateline always wins over a supplied date.
"""

from __future__ import annotations

import csv
import os
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from nec_extract.reading.discover import Item
from nec_extract.reading.url_date import date_in_url

_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")


class SuppliedDateError(Exception):
    """A --published or --manifest the tool cannot use: the command is wrong (exit status 2)."""


def parse_day(value: str, what: str = "--published") -> date:
    """An ISO day (``2023-09-26``), or :class:`SuppliedDateError` naming ``what`` was wrong."""
    text = value.strip()
    try:
        if _ISO_DAY.fullmatch(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise SuppliedDateError(f"{what}: {value!r} is not a day written YYYY-MM-DD")


@dataclass(frozen=True)
class Manifest:
    """The publication day of each file a manifest dates, by resolved path and by (unshared) file name."""

    by_path: dict[Path, date]
    by_name: dict[str, date]

    def published_for(self, path: str) -> date | None:
        found = self.by_path.get(Path(os.path.realpath(path)))  # realpath: never raises on a link loop
        return found if found is not None else self.by_name.get(Path(path).name)


def read_manifest(path: Path) -> Manifest:
    """The manifest CSV at ``path`` (UTF-8, a byte-order mark allowed), or :class:`SuppliedDateError`."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as stream:
            reader = csv.DictReader(stream)
            reader.fieldnames = [name.strip().lower() for name in reader.fieldnames or []]
            if "path" not in reader.fieldnames or not {"published", "url"} & set(reader.fieldnames):
                raise SuppliedDateError(f"--manifest {path}: needs a 'path' column and a 'published' or 'url' column")
            rows = [(reader.line_num, row) for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise SuppliedDateError(
            f"--manifest: cannot read {path}: {getattr(error, 'strerror', None) or error}"
        ) from None
    folder = path.parent
    dated: dict[Path, date] = {}
    for line, row in rows:
        where = (row.get("path") or "").strip()
        day = _row_day(row, f"--manifest {path} line {line}")
        if where and day is not None:
            dated[(folder / where).resolve()] = day
    names = Counter(Path((row.get("path") or "").strip()).name for _, row in rows)
    return Manifest(by_path=dated, by_name={p.name: day for p, day in dated.items() if names[p.name] == 1})


def _row_day(row: dict[str, str | None], where: str) -> date | None:
    published = (row.get("published") or "").strip()
    if published:
        return parse_day(published, f"{where}: published")
    return date_in_url(row.get("url") or "")


def with_published(items: list[Item], *, published: date | None = None, manifest: Manifest | None = None) -> list[Item]:
    """The items with the publication days the user supplied: ``published`` for the one input, or the
    manifest's day for each input it dates."""
    if published is not None:
        if len(items) != 1:
            raise SuppliedDateError(f"--published is for one input, not {len(items)}; for several, use --manifest")
        return [replace(items[0], published=published)]
    if manifest is None:
        return items
    return [replace(item, published=manifest.published_for(item.path)) if item.path else item for item in items]
