"""Motions one sentence introduces or states: moved, decided by the meeting, passed, or put to it."""

from __future__ import annotations

import itertools
import re

from nec_extract.extractors.motions.draft import Draft, final_outcome, strong
from nec_extract.extractors.motions.elections import election_drafts
from nec_extract.extractors.motions.names import name_pattern
from nec_extract.extractors.motions.patterns import patterns
from nec_extract.extractors.motions.reading import CLAUSE_BREAK, Reading, kind_of, read_sentence
from nec_extract.extractors.votes.vocabulary import vocab
from nec_extract.language.text import Sentence
from nec_extract.models import MotionKind, Outcome, Vote
from nec_extract.page.context import ReportContext

_FLAGS = re.IGNORECASE

_VERB_OUTCOME = {
    "nominated": Outcome.UNKNOWN,
    "remitted": Outcome.REMITTED,
    "referred": Outcome.REMITTED,
    "deferred": Outcome.DEFERRED,
}


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


def drafts_of(index: int, reading: Reading) -> list[Draft]:  # noqa: C901 (to split: issue 11)
    """Motions this sentence introduces or states."""
    text = reading.sentence.text
    p = patterns()
    elections = list(p.election.finditer(text))
    if elections:
        return election_drafts(index, reading, elections)
    outcome, vote = final_outcome(reading.outcomes, reading.votes)
    people = reading.people
    if people.introduced:
        kind = _introduced_kind(text, reading)
        return [Draft(index, index, kind, summary_of_introduction(text), people, outcome, vote, reading.noun)]
    impersonal = p.impersonal.search(text)
    if impersonal:
        summary = text[impersonal.end() :]
        if impersonal["verb"].lower() in ("proposed", "suggested"):
            return [Draft(index, index, reading.kind or MotionKind.PROPOSAL, summary, strong(), noun=reading.noun)]
        return [Draft(index, index, reading.kind or MotionKind.PROPOSAL, summary, people, Outcome.CARRIED, vote)]
    decisions = _meeting_decisions(index, reading)
    if decisions:
        return decisions
    passive = _passive_decision(reading)
    if passive is not None:
        kind, summary = passive
        return [Draft(index, index, kind, summary, people, outcome, vote, reading.noun)]
    if reading.kind is not None and reading.hedged_outcome and reading.kind_at < reading.hedged_outcome:
        # "An amendment ... seemed to be lost on a show of hands": a vote was held, its result may follow.
        return [Draft(index, index, reading.kind, text[: reading.hedged_outcome], strong(), noun=reading.noun)]
    refers_back = reading.reference in ("pronoun", "near")
    if reading.kind is not None and refers_back and reading.outcomes and reading.kind_at < reading.outcomes[0].start:
        # "Three members spoke against the motion, but it passed anyway."
        return [Draft(index, index, reading.kind, text[reading.kind_at :], people, outcome, vote, reading.noun)]
    if reading.votes and reading.kind is not None:
        # "Twelve members voted for the motion and nine against."
        return [Draft(index, index, reading.kind, text[reading.kind_at :], people, outcome, vote, reading.noun)]
    agenda = p.agenda.search(text)
    if agenda:
        # "Other items on the agenda were proposed changes to ...": put to the meeting, outcome not reported
        kind = (
            MotionKind.PROPOSAL if agenda["noun"].lower().startswith("propos") else reading.kind or MotionKind.PROPOSAL
        )
        return [Draft(index, index, kind, text[agenda.start("noun") :], strong(), outcome, vote, reading.noun)]
    if reading.kind in (MotionKind.MOTION, MotionKind.AMENDMENT, MotionKind.RULE_CHANGE, MotionKind.PROPOSAL):
        considered = p.discussed.search(text)
        if (
            considered
            and considered.start() < reading.kind_at
            and not re.search(r"\bwhether\b", text[: reading.kind_at], _FLAGS)
        ):
            return [Draft(index, index, reading.kind, text[reading.kind_at :], strong(), outcome, vote, reading.noun)]
    return []


def _introduced_kind(text: str, reading: Reading) -> MotionKind:
    """ "X moved that ..." is a motion and "X proposed that ..." a proposal, whatever nouns the proposal
    itself contains; otherwise the motion noun named."""
    verb = re.search(rf"\b(?P<verb>{patterns().mover_verbs})\s+(?P<that>that\b)?", text, _FLAGS)
    if verb and verb["verb"].lower().startswith("nominat"):
        return MotionKind.OTHER
    if verb and verb["that"] and not (reading.kind and reading.kind_at < verb.start()):
        return MotionKind.PROPOSAL if verb["verb"].lower().startswith("propos") else MotionKind.MOTION
    return reading.kind or MotionKind.MOTION


