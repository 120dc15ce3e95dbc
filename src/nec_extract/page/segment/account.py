"""Is a page without a meeting heading an account of a meeting (SPEC: such a page yields one report), or
another kind of prose (an election address, an explainer, an opinion piece, a notice of a meeting to come)?

An account says that the meeting took place ("The NEC met on Tuesday", "Yesterday's Regional Executive ...",
"The meeting opened with ..."),
what it decided ("the Executive agreed", "the motion was carried", a table's "Carried" column), or what was
reported and said there ("gave the Leader's report", "seconded", "Apologies"). A page is an account when it
says two such things, one of them that the meeting took place or decided something, or when three of its
sentences say what was said there; a short page (an excerpt) needs only that the meeting took place or
decided. Words that put the act
to come or make it a habit ("will be held", "always reported back") take it out."""

from __future__ import annotations

import re
from collections.abc import Iterable

from nec_extract.language.calendar import WEEKDAY_RE
from nec_extract.language.dates import Candidate, find_candidates
from nec_extract.language.grammar import PASSIVE_BE_RE
from nec_extract.language.lexicon import alternation, pattern_alternation
from nec_extract.language.lexicon.pages import pages_vocabulary
from nec_extract.language.spaces import two_spaces_behind
from nec_extract.language.text import Sentence, split_sentences

_WORDS = pages_vocabulary()


def _words(words: Iterable[str]) -> str:
    """Whole words; a contraction ("'ve", "’ll") also right after the word it is joined to ("We’ve")."""
    words = list(words)
    joined = [w for w in words if w[:1] in "'’"]
    whole = rf"(?<![\w-])(?:{alternation([w for w in words if w not in joined])})(?![\w-])"
    return rf"{whole}|(?:{alternation(joined)})(?![\w-])" if joined else whole


_DECISIONS = _words(_WORDS.account_decision_verbs)
# "met", "took place", "It was a strange meeting"
_HAPPENED = re.compile(
    rf"{_words(_WORDS.account_meeting_verbs)}|\b(?:{pattern_alternation(_WORDS.account_meeting_patterns)})\b",
    re.IGNORECASE,
)
_MEETING_NOUN = re.compile(_words(_WORDS.account_meeting_nouns), re.IGNORECASE)
# "The meeting opened with ...", "this meeting agreed", "yesterday's meeting": the one meeting of the account
_THE_MEETING = re.compile(
    rf"(?:{_words(_WORDS.account_the_meeting)}|{WEEKDAY_RE}['’]s)\s+(?:[\w'’-]+\s+){{0,2}}?meeting\b", re.IGNORECASE
)
# a decision said of a proposal or of the meeting, in the passive or with one word between ("the motion
# therefore fell"); not of the writer ("I was elected") -- or a tally ("by 28 votes to 22")
_NOT_AFTER_THE_WRITER = two_spaces_behind(r"(?<!\bI\s)", r"(?<!\bwe\s)")
_DECIDED = re.compile(
    rf"{_NOT_AFTER_THE_WRITER}\b(?:{PASSIVE_BE_RE}|"
    rf"{alternation([*_WORDS.account_subjects, *_WORDS.account_meeting_nouns])}|"
    rf"(?-i:{pattern_alternation(_WORDS.body_acronyms)}))"  # "the EC endorsed", "the GC supported"
    rf"\s+(?:[\w-]+\s+)?{_DECISIONS}"
    rf"|\b(?:{pattern_alternation([*_WORDS.account_tallies, *_WORDS.account_unanimity])})(?!\w)",
    re.IGNORECASE,
)
# a proposal's fate said of it alone: "passed easily", "fell by two votes", "carried." (not "passed away",
# "carried out", "failed to")
_OUTCOME = re.compile(
    rf"{_words(_WORDS.account_outcomes)}(?=\s*[.;,]|\s+(?:\w+ly|{alternation(_WORDS.words_after_an_outcome)})\b)",
    re.IGNORECASE,
)
_PROCEEDINGS = re.compile(
    rf"{_words(_WORDS.account_proceedings)}|\b(?:{pattern_alternation(_WORDS.account_proceeding_patterns)})\b",
    re.IGNORECASE,
)
# a sentence whose subject is the body ("The Executive considered ... and approved ..."): its decision verbs
# anywhere in it are the body's
_BODY_SUBJECT = re.compile(
    rf"^\W*(?:the\s+|our\s+|this\s+)?(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{alternation(_WORDS.account_meeting_nouns)}|(?-i:{pattern_alternation(_WORDS.body_acronyms)}))\b",
    re.IGNORECASE,
)
_DECISION = re.compile(_DECISIONS, re.IGNORECASE)
_OUTCOME_CELL = re.compile(rf"\b(?:{alternation(_WORDS.account_outcome_cells)})\s*$", re.MULTILINE)
_NOT_DONE = re.compile(_words(_WORDS.account_not_cues), re.IGNORECASE)
_FUTURE = re.compile(_words(_WORDS.future_meeting_words), re.IGNORECASE)
# "From the very first meeting", "Since the last meeting"; not a write-up's source ("Report from the meeting of ...")
_A_SPAN_FROM = re.compile(
    rf"(?:\b(?P<write_up>{alternation(_WORDS.write_ups_of_a_day)})\s+)?\b(?:from|since|until|till)\s+$", re.IGNORECASE
)
_OTHER_TIME = re.compile(_words(_WORDS.account_other_times), re.IGNORECASE)
# a cue of another time stands this many words before or after the act at most
_OTHER_TIME_WORDS = 4
# a cue that puts an act to come or makes it a habit stands this many words before the act's verb at most
_NOT_DONE_WORDS = 3
_DATE_KINDS = frozenset(
    {"day", "iso_day", "range", "month", "bare_month", "deictic", "deictic_dated", "relative_weekday", "bare_weekday"}
)
_FEWEST_STATEMENTS = 2
_MINUTES_LABEL = re.compile(
    r"^[^\S\n]*(?:[\dIVXivxA-Ha-h]{1,4}[.)][^\S\n]+)?(?:[\w'’-]+[^\S\n]+){0,3}?"
    rf"(?P<label>{alternation(_WORDS.minutes_section_labels)})[^\S\n]*(?::|[-–—]|$)",
    re.IGNORECASE | re.MULTILINE,
)
_ENUMERATOR = re.compile(r"[^\S\n]*([\dIVXivxA-Ha-h]{1,4})[.)][^\S\n]")
_ATTENDANCE = frozenset(_WORDS.minutes_attendance_labels)
_FEWEST_MINUTES_LABELS = 3
# or, without a word that the meeting took place or decided, this many sentences of what was said there
_FEWEST_PROCEEDINGS = 3
# a short page (an excerpt) needs only one word that the meeting took place or decided
_SHORT_PAGE_SENTENCES = 4


