"""What opens an item of a list, as a page writes one: a bullet or a dash, a number or a letter ("•", "–", "3.",
"(b)"), and the number of one part of a numbered resolution ("(ii) to oppose proposal 12")."""

from __future__ import annotations

import re

#: what opens an item of a list: a bullet or a dash, a number or a letter ("•", "–", "3.", "(b)")
LIST_MARKER = r"\s*(?:[•·▪*–-]|\(?(?:\d+|[a-h])[.)]|\(?[ivx]{1,4}\))\s"
#: a list marker, or a spaced em dash opening an item ("— longlisting by a panel")
LIST_MARKER_OR_EM_DASH = rf"\s*—\s|{LIST_MARKER}"
#: the number of one part of a numbered resolution or list: "(1)", "(b)", "ii)", "2."
PART_NUMBER = r"\(?(?:\d{1,2}|[a-h]|i{1,3}|iv|vi{0,3})[.)]"
#: a minutes paragraph's number in parts: "2.3", "4.1.2."
PARAGRAPH_PART_NUMBER = r"\d{1,3}(?:\.\d{1,3})+\.?"
_OPENING_PART_NUMBER = re.compile(rf"\W*{PART_NUMBER}\s+", re.IGNORECASE)


def unnumbered(words: str) -> str:
    """A listed part's words without the number that opens it ("(ii) to oppose proposal 12")."""
    number = _OPENING_PART_NUMBER.match(words)
    return words[number.end() :] if number else words
