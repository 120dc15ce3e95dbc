"""Transitional: the motions extractor's way into the people service, until motions uses
:mod:`nec_extract.language.people` directly (issue 11, after the motions split)."""

from nec_extract.language.people import initials_map, resolve_name

__all__ = ["initials_map", "resolve_name"]
