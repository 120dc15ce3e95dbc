"""Where a clause that states a motion of its own starts inside a sentence: a new subject with its own result ("...,
and the motions were carried"), an item decided first, told after the result it led to ("The motion was carried
after an amendment from Jo was lost"), or a clause set against the one before ("..., whereas the one on rents was
passed", "Although the GC rejected X, it passed Y"); and the sentence read clause by clause."""

from __future__ import annotations

import itertools
import re
from functools import cache
from typing import TYPE_CHECKING

from nec_extract.extractors.motions.sentence.patterns import CODE, LINE_LABEL, numbered_item
from nec_extract.extractors.motions.sentence.reading import Reading, kind_of, read_sentence
from nec_extract.extractors.motions.this_meeting.bodies import MeetingBody
from nec_extract.extractors.motions.this_meeting.set_against import opened_by_our_body, opening_clause_end
from nec_extract.extractors.votes import find_outcomes
from nec_extract.language.clauses import clauses
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.language.people import minuted_name_re
from nec_extract.language.text import Sentence

if TYPE_CHECKING:
    from nec_extract.models import Vote
    from nec_extract.page.context import ReportContext

_FLAGS = re.IGNORECASE
_NOUN_WITHIN = 40  # characters from the determiner to the item's noun: "an opposition amendment", "the NEC's motion"


def earlier_item_cuts(text: str) -> list[int]:
    """Where a clause opens that tells an item's own result after the sentence's result: the place of "after" in
    "It was agreed by 19 votes to 14 after an amendment to add two places was defeated" (none when the clause's
    subject is not an item, "after the mover accepted it", or when either side has no result of its own)."""
    return [m.start() for m in _opener().finditer(text) if _an_item_decided(text, m.start(), m.end())]


def _an_item_decided(text: str, at: int, noun_from: int) -> bool:
    kind, kind_at = kind_of(text[noun_from:])
    if kind is None or kind_at > _NOUN_WITHIN:
        return False
    return _has_result(text[:at]) and _has_result(text[noun_from + kind_at :])


def _has_result(text: str) -> bool:
    return any(not o.hedged for o in find_outcomes(text))


@cache
def _opener() -> re.Pattern[str]:
    openers = either(decisions_vocabulary().motions.earlier_item_openers)
    determiners = either(grammar_vocabulary().decisions.summary_determiners)
    return re.compile(rf"(?<=\w)[,]?\s+(?:{openers})\s+(?:{determiners})\s+", _FLAGS)


def contrast_cuts(text: str, body: MeetingBody) -> list[int]:
    """Where a clause set against the one before starts, when each side tells a result or a decision of its own:
    after ", whereas" in "Motion 4 was lost, whereas the one on rents was passed", after "though" in "The motion was
    carried, though the amendment was withdrawn", after the comma that closes "Although the GC rejected X," (the
    first comma after its result: "While the first motion, on fares, was lost,") before "it passed Y"; not in
    "..., although two members spoke against it" (one result)."""
    cuts = [m.end() for m in _contrast_join().finditer(text)]
    opening = opening_clause_end(text)
    cuts += [opening] if opening is not None else []
    # the side before is the clause since the last semicolon or colon: not "Motion 12 fell; motion 13, however,"
    before = [max(text.rfind(";", 0, cut), text.rfind(":", 0, cut)) + 1 for cut in cuts]
    return [
        cut for cut, at in zip(cuts, before, strict=True) if _decides(text[at:cut], body) and _decides(text[cut:], body)
    ]


def _decides(text: str, body: MeetingBody) -> bool:
    return _has_result(text) or body.decision(text).search(text) is not None


@cache
def _contrast_join() -> re.Pattern[str]:
    joins = either(grammar_vocabulary().decisions.contrast_joins)
    return re.compile(rf",\s+(?:{joins})\b,?(?!\s+\w+ing\b)", _FLAGS)  # not ", while also rejecting X": a gerund


def new_subject_cuts(text: str) -> list[int]:
    """Where "and" or a comma starts a clause with a subject of its own: "... and the motions were carried",
    "The motion on pay was carried, the motion on fees fell", "..., while a call for a review was defeated"."""
    return [m.start() for m in _new_subject().finditer(text)]


def _the_vote_before_it(text: str, at: int) -> bool:
    """ "The motion got 9 votes each, and the chair's casting vote went against it": the clause's subject is a vote,
    and it names no item of its own; it tells the result of the item before, not a motion of its own."""
    return _vote_subject().match(text, at) is not None and kind_of(text[at:])[0] is None


def _the_result_of_the_one_before(text: str, cut: int) -> bool:
    """ "We moved to refer the paper back, and that was agreed", "..., and it was carried 20-3": a pronoun and a
    result alone tell the result of the proposal before, not a motion of their own (not "and it was agreed to write
    to the minister", a decision with its own object)."""
    told = _pronoun_told_result().match(text, cut)
    if told is None:
        return False
    results = find_outcomes(text[told.end() :])
    return bool(results) and results[0].start == 0 and not _an_object_after().match(text, told.end() + results[0].end)


@cache
def _pronoun_told_result() -> re.Pattern[str]:
    pronouns = either(grammar_vocabulary().decisions.result_pronouns)
    be = either(grammar_vocabulary().decisions.new_subject_be_forms)
    return re.compile(rf"[\s,;]*(?:(?:and|so)\s+)?(?:{pronouns})\s+(?:{be})\s+(?:\w+ly\s+)?", _FLAGS)


