"""Lists of proposals: "the following rule changes:" makes each bullet below it a motion."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.items.counted import items_counted
from nec_extract.extractors.motions.layout.framed_bullets import framed_predicate
from nec_extract.extractors.motions.phrases.decisions import (
    decided_outcome,
    label_result,
    umbrella_outcome,
    verb_outcome,
    words_raised,
)
from nec_extract.extractors.motions.phrases.minutes import (
    noting_part,
    numbered_parts,
    numbered_resolution,
    resolution_stem,
)
from nec_extract.extractors.motions.records.draft import Draft, final_outcome, strong
from nec_extract.extractors.motions.sentence.patterns import patterns
from nec_extract.extractors.motions.sentence.people import People
from nec_extract.extractors.motions.sentence.reading import Reading, kind_of
from nec_extract.extractors.motions.this_meeting.bodies import decision_verbs
from nec_extract.extractors.votes.outcomes import paper_to_come
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.list_items import LIST_MARKER, unnumbered
from nec_extract.language.text import Sentence
from nec_extract.models import FATES, MotionKind, Outcome
from nec_extract.page.context import ReportContext

_FLAGS = re.IGNORECASE
# the marks a bullet opens with, left out of its item's words
_BULLET_MARKS = "•·▪*–- \t"


def following_intro(readings: list[Reading], index: int, current: Draft | None) -> Draft | None:
    """ "We agreed the following rule changes:" or "The NEC agreed:" makes each bullet below it a motion; the
    list goes on while its bullets do."""
    reading = readings[index]
    if lists_predicates(reading):
        return Draft(index, index, MotionKind.PROPOSAL, "", People(), Outcome.CARRIED, predicates=True)
    match = patterns().following.search(reading.sentence.text)
    if match is not None:
        kind, _ = kind_of(match["noun"])
        outcome, _ = final_outcome(reading.outcomes, [])
        return Draft(index, index, kind or MotionKind.PROPOSAL, "", People(), outcome)
    umbrella = umbrella_outcome(reading)
    if umbrella is not None:
        return Draft(index, index, MotionKind.PROPOSAL, "", People(), umbrella)
    if numbered_resolution(reading) or resolution_stem(reading):
        return Draft(index, index, MotionKind.PROPOSAL, "", People(), Outcome.CARRIED)
    if _a_label_of_its_own(reading):
        return None  # "Decisions: • A • B / Not decided: • C": a new label heads the next list, not as the first
    return current if current is not None and index - current.last <= 1 else None


def _a_label_of_its_own(reading: Reading) -> bool:
    """A short line ending in a colon that decides nothing ("Not decided:", "For information:"): a list's label."""
    text = reading.sentence.text.strip()
    return (
        text.endswith(":")
        and len(text.split()) <= _LABEL_WORDS
        and not reading.votes
        and not is_bullet(reading.report, reading.sentence)
    )


_LABEL_WORDS = 4


def counted_list_intro(report: ReportContext, readings: list[Reading], index: int) -> Draft | None:
    """ "We had two motions to consider:" over bullets: the items counted are the bullets below, each settled by
    its own words ("– on pay: agreed;", "– on fees: held over to March.")."""
    reading = readings[index]
    following = next((r for r in readings[index + 1 :] if not is_bare_marker(r)), None)  # "1." / "Pay – ..."
    if reading.kind is None or not reading.sentence.text.rstrip().endswith(":") or following is None:
        return None
    if items_counted(reading.sentence.text, reading.kind_at) < _LEAST_COUNTED:
        return None
    if not is_bullet(report, following.sentence):
        return None
    # "The executive agreed the following two motions:": the items take the intro's result unless told their own
    outcome, _ = final_outcome(reading.outcomes, [])
    return Draft(index, index, reading.kind, "", People(), outcome)


_LEAST_COUNTED = 2


def subheading_umbrella(report: ReportContext, readings: list[Reading], index: int) -> Draft | None:
    """ "Agreed rule changes", "Rejected motions", "Not agreed" on a line of its own over a list: a participle
    heading whose items were decided, with the result its words say."""
    reading = readings[index]
    text = reading.sentence.text.strip()
    words = text.split()
    if not words or len(words) > _HEADING_WORDS or re.search(r"[.!?:;,]$", text) or not words[0][0].isupper():
        return None
    result = label_result(reading)  # "Rejected motions", "Not agreed", "Referred"
    if words[0].lower() not in decisions_vocabulary().motions.umbrella_labels and result is None:
        return None
    # the first item below, past a number split off as a sentence of its own ("1." / "Funding for ...")
    following = next((r for r in readings[index + 1 :] if not is_bare_marker(r)), None)
    if not (starts_line(report, reading.sentence) and following and is_bullet(report, following.sentence)):
        return None
    return Draft(index, index, kind_of(text)[0] or MotionKind.PROPOSAL, "", People(), result or Outcome.CARRIED)


