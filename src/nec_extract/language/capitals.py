"""Words printed in capitals read as ordinary writing: a heading, a byline, a minutes label or a name set in
capitals ("GENERAL SECRETARY'S REPORT", "BY JO BLOGGS", "MOVED: SAM HALE", "COUNCILLOR ADA ROOKE said") reads as
the page would write it ("General Secretary's report", "By Jo Bloggs", "Moved: Sam Hale", "Councillor Ada Rooke
said"), so that the rules and the parser, which read case, read it as they read the rest.

One character for one, so every offset still points into the page as given. Two readings:

- a line in capitals with no sentence's end in it (a heading, a byline, a label) is read in title case: every word
  capitalised but the small words of the vocabulary and the words the page writes in lower case elsewhere (or
  that end as running text does: "ELECTED UNOPPOSED"), save a body's name ("NATIONAL COORDINATING GROUP") and
  the cells of a table's row, a line that ends in its result ("A3 RAIL FARES OPPOSE CARRIED"), which keep their
  capitals;
- a line in capitals that is prose (a sentence ends in it, or a paragraph broken at a width runs through it), and
  in a line of ordinary writing a run of two or more words in capitals ("COUNCILLOR ADA ROOKE said", "NO PROGRESS
  has been made"), are read in sentence case: a word the page writes in lower case elsewhere, a small word of the
  vocabulary or a word with a running-text ending in lower case; any other word capitalised, as a name is.

In both, a word the page writes in capitals elsewhere ("the GMB delegate"), an acronym of the vocabulary and a
word no one could say ("CLP", "YLNC") stay in capitals; months, weekdays and titles are capitalised; a common first
name and the surname after it are a name ("ANN BLACK", though the page writes "black"). A single word in capitals
inside ordinary writing ("we need EVERY member", "AGREED.") is left as it is."""

from __future__ import annotations

import re
from enum import Enum
from functools import cache

from nec_extract.language.calendar import FULL_MONTH_NAMES, MONTH_ABBREVIATIONS, WEEKDAY_NAMES
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.capitals import capitals_vocabulary
from nec_extract.language.lexicon.decisions import decisions_vocabulary
from nec_extract.language.lexicon.pages import pages_vocabulary
from nec_extract.language.lexicon.titles import titles_vocabulary
from nec_extract.language.people.gender import is_common_first_name

_UPPER = "A-ZÀ-ÖØ-Þ"
# a word in capitals of two letters or more, its parts joined by an apostrophe or a hyphen ("SECRETARY'S", "AWAY-DAY")
_CAPITALS_WORD = rf"[{_UPPER}](?:[{_UPPER}]|['’-](?=[{_UPPER}]))*[{_UPPER}]"
# two or more of them in a row on one line: a name or a phrase set in capitals inside ordinary writing
# (a letter alone may stand between two of them: "SAID A MOTION", "JO A BLOGGS")
_CAPITALS_RUN = re.compile(rf"(?<![\w'’-]){_CAPITALS_WORD}(?:[ \t]+(?:[{_UPPER}][ \t]+)?{_CAPITALS_WORD})+(?![\w'’-])")
_ANY_CAPITALS_WORD = re.compile(rf"(?<![\w'’-]){_CAPITALS_WORD}(?![\w'’-])")
_LOWER_LETTER = re.compile(rf"[^\W\d_{_UPPER}]")
# a sentence's end inside a line: a word (not a number or an initial) and a stop, then a space or the line's end
_SENTENCE_END = re.compile(r"[^\W\d_]{2}[.!?][\"'”’)\]]?(?:\s|$)")
# a word's letters (apostrophes inside it kept): what is recased one at a time; a hyphen separates two words
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# words joined by a hyphen: "co-chair", "by-election"
_JOINED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")
_VOWELS = frozenset("AEIOU")
# a word with no vowel but a "Y" inside it is a word ("LYNN", "GLYN"); one that opens with "Y" and a consonant is not
_Y_AS_VOWEL = re.compile(r".+Y|Y[AEIOU]")
# what an apostrophe joins to a word that is not part of a name: "SECRETARY'S", "DON'T", "WE'LL"
_CLITICS = frozenset({"S", "T", "D", "M", "LL", "RE", "VE"})
# what may stand before the first word of a line's sentence: a number, a bullet, a bracket ("1. APOLOGIES")
_LINE_OPENING = re.compile(r"[\W\d_]*")
_SENTENCE_BEFORE = re.compile(r"[.!?][\"'”’)\]]?[ \t]+$")


