"""Which headings name a meeting, and which head another kind of article.

A heading names a meeting when it is dated and names a body ("NEC Report – 28 March 2023", "SEC November
2017", "Special Meeting – 5 March"), or, undated, ties a meeting word to the body ("Alice's NEC report",
"Minutes of the Special Council Meeting"). The first heading of a page or article may name one more loosely:
"<Body> report" ("Scottish Executive Committee report"), a news headline about a decision ("Council votes
to ...", "NEC backs ..."), or a body's meeting on a day counted from the page's date ("Tuesday's NEC")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from nec_extract.language.calendar import WEEKDAY_RE
from nec_extract.language.dates import RELATIVE_DAY_KINDS, Parts, find_candidates, parse_parts
from nec_extract.language.lexicon import alternation, pattern_alternation
from nec_extract.language.lexicon.decisions import headline_decision_verbs
from nec_extract.language.lexicon.pages import pages_vocabulary
from nec_extract.language.spaces import two_spaces_behind
from nec_extract.page.author import SHORT_NAME
from nec_extract.page.segment.furniture import is_credit_line, is_menu_bar, is_post_metadata
from nec_extract.page.segment.lines import FINITE_BE, clean_title, is_heading_like

_WORDS = pages_vocabulary()


def _words(words: Iterable[str]) -> str:
    return rf"\b(?:{alternation(words)})\b"


_NEC = re.compile(_words([*_WORDS.nec_names, *_WORDS.nec_other_names]), re.IGNORECASE)
_BODY = re.compile(_words(_WORDS.body_words), re.IGNORECASE)
_ACRONYM = re.compile(rf"\b(?:{pattern_alternation(_WORDS.body_acronyms)})\b")
# "Exec notes: the budget marathon (2nd & 9th March)": a clipped name is a body only before its write-up word
_CLIPPED_BODY = re.compile(
    rf"{_words(_WORDS.clipped_body_names)}\s+{_words(_WORDS.write_ups_after_a_clipped_body)}", re.IGNORECASE
)
_DATED_MEETING = re.compile(_words(_WORDS.dated_meeting_words), re.IGNORECASE)
# Undated headings must tie the meeting word to the body: "Alice's NEC report", "report from this week's NEC".
_NEC_MEETING = re.compile(
    rf"\b(?:{alternation(_WORDS.nec_names)})\W+(?:[\w’']+\W+){{0,2}}?(?:{alternation(_WORDS.words_after_nec)})\b"
    rf"|{_words(_WORDS.words_before_nec)}(?:\W+back)?\W+(?:(?:{alternation(_WORDS.prepositions_before_nec)})\W+)"
    rf"(?:[\w’']+\W+){{0,3}}?(?:{alternation(_WORDS.nec_after_report_words)})\b",
    re.IGNORECASE,
)
_BODY_MEETING = re.compile(rf"\b(?:{pattern_alternation(_WORDS.body_meeting)})\b", re.IGNORECASE)
_MINUTES_OPENER = rf"(?:{pattern_alternation(_WORDS.minutes_openers)})"
# "Minutes of the Special Council Meeting": a minutes title names a meeting
_MINUTES_TITLE = re.compile(rf"^{_MINUTES_OPENER}\b[^\n]*\bmeeting\b", re.IGNORECASE)
# "Minutes of the previous meeting", "Minutes of last AGM": an agenda item of the meeting in hand, not its title
_PREVIOUS_MINUTES = re.compile(
    rf"^{_MINUTES_OPENER}\s+(?:the\s+)?(?:{alternation(_WORDS.previous_meeting_words)})\b", re.IGNORECASE
)
# "NEC votes to ...", "Board turns down ...": a headline's decision verb
_HEADLINE_DECISION = re.compile(_words([*_WORDS.decision_verbs, *headline_decision_verbs()]), re.IGNORECASE)
# "Councillors reject ...", "Labour councillors back ...", "Union delegates vote to ...": a body's members, plural, as
# the headline's subject, its decision verb straight after them
_MEMBERS_DECIDE = re.compile(
    rf"(?:[\w'’-]+\s+){{0,2}}?(?:{alternation(_WORDS.deciding_members)})\s+"
    rf"(?:{alternation(_WORDS.decision_verbs)}|{alternation(headline_decision_verbs(plural=True))})\b",
    re.IGNORECASE,
)
# "<Body> report", "Executive notes": a word of a write-up
_PAGE_TITLE_WORD = re.compile(_words(_WORDS.page_title_words), re.IGNORECASE)
# (a question word with a colon is a label: "When: 15 January 2024, 7pm", "Where: Unity House")
_ARTICLE_HEADLINE = re.compile(rf"^(?:{'|'.join(word.capitalize() for word in _WORDS.question_words)})\b(?!\s*:)|\?")
# "What happened at the NEC – 12 March", "What the NEC decided on Tuesday", "How the executive voted": a
# headline that opens like a question and tells what a meeting did (no question mark, a verb in the past)
# "Explainer: ...", "Q&A – ...", "Obituary: ...": a label for another kind of article opening its headline
_OTHER_ARTICLE_LABEL = re.compile(rf"^\W*(?:{alternation(_WORDS.other_article_labels)})\s*[:|–—-]\s*\S", re.IGNORECASE)
# an election address's headline: its appeal, a person's name and the body or post ("Vote Jo Bloggs for the NEC",
# "Re-elect Ann Lee to Unite's Executive Council"), or the name alone for a body ("Sam Ode for Regional Board")
_PERSONS_NAME = rf"(?-i:{SHORT_NAME})"
_ELECTION_APPEAL = re.compile(
    rf"^\W*(?:{alternation(_WORDS.election_appeal_verbs)})\s+{_PERSONS_NAME}\s+(?:for|to|as)\b", re.IGNORECASE
)
_NAME_FOR_A_BODY = re.compile(rf"^\W*(?P<name>{_PERSONS_NAME})\s+for\s+(?P<body>(?:the\s+)?\S+(?:\s+\S+){{0,3}})$")
# a quotation with whom it is from: "'Ann never misses a meeting.' – Sam Ode, branch secretary"
_ATTRIBUTED_QUOTE = re.compile(r"^\s*[\"“‘'][^\"“”]{3,}[\"”’']\s*[–—-]+\s*\S")
# not a headline verb after "to" or a form of "be" ("What is agreed when", "How to decide"), after one space or two
_NOT_AFTER_TO_OR_BE = two_spaces_behind(r"(?<!\bto\s)", r"(?<!\bis\s)", r"(?<!\bare\s)", r"(?<!\bbe\s)")
_NOT_AFTER_GET = two_spaces_behind(r"(?<!\bget\s)", r"(?<!\bgets\s)")
_ACCOUNT_HEADLINE = re.compile(
    rf"^[^?]*{_NOT_AFTER_TO_OR_BE}{_NOT_AFTER_GET}"
    rf"\b(?:{alternation(_WORDS.account_headline_verbs)})\b[^?]*$",
    re.IGNORECASE,
)
# "What happened at the NEC? (20 May 2025)": the account headline asked as a question, dated
_ACCOUNT_QUESTION = re.compile(
    rf"^(?:{alternation(_WORDS.account_question_words)})\b[^?]*{_NOT_AFTER_TO_OR_BE}"
    rf"\b(?:{alternation(_WORDS.account_headline_verbs)})\b[^?]*\?",
    re.IGNORECASE,
)
# a short heading ending in a colon, as an e-mail heads the paragraph under it; not a sentence that
# introduces a list ("The NEC on 5 March agreed:")
_DATED_LABEL = re.compile(r"^(?:\S+\s+){1,7}(?!\w+(?:ed|said|says):$)\S+:$")
# "next meeting", "forthcoming": words for a meeting to come
FUTURE_MEETING = re.compile(_words(_WORDS.future_meeting_words), re.IGNORECASE)
_FUTURE_DAY = re.compile(rf"\b(?:tomorrow|will|shall)\b|{_words(_WORDS.future_meeting_words)}", re.IGNORECASE)
# a cover note's opening ("Please find below my report"): it points to the report under it, it heads none
COVER_NOTE = re.compile(_words(_WORDS.cover_note_openers), re.IGNORECASE)
_ARTICLE_SUFFIX = re.compile(rf"\s(?:{pattern_alternation(_WORDS.print_and_email_buttons)})\s*$", re.IGNORECASE)
# Archive labels and breadcrumbs ("Category Archives: NEC reports", "Home › Reports › NEC", "Home > News") name no
# meeting.
_BREADCRUMB = re.compile(
    rf"^(?:{pattern_alternation(_WORDS.breadcrumb_labels)})\b[^:]{{0,20}}:|[›»]|\s>\s", re.IGNORECASE
)
# a page's web address, its words in the path ("example.org/2023/03/exec-notes-march"): no heading
_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$|^[\w-]+(?:\.[\w-]+)+/\S*$", re.IGNORECASE)
# a link to another article under a label ("READ MORE: NEC report – 24 May 2022", "See also: ...") heads nothing
_LINKED_ARTICLE = re.compile(rf"^\W*(?:{alternation(_WORDS.link_labels)})\s*[:›»|]\s*\S", re.IGNORECASE)


@lru_cache(maxsize=4096)
def names_meeting(line: str) -> bool:
    """Does this heading name a meeting (rather than a section of one, or another article)?"""
    text = clean_title(line)
    if _DATED_LABEL.match(text) and is_dated(text):  # "NEC meeting 5 March 2019:" opening an e-mail's section
        line = text = text[:-1].rstrip()
    if _minutes_title_with_a_stop(text):
        line = text = text[:-1].rstrip()
    if not _could_name_meeting(line, text) or a_sentence_about_a_meeting(text) or _PREVIOUS_MINUTES.match(text):
        return False
    if is_dated(_PERIOD_ASIDE.sub("", text)):
        return (_names_body(text) or _titled_meeting(text)) and not _names_meeting_to_come(text)
    return bool(
        _NEC_MEETING.search(text) or (_BODY.search(text) and _BODY_MEETING.search(text)) or _MINUTES_TITLE.match(text)
    )


# a minutes title names its meeting by a participle ("held on"), never by a finite verb or a decision ("Minutes of the
# meeting held on 3 March were agreed", "Minutes of the meeting of 3 March agreed." are sentences)
_MINUTES_OPENING = re.compile(rf"{_MINUTES_OPENER}\s", re.IGNORECASE)
_DECIDED = re.compile(
    rf"\b(?:{alternation([*_WORDS.decision_verbs, *_WORDS.minutes_record_verbs, *_WORDS.account_meeting_verbs])})\b",
    re.IGNORECASE,
)


def a_sentence_about_a_meeting(text: str) -> bool:
    """ "Conference is on 28 September.", "The AGM was on 3 May.", "The NEC noted the report.", "The GC met on 9
    June.": a short line of prose, a finite verb and a stop, says when a meeting is or what it did; it heads
    nothing."""
    return text.endswith(".") and (FINITE_BE.search(text) is not None or _DECIDED.search(text) is not None)


def _minutes_title_with_a_stop(text: str) -> bool:
    """ "Minutes of the meeting held at the village hall on Monday 6 January 2025 at 7pm.": a dated minutes title
    may end in a full stop, as a sentence does."""
    if not text.endswith(".") or not _MINUTES_OPENING.match(text) or FINITE_BE.search(text) or _DECIDED.search(text):
        return False
    return is_dated(text)


# an aside in brackets that dates a period, not the meeting: "Election – Deputy Chair (to replace Jo Bloggs from
# January)", "Treasurer (acting until May)"
_PERIOD_ASIDE = re.compile(
    rf"\([^()\n]*?\b(?:{alternation(_WORDS.period_words_in_an_aside)})\s+[^()\n]*\)", re.IGNORECASE
)


def _names_meeting_to_come(text: str) -> bool:
    """ "Next NEC: Tuesday 23 March", "Forthcoming meeting – 5 May": a label for a meeting to come."""
    if not FUTURE_MEETING.search(text):
        return False
    found = find_candidates(text, 0, len(text), [])
    return bool(FUTURE_MEETING.search(text, 0, found[0].start if found else len(text)))


# a title's day in brackets at its end: "March meeting (14/03/2023)", "Special meeting (5 March)"
_BRACKETED_END = re.compile(r"\(([^()\n]{3,40})\)$")


def _ends_in_its_date(text: str) -> bool:
    bracketed = _BRACKETED_END.search(text)
    return bracketed is not None and is_dated(bracketed.group(1))


def _without_an_aside_at_its_end(text: str) -> str:
    """ "Minutes – Saturday 17 May 2025 (online)", "Special meeting, 5 March (via Zoom)": a title's own bracketed
    aside after its date, opened and closed on the line, is no sentence's end; an undated one is set aside."""
    bracketed = _BRACKETED_END.search(text)
    if bracketed is None or is_dated(bracketed.group(1)):
        return text
    before = text[: bracketed.start()].rstrip()
    found = find_candidates(before, 0, len(before), [])
    return before if found and found[-1].end == len(before) else text


