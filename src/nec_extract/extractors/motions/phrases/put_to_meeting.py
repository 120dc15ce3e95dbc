"""Whether a sentence tells of a motion put to the meeting: moved, tabled, debated, submitted or (a paper)
circulated, as "X moved a motion on ..." or "An emergency motion from the region was tabled"; and whether a set of
items was only looked at ("Members considered the proposed rule changes"), not put."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.items.counted import items_counted
from nec_extract.extractors.motions.sentence.patterns import patterns
from nec_extract.extractors.motions.sentence.reading import Reading, kind_of
from nec_extract.extractors.motions.sentence.reference import attribution_frame
from nec_extract.language.lexicon import pattern_alternation
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.models import MotionKind

_FLAGS = re.IGNORECASE


# "rule changes", "amendments": a plural item noun (or a bare one before "was": "A statement was circulated")
_PLURAL = r"(?:[\w-]+\s+)?[\w-]+s\b"

# papers, codes, timetables: put to the meeting when "presented" or "circulated", a motion only if a result follows
PAPERS = (MotionKind.REPORT, MotionKind.OTHER)


def only_considered(reading: Reading) -> bool:
    """Whether a plural item was brought by a verb of looking at it ("considered", "discussed"), not of putting
    or debating it ("moved", "tabled", "debated")."""
    if not re.match(_PLURAL, reading.sentence.text[reading.kind_at :]):
        return False
    before = reading.sentence.text[: reading.kind_at]
    verbs = list(patterns().discussed.finditer(before))
    debated = either(decisions_vocabulary().motions.debate_verbs)
    return (
        bool(verbs)
        and not re.match(rf"(?:{debated})|debating", verbs[-1].group(), _FLAGS)
        and not (_put_before().search(before))
    )


def put_to_the_meeting(reading: Reading, papers: bool = False) -> bool:
    """Whether the sentence tells of a motion (or, asked, a paper) put to the meeting: debated, moved, tabled,
    submitted, circulated."""
    kinds = (MotionKind.MOTION, MotionKind.AMENDMENT, MotionKind.RULE_CHANGE, MotionKind.PROPOSAL)
    if reading.kind not in (*kinds, *(PAPERS if papers else ())):
        return False
    text = reading.sentence.text
    before, after = text[: reading.kind_at], text[reading.kind_at :]
    # a paper "discussed" is only discussed; one "circulated" or "tabled", or "considered for decision", was put
    only_looked_at = reading.kind in PAPERS and not _for_decision().search(text)
    discussed = None if only_looked_at else patterns().discussed.search(before)
    considered = discussed or _put_before().search(before) or _put_to_somewhere(before, after)
    if not considered and not (_subject_start().fullmatch(before) and _put_after().search(after)):
        return False
    if _taken_down(reading, before):
        return False  # "Jo took the minutes": who wrote them, not an item put
    counted = items_counted(text, reading.kind_at) > 1  # "Two motions came to us": items, not an agenda
    if re.match(rf"\W*(?:{either(decisions_vocabulary().motions.no_one_words)})\b", before, _FLAGS):
        return False  # "Nobody moved the motion on the agenda": never put
    if re.search(
        rf"\b(?:{either(decisions_vocabulary().motions.no_item_determiners)})\s+(?:[\w-]+\s+)?$", before, _FLAGS
    ):
        return False  # "No motion was tabled on it": none put
    if put_another_time(text):
        return False
    return not re.search(r"\bwhether\b", before, _FLAGS) and (
        counted or _for_decision().search(text) is not None or not _agenda_announcement(text, reading.kind_at)
    )


# the motion noun opens the sentence, as its subject: "An emergency motion from the region was tabled"
@cache
def _subject_start() -> re.Pattern[str]:
    """ "An emergency motion", "Then the rule change", "At Tuesday's meeting a proposal": the words before the item
    noun when it is the subject, after a news report's attribution ("It is understood that a compromise ...") and a
    fronted phrase naming this meeting, if any."""
    v = decisions_vocabulary().motions
    attributed = rf"(?:{attribution_frame()})?"
    earlier = either(v.later_meeting_words, v.earlier_meeting_words)
    fronted = (
        rf"(?:(?:{either(v.fronted_meeting_prepositions)})\s+(?![^,]*\b(?:{earlier})\b)[^,.;]{{0,30}}?\b"
        rf"(?:{either(v.fronted_meeting_nouns)})\s*,?\s+)?"
    )
    return re.compile(
        rf"\W*{attributed}{fronted}(?:(?:{either(grammar_vocabulary().decisions.sentence_lead_words)})\s+)*(?:[\w'’-]+\s+){{0,2}}",
        _FLAGS,
    )


@cache
def _put_before() -> re.Pattern[str]:
    """ "moved a motion", "tabled two amendments", "We took the amendment", "voted on the proposal": a verb of
    putting or taking an item, then the item."""
    taking = either(decisions_vocabulary().motions.taking_verbs)
    return re.compile(
        rf"\b(?:{patterns().mover_verbs}|{taking})\s+(?:{either(grammar_vocabulary().decisions.put_item_determiners)})\s+"
        r"(?:[\w'’-]+\s+){0,3}$",
        _FLAGS,
    )


def put_for_a_decision(reading: Reading) -> bool:
    """ "The report was presented for approval", "The timetable was put to the NEC", "considered for decision a
    paper on ...": a paper put to the meeting to be decided, a motion even when no result is told."""
    text = reading.sentence.text
    before, after = text[: reading.kind_at], text[reading.kind_at :]
    return bool(
        _for_decision().search(text)
        or _put_to_somewhere(before, after)
        or (_subject_start().fullmatch(before) and _put_to_after().search(after))
    )