def is_meeting_account(page: str, start: int, end: int) -> bool:
    """Does ``page[start:end]`` say at least two things of a meeting, one that it took place or decided (or
    three of what was said there)?"""
    if laid_out_as_minutes(page, start, end):
        return True
    sentences = split_sentences(page, start, end)
    dates = [c for c in find_candidates(page, start, end, sentences) if c.kind in _DATE_KINDS]
    statements = proceedings = saying = 0
    firm = False
    for sentence in sentences:
        said = _statements(page, sentence, dates)
        statements += len(said)
        saying += bool(said)
        proceedings += "proceedings" in said
        firm = firm or bool(said & {"met", "decided"})
        if (statements >= _FEWEST_STATEMENTS and saying >= _FEWEST_STATEMENTS and firm) or (
            proceedings >= _FEWEST_PROCEEDINGS
        ):
            return True
    return firm and len(sentences) <= _SHORT_PAGE_SENTENCES


def laid_out_as_minutes(page: str, start: int, end: int) -> bool:
    """Minutes: lines opening with three or more of their section labels ("DRAFT MINUTES", "Roll Call:",
    "Matters arising", "AOB"), one of them saying who attended with the names after it on its line or the next
    ("Present: Jo, Sam", "Roll Call:" / "1. Craig ..."); an agenda of a meeting to come lists the labels alone."""
    labels = list(_MINUTES_LABEL.finditer(page, start, end))
    if len({found.group("label").lower() for found in labels}) < _FEWEST_MINUTES_LABELS:
        return False
    starts = {found.start() for found in labels}
    return any(
        found.group("label").lower() in _ATTENDANCE and _names_follow(page, found.end(), end, starts)
        for found in labels
    )


def _names_follow(page: str, at: int, end: int, label_starts: set[int]) -> bool:
    """Text after the label on its line, or a next line that is no label of its own."""
    line_end = page.find("\n", at, end)
    line_end = end if line_end < 0 else line_end
    if page[at:line_end].strip(" \t:-–—"):
        return True
    rest = page[line_end:end]
    if not rest.strip():
        return False
    next_text = line_end + len(rest) - len(rest.lstrip())
    if page.rfind("\n", 0, next_text) + 1 in label_starts:
        return False
    # "1. Apologies" / "2. Minutes of the last meeting": the next item of the same list, an agenda's
    here, there = _ENUMERATOR.match(page, page.rfind("\n", 0, at) + 1), _ENUMERATOR.match(page, next_text)
    return not (here and there and here.group(1).isdigit() == there.group(1).isdigit())