_HEADING_WORDS = 10


def is_umbrella(reading: Reading) -> bool:
    """A sentence that only announces the list below it: it is no motion itself."""
    return umbrella_outcome(reading) is not None or lists_predicates(reading) or resolution_stem(reading)


def lists_predicates(reading: Reading) -> bool:
    """ "In other business, the SEC:", "At the meeting the committee also:": the body (or a body's name) alone
    before a colon, the subject of the verb phrases its bullets go on with."""
    text = reading.sentence.text.rstrip()
    if not text.endswith(":"):
        return False
    before_colon = text[:-1]
    ours = _before_colon(reading.body.subject(before_colon))
    return bool(ours.fullmatch(before_colon) or _before_colon(_named_body()).fullmatch(before_colon))


@cache
def _before_colon(who: str) -> re.Pattern[str]:
    """``who`` (a regex) alone, perhaps after a fronted phrase and with an adverb after it: all the words before a
    colon. The words match with either the meeting's body or a body's name in that place when they match with one of
    them alone, so each takes a pattern of its own: a page's names make a new pattern of the body's, not of the long
    one for a name (each of its words is checked against every decision verb)."""
    v = decisions_vocabulary().motions
    # "In other business, ", and with no comma "In other business " (a preposition opening it)
    fronted = rf"(?:[^,:;.!?]{{1,60}},\s*|(?:{either(v.fronted_list_prepositions)})\s+[^,:;.!?]{{1,40}}?\s+)?"
    not_a_pronoun = rf"(?!(?:{either(v.anaphoric_subjects)})\b)"
    adverbs = either(v.decision_adverbs)
    return re.compile(rf"\W*{fronted}{not_a_pronoun}(?:{who})(?:\s+(?:{adverbs}))?\s*", _FLAGS)


@cache
def _named_body() -> str:
    """ "the SEC", "the Regional Board"; not "the NCG AGREED": a decision verb set in capitals is no word of a name."""
    word = rf"(?!(?i:{decision_verbs()})\b)[A-Z][\w'’-]+"
    return rf"the\s+(?-i:[A-Z]{{2,6}}|{word}(?:\s+{word}){{0,3}})"


def starts_line(report: ReportContext, sentence: Sentence) -> bool:
    """Whether the sentence opens its line, a list marker apart."""
    line_start = report.text.rfind("\n", 0, sentence.start) + 1
    before = re.sub(rf"^{LIST_MARKER}", "", report.text[line_start : sentence.start])
    return not re.search(r"[.!?]\s", before)


def is_bullet(report: ReportContext, sentence: Sentence) -> bool:
    line_start = report.text.rfind("\n", 0, sentence.start) + 1
    return bool(re.match(LIST_MARKER, report.text[line_start : sentence.end]))


def marker_kind(report: ReportContext, sentence: Sentence) -> tuple[str, int | None]:
    """The style of marker the sentence's line opens with, "bullet", or "number" or "letter" in the marks around it
    ("(number)", "number.", "letter)"; "" for none), and the number a numbered one gives: "(2)" and "49." are two
    lists, a resolution's parts and a council's minute numbers."""
    line_start = report.text.rfind("\n", 0, sentence.start) + 1
    marker = re.match(LIST_MARKER, report.text[line_start : sentence.end]) or re.match(r"\s*\((\w+)\)", sentence.text)
    if marker is None:
        return "", None
    found = marker.group().strip()
    core = found.strip("().")
    if core.isdigit():
        return found.replace(core, "number", 1), int(core)
    return (found.replace(core, "letter", 1), None) if core.isalpha() else ("bullet", None)


def opens_numbered(sentence: Sentence) -> bool:
    """ "(2) That officers seek ...": a numbered part that runs on in the same line as the one before it."""
    return bool(re.match(r"\s*\((?:\d+|[a-h]|i{1,3}|iv|v)\)\s", sentence.text))


def is_bare_marker(reading: Reading) -> bool:
    """ "1." split off the item it numbers."""
    return bool(re.fullmatch(r"\s*(?:[•·▪*–-]|\(?(?:\d+|[a-h])[.)])\s*", reading.sentence.text))


