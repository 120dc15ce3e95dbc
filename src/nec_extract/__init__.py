"""nec-extract: meeting reports of Labour's NEC (and similar bodies) into validated records."""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from nec_extract.models import Document


def extract(text: str, source: str = "<text>") -> Document:
    """Extract every record of ../shared/SPEC.md from one page of text."""
    from nec_extract.pipeline import extract as run

    return run(text, source)


__all__ = ["__version__", "extract"]