def put_by_request(reading: Reading) -> bool:
    """ "The Treasurer asked the NEC to approve the 2025 budget", "the secretary asked the committee to adopt the
    annual report": a person asking the meeting to decide on the paper puts it to be decided."""
    return _request_to_decide().search(reading.sentence.text) is not None


@cache
def _request_to_decide() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{pattern_alternation(decisions_vocabulary().motions.requests_to_decide)})", _FLAGS)


@cache
def _for_decision() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{decisions_vocabulary().motions.for_decision.regex()})\b", _FLAGS)


@cache
def _put_to_after() -> re.Pattern[str]:
    """ "... was put to the NEC": the item, then the meeting it was put to."""
    past_be = either(grammar_vocabulary().past_be_forms)
    return re.compile(rf"^[^;:]*?\b(?:{past_be})\s+(?:\w+ly\s+)?put\s+{_destination()}", _FLAGS)


def _put_to_somewhere(before: str, after: str) -> bool:
    """ "The Chair put the motion on pay to the meeting": "put", the item, and where it was put to be decided."""
    return bool(_putting_before().search(before) and _to_a_destination().search(after))


@cache
def _putting_before() -> re.Pattern[str]:
    putting = either(decisions_vocabulary().motions.putting_verbs)
    determiners = either(grammar_vocabulary().decisions.put_item_determiners)
    # "she would put a proposal to the meeting": a put only promised
    promised = either(grammar_vocabulary().future_auxiliaries, grammar_vocabulary().opinion_modals, ("to", "shall"))
    return re.compile(
        rf"(?:^|\b(?!(?:{promised})\s)\w+\s+)(?:{putting})\s+(?:{determiners}|[\w-]+(?:\s+[\w-]+)?['’]s)\s+"
        r"(?:[\w'’-]+\s+){0,3}$",
        _FLAGS,
    )


def _destination() -> str:
    """ "to the vote", "to members", "before Labour's ruling body": where an item is put to be decided."""
    places = either(decisions_vocabulary().motions.put_destinations)
    later = either(decisions_vocabulary().motions.later_meeting_words)
    return rf"(?:to|before)\s+(?:the\s+|a\s+|[\w-]+['’]s\s+)?(?!(?:{later})\b)(?:[\w-]+\s+)?(?:{places})\b"


@cache
def _to_a_destination() -> re.Pattern[str]:
    return re.compile(rf"^[^.;:]*?\b{_destination()}", _FLAGS)


def _taken_down(reading: Reading, before: str) -> bool:
    """ "took the minutes": a record taken down, not an item taken by the meeting."""
    taking = either(decisions_vocabulary().motions.taking_verbs)
    noun = reading.sentence.text[reading.kind_at :]
    return bool(re.search(rf"\b(?:{taking})\s+\w+\s+$", before, _FLAGS) and re.match(r"minutes\b", noun, _FLAGS))