def _titled_meeting(text: str) -> bool:
    """ "Special Meeting – 5 March", "February delegate meeting: fees stay as they are": a meeting word in a
    title, not a label over the date after it ("Next meeting: 29 June") or the end of a sentence ("... at the
    July meeting)")."""
    text = _without_an_aside_at_its_end(text)
    found = _DATED_MEETING.search(text)
    if found is None or not text[0].isupper() or (text[-1] in ".;:,)" and not _ends_in_its_date(text)):
        return False
    return not text[found.end() :].lstrip().startswith(":") or is_dated(text[: found.start()])


@lru_cache(maxsize=4096)
def titles_page(line: str) -> bool:
    """Does this heading, opening a page or an article, name a meeting: also "<Body> report" and a news
    headline about what a body decided?"""
    text = clean_title(line)
    if names_meeting(line):
        return True
    if _MEMBERS_DECIDE.match(text) and _could_name_meeting(line, text):
        return True  # "Councillors reject plan to close libraries": the members of a body deciding, as news tells it
    if not _could_name_meeting(line, text) or not _names_body(text) or a_sentence_about_a_meeting(text):
        return False
    return bool(_PAGE_TITLE_WORD.search(text) or _HEADLINE_DECISION.search(text)) or _dated_relatively(text)


def tells_a_decision(title: str) -> bool:
    """A news headline that tells what a body decided ("NEC turns down request for inquiry")."""
    return _names_body(title) and _HEADLINE_DECISION.search(title) is not None


