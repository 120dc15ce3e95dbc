"""Decisions the meeting states: "We agreed X and appointed Y", "A motion ... was carried"."""

from __future__ import annotations

import re

from nec_extract.extractors.motions.draft import Draft, strong
from nec_extract.extractors.motions.patterns import patterns
from nec_extract.extractors.motions.reading import Reading, kind_of
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.decisions import decisions_vocabulary
from nec_extract.language.people import written_name_re
from nec_extract.models import MotionKind, Outcome

_FLAGS = re.IGNORECASE


def meeting_decisions(index: int, reading: Reading) -> list[Draft]:
    """ "We agreed X", "The NEC endorsed X and appointed Y": one motion per decision verb."""
    text = reading.sentence.text
    v = decisions_vocabulary().motions
    first = patterns().meeting_decision.search(text)
    if first is None or anaphoric_subject(first.group()):
        return []
    # "When the NEC agreed ...": background, not this meeting's decision; "the NEC would ... agree": not yet one
    if re.search(rf"\b(?:{alternation(v.decision_subordinators)})\s+(?:the\s+)?$", text[: first.start()], _FLAGS):
        return []
    if re.search(rf"\b(?:{alternation(v.decision_modals)})\b", text[first.start() : first.start("verb")], _FLAGS):
        return []
    also = alternation([*v.agree_verbs, *v.appointment_verbs])
    coordinated = re.compile(rf"(?:\band\b|,)\s+(?:[^,]{{0,40}},\s+)?(?P<verb>{also})\b", _FLAGS)
    verbs = [first, *coordinated.finditer(text, first.end())]
    drafts = []
    for number, match in enumerate(verbs):
        end = verbs[number + 1].start() if number + 1 < len(verbs) else len(text)
        clause = re.sub(r"[\s,]+and\s*$", "", text[match.end("verb") : end]).strip(" ,.;")
        if _not_a_decision(clause):
            continue
        verb = match["verb"].lower()
        outcome = _verb_outcome(verb)
        later = [o for o in reading.outcomes if o.start > match.start("verb")]
        if later and later[-1].outcome is not Outcome.CARRIED:
            outcome = later[-1].outcome  # "agreed ... but sent them to a working group"
        # the kind is what was agreed ("a number of rule changes"), not whatever the clause goes on to mention
        head = " ".join(clause.split()[:8])
        kind = MotionKind.OTHER if verb in v.appointment_verbs else kind_of(head)[0]
        vote = reading.votes[-1] if reading.votes else None
        draft = Draft(index, index, kind or MotionKind.OTHER, clause, strong(), outcome, vote)
        if len(verbs) > 1:
            draft.start = reading.sentence.start + (0 if number == 0 else match.start("verb"))
            draft.end = reading.sentence.start + end
        drafts.append(draft)
    return drafts


def _verb_outcome(verb: str) -> Outcome:
    """ "agreed" carries, "rejected" defeats, "referred" remits, "nominated" leaves the outcome open."""
    v = decisions_vocabulary().motions
    if re.fullmatch(alternation(v.defeat_verbs), verb, _FLAGS):
        return Outcome.DEFEATED
    return v.verb_outcomes.get(verb, Outcome.CARRIED)


def anaphoric_subject(matched: str) -> bool:
    return bool(re.match(r"(?:it|this|which|they|these)\b", matched, _FLAGS))


def _not_a_decision(clause: str) -> bool:
    """Agreeing with words or opinions, or to look at something, is not deciding a proposal."""
    words = decisions_vocabulary().motions.not_a_decision
    return (
        not clause
        or bool(re.match(rf"(?:{words.clause_openers.regex()})", clause, _FLAGS))
        or bool(re.match(rf"(?:[\w'’]+\s+){{0,3}}?(?:{alternation(words.objects)})\b", clause, _FLAGS))
    )


def passive_decision(reading: Reading) -> tuple[MotionKind, str] | None:
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
            or anaphoric_subject(subject)
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
        agree_verbs = alternation(decisions_vocabulary().motions.agree_verbs)
        agreed = phrase.outcome is Outcome.CARRIED and re.match(agree_verbs, text[phrase.start :], _FLAGS)
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
    return bool(re.fullmatch(written_name_re(), subject.strip())) and len(subject.split()) <= 4
