"""The reading copy: the page as every stage reads it, one character for one, so that offsets into it are offsets
into the page."""

from __future__ import annotations

import re

from nec_extract.language.capitals import in_ordinary_case
from nec_extract.language.hyphens import whole_words
from nec_extract.language.marks import unmarked
from nec_extract.language.unwrap import unwrapped

# Spaces a web page's editor leaves between words (no-break, thin, figure ...) read as plain spaces: the
# tokenizer and the patterns' literal spaces do not take them for spaces.
_SPACE_SEPARATORS = str.maketrans(
    dict.fromkeys(
        "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000", " "
    )
)
# A Windows line end reads as a space and a line end, an old Mac one (a lone CR) as a line end.
_CARRIAGE_RETURN_BEFORE_LINE_END = re.compile(r"\r(?=\n)")


def reading_copy(page: str) -> str:
    """The page as the stages read it, one character for one (so offsets hold): space separators as plain
    spaces, line ends as ``\\n``, the marks a line opens with that are no words of it read as spaces, words set in
    capitals as ordinary writing, words a line end broke with a hyphen whole."""
    # the breaks are read before the space separators become spaces: a no-break space joins two words for the wrap
    copy = _CARRIAGE_RETURN_BEFORE_LINE_END.sub(" ", page)
    lined = in_ordinary_case(unmarked(copy.replace("\r", "\n")))
    # a broken word's line end is read after the wrap's: its line is as long as the width made it
    return whole_words(lined, unwrapped(lined)).translate(_SPACE_SEPARATORS)
