"""Motions one sentence introduces or states: moved, decided by the meeting, passed, or put to it."""

from __future__ import annotations

import itertools
import re

from nec_extract.extractors.motions.decisions import meeting_decisions, passive_decision
from nec_extract.extractors.motions.draft import Draft, final_outcome, strong
from nec_extract.extractors.motions.elections import election_drafts
from nec_extract.extractors.motions.patterns import patterns
from nec_extract.extractors.motions.people import People
from nec_extract.extractors.motions.reading import CLAUSE_BREAK, Reading, read_sentence
from nec_extract.language.lexicon.decisions import decisions_vocabulary
from nec_extract.language.text import Sentence
from nec_extract.models import MotionKind, Outcome, Vote
from nec_extract.page.context import ReportContext

_FLAGS = re.IGNORECASE


def drafts_of_clauses(report: ReportContext, index: int, reading: Reading, votes: list[Vote]) -> list[Draft]:
    """ "Her amendment fell, but the substantive motion was carried.": clauses that each name a motion and
    its outcome are read as sentences of their own."""
    if len(reading.outcomes) < 2:
        return []
    text, start = reading.sentence.text, reading.sentence.start
    cuts = [0, *(m.end() for m in CLAUSE_BREAK.finditer(text)), len(text)]
    clauses = [Sentence(start + a, start + b, text[a:b]) for a, b in itertools.pairwise(cuts)]
    own = [read_sentence(report, clause, votes) for clause in clauses]
    own = [r for r in own if r.kind is not None and r.outcomes and r.kind_at < r.outcomes[0].start]
    if len(own) < 2:
        return []
    drafts = []
    for clause in own:
        for draft in drafts_of(index, clause):
            draft.start, draft.end = clause.sentence.start, clause.sentence.end
            drafts.append(draft)
    return drafts


def drafts_of(index: int, reading: Reading) -> list[Draft]:
    """Motions this sentence introduces or states: those of the first reading below that finds any."""
    for reader in _READERS:
        drafts = reader(index, reading)
        if drafts:
            return drafts
    return []


def _elections(index: int, reading: Reading) -> list[Draft]:
    elections = list(patterns().election.finditer(reading.sentence.text))
    return election_drafts(index, reading, elections) if elections else []


def _introduction(index: int, reading: Reading) -> list[Draft]:
    """ "X moved a motion ...", "proposed by X": what was moved, by whom."""
    if not reading.people.introduced:
        return []
    text = reading.sentence.text
    outcome, vote = final_outcome(reading.outcomes, reading.votes)
    kind = _introduced_kind(text, reading)
    return [Draft(index, index, kind, summary_of_introduction(text), reading.people, outcome, vote, reading.noun)]


def _impersonal(index: int, reading: Reading) -> list[Draft]:
    """ "It was agreed that ...", "It was proposed that ..."."""
    text = reading.sentence.text
    impersonal = patterns().impersonal.search(text)
    if not impersonal:
        return []
    summary = text[impersonal.end() :]
    kind = reading.kind or MotionKind.PROPOSAL
    if impersonal["verb"].lower() in decisions_vocabulary().motions.impersonal_verbs.proposed:
        return [Draft(index, index, kind, summary, strong(), noun=reading.noun)]
    _, vote = final_outcome(reading.outcomes, reading.votes)
    return [Draft(index, index, kind, summary, reading.people, Outcome.CARRIED, vote)]


def _passive(index: int, reading: Reading) -> list[Draft]:
    passive = passive_decision(reading)
    if passive is None:
        return []
    kind, summary = passive
    outcome, vote = final_outcome(reading.outcomes, reading.votes)
    return [Draft(index, index, kind, summary, reading.people, outcome, vote, reading.noun)]


def _hedged_vote(index: int, reading: Reading) -> list[Draft]:
    """ "An amendment ... seemed to be lost on a show of hands": a vote was held, its result may follow."""
    if reading.kind is None or not reading.hedged_outcome or reading.kind_at >= reading.hedged_outcome:
        return []
    summary = reading.sentence.text[: reading.hedged_outcome]
    return [Draft(index, index, reading.kind, summary, strong(), noun=reading.noun)]