def _meeting_decisions(index: int, reading: Reading) -> list[Draft]:
    """ "We agreed X", "The NEC endorsed X and appointed Y": one motion per decision verb."""
    text = reading.sentence.text
    v = vocab()
    first = patterns().meeting_decision.search(text)
    if first is None or _anaphoric_subject(first.group()):
        return []
    # "When the NEC agreed ...": background, not this meeting's decision; "the NEC would ... agree": not yet one
    if re.search(rf"\b(?:{v['decision_subordinators']})\s+(?:the\s+)?$", text[: first.start()], _FLAGS):
        return []
    if re.search(rf"\b(?:{v['decision_modals']})\b", text[first.start() : first.start("verb")], _FLAGS):
        return []
    coordinated = re.compile(
        rf"(?:\band\b|,)\s+(?:[^,]{{0,40}},\s+)?(?P<verb>{v['agree_family']}|appointed|elected|nominated)\b", _FLAGS
    )
    verbs = [first, *coordinated.finditer(text, first.end())]
    drafts = []
    for number, match in enumerate(verbs):
        end = verbs[number + 1].start() if number + 1 < len(verbs) else len(text)
        clause = re.sub(r"[\s,]+and\s*$", "", text[match.end("verb") : end]).strip(" ,.;")
        if _not_a_decision(clause):
            continue
        verb = match["verb"].lower()
        outcome = _VERB_OUTCOME.get(verb, Outcome.CARRIED)
        if re.fullmatch(v["active_defeat_verbs"], verb, _FLAGS):
            outcome = Outcome.DEFEATED
        later = [o for o in reading.outcomes if o.start > match.start("verb")]
        if later and later[-1].outcome is not Outcome.CARRIED:
            outcome = later[-1].outcome  # "agreed ... but sent them to a working group"
        # the kind is what was agreed ("a number of rule changes"), not whatever the clause goes on to mention
        head = " ".join(clause.split()[:8])
        kind = MotionKind.OTHER if verb in ("appointed", "elected", "nominated") else kind_of(head)[0]
        vote = reading.votes[-1] if reading.votes else None
        draft = Draft(index, index, kind or MotionKind.OTHER, clause, strong(), outcome, vote)
        if len(verbs) > 1:
            draft.start = reading.sentence.start + (0 if number == 0 else match.start("verb"))
            draft.end = reading.sentence.start + end
        drafts.append(draft)
    return drafts


def _anaphoric_subject(matched: str) -> bool:
    return bool(re.match(r"(?:it|this|which|they|these)\b", matched, _FLAGS))


def _not_a_decision(clause: str) -> bool:
    """Agreeing with words or opinions, or to look at something, is not deciding a proposal."""
    words = vocab()["not_a_decision"]
    return (
        not clause
        or bool(re.match(rf"(?:{words['clause_openers']})", clause, _FLAGS))
        or bool(re.match(rf"(?:[\w'’]+\s+){{0,3}}?(?:{words['objects']})\b", clause, _FLAGS))
    )


def _passive_decision(reading: Reading) -> tuple[MotionKind, str] | None:
    """ "A motion ... was carried", "The revised code ... was agreed without a vote", "13/4 lost"."""
    text = reading.sentence.text
    p = patterns()
    for phrase in reading.outcomes:
        before = text[: phrase.start]
        aux = p.passive.search(before)
        subject = before[: aux.start()] if aux else before
        subject = re.split(r"[;:]|\s[–—]\s", subject)[-1].strip(" ,")
        if (
            not subject
            or _anaphoric_subject(subject)
            or re.search(r"(?:^|\s)(?:I|we|he|she|you|they|what|whatever)$", subject, _FLAGS)
        ):
            continue
        kind, _ = kind_of(subject)
        short_item = (
            aux is None
            and len(subject.split()) <= 6
            and len(text[phrase.end :].split()) <= 3
            and not re.search(r"\b(?:the|a|an|this|that|its|their)\b", text[phrase.end :], _FLAGS)
            and subject == before.strip(" ,")
            and not re.search(r"\b(?:was|were|is|are|been|be|has|have|had)\b", subject, _FLAGS)
            # "The chair agreed to consider it" is an undertaking by a person, not a decision on an item
            and not re.match(r"\s+to\s+[a-z]", text[phrase.end :])
        )
        agreed = phrase.outcome is Outcome.CARRIED and re.match(vocab()["agree_family"], text[phrase.start :], _FLAGS)
        headline = (
            aux is None
            and agreed
            and subject == before.strip()
            and re.match(r"[A-Z]", subject)
            and "," not in subject
            and re.match(r"\s*(?:and|by|at|on|today|yesterday|[,.]|$)", text[phrase.end :])
        )
        if aux is None and not short_item and not headline and not (agreed and kind):
            continue
        if kind is not None or short_item or (agreed and not _looks_like_person(subject)):
            return (kind or (MotionKind.OTHER if not short_item else MotionKind.MOTION), subject)
    return None


def _looks_like_person(subject: str) -> bool:
    return bool(re.fullmatch(name_pattern(), subject.strip())) and len(subject.split()) <= 4


def summary_of_introduction(text: str) -> str:
    """What was moved: the words after an active mover verb, or the subject before a passive one."""
    verb = re.search(rf"\b(?:{patterns().mover_verbs}|requested|considered|discussed)\b", text, _FLAGS)
    if verb is None:
        return text
    passive = re.match(r"\s+by\b", text[verb.end() :]) or re.search(
        r"\b(?:was|were|been)\s+(?:\w+\s+)?$", text[: verb.start()]
    )
    if passive and verb.start() > 10:
        return re.split(r",\s*(?:which|who)\b|,\s*$", text[: verb.start()])[0]
    return text[verb.end() :]
