"""Imports every vocabulary model, so that :func:`nec_extract.language.lexicon.registered` sees them all."""

from nec_extract.language.lexicon import calendar, decisions, membership, names, numbers, people, speakers, titles

__all__ = ["calendar", "decisions", "membership", "names", "numbers", "people", "speakers", "titles"]