class _Form(Enum):
    KEPT = "kept"  # an acronym: stays in capitals
    CAPITALISED = "capitalised"  # a month, a title: capitalised wherever it stands
    LOWER = "lower"  # a word of running text
    NAME = "name"  # any other word: capitalised as a name


class _Seen:
    """How the page writes its words outside capitals: in lower case (also words joined by a hyphen, "co-chair"),
    or (a word alone) in capitals."""

    def __init__(self) -> None:
        self.lower: set[str] = set()
        self.capitals: set[str] = set()
        self.joined: set[str] = set()
        self.mixed: dict[str, str] = {}  # "GPEX" -> "GPEx", "MCDONNELL" -> "McDonnell"
        self.lower_in_headings = False  # whether the heading being read takes the lower case the page writes


def in_ordinary_case(page: str) -> str:
    """The page with its lines and runs of words in capitals read as ordinary writing; the page itself when it
    has none."""
    spans = _capitals_spans(page)
    if not spans:
        return page
    seen = _forms_seen(page, spans)
    characters = list(page)
    for start, end, heading in spans:
        _recase(page, start, end, heading, seen, characters)
    return "".join(characters)


def _capitals_spans(page: str) -> list[tuple[int, int, bool]]:
    """Where capitals are read otherwise, and whether in title case: every line with no lower-case letter that
    holds a word in capitals (a heading, unless it is prose: a sentence ends in it or it runs on from or into the
    lines of a paragraph), and every run of two or more words in capitals in the other lines."""
    lines = page.split("\n")
    prose = _prose_in_capitals(lines)
    spans: list[tuple[int, int, bool]] = []
    offset = 0
    for index, line in enumerate(lines):
        if not _LOWER_LETTER.search(line):
            if _ANY_CAPITALS_WORD.search(line):
                spans.append((offset, offset + len(line), not prose[index]))
        else:
            spans.extend((offset + run.start(), offset + run.end(), False) for run in _CAPITALS_RUN.finditer(line))
        offset += len(line) + 1
    return spans


# a line of a paragraph that runs on to the next: long, and not closed by a stop or a colon
_RUNNING_ON_CHARS = 40
_CLOSED = re.compile(r"[.!?:;][\"'”’)\]]?\s*$")
# a line of ordinary writing left open mid-sentence: its last word in lower case, or a comma
_LEFT_OPEN = re.compile(r"(?:\b[^\W\d_A-ZÀ-ÖØ-Þ][\w'’-]*|,)\s*$")
_OPENS_IN_LOWER_CASE = re.compile(r"\s*[^\W\d_A-ZÀ-ÖØ-Þ]")


def _prose_in_capitals(lines: list[str]) -> list[bool]:
    """Which lines in capitals are prose, not headings: a sentence ends in them, or they are lines of a
    paragraph broken at a width, running on from a line left open mid-sentence or into a line that goes on in
    lower case (and so on from line to line)."""
    capitals = [bool(_ANY_CAPITALS_WORD.search(line)) and not _LOWER_LETTER.search(line) for line in lines]
    prose = [capitals[i] and bool(_SENTENCE_END.search(line)) for i, line in enumerate(lines)]
    for i in range(1, len(lines)):
        before = lines[i - 1]
        runs_on = len(before.strip()) >= _RUNNING_ON_CHARS and not _CLOSED.search(before)
        if capitals[i] and runs_on and (prose[i - 1] or (not capitals[i - 1] and _LEFT_OPEN.search(before))):
            prose[i] = True
    for i in range(len(lines) - 2, -1, -1):
        line, after = lines[i], lines[i + 1]
        runs_on = len(line.strip()) >= _RUNNING_ON_CHARS and not _CLOSED.search(line)
        if capitals[i] and runs_on and (prose[i + 1] or (not capitals[i + 1] and _OPENS_IN_LOWER_CASE.match(after))):
            prose[i] = True
    return prose


def _forms_seen(page: str, spans: list[tuple[int, int, bool]]) -> _Seen:
    seen = _Seen()
    cursor = 0
    for start, end, _ in [*spans, (len(page), len(page), False)]:
        for word in _WORD.finditer(page, cursor, start):
            text = word.group()
            if text.islower():
                seen.lower.add(_stem(text))
            elif text.isupper() and len(text) > 1:
                seen.capitals.add(_stem(text))
            elif not text[1:].islower() and len(text.upper()) == len(text):
                seen.mixed[text.upper()] = text
        seen.joined.update(word.group() for word in _JOINED.finditer(page, cursor, start) if word.group().islower())
        cursor = end
    return seen


