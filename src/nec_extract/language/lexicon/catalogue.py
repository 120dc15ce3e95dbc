"""Imports every vocabulary model, so that :func:`nec_extract.language.lexicon.registered` sees them all."""

from nec_extract.language.lexicon import (
    calendar,
    capitals,
    clauses,
    dates,
    decisions,
    grammar,
    membership,
    names,
    numbers,
    pages,
    people,
    speakers,
    spelling,
    titles,
)

__all__ = [
    "calendar",
    "capitals",
    "clauses",
    "dates",
    "decisions",
    "grammar",
    "membership",
    "names",
    "numbers",
    "pages",
    "people",
    "speakers",
    "spelling",
    "titles",
]
