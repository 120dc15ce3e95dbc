"""Imports every vocabulary model, so that :func:`nec_extract.language.lexicon.registered` sees them all."""

from nec_extract.language.lexicon import calendar, membership, numbers

__all__ = ["calendar", "membership", "numbers"]