#: a title that ends in a weekday after a dash, a colon or a comma, perhaps with its day of the month: "NEC –
#: Tuesday", "Executive: Monday", "Labour NEC, Tuesday 12th"
WEEKDAY_AFTER_SEPARATOR = re.compile(
    rf"[–—:|,-]\s*(?P<weekday>{WEEKDAY_RE})(?:\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th))?\s*$", re.IGNORECASE
)
# "Last week's executive", "This week's NEC": a body's meeting in a recent week or month, as a title names it
_RECENT_PERIODS = re.compile(rf"\b(?:{alternation(_WORDS.recent_periods_in_a_title)})['’]s\s", re.IGNORECASE)
# a headline is short and one phrase, not a line of a hard-wrapped paragraph ("After lunch, the NEC discussed ...
# The Conference will start on Sunday at")
_HEADLINE_WORDS = 10
_SENTENCE_END = re.compile(r"[.!?]\s")


def _dated_relatively(text: str) -> bool:
    """ "Tuesday's NEC", "Last night's executive", "Yesterday at the council", "Last week's executive": a body's
    meeting on a day (or in a week) counted from the page's date, not one to come ("Tomorrow's NEC", "Next
    Tuesday's executive")."""
    if len(text.split()) > _HEADLINE_WORDS or _SENTENCE_END.search(text) or _FUTURE_DAY.search(text):
        return False
    if WEEKDAY_AFTER_SEPARATOR.search(text) or _RECENT_PERIODS.search(text):  # "NEC – Tuesday", "Last week's NEC"
        return True
    return any(c.kind in RELATIVE_DAY_KINDS for c in find_candidates(text, 0, len(text), []))