def bullet_drafts(index: int, reading: Reading, intro: Draft) -> list[Draft]:
    """The items a bullet of the list states: one, or one per part when the line runs on into more numbered parts
    ("a) to note the report; b) to accept the quote; and c) to close the play area": a part that only notes is
    none). A bullet that goes on from a body and is no decision of it gives none."""
    text = reading.sentence.text
    parts = numbered_parts(text, 0) if intro.outcome is Outcome.CARRIED and not intro.predicates else []
    if not parts:
        one = bullet_draft(index, reading, intro)
        return [one] if one is not None else []
    drafts = []
    for start, end in parts:
        draft = bullet_draft(index, reading, intro, text[start:end])
        if draft is not None:
            draft.start, draft.end = reading.sentence.start + start, reading.sentence.start + end
            drafts.append(draft)
    return drafts


def bullet_draft(index: int, reading: Reading, intro: Draft, words: str | None = None) -> Draft | None:
    """The item a bullet of the list states (or ``words``, one part of it); None for a bullet that goes on from a
    body and is no decision of it."""
    intro.last = index
    # "(a) endorsed the pay claim;": a letter or number opening the item is no word of it
    text = unnumbered(reading.sentence.text if words is None else words).lstrip(_BULLET_MARKS)
    if intro.predicates:
        return _predicate_draft(index, reading, text)
    outcome, vote = final_outcome(reading.outcomes, reading.votes)
    if not (reading.outcomes or vote):
        if _only_noted().search(text):
            return None  # "Decisions / (b) The complaints report was noted.": the item tells itself merely noted
        if noting_part(text):
            return None  # "RESOLVED: That Council / (a) notes the forecast gap;": a part that only notes
        if paper_to_come(text.partition(":")[2] or text):
            return None  # "Decisions / - Review of rules: terms of reference to come to the next meeting.": promised
        # "The NEC agreed: / - to postpone the timetable": agreeing to put an item off defers it
        words = unnumbered(text)
        fate = decided_outcome(words) if intro.outcome is Outcome.CARRIED else None
        # "The following were agreed: / 4. Not to support the request for a levy.": the item declined
        declined = fate is Outcome.DEFEATED and _NOT_TO.match(words) is not None
        outcome = fate if fate is not None and (fate in FATES or declined) else intro.outcome
    return Draft(index, index, intro.kind, text, reading.people, outcome, vote)


_NOT_TO = re.compile(r"\W*not\s+to\s", re.IGNORECASE)


def _predicate_draft(index: int, reading: Reading, text: str) -> Draft | None:
    """ "• postponed a decision on ... until April;": a verb phrase going on from the body, decided as its verb
    says ("agreed to refer it" by the verb after it); a bullet of no decision verb ("• heard a report") is none."""
    verb = _predicate_verb().match(text)
    if verb is None and not text[:1].isupper() and framed_predicate(reading):  # "• asked the officers to ..."
        return Draft(index, index, MotionKind.OTHER, text, strong(), Outcome.CARRIED)
    if verb is None or text[:1].isupper():
        return None  # "1. Approved the budget.": minutes' own bare decision, read as a sentence of its own
    rest = text[verb.end() :].strip()
    said = " ".join(verb["verb"].lower().split())
    if words_raised(said, rest):
        return None  # "• raised concerns about ...": words, no decision
    outcome = decided_outcome(rest) or verb_outcome(said, "")
    if outcome is Outcome.UNKNOWN:
        return None  # "• proposed a rule change to conference": put, not decided
    # the kind is what was decided ("approved the budget"), as for a decision told in a sentence
    named = kind_of(" ".join(rest.split()[:8]))[0]
    kind = MotionKind.OTHER if said in decisions_vocabulary().motions.appointment_verbs else named
    vote = reading.votes[-1] if reading.votes else None
    return Draft(index, index, kind or MotionKind.OTHER, text, strong(), outcome, vote)


@cache
def _only_noted() -> re.Pattern[str]:
    """ "was noted", "were received and discussed": an item's own passive verb telling it considered, not decided."""
    discussed = either(decisions_vocabulary().motions.discussed_verbs)
    return re.compile(rf"\b(?:was|were|been)\s+(?:\w+ly\s+)?(?:{discussed})(?:\s+and\s+(?:{discussed}))?\b\W*$", _FLAGS)


@cache
def _predicate_verb() -> re.Pattern[str]:
    adverbs = either(decisions_vocabulary().motions.decision_adverbs)
    return re.compile(rf"(?:(?:{adverbs}|\w+ly)\s+)?(?P<verb>{decision_verbs()})\b", _FLAGS)
