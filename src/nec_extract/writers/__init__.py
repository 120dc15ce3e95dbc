"""Where documents go: JSON/JSON Lines and tables (:mod:`.documents`), CSV rows (:mod:`.records_csv`),
a SQLite database (:mod:`.database`) and an HTML review page (:mod:`.review`).

:func:`atomic_output` gives a text stream that becomes the named file only when it is complete.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


@contextlib.contextmanager
def atomic_output(path: Path | None) -> Iterator[TextIO]:
    """A UTF-8 text stream: standard output for ``None``, else a temporary file beside ``path`` that is
    renamed onto it when the block ends normally and removed if it ends by an exception or Ctrl-C."""
    if path is None:
        if hasattr(sys.stdout, "reconfigure"):
            sys.stdout.reconfigure(encoding="utf-8")
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
