"""Recommendations put to the meeting: "The NEC was recommended to oppose X", "the Chief Whip recommended that the
group oppose it", "The sub-committee's proposal was that ...", and a committee of the body putting its proposal
("The Finance Committee recommended a new branch funding formula", "The Organising Committee proposed two new regional
posts"): what the meeting was asked to decide, its result in the rest of the sentence or a later one ("This was
agreed.")."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.records.draft import Draft, final_outcome, strong
from nec_extract.extractors.motions.sentence.patterns import LINE_LABEL
from nec_extract.extractors.motions.sentence.people import People
from nec_extract.extractors.motions.sentence.reading import Reading, kind_of
from nec_extract.extractors.motions.this_meeting.bodies import another_organisation
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.models import MotionKind, Outcome

_FLAGS = re.IGNORECASE


def recommended(index: int, reading: Reading) -> list[Draft]:
    """The decision put to the meeting by a recommendation, left open when no result follows in the sentence."""
    text = reading.sentence.text
    recommendation = _recommendation().search(text)
    stated = None if recommendation else _proposal_stated().search(text)
    match = recommendation or stated
    start = None if match is None else match.start("to") if match["to"] else match.start("that")
    start = _committee_proposal(reading) if start is None else start
    if start is None:
        return []
    item = re.split(r",\s+(?:and|but|which)\b|;", text[start:])[0]
    later = [o for o in reading.outcomes if o.start >= start + len(item)]
    outcome, vote = final_outcome(later, reading.votes) if later else (Outcome.UNKNOWN, None)
    if outcome is Outcome.UNKNOWN and _decision_opener_after(text[start + len(item) :]):
        outcome = Outcome.CARRIED  # "..., and RESOLVED to object", "..., and it was decided that ..."
    # a proposal stated by its content was put, whatever became of it: kept with its outcome unknown
    people = strong() if stated is not None else People()
    return [Draft(index, index, kind_of(item)[0] or MotionKind.PROPOSAL, item, people, outcome, vote)]


@cache
def _recommendation() -> re.Pattern[str]:
    """ "The NEC was recommended to oppose X", "the Chief Whip recommended that the group oppose it"."""
    return re.compile(
        r"\b(?:(?:was|were)\s+recommended(?:\s+by\s+[^,;]{1,60}?)?\s+(?P<to>to\s+[a-z])|recommended\s+(?P<that>that\s))",
        _FLAGS,
    )


@cache
def _proposal_stated() -> re.Pattern[str]:
    """ "The sub-committee's proposal was that sitting MSPs not stand", "Their recommendation was to defer the
    ballot": what was put, told as the content of its proposal (not "The proposal was to be discussed")."""
    nouns = either(decisions_vocabulary().motions.stated_proposal_nouns)
    owner = r"(?:the|its|their|our|my|[\w-]+['’]s?)\s+(?:[\w-]+['’]?\s+)?"
    return re.compile(rf"\b{owner}(?:{nouns})\s+(?:was|is)\s+(?:(?P<that>that\s)|(?P<to>to\s+(?!be\b)[a-z]))", _FLAGS)


def _committee_proposal(reading: Reading) -> int | None:
    """Where the item starts when a named committee opening the sentence recommends or proposes a thing ("The
    Finance Committee recommended a new formula"): a committee of the body's own organisation putting its
    proposal, not the meeting's body itself (its own decision) nor another organisation's ("The TUC General Council
    proposed a day of action")."""
    text = reading.sentence.text
    match = _proposing_committee().match(text)
    if match is None:
        return None
    if match["by_noun"] is not None:  # "the panel": a committee of ours unless the report is the panel's own
        return None if match["by_noun"].lower() in (reading.report.title or "").lower() else match.start("item")
    if reading.body.is_ours(match["body"]):
        return None
    return None if _another_organisations(match["body"].split()[:-1], reading) else match.start("item")


def _another_organisations(words: list[str], reading: Reading) -> bool:
    """A name owned by another organisation ("The TUC General Council", "The Labour Party's Organisation Committee"
    in a union's report): initials or an owner the report's title does not give."""
    title = reading.report.title
    owners = [w[:-2] for w in words if re.search(r"['’]s$", w)]
    initials = [w for w in words if _INITIALS.fullmatch(w) and w not in reading.body.names]
    return any(another_organisation(w, title) for w in (*owners, *initials))


_INITIALS = re.compile(r"[A-Z]{2,6}")


@cache
def _proposing_committee() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    nouns = either(v.reporting_bodies)
    determiners = either(grammar_vocabulary().decisions.object_determiners)
    named = rf"(?-i:(?:[A-Z][\w&'’-]*\s+(?:(?:of|and|&)\s+)?)+)(?P<noun>(?i:{nouns}))"
    # "the panel recommended", after a topic label ("Disputes: the panel recommended ...")
    by_noun = rf"[Tt]he\s+(?P<by_noun>(?i:{either(v.reporting_bodies_by_noun)}))"
    return re.compile(
        rf"(?:{LINE_LABEL.pattern})?\W*(?:{by_noun}|(?:[Tt]he\s+)?(?P<body>{named}))\s+"
        rf"(?:(?:also|then|further)\s+)?(?:recommended|proposed)\s+"
        # "recommended ending the suspension": the item told by a gerund
        rf"(?P<item>(?:{determiners}|\d[\d,.]*|[£$€]\d)\s|(?-i:[a-z]+ing)\s)",
    )


def _decision_opener_after(rest: str) -> bool:
    decided = either(decisions_vocabulary().motions.impersonal_verbs.decided)
    return bool(re.match(rf"\W*(?:and|but)\s+(?:it\s+was\s+)?(?:{decided})\b", rest, _FLAGS))
