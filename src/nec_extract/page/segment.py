"""Split a page into meeting reports: headings that name a meeting start one; teasers, comment
threads, footers and other articles end one; clutter before the first heading belongs to none."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from nec_extract.language.dates import parse_parts
from nec_extract.language.lexicon import alternation, pattern_alternation
from nec_extract.language.lexicon.pages import pages_vocabulary

_LINE = re.compile(r"[^\n]*")
_WORDS = pages_vocabulary()


def _words(words: Iterable[str]) -> str:
    return rf"\b(?:{alternation(words)})\b"


# Words that name a meeting body
_NEC = re.compile(_words([*_WORDS.nec_names, *_WORDS.nec_other_names]), re.IGNORECASE)
_BODY = re.compile(_words(_WORDS.body_words), re.IGNORECASE)
# Undated headings must tie the meeting word to the body: "Alice's NEC report", "report from this week's NEC".
_NEC_MEETING = re.compile(
    rf"\b(?:{alternation(_WORDS.nec_names)})\W+(?:[\w’']+\W+){{0,2}}?(?:{alternation(_WORDS.words_after_nec)})\b"
    rf"|{_words(_WORDS.words_before_nec)}(?:\W+back)?\W+(?:(?:{alternation(_WORDS.prepositions_before_nec)})\W+)"
    rf"(?:[\w’']+\W+){{0,3}}?(?:{alternation(_WORDS.nec_after_report_words)})\b",
    re.IGNORECASE,
)
_BODY_MEETING = re.compile(rf"\b(?:{pattern_alternation(_WORDS.body_meeting)})\b", re.IGNORECASE)
_ARTICLE_HEADLINE = re.compile(rf"^(?:{'|'.join(word.capitalize() for word in _WORDS.question_words)})\b|\?")
_TEASER = re.compile(rf"^\s*(?:{alternation(_WORDS.teasers)})\b", re.IGNORECASE)
_FOOTER = re.compile(rf"^\s*(?:{pattern_alternation(_WORDS.footer_lines)})", re.IGNORECASE)
# A commenter's signature line: a short name, "says:" (or "said..."); not a sentence like "He said:".
_COMMENT_AUTHOR = re.compile(
    rf"^\s*(?!(?:{alternation(_WORDS.comment_pronouns)})\s)(?:[\w.'’@-]+\s){{1,4}}"
    rf"(?:{alternation(_WORDS.comment_verbs)})(?::|\.\.\.|…)\s*$",
    re.IGNORECASE,
)
_BOTH_BUTTONS = pattern_alternation(_WORDS.print_and_email_buttons)
# (?<!\s) anchors the match at the end of the last word: a line of spaces cannot make it quadratic
_CLUTTER_SUFFIX = re.compile(
    rf"(?<!\s)\s*(?:{pattern_alternation([*_WORDS.print_and_email_buttons, *_WORDS.single_buttons])})\s*$",
    re.IGNORECASE,
)
_ARTICLE_SUFFIX = re.compile(rf"\s(?:{_BOTH_BUTTONS})\s*$", re.IGNORECASE)
# Archive labels and breadcrumbs ("Category Archives: NEC reports", "Home › Reports › NEC") name no meeting.
_BREADCRUMB = re.compile(rf"^(?:{pattern_alternation(_WORDS.breadcrumb_labels)})\b[^:]{{0,20}}:|[›»]", re.IGNORECASE)
_TABLE_ROW = re.compile(r"\S(?:[^\S\n]{3,}|\t)\S")
_BULLET = re.compile(r"^\s*(?:[•*·▪–-]|\d+[.)])\s")


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


@dataclass
class ReportBlock:
    """A report's place on the page: its heading (if any) and character range."""

    title: str | None
    start: int
    end: int
    body_start: int
    title_start: int | None = None
    body_chars: int = 0


def lines_of(page: str) -> Iterator[Line]:
    for match in _LINE.finditer(page):
        if match.start() == match.end() and match.start() > 0 and page[match.start() - 1] != "\n":
            continue
        yield Line(match.start(), match.end(), match.group())


def clean_title(line: str) -> str:
    return _CLUTTER_SUFFIX.sub("", line.strip()).strip()


def is_heading_like(line: str) -> bool:
    """A short line standing alone, not a sentence of prose or a list item."""
    text = clean_title(line)
    words = text.split()
    if not words or len(text) > 160 or len(words) > 22 or _BULLET.match(line) or _TABLE_ROW.search(text):
        return False
    if text[-1] in ",;:":
        return False
    return not (text[-1] in ".!" and len(words) > 6)