@cache
def _an_object_after() -> re.Pattern[str]:
    return re.compile(r"\s+(?:to|that)\b", _FLAGS)


@cache
def _vote_subject() -> re.Pattern[str]:
    subjects = either(decisions_vocabulary().motions.vote_subjects)
    return re.compile(
        rf"[\s,;–—]*(?:(?:and|but|so|while)\s+)?(?:the|its|our|their|his|her|this|that)\s+(?:[\w'’-]+\s+){{0,3}}?"
        rf"(?:{subjects})\s",
        _FLAGS,
    )


@cache
def _new_subject() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    results = either(v.active_outcome_verbs, v.active_defeat_verbs)
    g = grammar_vocabulary().decisions
    numbered = numbered_item()  # "... and Motion 5 was lost": an item by its number
    # ", while a call for a review of allowances was defeated": after a contrast the subject may run longer
    contrast = rf"(?<=,)\s+(?:{either(g.new_subject_contrasts)})\s+"
    return re.compile(
        rf"(?:(?<=\s)and\s+|(?<=,)\s+)(?=(?:{either(g.new_subject_determiners)}|{numbered})\s+(?:[\w'’-]+\s+){{0,6}}?"
        rf"(?:{either(g.new_subject_be_forms)}|{results})\b)"
        rf"|{contrast}(?=(?:{either(g.new_subject_determiners)}|{numbered})\s+(?:[\w'’-]+\s+){{0,10}}?"
        rf"(?:{either(g.new_subject_be_forms)}|{results})\b)"
        # "..., and NR/8 and the proposed change to rule 14 were both withdrawn": an item named by its code
        rf"|(?<=,)\s+and\s+(?={CODE}\s+(?:[\w'’/-]+\s+){{0,10}}?(?:{either(g.new_subject_be_forms)}|{results})\b)",
        re.IGNORECASE,
    )


def movers_only(text: str, cut: int) -> bool:
    """ "Accounts adopted – proposed Colin Fry, seconded Tom Hale.": minutes' shorthand naming who moved the item
    whose result the clause before told, no clause of its own."""
    return _movers_shorthand().match(text, cut) is not None


@cache
def _movers_shorthand() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    name = rf"(?-i:{minuted_name_re()})"  # a name keeps its capitals: not "proposed the budget"
    mover = rf"(?:{either(v.mover_labels)})(?:\s+by)?\s*:?\s+{name}"
    seconder = rf"(?:[,;]?\s*(?:and\s+)?(?:{either(v.seconder_labels)})(?:\s+by)?\s*:?\s+{name})?"
    return re.compile(rf"\s*[–—-]?\s*{mover}{seconder}\s*[.;]?\s*$", _FLAGS)


def joins_label_to_resolution(text: str, cut: int) -> bool:
    """A break between a resolution's label and what it resolves ("... and it was RESOLVED – That the strategy be
    adopted", "The committee agreed: that officers write to the minister"): one decision, not two clauses."""
    return _label_before().search(text, 0, cut) is not None and _that_after().match(text, cut) is not None


@cache
def _label_before() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    return re.compile(rf"\b(?:{either(v.minutes_labels, v.recommended_labels)})\s*[:–—-]?\s*$", _FLAGS)


@cache
def _that_after() -> re.Pattern[str]:
    return re.compile(r"\s*[:–—-]?\s*that\b", _FLAGS)


def clause_parts(reading: Reading) -> list[Sentence]:
    """The sentence cut into the clauses that may each state a motion of their own."""
    text, start = reading.sentence.text, reading.sentence.start
    breaks = {
        *clauses("decision").starts(text),
        *new_subject_cuts(text),
        *earlier_item_cuts(text),
        *contrast_cuts(text, reading.body),
    }
    first_result = min((phrase.start for phrase in reading.outcomes), default=len(text))
    kept = (
        cut
        for cut in breaks
        if not (
            joins_label_to_resolution(text, cut)
            or _the_vote_before_it(text, cut)
            or _the_result_of_the_one_before(text, cut)
            or movers_only(text, cut)
            or _a_topic_label_before(text, cut, first_result)
        )
    )
    cuts = sorted({0, *kept, len(text)})
    return [Sentence(start + a, start + b, text[a:b]) for a, b in itertools.pairwise(cuts)]


def _a_topic_label_before(text: str, cut: int, first_result: int) -> bool:
    """ "Budget: a change to the hardship fund was accepted nem con": a label that names the topic, with no result
    of its own, before the clause that decides; one decision, not a label item and a clause ("The NEC agreed: A; B"
    keeps its cut, its verb deciding before the colon, and so does a minutes label: "RESOLVED: (i) ...; (ii) ...")."""
    if cut > first_result or LINE_LABEL.fullmatch(text, 0, cut) is None:
        return False
    return _label_before().search(text, 0, cut) is None  # "RESOLVED:", "Agreed:" open the decision itself


def read_parts(report: ReportContext, parts: list[Sentence], votes: list[Vote], reading: Reading) -> list[Reading]:
    """Each clause read as a sentence; "it" or "they" in a clause after one the body opens is the body ("The GC
    rejected X; however, it passed Y", "Although the GC rejected X, it passed Y")."""
    reads = [read_sentence(report, part, votes, reading.body) for part in parts]
    for number, read in enumerate(reads):
        read.after_our_body = reading.after_our_body or any(opened_by_our_body(r) for r in reads[:number])
    return reads
