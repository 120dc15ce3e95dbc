"""A second tally told with its verb left out ("carried 21–11, and 20–12 on the paper itself", "agreed by 19 votes
to 7 to suspend standing orders, and by 21 to 5 to endorse it"): two decisions in one sentence, the second on the
item it names or on one of its own."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.language.numbers import count_pattern
from nec_extract.language.text import Sentence


@cache
def _gapped_tally() -> re.Pattern[str]:
    num = count_pattern()
    tally = rf"{num}\s*(?:[-–—]|(?:votes?\s+)?to\b)\s*{num}\b"
    # the first tally; ", and"; the second with no verb of its own, then nothing, the item ("on the paper
    # itself") or the decision ("to endorse it") - not another time ("and 40-2 at last year's AGM")
    return re.compile(
        rf"\b{tally}[^;.]*?(?P<cut>,\s+and\s+)(?=(?:by\s+)?{tally}(?:\s+votes?)?\s*(?:on\s+the\b|to\s+[a-z]|[.;]|$))",
        re.IGNORECASE,
    )


def gapped_tally(sentence: Sentence) -> tuple[Sentence, Sentence] | None:
    """The sentence's two parts when it holds a second tally whose verb is left out, else None."""
    match = _gapped_tally().search(sentence.text)
    if match is None:
        return None
    cut, rest = match.start("cut"), match.end("cut")
    text = sentence.text
    first = Sentence(sentence.start, sentence.start + cut, text[:cut])
    second = Sentence(sentence.start + rest, sentence.end, text[rest:])
    return first, second
