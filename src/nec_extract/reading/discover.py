"""Finding the inputs a user names: files as given, folders searched recursively, ``-`` for standard input.

A folder may hold things that are not files to read: a FIFO or a socket (reading one would wait for ever)
is skipped and reported through ``on_skip``; a symbolic link that loops, or points nowhere, becomes an
:class:`Item` that already failed, so it gets its own error document. File names that are not valid UTF-8
are read under their real name and shown with their odd bytes escaped (``lat\\xe9.txt``).
"""

from __future__ import annotations

import errno
import fnmatch
import os
import stat
import sys
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date

    from nec_extract.models import ErrorInfo

STDIN = "-"
STDIN_SOURCE = "<stdin>"
DEFAULT_GLOBS = ("*.txt",)

# Told about each entry of a folder that is skipped: its shown name and why.
SkipReporter = Callable[[str, str], None]


class UsageProblem(Exception):
    """The command itself is wrong (no such path, nothing to read): exit status 2."""


@dataclass(frozen=True)
class Item:
    """One input: a file to read, or standard input's bytes, or a place that already failed to be read.

    ``source`` is the name shown in documents and messages; ``path`` is the name to open (they differ only
    for a file name that is not valid UTF-8).
    """

    source: str
    path: str | None = None
    data: bytes | None = None
    error: ErrorInfo | None = None
    published: date | None = None  # the day the page was published, when the user knows it


def shown_name(path: str) -> str:
    """``path`` as text that can be printed and stored: bytes that are not UTF-8 become ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")


def item_key(item: Item) -> str:
    """What identifies an input in a database: the file's absolute path with links resolved (shown form)."""
    if item.path is None:
        return item.source
    return shown_name(os.path.realpath(item.path))  # realpath, unlike Path.resolve, never raises on a loop


def warn_skipped(source: str, reason: str) -> None:
    warnings.warn(f"{source}: skipped: {reason}", stacklevel=3)


def discover(
    paths: Sequence[str], globs: Sequence[str] = DEFAULT_GLOBS, on_skip: SkipReporter = warn_skipped
) -> list[Item]:
    """The inputs named by ``paths``, in order: files as given, folders searched recursively for files
    matching any of ``globs`` (sorted by path), ``-`` for standard input. A file named twice is read once.

    Raises :class:`UsageProblem` for a path that does not exist or cannot be read, a folder holding no
    matching file, or ``-`` given twice.
    """
    if list(paths).count(STDIN) > 1:
        raise UsageProblem("standard input (-) can be read only once")
    items: list[Item] = []
    seen: set[str] = set()
    for path in paths:
        if path == STDIN:
            items.append(Item(source=STDIN_SOURCE, data=sys.stdin.buffer.read()))
            continue
        for item in _expand(path, globs, on_skip):
            key = item_key(item)
            if key not in seen:
                seen.add(key)
                items.append(item)
    return items


def _expand(path: str, globs: Sequence[str], on_skip: SkipReporter) -> list[Item]:
    target = Path(path)
    if not target.exists():
        raise UsageProblem(f"no such file or folder: {shown_name(path)}")
    if not os.access(target, os.R_OK):
        raise UsageProblem(f"permission denied: {shown_name(path)}")
    if not target.is_dir():
        return [Item(source=shown_name(path), path=path)]  # named on purpose: read even a FIFO (`<(...)`)
    items = _search(path, globs, on_skip)
    if not items:
        raise UsageProblem(f"no files matching {' or '.join(globs)} in folder {shown_name(path)}")
    items.sort(key=lambda item: Path(item.path or item.source).parts)
    return items


def _search(folder: str, globs: Sequence[str], on_skip: SkipReporter) -> list[Item]:
    from nec_extract.models import ErrorInfo

    items: list[Item] = []

    def unreadable(error: OSError) -> None:
        where = shown_name(str(error.filename or folder))
        items.append(Item(source=where, error=ErrorInfo(type="UnreadableFolder", message=_os_message(error))))

    for parent, dirnames, filenames in os.walk(folder, onerror=unreadable):
        dirnames.sort()
        for name in filenames:
            if any(fnmatch.fnmatch(name, pattern) for pattern in globs):
                item = _folder_entry(os.path.join(parent, name), on_skip)
                if item is not None:
                    items.append(item)
    return items


def _folder_entry(path: str, on_skip: SkipReporter) -> Item | None:
    """A file found in a folder, an item that already failed (a link that loops or leads nowhere), or
    ``None`` for something that is not a file to read (reported to ``on_skip``)."""
    source = shown_name(path)
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        return Item(source=source, path=path, error=_link_error(error))
    if stat.S_ISREG(mode):
        return Item(source=source, path=path)
    on_skip(source, f"not a regular file ({_kind_of(mode)})")
    return None


def _link_error(error: OSError) -> ErrorInfo:
    from nec_extract.models import ErrorInfo

    if error.errno == errno.ELOOP:
        return ErrorInfo(type="SymlinkLoop", message="a symbolic link that loops back on itself")
    if error.errno == errno.ENOENT:
        return ErrorInfo(type="FileNotFound", message="a symbolic link to a file that does not exist")
    return ErrorInfo(type="ReadError", message=_os_message(error))


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


def _os_message(error: OSError) -> str:
    reason = str(error.strerror or error)
    return f"{reason}: {shown_name(str(error.filename))}" if error.filename else reason
