"""The marks a line opens with that are no words of it: a markdown heading's "#" marks ("## NEC Report – 14 March
2023", a page converted from HTML), its bold or italic marks ("**NEC Report – 14 March 2023**", "*Agreed:*") and the
line of "=" or "-" under it ("NEC Report" / "=========="), an e-mail reply's quote marks ("> The committee agreed
..."), and a paragraph's number in minutes ("12. The committee agreed ...", "3.1 ...", "1) ...", "(a) ..."). The
reading copy has them blanked, one character for one, so every stage reads the line's own words and every offset
still points into the page as given."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from nec_extract.language.line_ends import ends_open

# a heading's mark in a page converted to markdown ("## NEC report"); a hashtag ("#NEC") has no space after it
_HEADING_MARK = re.compile(r"^[ \t]*(#{1,6})(?=[ \t])", re.MULTILINE)


# an e-mail reply's quote marks, one or more levels ("> ", ">> ", "> > "): the lines of a quoted block, or a quoted
# blank line (">"); a lone line opening with ">" is read as written ("> 5,000 members": more than)
_QUOTE_MARK = re.compile(r"^[ \t]*>(?:[ \t]*>)*(?=[ \t]|$)", re.MULTILINE)

# bold or italic marks around a whole line ("**NEC Report – 14 March 2023**", "_Org Sub_", "***Agreed***") or around
# the label that opens it ("**Agreed:** the budget", "*Decisions:*"); a bullet ("* The budget was agreed") has a
# space after its mark
_EMPHASISED_LINE = re.compile(r"^([ \t]*)(\*\*\*|___|\*\*|__|\*|_)(?=[^\s*_])(.*?[^\s*_])\2[ \t]*$", re.MULTILINE)
_EMPHASISED_LABEL = re.compile(
    r"^([ \t]*)(\*\*|__|\*|_)(?=[^\s*_])([^*_\n]*?[:–—-]|[^*_\n]*?[^\s*_](?=\2\**[ \t]*[:–—-]))\2(?=[ \t:–—-])",
    re.MULTILINE,
)
# a bold paragraph a converter wrapped ("**The recommendations were" / "agreed without a vote.**"): its marks open its
# first line and close its last, none between
_EMPHASISED_PARAGRAPH = re.compile(
    r"^([ \t]*)(\*\*|__)(?=[^\s*_])((?:[^*_\n]|\n(?![ \t]*\n))*?[^\s*_])\2[ \t]*$", re.MULTILINE
)
# strong emphasis inside running text ("we **must** act"): a pair of "**" or "__" marks on one line, each against
# a word; single "*" and "_" are left (footnote stars, a name's underscores)
_STRONG_WORDS = re.compile(r"()(?<![*_\w])(\*\*|__)(?=[^\s*_])([^*_\n]*?[^\s*_])\2(?![*_\w])")

# a heading's underline in markdown ("NEC Report" / "=========="): a line of "=" or of "-" right under a line that
# could be a title, about as long as it, a paragraph of its own (a blank line, an underline or the page's start above
# it); a line of dashes after a blank line or a sentence separates, kept
_UNDERLINE = re.compile(r"[ \t]*(?:=+|-{2,})[ \t]*")
_SHORTEST_UNDERLINE = 0.5
_LONGEST_UNDERLINE = 1.5
_LONGEST_UNDERLINED_TITLE = 120
_WORD = re.compile(r"\w")

# a paragraph's number in minutes ("12. The committee agreed ...", "3.1 The minutes were agreed", "1) The branch
# ...", "(4) Motion from ...", "(b) The committee noted ...", "(ii) asks the Secretary ..."), not a count ("12 votes
# to 9") nor a year ("2019 was ...")
_PARAGRAPH_NUMBER = re.compile(
    r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.|\d{1,2}(?:\.\d{1,2})+|\(?\d{1,2}\)|\((?:[a-z]|i{2,3}|iv|vi{1,3})\)|[a-z]\))"
    r"(?=[ \t]+\S)"
)


def unmarked(page: str) -> str:
    """The page with the marks that open its lines and are no words of them blanked out: a quoted block's, a markdown
    heading's, bold and italic marks around a line or its label (and strong emphasis of words), a heading's underline,
    and a paragraph's number. Not the numbers of a list, which its readers read as its markers: a list a line ending
    in a colon brings in ("The Executive agreed:" / "1. Plans for ..." / "2. Funding for ..."), or one set out a line an
    item ("Decisions" / "1. Funding for the campaign." / "2. A grant to the food bank."); a paragraph's number stands
    before a paragraph of its own, blank lines or unnumbered lines around it."""
    page = _unquoted(page)
    page = _HEADING_MARK.sub(_blank, page)
    page = _unemphasised(page)
    page = _without_underlines(page)
    if not _ANY_PARAGRAPH_NUMBER.search(page):
        return page
    lines = page.split("\n")
    numbers = [_PARAGRAPH_NUMBER.match(line) for line in lines]
    in_list = False
    for index, (line, number) in enumerate(zip(lines, numbers, strict=True)):
        if not line.strip():
            continue
        if (
            number is not None
            and not in_list
            and not _listed(numbers, index)
            and _opens_prose(line[number.end() :], number.group().rstrip().endswith(")"))
            and not _closes_a_bracket(lines, index, number.group())
        ):
            lines[index] = " " * number.end() + line[number.end() :]
        in_list = line.rstrip().endswith(":") or (in_list and number is not None)
    return "\n".join(lines)


def _blank(mark: re.Match[str]) -> str:
    return " " * len(mark.group())


def _unquoted(page: str) -> str:
    """The page with its quote marks blanked where they mark a quoted block: two lines in a row opening with ">"."""
    if ">" not in page:
        return page
    lines = page.split("\n")
    quoted = [_QUOTE_MARK.match(line) for line in lines]
    for index, mark in enumerate(quoted):
        if mark is not None and any(quoted[at] is not None for at in (index - 1, index + 1) if 0 <= at < len(lines)):
            lines[index] = " " * mark.end() + lines[index][mark.end() :]
    return "\n".join(lines)


def _unemphasised(page: str) -> str:
    """The page with the bold and italic marks around its lines and the labels opening them blanked, and the strong
    emphasis of words in running text."""
    if "*" not in page and "_" not in page:
        return page

    page = _EMPHASISED_LINE.sub(_blank_pair, page)
    page = _EMPHASISED_LABEL.sub(_blank_pair, page)
    page = _EMPHASISED_PARAGRAPH.sub(_blank_pair, page)
    return _STRONG_WORDS.sub(_blank_pair, page)


def _blank_pair(emphasis: re.Match[str]) -> str:
    """The emphasised words with their opening mark (group 2) and its closing twin after them (group 3) blanked."""
    text, width = emphasis.group(), len(emphasis.group(2))
    opening, closing = emphasis.start(2) - emphasis.start(), emphasis.end(3) - emphasis.start()
    return text[:opening] + " " * width + text[opening + width : closing] + " " * width + text[closing + width :]


def _without_underlines(page: str) -> str:
    """The page with the underlines of its headings blanked: the heading reads as a line of its own."""
    if "==" not in page and "--" not in page:
        return page
    lines = page.split("\n")
    for index in range(1, len(lines)):
        following = lines[index + 1].lstrip() if index + 1 < len(lines) else ""
        if (
            _UNDERLINE.fullmatch(lines[index])
            and (index == 1 or not lines[index - 2].strip() or _UNDERLINE.fullmatch(lines[index - 2]))
            and not following[:1].islower()
            and _underlines(lines[index - 1], len(lines[index].strip()))
        ):
            lines[index] = " " * len(lines[index])
    return "\n".join(lines)


def _underlines(title: str, width: int) -> bool:
    """Whether a line of ``width`` marks under ``title`` underlines it: a title's length, the title no sentence nor
    a part of one (ending in a word a sentence runs on from, "... the Chair of the", or the line after the marks
    carrying on in small letters)."""
    title = title.strip()
    if len(title) > _LONGEST_UNDERLINED_TITLE or not _WORD.search(title) or _UNDERLINE.fullmatch(title):
        return False
    if _SENTENCE_CLOSE.search(title) or title.endswith(";") or ends_open(title):
        return False
    return _SHORTEST_UNDERLINE * len(title) <= width <= _LONGEST_UNDERLINE * len(title) + 2


def _closes_a_bracket(lines: list[str], index: int, number: str) -> bool:
    """Whether a number's bracket closes one the line above left open: a tally the wrap broke ("... (for 9, against
    11, abstentions" / "1) and the motion ...")."""
    if not number.rstrip().endswith(")") or "(" in number or index == 0:
        return False
    above = lines[index - 1]
    return above.count("(") > above.count(")")


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
# a title numbered "1)" or "(a)" is an agenda item's ("3) Pay campaign"), shorter than a heading numbered "1."
_LONGEST_BRACKETED_TITLE_WORDS = 12
_LONGEST_TITLE_CHARS = 160