def names_meeting(line: str) -> bool:
    """Does this heading name a meeting (rather than a section of one, or another article)?"""
    text = clean_title(line)
    if not is_heading_like(line) or _ARTICLE_HEADLINE.search(text) or _BREADCRUMB.search(text):
        return False
    if _is_dated(text):
        return bool(_NEC.search(text) or _BODY.search(text))
    return bool(_NEC_MEETING.search(text) or (_BODY.search(text) and _BODY_MEETING.search(text)))


def _is_dated(text: str) -> bool:
    return parse_parts(text) is not None


def is_article_headline(line: str) -> bool:
    """A headline of another kind of article (an explainer, an election address): it ends a report."""
    text = clean_title(line)
    if _ARTICLE_SUFFIX.search(line):  # a blog engine's article title, with its print/e-mail buttons
        return not names_meeting(line)
    return is_heading_like(line) and bool(_ARTICLE_HEADLINE.search(text)) and len(text.split()) >= 3


def ends_report(line: str) -> bool:
    return bool(_TEASER.match(line) or _FOOTER.match(line) or _COMMENT_AUTHOR.match(line))


def is_prose(line: str) -> bool:
    text = line.strip()
    return len(text) >= 80 or (len(text.split()) >= 8 and text[-1:] in '.!?"”')


def is_sentence(line: str) -> bool:
    return is_prose(line) or line.strip()[-1:] in ".!?"


def _starts_new_report(current: ReportBlock | None, heading: str, has_body: bool) -> bool:
    """A heading right under another (no sentence between) is its subtitle; an undated heading inside
    a dated report is one of its sections."""
    if current is None:
        return True
    if not has_body:
        return False
    return _is_dated(clean_title(heading)) or current.title is None or not _is_dated(current.title)


MIN_BODY_CHARS = 60


def segment(page: str) -> list[ReportBlock]:
    """Reports of the page in order. A page with no meeting heading yields one untitled report,
    unless it opens with another kind of headline (an article that is not a meeting report)."""
    blocks: list[ReportBlock] = []
    current: ReportBlock | None = None
    body_chars, has_body = 0, False
    for line in lines_of(page):
        text = line.stripped
        if not text:
            continue
        if names_meeting(text) and _starts_new_report(current, text, has_body):
            if current is not None:
                _close(blocks, current, page, line.start, body_chars)
            current = ReportBlock(clean_title(text), line.start, len(page), line.end, line.start)
            body_chars, has_body = 0, False
        elif current is not None and (ends_report(text) or is_article_headline(text)):
            _close(blocks, current, page, line.start, body_chars)
            current = None
        elif current is not None:
            has_body = has_body or is_sentence(text)
            body_chars += len(text) if is_sentence(text) else 0
    if current is not None:
        _close(blocks, current, page, len(page), body_chars)
    if not blocks:
        untitled = _untitled_report(page)
        return [untitled] if untitled else []
    # a "heading" over a line or two (a download link, a dateline) is not a report, unless it is all there is
    substantial = [b for b in blocks if b.body_chars >= MIN_BODY_CHARS]
    return substantial or blocks


def _close(blocks: list[ReportBlock], block: ReportBlock, page: str, end: int, body_chars: int) -> None:
    while end > block.start and page[end - 1].isspace():
        end -= 1
    block.end = end
    block.body_chars = body_chars
    blocks.append(block)


def _untitled_report(page: str) -> ReportBlock | None:
    """The one report of a page without a meeting heading: from its first prose line to its footer."""
    start = end = None
    for line in lines_of(page):
        text = line.stripped
        if not text:
            continue
        if start is None:
            if is_prose(text):
                start = line.start + (len(line.text) - len(line.text.lstrip()))
            elif is_heading_like(text) and not _is_page_furniture(text):
                return None  # another kind of article, headed by its own title
            continue
        if ends_report(text) or is_article_headline(text):
            end = line.start
            break
    if start is None:
        return None
    end = len(page) if end is None else end
    while end > start and page[end - 1].isspace():
        end -= 1
    return ReportBlock(None, start, end, start)


_FURNITURE = re.compile(rf"^(?:{pattern_alternation(_WORDS.furniture_openers)})|›|»|\|", re.IGNORECASE)
_BYLINE_ROLE = re.compile(_words(_WORDS.byline_roles))


def _is_page_furniture(text: str) -> bool:
    """Bylines, datelines, breadcrumbs and blog names that sit above a report's first paragraph."""
    if _FURNITURE.search(text):
        return True
    parts = parse_parts(text)
    if parts is not None and len(text.split()) <= 8:
        return True
    return bool(_BYLINE_ROLE.search(text))
