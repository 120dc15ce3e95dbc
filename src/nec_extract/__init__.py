"""nec-extract: meeting reports of Labour's NEC (and similar bodies) into validated records."""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from datetime import date

    from nec_extract.models import Document


def extract(text: str, source: str = "<text>", *, published: date | None = None) -> Document:
    """Extract every record of ../shared/SPEC.md from one page of text.

    ``published``: the day the page was published, when known from elsewhere; the page's own dateline wins.
    """
    from nec_extract.pipeline import extract as run

    return run(text, source, published=published)


__all__ = ["__version__", "extract"]