def says_it_met_or_decided(page: str, start: int, end: int) -> bool:
    """Does ``page[start:end]`` say in so many words that a meeting took place or decided something ("The NEC
    met", "the motion was carried"), not merely name one ("the sub-committees that reported to the March
    meeting")?"""
    return any(_says_it_happened(sentence.text) for sentence in split_sentences(page, start, end))


def _says_it_happened(text: str) -> bool:
    """A sentence that says a meeting took place or decided, or opens on the account's one meeting as the subject
    of what it did ("The meeting opened with apologies", "This meeting heard from the treasurer"; not "the
    sub-committees that reported to the March meeting")."""
    if _done(text, _HAPPENED) or _done(text, _DECIDED) or _done(text, _OUTCOME):
        return True
    subject = _THE_MEETING.match(text)
    return subject is not None and _the_meeting(subject.group()) and _done(text[subject.end() :], _PROCEEDINGS)


def _statements(page: str, sentence: Sentence, dates: list[Candidate]) -> set[str]:
    """What one sentence says of a meeting: that it took place ("met"), decided, or what was said there."""
    text = sentence.text
    if _spans_meetings(text):
        return set()  # "From the very first meeting we raised ...": what was done over many meetings
    said = set()
    body_decides = _BODY_SUBJECT.match(text) and _done(text, _DECISION)
    if body_decides or _done(text, _DECIDED) or _done(text, _OUTCOME) or _OUTCOME_CELL.search(text):
        said.add("decided")
    if _done(text, _PROCEEDINGS):
        said.add("proceedings")
    if _done(text, _HAPPENED) or _dated_meeting(page, sentence, dates) or (said and _the_meeting(text)):
        said.add("met")
    return said


def _spans_meetings(text: str) -> bool:
    """The sentence tells of a span of time a meeting opens: "From the very first meeting we raised ...", "Since
    the last meeting, two branches have merged"."""
    spans = (_A_SPAN_FROM.search(text, 0, found.start()) for found in _THE_MEETING.finditer(text))
    return any(span is not None and span.group("write_up") is None for span in spans)


def _the_meeting(text: str) -> bool:
    """The sentence names the one meeting the account is of ("The meeting opened with ..."), not another
    ("the next meeting", "every meeting")."""
    return any(
        not _NOT_DONE.search(found.group()) and not _FUTURE.search(found.group())
        for found in _THE_MEETING.finditer(text)
    )


def _done(text: str, act: re.Pattern[str]) -> bool:
    """Does the sentence say the act was done: no cue of a future or a habit in the few words before it, nor
    one of another time around it ("agreed last year to ...", "Back in 2019 the NEC voted ...")?"""
    for found in act.finditer(text):
        before = " ".join(text[: found.start()].split()[-_NOT_DONE_WORDS:])
        if not _NOT_DONE.search(before) and not _of_another_time(text, found):
            return True
    return False


def _of_another_time(text: str, found: re.Match[str]) -> bool:
    """A cue of another time in the few words before the act, inside it ("the committee previously agreed") or
    right after it, in its clause."""
    before = " ".join(text[: found.start()].split()[-_OTHER_TIME_WORDS:])
    after = " ".join(re.split(r"[,;:]", text[found.end() :], maxsplit=1)[0].split()[:_OTHER_TIME_WORDS])
    return any(_OTHER_TIME.search(words) for words in (before, found.group(), after))


def _dated_meeting(page: str, sentence: Sentence, dates: list[Candidate]) -> bool:
    """A meeting named with its day or month, not one to come: "Yesterday was my first NEC meeting", "the
    Executive on 16 September", "the committee's latest meeting in February 2020"."""
    if not _MEETING_NOUN.search(sentence.text):
        return False
    for found in dates:
        if not sentence.start <= found.start < sentence.end:
            continue
        before = page[sentence.start : found.start]
        before = before[_len_of_write_up_lead(before) :]
        if not _NOT_DONE.search(before) and not _FUTURE.search(before):
            return True
    return False


# "Here is my report of ...", "Below is a quick summary of ...": the write-up introduced, whose "is" puts no act to
# come; not "Here is the agenda for ..."
_WRITE_UP_LEAD = re.compile(
    r"^\W*(?:here|below|this)\s*(?:\s(?:is|are)|['’]s)\s+(?:(?:my|our|a|an|the|some)\s+)?(?:[\w'’-]+\s+){0,2}?"
    rf"(?:{alternation(_WORDS.write_ups_of_a_day)})\s+(?:of|from|on)\b",
    re.IGNORECASE,
)


def _len_of_write_up_lead(before: str) -> int:
    lead = _WRITE_UP_LEAD.match(before)
    return lead.end() if lead else 0