@cache
def _put_after() -> re.Pattern[str]:
    """ "... was tabled", "... were debated", "... came to us from": the item, then how it came to the meeting."""
    v = decisions_vocabulary().motions
    arrivals = either(v.arrival_verbs)
    put = _put_participles()
    return re.compile(
        rf"^[^;:]*?\b(?:(?:{either(grammar_vocabulary().past_be_forms)})\s+(?:\w+ly\s+|(?:{either(v.passive_adverbs)})\s+)?"
        rf"(?:being\s+)?(?:{put})|{arrivals})\b",
        _FLAGS,
    )


def _agenda_announcement(text: str, at: int) -> bool:
    """ "We considered the rule amendments.": a plural item with nothing of its own, the agenda the decisions
    that follow belong to, not one motion."""
    if _one_item_before().search(text, 0, at):
        return False  # "A motion was moved on rents": one item ("motion was" is no plural)
    noun = re.match(rf"{_PLURAL}(?P<rest>.*)$", text[at:], re.DOTALL)
    if noun is None or kind_of(noun["rest"].lstrip())[1] == 0:
        return False  # "The procedures paper came to us": "procedures" names the paper, the head noun after it
    if _whose_set().match(noun["rest"]):
        return False  # "The recommendations of the review were put": one body's set, not an agenda
    openers = either(decisions_vocabulary().motions.summary_openers)
    return not re.match(rf"\s*(?:from\s+[^,]+?\s+)?(?:{openers})\b", noun["rest"], _FLAGS)


@cache
def _one_item_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{either(decisions_vocabulary().motions.one_item_determiners)})\s+$", _FLAGS)


@cache
def _whose_set() -> re.Pattern[str]:
    """ "of the review", "of the finance sub-committee": the one body or paper whose set of items it is."""
    determiners = either(grammar_vocabulary().decisions.same_item_determiners, ("the", "our", "its"))
    return re.compile(rf"\s*of\s+(?:{determiners})\s+(?:[\w'’-]+\s+){{0,2}}?[\w'’-]+(?<!s)\b", _FLAGS)


def put_another_time(text: str) -> bool:
    """ "a motion that the branch hopes to submit next month", "we will be debating motions", "motions must be
    submitted by ...", "a draft motion was circulated for comment", "noted that the Welsh Council had debated a
    motion": an item to be put later, or put elsewhere before, not put to this meeting."""
    return bool(_promised_put().search(text) or _not_put_purpose().search(text) or _reported_put().search(text))


@cache
def _putting_forms() -> str:
    return either(decisions_vocabulary().motions.putting_forms)


@cache
def _promised_put() -> re.Pattern[str]:
    promises = either(decisions_vocabulary().motions.promise_words, grammar_vocabulary().future_auxiliaries)
    return re.compile(rf"\b(?:{promises})\s+(?:to\s+)?(?:be\s+|have\s+)?(?:\w+ly\s+)?(?:{_putting_forms()})\b", _FLAGS)


@cache
def _not_put_purpose() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{decisions_vocabulary().motions.not_put_purposes.regex()})\b", _FLAGS)


@cache
def _reported_put() -> re.Pattern[str]:
    """ "The Board noted that the Council had debated a motion": a put told in a reported clause, before."""
    return re.compile(rf"\bthat\s+[^;,]*?\bhad\s+(?:been\s+)?(?:\w+ly\s+)?(?:{_putting_forms()})\b", _FLAGS)


def put_by_pronoun(text: str) -> bool:
    """ "It was taken in private session", "It was debated at the end", "They were put to the vote": an item named
    before, put to the meeting (not "It was moved that ...", "It was proposed to ...": a new proposal)."""
    return _pronoun_put().match(text) is not None


@cache
def _put_participles() -> str:
    """ "(was) moved", "(were) tabled", "(was) put to the vote": how an item came to the meeting, after a form of
    "be"."""
    arrivals = decisions_vocabulary().motions.put_arrivals.regex()
    return rf"(?:{patterns().content_verbs})|{arrivals}|put\s+{_destination()}"


@cache
def _pronoun_put() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    past_be = either(grammar_vocabulary().past_be_forms)
    put = _put_participles()
    return re.compile(
        rf"\W*(?:{either(v.put_pronouns)})\s+(?:{past_be})\s+(?:\w+ly\s+|(?:{either(v.passive_adverbs)})\s+)?"
        rf"(?:{put})\b(?!\s+(?:that|to)\b)",
        _FLAGS,
    )
