"""A proposal told as what members argued or pressed for, settled by the next sentence that refers back to it ("We
argued for both the chair and the youth places to be elected by all members. We lost that vote on both counts.",
"Several of us pressed for a ballot. This was put to the vote and lost."): the argument names the item, the next
sentence gives its result; "both A and B" in the argument is two items, one result each."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.items.listed_decisions import enumerated
from nec_extract.extractors.motions.phrases.statements import later_clause_results
from nec_extract.extractors.motions.records.draft import Draft, final_outcome, strong
from nec_extract.extractors.motions.sentence.patterns import patterns
from nec_extract.extractors.motions.sentence.reading import Reading, kind_of
from nec_extract.extractors.motions.this_meeting.background import about_elsewhere
from nec_extract.extractors.motions.walk.linking import settle_restated, settled_then_another
from nec_extract.extractors.motions.walk.walk_state import WalkState
from nec_extract.extractors.votes import find_outcomes
from nec_extract.language.grammar import with_group_nouns
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.language.lexicon.names import names_vocabulary
from nec_extract.models import MotionKind, Outcome, Vote

_FLAGS = re.IGNORECASE


@cache
def _argued() -> re.Pattern[str]:
    """ "argued for", "pressed hard for", "made the case that": a proposal told as a side argued."""
    verbs = either(decisions_vocabulary().motions.argued_for_verbs)
    return re.compile(rf"\b(?:{verbs})\s+(?:\w+ly\s+|hard\s+)?(?:for|that)\b", _FLAGS)


@cache
def _refers_back() -> re.Pattern[str]:
    """ "This was put to a vote and lost", "Sadly, we lost that vote", "It fell": a result said of what went before."""
    openers = either(decisions_vocabulary().motions.argued_result_openers)
    return re.compile(rf"\W*(?:\w+ly,?\s+|but\s+|however,?\s+)?(?:{openers})\b", _FLAGS)


def argued_then_decided(walk: WalkState, index: int, reading: Reading) -> bool:
    """A step of the walk: the sentence settles what a sentence just before argued for, when nothing was told
    between."""
    if index == 0 or not _settles_what_went_before(reading, bool(walk.open_drafts)):
        return False
    # "we lost that vote": a result with the meeting's side as its subject, which the reading leaves to the parse
    results = reading.outcomes or [o for o in find_outcomes(reading.sentence.text) if not o.hedged]
    if not (results or reading.votes) or decides_a_thing_of_its_own(reading.sentence.text):
        return False
    found = _argued_before(walk, index)
    if found is None:
        return False
    at, argued = found
    walk.close_open()  # an item left open before the argument was never settled: the result is the argument's
    text = walk.readings[at].sentence.text
    outcome, vote = final_outcome(results, reading.votes)
    items = enumerated(text, argued.end(), len(text))
    new = []
    for start, end in items:
        kind = kind_of(text[start:end])[0] or MotionKind.PROPOSAL
        new.append(Draft(at, index, kind, text[start:end].strip(" .;"), strong(), outcome, vote))
    # "We argued for a review. We lost, 20-14, and the paper itself was then agreed.": a later item's result too
    later = settle_restated(walk.drafts, later_clause_results(walk.report, index, reading, walk.votes), new, reading)
    walk.drafts.extend([*new, *settled_then_another(new, later, reading)])
    walk.recent = walk.drafts[-1]
    return True


def argued_and_settled(walk: WalkState, index: int, reading: Reading) -> bool:
    """A step of the walk: a side argues for a proposal and the same sentence's next clause gives its result, the
    side's own ("..., but lost the vote 9-4", "... and were outvoted") or the proposal's ("..., which was defeated")."""
    text = reading.sentence.text
    argued = _argued().search(text)
    if argued is None or reading.excluded or _said_by_an_item(argued) or kind_of(text[: argued.start()])[0]:
        return False
    if walk.open_drafts or _a_vote_asked_for().match(text, argued.end()):
        return False  # "X moved a motion. X asked for a vote anyway, and it was defeated": the motion's result
    if _argued_by_another_body(text[: argued.start()], walk.report.title):
        return False
    found = _result_after(text, argued.end(), reading.votes)
    if found is None or about_elsewhere(walk.report, reading.sentence, reading.body):
        return False
    settled, outcome, vote = found
    for start, end in enumerated(text, argued.end(), settled.start()):
        kind = kind_of(text[start:end])[0] or MotionKind.PROPOSAL
        walk.drafts.append(Draft(index, index, kind, text[start:end].strip(" .;,"), strong(), outcome, vote))
    walk.recent = walk.drafts[-1]
    return True


def _result_after(text: str, at: int, votes: list[Vote]) -> tuple[re.Match[str], Outcome, Vote | None] | None:
    """The first clause after the argument that opens with its result, with that result: ", but lost the vote",
    ", which was agreed", "... and were outvoted" (not the "and" inside "both A and B")."""
    outcomes = [o for o in find_outcomes(text) if not o.hedged]
    for settled in _settled_after().finditer(text, at):
        results = [o for o in outcomes if settled.start() < o.start <= settled.end()]
        if results:
            return (settled, *final_outcome(results, votes))
        if _side_lost().match(text, settled.end()):
            return settled, Outcome.DEFEATED, votes[-1] if votes else None
    return None


def _argued_by_another_body(before: str, title: str | None) -> bool:
    """ "Unite argued for a ballot but lost": an organisation the title does not name argued, at a meeting of its
    own."""
    names = names_vocabulary().non_person_words
    # "Members", "CLP reps", "The left": sides at the meeting
    sides = with_group_nouns(decisions_vocabulary().motions.argued_sides)
    capitalised = [w.lower() for w in re.findall(r"\b[A-Z][\w&'’-]*", before)]
    if any(w in sides for w in capitalised) or any(w.lower() in sides for w in before.split()[-2:]):
        return False
    return any(w in names and w not in (title or "").lower() for w in capitalised)


@cache
def _a_vote_asked_for() -> re.Pattern[str]:
    """ "asked for a vote", "called for a recorded vote": a vote on what is before the meeting, no proposal."""
    return re.compile(r"\s+(?:a|an)\s+(?:(?:recorded|card|named|formal|roll[- ]call)\s+)?vote\b(?!\s+for\b)", _FLAGS)


@cache
def _settled_after() -> re.Pattern[str]:
    """Where the clause with the argument's result opens: ", but lost", " and were outvoted", ", which was defeated"."""
    subjects = either(grammar_vocabulary().decisions.argued_result_subjects)
    return re.compile(rf"(?:,?\s+(?:but|and|only\s+to)|,\s+which)\s+(?:(?:{subjects})\s+)?(?:(?:was|were)\s+)?", _FLAGS)