def _opens_prose(words: str, bracketed: bool = False) -> bool:
    words = words.strip()
    if _BULLET_AFTER_NUMBER.match(words):
        return True  # "8. • Changing the ...": a list scraped with both marks is a bulleted list
    count = len(words.split())
    longest = _LONGEST_BRACKETED_TITLE_WORDS if bracketed else _LONGEST_TITLE_WORDS
    if words[-1:] in ",;:" or count > longest or len(words) > _LONGEST_TITLE_CHARS:
        return True
    return count > _TITLE_WORDS and _SENTENCE_CLOSE.search(words) is not None


# a thread post's counter opening or closing a line: "1/9", "(2/9)", "[2/9]", "3/9:"; "1/" alone opens a thread's first
# post
_THREAD_MARK = re.compile(
    r"^\s*[(\[]?(?P<number>\d{1,2})/(?P<total>\d{1,2})?[)\]]?[:.]?\s"
    r"|\s[(\[]?(?P<end_number>\d{1,2})/(?P<end_total>\d{1,2})[)\]]?\s*$"
)
# a page's posts are a thread when this many lines, numbered up to one total, count them
_FEWEST_COUNTED_POSTS = 3


def thread_mark(line: str) -> tuple[int, int | None] | None:
    """The post number and total a line opens or closes with ("(2/9) The Leader's report ...", "... today 1/7"), or
    None."""
    found = _THREAD_MARK.search(line)
    if found is None:
        return None
    number = found.group("number") or found.group("end_number")
    total = found.group("total") or found.group("end_total")
    return int(number), int(total) if total else None


@lru_cache(maxsize=64)
def thread_total(page: str) -> int | None:
    """The number of posts a page's thread counts to: its lines counted "1/7", "2/7", "3/7" (or "(1/9)" over "2/",
    "3/" ...), three posts at least, from the first; None on a page with no thread. A day and month in figures
    ("1/7") on such a page may be a post's counter, no date."""
    if "/" not in page:
        return None
    marks = [mark for line in page.split("\n") if (mark := thread_mark(line)) is not None]
    counted: dict[int, set[int]] = defaultdict(set)
    for total in {of for _, of in marks if of is not None}:
        counted[total] = {number for number, of in marks if of in (total, None) and number <= total}
    threads = [total for total, numbers in counted.items() if len(numbers) >= _FEWEST_COUNTED_POSTS and 1 in numbers]
    return max(threads, key=lambda total: len(counted[total])) if threads else None


def counts_a_post(page: str, day: int, month: int) -> bool:
    """Whether a day and month in figures ("1/7") is the counter of a post of the page's thread."""
    total = thread_total(page)
    return total is not None and month == total and day <= total
