"""The outcome of a tally from the words of its clause, and the direction of an unlabelled pair."""

from __future__ import annotations

import re

from nec_extract.extractors.votes.acted_on import acts_on_another_thing
from nec_extract.extractors.votes.outcomes import find_outcomes
from nec_extract.extractors.votes.patterns import clause, patterns
from nec_extract.extractors.votes.tally import Tally, orient, outcome_from_counts
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.models import Outcome

_FLAGS = re.IGNORECASE
# the outcomes words can say of a tally; any other leaves the counts to decide
_DECIDED = (Outcome.CARRIED, Outcome.DEFEATED)


def read_outcome(text: str, tally: Tally, lo: int, hi: int) -> None:
    """Outcome from the nearest outcome phrase in the tally's clause (before it, else after), else from
    the counts; then the direction of an unlabelled pair from that outcome."""
    p = patterns()
    clause_lo, clause_hi = clause(text, tally.start, tally.end)
    lo, hi = max(lo, clause_lo), min(hi, clause_hi)
    phrases = [ph for ph in find_outcomes(text) if not ph.hedged]
    before = [ph for ph in phrases if lo <= ph.start and ph.end <= tally.start]
    after = [ph for ph in phrases if tally.end <= ph.start and ph.end <= hi]
    inside = [ph for ph in phrases if tally.start <= ph.start < tally.end]
    tie = tally.is_pair and tally.first == tally.second
    purpose = re.match(r"\s+(?:votes?\s+)?to\s+(?P<verb>\w+(?:\s+out)?)", text[tally.end :])
    if (
        purpose
        and re.fullmatch(either(decisions_vocabulary().tallies.reject_verbs), purpose["verb"], _FLAGS)
        and not acts_on_another_thing(purpose["verb"], text[tally.end + purpose.end() :])
    ):
        # "voted 20 to 13 to reject it": the majority was against the proposal
        tally.outcome = Outcome.DEFEATED
    elif (purpose and tally.is_pair and re.search(r"\bvoted\s+$", text[: tally.start])) or (
        tie and p.casting_for.search(text)
    ):
        tally.outcome = Outcome.CARRIED
    elif tie and p.casting_against.search(text):
        tally.outcome = Outcome.DEFEATED
    elif before:
        tally.outcome = before[-1].outcome
    elif after or inside:
        tally.outcome = (after or inside)[0].outcome
    tally.said = tally.outcome in _DECIDED
    if not tally.said:
        tally.outcome = outcome_from_counts(tally)
    if tally.is_pair:
        orient(tally)


def orient_by_the_sentence_before(tally: Tally, before: str) -> None:
    """ "The bid was heavily defeated. One member put the vote at 27 to 4.": a pair whose own sentence says no
    outcome takes the one the sentence before ends with."""
    if not tally.is_pair or tally.said:
        return
    phrases = [ph for ph in find_outcomes(before) if not ph.hedged]
    if phrases and phrases[-1].outcome in _DECIDED:
        tally.outcome = phrases[-1].outcome
        orient(tally)