@cache
def _side_lost() -> re.Pattern[str]:
    """ "were outvoted": the side that argued lost, so what it argued for fell."""
    return re.compile(rf"(?:{either(decisions_vocabulary().motions.argued_side_lost)})\b", _FLAGS)


def argued_then_settled_within(reading: Reading) -> bool:
    """ "I argued for a hybrid event, but that did not get support": the sentence's own argument, settled by a later
    clause pointing back to it; its result is not that of the item decided just before."""
    text = reading.sentence.text
    if not reading.outcomes:
        return False
    argued = _argued().search(text, 0, reading.outcomes[0].start)
    if argued is None:
        return False
    return _result_clause().search(text, argued.end(), reading.outcomes[0].start) is not None


@cache
def _result_clause() -> re.Pattern[str]:
    """ ", but that ...", "; this ...", " and it ...": a clause after the argument, its subject pointing back."""
    openers = either(decisions_vocabulary().motions.argued_result_openers)
    return re.compile(rf"(?:,?\s+(?:but|and|yet)|;)\s+(?:\w+ly,?\s+)?(?:{openers})\b", _FLAGS)


def _settles_what_went_before(reading: Reading, item_open: bool) -> bool:
    """ "This was lost", "The meeting agreed.", or minutes' bare "Agreed." / "Carried unanimously.": a result of what
    was argued or asked for just before; a bare result settles a motion still open before it rather than an
    argument made since."""
    bare = reading.reference == "none" and bool(reading.outcomes) and not item_open
    return bool(_refers_back().match(reading.sentence.text)) or _the_body_agreed(reading) or bare


def _the_body_agreed(reading: Reading) -> bool:
    """ "The executive agreed.", "Members agreed unanimously.": the body's decision verb with nothing decided after
    it, a result of what was put before."""
    text = reading.sentence.text.strip()
    decided = reading.body.decision(text).match(text)
    return decided is not None and re.fullmatch(r"(?:\s+\w+ly)?\W*", text[decided.end() :]) is not None


def decides_a_thing_of_its_own(text: str) -> bool:
    """ "It was agreed that the office would close": an impersonal decision with its own words, not the result of
    what was argued before it ("This was agreed" is)."""
    impersonal = patterns().impersonal.match(text.lstrip())
    return impersonal is not None and re.match(r"\s+(?:that|to)\s+\w", text.lstrip()[impersonal.end() :]) is not None


# how far back the argument may stand: "We argued for X. We think every member should have a say. We lost."
_REACH = 2


def _argued_before(walk: WalkState, index: int) -> tuple[int, re.Match[str]] | None:
    """The nearest sentence before, within reach, that argued for a proposal, with nothing decided since."""
    for at in range(index - 1, max(index - 1 - _REACH, -1), -1):
        previous = walk.readings[at]
        if previous.outcomes or previous.votes or any(d.last >= at for d in walk.drafts):
            return None
        argued = _argued().search(previous.sentence.text)
        if argued is not None and (_debates_open_item(walk, at, argued) or _said_by_an_item(argued)):
            return None
        # "argued for the posts to be filled by a ballot of all members" proposes a ballot: only another body's
        # argument ("The county council argued that ...") is no item of this meeting
        if argued is not None:
            return None if about_elsewhere(walk.report, previous.sentence, previous.body) else (at, argued)
    return None


def _said_by_an_item(argued: re.Match[str]) -> bool:
    """ "Recommendations 3 and 4 asked for the depot to be sold": what an item itself asks for is its own words, not
    a side's argument."""
    before = argued.string[: argued.start()]
    kind, at = kind_of(before)
    return kind is not None and len(before[:at].split()) <= 1


def _debates_open_item(walk: WalkState, at: int, argued: re.Match[str]) -> bool:
    """ "A motion on fares was put. Supporters argued that it was overdue. It fell.": a claim ("argued that", not
    "argued for") made just after an item was put, with its result still to come, is the item's debate; the result
    after it is the item's."""
    claim = argued.group().lower().endswith("that")
    return claim and any(draft.last == at - 1 for draft in walk.open_drafts)