def _outcome_refers_back(index: int, reading: Reading) -> list[Draft]:
    """ "Three members spoke against the motion, but it passed anyway."."""
    refers_back = reading.reference in ("pronoun", "near")
    if reading.kind is None or not refers_back or not reading.outcomes or reading.kind_at >= reading.outcomes[0].start:
        return []
    return _from_motion_noun(index, reading, reading.people)


def _counted(index: int, reading: Reading) -> list[Draft]:
    """ "Twelve members voted for the motion and nine against."."""
    if not reading.votes or reading.kind is None:
        return []
    return _from_motion_noun(index, reading, reading.people)


def _from_motion_noun(index: int, reading: Reading, people: People) -> list[Draft]:
    assert reading.kind is not None
    outcome, vote = final_outcome(reading.outcomes, reading.votes)
    summary = reading.sentence.text[reading.kind_at :]
    return [Draft(index, index, reading.kind, summary, people, outcome, vote, reading.noun)]


def _on_the_agenda(index: int, reading: Reading) -> list[Draft]:
    """ "Other items on the agenda were proposed changes to ...": put to the meeting, outcome not reported."""
    text = reading.sentence.text
    agenda = patterns().agenda.search(text)
    if not agenda:
        return []
    kind = MotionKind.PROPOSAL if agenda["noun"].lower().startswith("propos") else reading.kind or MotionKind.PROPOSAL
    outcome, vote = final_outcome(reading.outcomes, reading.votes)
    return [Draft(index, index, kind, text[agenda.start("noun") :], strong(), outcome, vote, reading.noun)]


def _considered(index: int, reading: Reading) -> list[Draft]:
    """ "We debated a motion on ...": a motion put to the meeting, its outcome perhaps in a later sentence."""
    if reading.kind not in (MotionKind.MOTION, MotionKind.AMENDMENT, MotionKind.RULE_CHANGE, MotionKind.PROPOSAL):
        return []
    text = reading.sentence.text
    considered = patterns().discussed.search(text)
    if not considered or considered.start() >= reading.kind_at:
        return []
    if re.search(r"\bwhether\b", text[: reading.kind_at], _FLAGS):
        return []
    return _from_motion_noun(index, reading, strong())


_READERS = (
    _elections,
    _introduction,
    _impersonal,
    meeting_decisions,
    _passive,
    _hedged_vote,
    _outcome_refers_back,
    _counted,
    _on_the_agenda,
    _considered,
)


def _introduced_kind(text: str, reading: Reading) -> MotionKind:
    """ "X moved that ..." is a motion and "X proposed that ..." a proposal, whatever nouns the proposal
    itself contains; otherwise the motion noun named."""
    verb = re.search(rf"\b(?P<verb>{patterns().mover_verbs})\s+(?P<that>that\b)?", text, _FLAGS)
    if verb and verb["verb"].lower().startswith("nominat"):
        return MotionKind.OTHER
    if verb and verb["that"] and not (reading.kind and reading.kind_at < verb.start()):
        return MotionKind.PROPOSAL if verb["verb"].lower().startswith("propos") else MotionKind.MOTION
    return reading.kind or MotionKind.MOTION


def summary_of_introduction(text: str) -> str:
    """What was moved: the words after an active mover verb, or the subject before a passive one."""
    verb = re.search(rf"\b(?:{patterns().introduction_verbs})\b", text, _FLAGS)
    if verb is None:
        return text
    passive = re.match(r"\s+by\b", text[verb.end() :]) or re.search(
        r"\b(?:was|were|been)\s+(?:\w+\s+)?$", text[: verb.start()]
    )
    if passive and verb.start() > 10:
        return re.split(r",\s*(?:which|who)\b|,\s*$", text[: verb.start()])[0]
    return text[verb.end() :]