def _could_name_meeting(line: str, text: str) -> bool:
    if not is_heading_like(line) or COVER_NOTE.match(text) or is_post_metadata(text):
        return False
    if _LINKED_ARTICLE.match(text) or is_credit_line(text) or is_menu_bar(text) or _ADDRESS.match(text):
        return False
    if _ATTRIBUTED_QUOTE.match(text):
        return False
    return not _heads_another_article(text) and not _BREADCRUMB.search(text) and not tells_an_election(text)


def _heads_another_article(text: str) -> bool:
    """An explainer's or a question's headline ("What is the NEC?", "How to join", "Explainer: how conference votes
    on rule changes"), not an account (nor a dated question about what a meeting did: "What happened at the NEC? (20
    May 2025)")."""
    if _OTHER_ARTICLE_LABEL.match(text) or _appeals_for_votes(text):
        return True
    if not _ARTICLE_HEADLINE.search(text) or _ACCOUNT_HEADLINE.match(text):
        return False
    return not (_ACCOUNT_QUESTION.match(text) and is_dated(text))


def _appeals_for_votes(text: str) -> bool:
    """An election address's headline: "Vote Jo Bloggs for the NEC", "Sam Ode for Regional Board" (a name that names
    no body, then a body it stands for)."""
    if _ELECTION_APPEAL.match(text):
        return True
    named = _NAME_FOR_A_BODY.match(text)
    if named is None or _PAGE_TITLE_WORD.search(named["name"]):
        return False  # "Jo Bloggs Report for the January Executive": a write-up's title
    return not _names_body(named["name"]) and _names_body(named["body"])


