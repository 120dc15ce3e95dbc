"""Imports every vocabulary model, so that :func:`nec_extract.language.lexicon.registered` sees them all."""

from nec_extract.language.lexicon import calendar

__all__ = ["calendar"]