def _stem(word: str) -> str:
    """The word before an apostrophe's clitic ("secretary's" -> "secretary"); a name's apostrophe stays ("O'NEILL")."""
    parts = re.split(r"['’]", word)
    return parts[0] if len(parts) > 1 and parts[-1].upper() in _CLITICS else word


@cache
def _acronyms() -> frozenset[str]:
    return frozenset(capitals_vocabulary().acronyms)


@cache
def _title_small_words() -> frozenset[str]:
    return frozenset(capitals_vocabulary().title_small_words)


@cache
def _lower_case_words() -> frozenset[str]:
    """The words a sentence reads in lower case: the title's small words and more."""
    return frozenset(capitals_vocabulary().lower_case_words) | _title_small_words()


@cache
def _capitalised_words() -> frozenset[str]:
    """Months, weekdays, titles and offices: capitalised in running text."""
    return frozenset(word.casefold() for word in (*FULL_MONTH_NAMES, *WEEKDAY_NAMES)) | _title_words()


@cache
def _title_words() -> frozenset[str]:
    """Titles and offices before a name: "Councillor", "Cllrs", "President"."""
    titles = titles_vocabulary()
    return frozenset((*titles.titles, *titles.abbreviated_titles, *titles.plural_titles, *titles.office_titles))


@cache
def _running_text_ending() -> re.Pattern[str]:
    """The ending of a word of running text ("reported", "meeting", "nationally"), on a word of five letters or more."""
    endings = "|".join(sorted(map(re.escape, capitals_vocabulary().running_text_endings), key=len, reverse=True))
    return re.compile(rf"^\w{{3,}}(?:{endings})$")


@cache
def _month_abbreviations() -> frozenset[str]:
    return frozenset(word.casefold() for word in MONTH_ABBREVIATIONS)


def _unspeakable(word: str) -> bool:
    """A word no one could say as a word, so an acronym: no vowel ("CLP", "NCC", "YLNC")."""
    return not _VOWELS & set(word) and not _Y_AS_VOWEL.match(word)


def _ends_as_running_text(stem: str) -> bool:
    """ "REPORTED", "UNOPPOSED", "NATIONALLY"; not a first name so ended ("EMILY", "MOHAMMED")."""
    return bool(_running_text_ending().search(stem.casefold())) and not is_common_first_name(stem)


def _form(stem: str, heading: bool, seen: _Seen) -> _Form:
    folded = stem.casefold()
    if folded in _capitalised_words():
        return _Form.CAPITALISED
    if (len(stem) == 1 and stem != "A") or stem in seen.capitals or folded in _acronyms() or _unspeakable(stem):
        return _Form.KEPT
    if stem == "A" and not heading:
        return _Form.LOWER  # the article, in a sentence
    if heading:
        running = folded in seen.lower or _ends_as_running_text(stem)
        small = folded in _title_small_words() or (seen.lower_in_headings and running)
        return _Form.LOWER if small else _Form.NAME
    if folded in _lower_case_words() or folded in seen.lower or _ends_as_running_text(stem):
        return _Form.LOWER
    if folded in _month_abbreviations():
        return _Form.CAPITALISED
    return _Form.NAME


def _recase(page: str, start: int, end: int, heading: bool, seen: _Seen, characters: list[str]) -> None:
    words = list(_WORD.finditer(page, start, end))
    # a heading's words the page writes in lower case elsewhere read so, but not a row of a table, whose cells are
    # capitalised ("A3 RAIL FARES OPPOSE CARRIED" -> "A3 Rail Fares Oppose Carried")
    seen.lower_in_headings = heading and not _ends_in_a_result(page[start:end])
    forms = [_form(_stem(word.group()), heading, seen) for word in words]
    _names_in(words, forms)
    if seen.lower_in_headings:
        _bodies_named(words, forms)
    _joined_words(page, words, forms, seen, heading)
    for index, (word, form) in enumerate(zip(words, forms, strict=True)):
        if index:
            opens = bool(_SENTENCE_BEFORE.search(page, words[index - 1].end(), word.start()))
        else:
            opens = _opens_a_sentence(page, start, heading)
        written = _written(word.group(), form, opens) if word.group() not in seen.mixed else seen.mixed[word.group()]
        if len(written) == len(word.group()):
            characters[word.start() : word.end()] = written


@cache
def _result_at_the_end() -> re.Pattern[str]:
    """A table's result cell among a line's last words: "... OPPOSE CARRIED", "... FELL (A2 LOST)"."""
    results = alternation(decisions_vocabulary().motions.table_results)
    return re.compile(rf"\b(?i:{results})\b(?:\W+\w+){{0,3}}\W*$")


def _ends_in_a_result(line: str) -> bool:
    return bool(_result_at_the_end().search(line[-60:]))