_BODY_NAME = (
    rf"(?:{alternation([*_WORDS.nec_names, *_WORDS.nec_other_names, *_WORDS.body_words])}"
    rf"|(?-i:{pattern_alternation(_WORDS.body_acronyms)}))"
)
# the body people are elected to, with the words that lead to it: "elected to Labour's NEC", "won a seat on the
# national executive", "NEC elections"
_ELECTION_OF_A_BODY = re.compile(
    rf"\b(?:{pattern_alternation(_WORDS.elections_to_a_body)})\s+(?:the\s+|[\w’'-]+['’]s\s+)?(?:[\w’'-]+\s+){{0,2}}?"
    rf"{_BODY_NAME}\b(?:\s+(?:{alternation(_WORDS.election_nouns)})\b)?"
    rf"|\b(?:{_BODY_NAME}\s+){{0,2}}{_BODY_NAME}\s+(?:{alternation(_WORDS.election_nouns)})\b",
    re.IGNORECASE,
)


def tells_an_election(text: str) -> bool:
    """The headline names a body only as the one people are elected to, or as the name of its election: it is
    about a ballot, not about a meeting of the body ("Three left candidates elected to NEC", "Jo Bloggs wins a
    seat on the national executive"; not "NEC elects new chair", "Left candidates elected to NEC at
    conference")."""
    if not _ELECTION_OF_A_BODY.search(text):
        return False
    return not _names_body(_ELECTION_OF_A_BODY.sub(" ", text))


def _names_body(text: str) -> bool:
    return bool(_NEC.search(text) or names_a_body_word(text) or _CLIPPED_BODY.search(text))


def names_a_body_word(text: str) -> bool:
    """A body's word ("executive", "committee", "panel") or a body's acronym ("WEC", "SEC") in the text."""
    return bool(_BODY.search(text) or _ACRONYM.search(text))


# "Scottish Executive Committee 21/5": a heading's day and month in figures, no year, at its end
_DAY_IN_FIGURES_AT_THE_END = re.compile(r"\s(\d{1,2}/\d{1,2})\s*$")


def _heading_parts(text: str) -> Parts | None:
    """What the heading's date says: its date expression, or its day in figures at its end."""
    parts = parse_parts(text)
    if parts is not None:
        return parts
    figures = _DAY_IN_FIGURES_AT_THE_END.search(text)
    return parse_parts(figures.group(1)) if figures is not None else None


def is_dated(text: str) -> bool:
    return _heading_parts(text) is not None


def names_a_month(text: str) -> bool:
    """Does the heading name a month or a day, not only a year ("Annual Conference 2023")?"""
    parts = _heading_parts(text)
    return parts is not None and parts.month is not None


def names_a_day(text: str) -> tuple[int, int] | None:
    """The (month, day) a heading names, if it names a day."""
    parts = _heading_parts(text)
    if parts is None or parts.day is None or parts.month is None:
        return None
    return parts.month, parts.day


def is_article_headline(line: str) -> bool:
    """A headline of another kind of article (an explainer, an election address): it ends a report."""
    text = clean_title(line)
    if _ARTICLE_SUFFIX.search(line):  # a blog engine's article title, with its print/e-mail buttons
        return not names_meeting(line)
    return is_heading_like(line) and _heads_another_article(text) and len(text.split()) >= _FEWEST_HEADLINE_WORDS


def ends_with_another_article(line: str) -> bool:
    """Under a report's body, a headline of another article ends it; a short section heading of the report's
    own that opens like a question ("What happens next", "How you can help") does not."""
    if not is_article_headline(line):
        return False
    return bool(_ARTICLE_SUFFIX.search(line)) or not _is_a_section_heading(clean_title(line))


# a section heading opening like a question is short: "What comes next", "How you can help"
_FEWEST_HEADLINE_WORDS = 3
_MOST_SECTION_WORDS = 4
_FIRST_PERSON = re.compile(r"\b(?:I|I['’]m|my|me)\b")


def _is_a_section_heading(text: str) -> bool:
    """A short heading that asks nothing and speaks for no writer ("Why I'm standing" is an election
    address)."""
    return len(text.split()) <= _MOST_SECTION_WORDS and "?" not in text and not _FIRST_PERSON.search(text)
