"""Plain-text helpers shared by every extractor: sentences with offsets, and spans."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from nec_extract.language.calendar import MONTH_ABBREVIATIONS
from nec_extract.language.lexicon import pattern_alternation
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.language.lexicon.names import names_vocabulary
from nec_extract.language.line_ends import ends_open
from nec_extract.language.list_items import LIST_MARKER_OR_EM_DASH
from nec_extract.language.people.titles import abbreviated_titles_re
from nec_extract.models import Span

# A sentence ends at . ! ? (and the quote or bracket that closes it, which it keeps) followed by space
# and a capital, digit or opening quote; common abbreviations do not end one.
_SENTENCE_END = re.compile(r"""(?<=[.!?])["'”’)\]]?(?=\s+["'“‘(\[]?[A-Z0-9£])""")
_ABBREVIATIONS = re.compile(
    rf"(?:\b(?:{abbreviated_titles_re()}|{pattern_alternation(grammar_vocabulary().sentence_abbreviations)}|"
    rf"{'|'.join(MONTH_ABBREVIATIONS)})|\b[A-Z])\.$"
)
_PARAGRAPH = re.compile(r"[^\n]+")
# a line that closes its sentence (or introduces a list); a hard-wrapped line ends without one of these
_CLOSED_LINE = re.compile(r"""[.!?:]["'”’)\]]?\s*$""")
WRAPPED_SHARE = 0.6
# a line that carries on a sentence from the line above starts in lower case
_CONTINUATION = re.compile(r"\s*[a-z(£]")
RUN_ON_SHARE = 0.25
# or the lines but the last are all about one width, as a mail client wraps them
WRAP_WIDTH_MIN = 50
WRAP_WIDTH_SPREAD = 20
# but not a table whose columns are lined up with spaces ("M2  Rail fares      A. Lee    Lost"): prose has at most
# two spaces between words, and a row has a wider gap between its cells; nor one whose cells are marked off by bars
# or by two semicolons or more ("M2 | Rail fares | Lost", "M2 (Rail fares): oppose; opposed; lost")
_COLUMN_GAP = re.compile(r"\S(?: {3,}|\t| ?\| ?)\S|;[^;]+;")
TABLE_SHARE = 0.5
# nor a list whose items have lost their stops ("Agreed procedures" / "• longlisting by a panel" / "• hustings ..."):
# most of its lines open with a list marker (here an em dash too)
_LIST_LINE = re.compile(LIST_MARKER_OR_EM_DASH)
LIST_SHARE = 0.5
# a line of prose that ends in the first part of a name after a title or a word that brings in a person ("... was
# moved by Cllr Hamid", "... and Dana") and a line that goes on with the rest of it and the sentence ("Rauf and
# seconded ...", "Whitlock, who ...")
_NAME_INTRODUCERS = pattern_alternation(names_vocabulary().name_introducers)
_NAME_BREAK_END = re.compile(
    rf"(?:\b(?:{abbreviated_titles_re()})\.?|\b(?:{_NAME_INTRODUCERS})|,)[ \t]+[A-Z][a-z]+[ \t]*$"
)
_NAME_BREAK_START = re.compile(r"[ \t]*[A-Z][a-z]+(?:[ \t]+[a-z]|,)")
_TITLE_AT_END = re.compile(rf"[a-z,][ \t]+(?:{abbreviated_titles_re()})\.?[ \t]*$")
_NAME_AT_START = re.compile(r"[ \t]*[A-Z][a-z]+[ \t]+[A-Z][a-z]+")
# how long a line of wrapped prose is at least, and how much of its end the test above reads
_WRAPPED_LINE_CHARS = 40
_NAME_BREAK_REACH = 60
# the longest abbreviation above, with its full stop: how far back from a sentence end to look
_ABBREVIATION_REACH = 8

# Sentences are handed to spaCy, whose memory grows with their length: a longer one (a page without
# punctuation, a megabyte on one line) is cut at whitespace into pieces of at most this many
# characters. The corpus's longest sentence has about 700.
MAX_SENTENCE_CHARS = 1000


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def make_span(page: str, start: int, end: int) -> Span:
    """The span ``page[start:end]``, trimmed of surrounding whitespace."""
    start, end = _trimmed(page, start, end)
    return Span(start=start, end=end, text=page[start:end])


def _trimmed(page: str, start: int, end: int) -> tuple[int, int]:
    while start < end and page[start].isspace():
        start += 1
    while end > start and page[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(page: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of ``page[start:end]``, offsets into ``page``: each paragraph is split at sentence ends.
    None is longer than :data:`MAX_SENTENCE_CHARS`."""
    end = len(page) if end is None else end
    sentences: list[Sentence] = []
    for paragraph_start, paragraph_end in paragraphs(page, start, end):
        cursor = paragraph_start
        for boundary in _SENTENCE_END.finditer(page, paragraph_start, paragraph_end):
            if _ends_with_abbreviation(page, cursor, boundary.start()):
                continue
            _append(sentences, page, cursor, boundary.end())
            cursor = boundary.end()
        _append(sentences, page, cursor, paragraph_end)
    return sentences


def paragraphs(page: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Ranges of text that sentences do not cross: each line, except that a hard-wrapped block (three or
    more lines in a row, most of them ending mid-sentence, as in a pasted e-mail) is one paragraph."""
    for block in _line_blocks(page, start, end):
        if _is_wrapped(block):
            yield block[0].start(), block[-1].end()
        else:
            yield from _lines_joined_at_broken_names(block)


def _lines_joined_at_broken_names(block: list[re.Match[str]]) -> Iterator[tuple[int, int]]:
    """Each line, except that two lines of prose a name is broken across ("... moved by Cllr Hamid" / "Rauf and
    seconded by ...") are one, and so are a long line left open and the line that carries it on (in lower case, "1.
    Minutes of 20 Sept and of the special" / "meeting on 4 October – agreed.", or after a word no sentence ends
    on)."""
    start = block[0].start()
    for line, following in zip(block, [*block[1:], None], strict=True):
        if following is not None and _breaks_a_name(line.group(), following.group()):
            continue
        if following is not None and _carried_on(line.group(), following.group()):
            continue
        yield start, line.end()
        if following is not None:
            start = following.start()


def _carried_on(line: str, following: str) -> bool:
    """The next line carries the sentence on: it opens in lower case, or this long line breaks off on a word no
    sentence ends on ("... was received after the deadline; the" / "Executive did not accept it ...")."""
    return (
        len(line.strip()) >= _WRAPPED_LINE_CHARS
        and not _CLOSED_LINE.search(line)
        and (
            bool(_LOWER_CONTINUATION.match(following))
            or (ends_open(line) and bool(_WORD_CONTINUATION.match(following)))
        )
    )


# the line carrying on a sentence opens with a lower-case word (not a bullet or a number)
_LOWER_CONTINUATION = re.compile(r"\s*[a-z]")
# after an open word, the line carrying it on opens with a word in lower or title case, not a label ("RESOLVED")
_WORD_CONTINUATION = re.compile(r"\s*[A-Za-z][a-z]")


def _breaks_a_name(line: str, following: str) -> bool:
    if len(line) < _WRAPPED_LINE_CHARS or not line[:1].isalpha() or _CLOSED_LINE.search(line):
        return False
    end = line[-_NAME_BREAK_REACH:]
    if _TITLE_AT_END.search(end):
        return bool(_NAME_AT_START.match(following))  # "... seconded by Cllr" / "Bea Lind and ..."
    return bool(_NAME_BREAK_END.search(end) and _NAME_BREAK_START.match(following))


def _line_blocks(page: str, start: int, end: int) -> Iterator[list[re.Match[str]]]:
    """Runs of non-blank lines with no blank line between them."""
    block: list[re.Match[str]] = []
    for line in _PARAGRAPH.finditer(page, start, end):
        if not line.group().strip():
            continue
        if block and page.count("\n", block[-1].end(), line.start()) > 1:
            yield block
            block = []
        block.append(line)
    if block:
        yield block


def _is_wrapped(block: list[re.Match[str]]) -> bool:
    """Wrapped prose, not a list: most lines open at the end, and sentences running on into the next
    line ("The Chair opened with / an update on ...")."""
    if len(block) < 3 or _is_table(block) or _is_list(block):
        return False
    open_ended = sum(1 for line in block if not _CLOSED_LINE.search(line.group()))
    if open_ended / len(block) < WRAPPED_SHARE:
        return False
    run_on = sum(1 for line in block[1:] if _CONTINUATION.match(line.group()))
    return run_on / (len(block) - 1) >= RUN_ON_SHARE or _of_one_width(block)


def _is_list(block: list[re.Match[str]]) -> bool:
    """Items of a list, one a line: most lines open with a bullet or a number."""
    marked = sum(1 for line in block if _LIST_LINE.match(line.group()))
    return marked / len(block) >= LIST_SHARE


def _is_table(block: list[re.Match[str]]) -> bool:
    """Rows of a table laid out in columns: most lines hold a gap between cells."""
    gapped = sum(1 for line in block if _COLUMN_GAP.search(line.group().strip()))
    return gapped / len(block) >= TABLE_SHARE


def _of_one_width(block: list[re.Match[str]]) -> bool:
    """Lines cut at one fixed width, as an e-mail is, whatever words they start with ("... Branch secretary" /
    "Amos Greene then reported ...")."""
    widths = [len(line.group().rstrip()) for line in block[:-1]]
    return min(widths) >= WRAP_WIDTH_MIN and max(widths) - min(widths) <= WRAP_WIDTH_SPREAD


def _ends_with_abbreviation(page: str, start: int, end: int) -> bool:
    # only the last few characters are searched, so a long run of abbreviations stays linear
    return bool(_ABBREVIATIONS.search(page, max(start, end - _ABBREVIATION_REACH), end))


def _append(sentences: list[Sentence], page: str, start: int, end: int) -> None:
    start, end = _trimmed(page, start, end)
    for piece_start, piece_end in bounded_pieces(page, start, end):
        piece_start, piece_end = _trimmed(page, piece_start, piece_end)
        if piece_end > piece_start:
            sentences.append(Sentence(piece_start, piece_end, page[piece_start:piece_end]))


def bounded_pieces(page: str, start: int, end: int, limit: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """``page[start:end]`` as consecutive ranges of at most ``limit`` characters, each cut after the
    last whitespace that fits (or at ``limit`` when there is none)."""
    pieces: list[tuple[int, int]] = []
    while end - start > limit:
        cut = _last_space(page, start, start + limit)
        cut = cut + 1 if cut > start else start + limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _last_space(page: str, start: int, end: int) -> int:
    """Index of the last whitespace character in ``page[start:end]``, or -1."""
    for index in range(end - 1, start - 1, -1):
        if page[index].isspace():
            return index
    return -1


def normalise_space(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()