def _bodies_named(words: list[re.Match[str]], forms: list[_Form]) -> None:
    """A body's name in a heading is capitalised, its last word a body's ("NATIONAL COORDINATING GROUP" -> "National
    Coordinating Group", whose initials the page's "NCG" stands for), though the page writes its words in lower
    case elsewhere."""
    for index, word in enumerate(words):
        if _stem(word.group()).casefold() not in _body_words():
            continue
        before = index
        while before >= 0 and _stem(words[before].group()).casefold() not in _title_small_words():
            forms[before] = _Form.NAME if forms[before] is _Form.LOWER else forms[before]
            before -= 1


@cache
def _body_words() -> frozenset[str]:
    return frozenset(word for word in pages_vocabulary().body_words if " " not in word)


def _joined_words(page: str, words: list[re.Match[str]], forms: list[_Form], seen: _Seen, heading: bool) -> None:
    """Words joined by a hyphen that the page, or the vocabulary of roles, writes in lower case are one word: only
    its first part may be capitalised ("CO-CHAIR" -> "Co-chair", not a name "Co" and a role)."""
    for index in range(1, len(words)):
        previous, word = words[index - 1], words[index]
        if page[previous.end() : word.start()] != "-":
            continue
        joined = page[previous.start() : word.end()].casefold()
        if joined in seen.joined or joined in _joined_roles():
            forms[index] = _Form.LOWER
        if forms[index - 1] is _Form.LOWER and heading:
            forms[index - 1] = _Form.NAME  # "BY-ELECTION" in a heading: "By-election", not a small word


@cache
def _joined_roles() -> frozenset[str]:
    titles = titles_vocabulary()
    return frozenset(word for word in (*titles.role_words, *titles.role_heads, *titles.office_titles) if "-" in word)


def _names_in(words: list[re.Match[str]], forms: list[_Form]) -> None:
    """A common first name and the surname after it are a name, though the page writes them in lower case too
    ("MARK SMITH", "ANN BLACK"), and so is a word after a title ("CLLRS AHMED, BAKER")."""
    for index in range(len(words)):
        if forms[index] is _Form.LOWER and (
            _before_a_surname(words, forms, index)
            or _after_a_first_name(words, forms, index)
            or _after_a_title(words, index)
        ):
            forms[index] = _Form.NAME


def _after_a_title(words: list[re.Match[str]], index: int) -> bool:
    word = _stem(words[index].group()).casefold()
    small = word in _lower_case_words()
    return index > 0 and not small and _stem(words[index - 1].group()).strip(".").casefold() in _title_words()


def _before_a_surname(words: list[re.Match[str]], forms: list[_Form], index: int) -> bool:
    return _is_first_name(words[index]) and index + 1 < len(forms) and forms[index + 1] is _Form.NAME


def _after_a_first_name(words: list[re.Match[str]], forms: list[_Form], index: int) -> bool:
    return (
        index > 0
        and forms[index - 1] is _Form.NAME
        and _is_first_name(words[index - 1])
        and (index == 1 or forms[index - 2] is not _Form.NAME)  # "DOUGLAS ALEXANDER REPORTING": a surname before
        and _stem(words[index].group()).casefold() not in _lower_case_words()
    )


def _is_first_name(word: re.Match[str]) -> bool:
    return is_common_first_name(_stem(word.group()))


def _opens_a_sentence(page: str, start: int, heading: bool) -> bool:
    """Whether the words in capitals at ``start`` open a sentence: after a sentence's end, or at their line's start
    (after a number or a bullet), unless prose runs on to it from the line above ("... the rule changes on" /
    "MEMBERS WHO LITIGATE ...")."""
    line_start = page.rfind("\n", 0, start) + 1
    before = page[line_start:start]
    if _SENTENCE_BEFORE.search(before):
        return True
    if not _LINE_OPENING.fullmatch(before):
        return False
    above = page[page.rfind("\n", 0, max(line_start - 1, 0)) + 1 : max(line_start - 1, 0)]
    return heading or len(above.strip()) < _RUNNING_ON_CHARS or bool(_CLOSED.search(above))


def _written(word: str, form: _Form, opens: bool) -> str:
    if form is _Form.KEPT:
        return word
    if form is _Form.LOWER:
        written = word.lower()
        return written[:1].upper() + written[1:] if opens else written
    # capitalised: each part after an apostrophe too ("O'NEILL" -> "O'Neill"), but not a clitic ("LABOUR'S")
    parts = re.split(r"(['’])", word)
    return "".join(
        part.lower() if index and part in _CLITICS else part.capitalize() for index, part in enumerate(parts)
    )
