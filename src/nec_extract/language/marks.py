"""The marks a line opens with that are no words of it: a markdown heading's "#" marks ("## NEC Report – 14 March
2023", a page converted from HTML) and a paragraph's number in minutes ("12. The committee agreed ...", "3.1 ..."). The
reading copy has them blanked, one character for one, so every stage reads the line's own words and every offset
still points into the page as given."""

from __future__ import annotations

import re

# a heading's mark in a page converted to markdown ("## NEC report"); a hashtag ("#NEC") has no space after it
_HEADING_MARK = re.compile(r"^[ \t]*(#{1,6})(?=[ \t])", re.MULTILINE)


# a paragraph's number in minutes ("12. The committee agreed ...", "3.1 The minutes were agreed"), not a count ("12
# votes to 9") nor a year ("2019 was ...")
_PARAGRAPH_NUMBER = re.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.|\d{1,2}(?:\.\d{1,2})+)(?=[ \t]+\S)")


def unmarked(page: str) -> str:
    """The page with the marks that open its lines and are no words of them blanked out: a markdown heading's, and a
    paragraph's number. Not the numbers of a list, which its readers read as its markers: a list a line ending in a
    colon brings in ("The Executive agreed:" / "1. Plans for ..." / "2. Funding for ..."), or one set out a line an
    item ("Decisions" / "1. Funding for the campaign." / "2. A grant to the food bank."); a paragraph's number stands
    before a paragraph of its own, blank lines or unnumbered lines around it."""
    page = _HEADING_MARK.sub(lambda mark: " " * len(mark.group()), page)
    if not _ANY_PARAGRAPH_NUMBER.search(page):
        return page
    lines = page.split("\n")
    numbers = [_PARAGRAPH_NUMBER.match(line) for line in lines]
    in_list = False
    for index, (line, number) in enumerate(zip(lines, numbers, strict=True)):
        if not line.strip():
            continue
        if number is not None and not in_list and not _listed(numbers, index) and _opens_prose(line[number.end() :]):
            lines[index] = " " * number.end() + line[number.end() :]
        in_list = line.rstrip().endswith(":") or (in_list and number is not None)
    return "\n".join(lines)


def _listed(numbers: list[re.Match[str] | None], index: int) -> bool:
    """Whether the line's number is one of a list set out a line an item: the line above or below is numbered too
    ("2. Funding for ..." / "3. A grant ...", "5.1 Motion on pay: carried." / "5.2 From Eastside ward: ...")."""
    return any(numbers[at] is not None for at in (index - 1, index + 1) if 0 <= at < len(numbers))


_ANY_PARAGRAPH_NUMBER = re.compile(rf"^{_PARAGRAPH_NUMBER.pattern}", re.MULTILINE)
# the words after a number are a paragraph when they could not stand alone as an item's title: they end in a comma, a
# semicolon or a colon, or run longer than a title, or end a sentence of more than a few words ("1. Minutes of the
# 2023 AGM", "2. Approved." stay numbered items, whose numbers keep them from reading as a page's headings)
_BULLET_AFTER_NUMBER = re.compile(r"[•·▪*–-]\s")
_SENTENCE_CLOSE = re.compile(r"""[.!?]["'”’)\]]?$""")
_TITLE_WORDS = 6
_LONGEST_TITLE_WORDS = 22
_LONGEST_TITLE_CHARS = 160


def _opens_prose(words: str) -> bool:
    words = words.strip()
    if _BULLET_AFTER_NUMBER.match(words):
        return True  # "8. • Changing the ...": a list scraped with both marks is a bulleted list
    count = len(words.split())
    if words[-1:] in ",;:" or count > _LONGEST_TITLE_WORDS or len(words) > _LONGEST_TITLE_CHARS:
        return True
    return count > _TITLE_WORDS and _SENTENCE_CLOSE.search(words) is not None
