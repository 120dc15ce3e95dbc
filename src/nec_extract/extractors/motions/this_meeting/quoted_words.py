"""A motion's own words quoted after its introduction: "It was moved by Cllr Ward and seconded by Cllr Bose:" /
"“This Council notes ... Council resolves to double the fines.”" / "The motion was lost.". What the quoted motion
notes, believes and resolves is what was put, not what the meeting decided; the result comes after the quote."""

from __future__ import annotations

import re

from nec_extract.extractors.motions.sentence.reading import Reading

_OPENING = '"“'
_CLOSING = '"”'
_LONGEST_QUOTE = 15  # sentences: a quote not closed by then is no motion's words (an unbalanced mark)
_QUOTE_AFTER_COLON = re.compile(r":\s*[\"“]")


def inside_quoted_motions(readings: list[Reading]) -> set[int]:
    """The indices of the sentences after a motion's introduction that lie wholly inside the motion's quoted words
    (the introduction keeps the quote's first sentence when it shares its line)."""
    inside: set[int] = set()
    index = 0
    while index < len(readings):
        quoted = _quoted_after(readings, index)
        inside.update(quoted)
        index = max(quoted, default=index) + 1
    return inside


def _quoted_after(readings: list[Reading], index: int) -> list[int]:
    intro = readings[index]
    if not _introduces_a_motion(intro):
        return []
    text = intro.sentence.text
    colon = _QUOTE_AFTER_COLON.search(text)
    if colon is not None:
        if _closes(text[colon.end() :]):
            return []  # the whole motion is quoted in this sentence
        start = index + 1
    elif text.rstrip().endswith(":") and index + 1 < len(readings) and _opens(readings[index + 1].sentence.text):
        if _closes(readings[index + 1].sentence.text.lstrip()[1:]):
            return [index + 1]
        start = index + 2
    else:
        return []
    for end in range(start, min(start + _LONGEST_QUOTE, len(readings))):
        if _closes(readings[end].sentence.text):
            return list(range(index + 1, end + 1 if _ends_with_quote(readings[end].sentence.text) else end))
    return []


def _introduces_a_motion(reading: Reading) -> bool:
    """A sentence that moves or names a motion before a colon: "X moved the following motion:", "It was moved by X
    and seconded by Y:", "Motion 4 (Ashby branch):"."""
    before = reading.sentence.text.split(":", 1)[0]
    return ":" in reading.sentence.text and (
        bool(reading.people.movers or reading.people.seconders or reading.people.put)
        or (reading.kind is not None and reading.kind_at < len(before))
    )


def _opens(text: str) -> bool:
    return text.lstrip()[:1] in _OPENING


def _closes(text: str) -> bool:
    """Whether a quote open before this text closes in it: a closing curly mark, or a straight one left unpaired."""
    return "”" in text or text.count('"') % 2 == 1


def _ends_with_quote(text: str) -> bool:
    """The quote closes at the sentence's end: nothing of the meeting's own told after it in the same sentence."""
    return text.rstrip(" .").endswith(tuple(_CLOSING))
