"""The outcome of a tally from the words of its clause, and the direction of an unlabelled pair."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.votes.acted_on import acts_on_another_thing
from nec_extract.extractors.votes.outcomes import OutcomePhrase, find_outcomes
from nec_extract.extractors.votes.patterns import clause, patterns, the_vote_was
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
    since = lo  # the rejection may stand past the clause's comma: "... to reject it, by 9 votes to 2"
    lo, hi = max(lo, clause_lo), min(hi, clause_hi)
    phrases = [ph for ph in find_outcomes(text) if not ph.hedged]
    before = [ph for ph in phrases if lo <= ph.start and ph.end <= tally.start]
    after = [ph for ph in phrases if tally.end <= ph.start and ph.end <= hi]
    # "The vote went 20-12 against": a phrase that holds the tally, or starts within it
    inside = [ph for ph in phrases if ph.start < tally.end and tally.start < ph.end and lo <= ph.start]
    if defeat_if_short_of_a_majority(text, tally):
        return
    tie = _tied(tally)
    purpose = re.match(r"\s+(?:votes?\s+)?to\s+(?P<verb>\w+(?:\s+out)?)", text[tally.end :])
    if (
        (
            purpose
            and re.fullmatch(either(decisions_vocabulary().tallies.reject_verbs), purpose["verb"], _FLAGS)
            and not acts_on_another_thing(purpose["verb"], text[tally.end + purpose.end() :])
        )
        or _rejected_before(text, since, tally)
        or _voted_against_the_item(text, tally)
    ):
        # "voted 20 to 13 to reject it", "went on to reject it by 12 votes to 4", "voted 14-3 against the
        # proposal": the majority was against the proposal
        tally.outcome = Outcome.DEFEATED
    elif (purpose and tally.is_pair and re.search(r"\bvoted\s+(?:by\s+)?$", text[: tally.start])) or (
        tie and p.casting_for.search(text)
    ):
        tally.outcome = Outcome.CARRIED
    elif tie and p.casting_against.search(text):
        tally.outcome = Outcome.DEFEATED
    elif before:
        tally.outcome = before[-1].outcome
    elif after or inside:
        tally.outcome = (after or inside)[0].outcome
    elif _defeat_told_just_before(text, since, tally, phrases):
        tally.outcome = Outcome.DEFEATED
    tally.said = tally.outcome in _DECIDED
    if not tally.said:
        tally.outcome = outcome_from_counts(tally)
    if tally.is_pair:
        orient(tally)


def defeat_if_short_of_a_majority(text: str, tally: Tally, items_only: bool = False) -> bool:
    """ "It got 20 votes to 13, which was not enough, and so falls", "The rule change received 16 votes to 11, short
    of the two-thirds it needed": counts the item itself got, then told short of the majority it needed. Makes such a
    tally defeated, its counts as written, and says whether it did. ``items_only``: only when "it"/"this" got them (a
    candidate's votes read as an election's are no item's)."""
    counted = tally.is_pair or (tally.for_ is not None and tally.against is not None)  # "20 votes to 13" is labelled
    got = _item_got().search(text, 0, tally.start)
    if not counted or got is None or _short_words().match(text, tally.end) is None:
        return False
    if items_only and not _IT_BEFORE.search(text, 0, got.start()):
        return False
    tally.outcome, tally.said = Outcome.DEFEATED, True
    if tally.is_pair:
        tally.for_, tally.against = tally.first, tally.second
    return True


_IT_BEFORE = re.compile(r"(?:^|[.;:]\s+|\W)(?i:it|this)\s+(?:\w+ly\s+|only\s+)?$")


@cache
def _item_got() -> re.Pattern[str]:
    verbs = either(decisions_vocabulary().tallies.item_got_verbs)
    return re.compile(rf"\b(?:{verbs})\s+(?:only\s+)?$", _FLAGS)


@cache
def _short_words() -> re.Pattern[str]:
    # right after the pair, perhaps as a relative clause: ", which was not enough", " – short of the two-thirds"
    short = either(decisions_vocabulary().tallies.short_of_a_majority)
    return re.compile(
        rf"[\s,–—-]*(?:(?:which|that|this|and)\s+(?:was|is|were|so)\s+(?:just\s+|still\s+|\w+ly\s+)?)?(?:{short})\b",
        _FLAGS,
    )


def _defeat_told_just_before(text: str, lo: int, tally: Tally, phrases: list[OutcomePhrase]) -> bool:
    """ "The motion was lost – 20 votes to 12", "the manner of its defeat – 27 votes to 9", "voted against opening
    talks, by 21 votes to 14": a pair whose clause says no outcome, set after a dash or comma right after a defeat
    told before it, or after a finite vote against the item; the larger count was against."""
    if not tally.is_pair:
        return False
    gap = _APPOSED.search(text, lo, tally.start)
    if gap is None:
        return False
    if any(ph.outcome is Outcome.DEFEATED and ph.end == gap.start() for ph in phrases):
        return True
    return _against_the_item().search(text, lo, gap.start()) is not None


# the dash or comma (and "by") between a result and the pair told after it
_APPOSED = re.compile(r"\s*(?:[–—-]|--|,)\s*(?:by\s+)?$", _FLAGS)


@cache
def _against_the_item() -> re.Pattern[str]:
    """ "voted against opening merger talks with the other union": the verb and an item with no break in it."""
    verbs = either(decisions_vocabulary().tallies.against_the_item_verbs)
    return re.compile(rf"\b(?:{verbs})\s+(?!\d)\w[^,;:()\u2013\u2014]*$", _FLAGS)


def _tied(tally: Tally) -> bool:
    """Both sides the same count, as a pair ("7-7") or labelled ("8 for, 8 against")."""
    if tally.is_pair:
        return tally.first == tally.second
    return tally.for_ is not None and tally.for_ == tally.against


def orient_by_the_sentence_before(tally: Tally, before: str) -> None:
    """ "The bid was heavily defeated. One member put the vote at 27 to 4.": a pair whose own sentence says no
    outcome takes the one the sentence before ends with."""
    if not tally.is_pair or tally.said:
        return
    phrases = [ph for ph in find_outcomes(before) if not ph.hedged]
    if phrases and phrases[-1].outcome in _DECIDED:
        tally.outcome = phrases[-1].outcome
        orient(tally)


def _rejected_before(text: str, lo: int, tally: Tally) -> bool:
    """ "The NEC went on to reject the proposal by 12 votes to 4": the infinitive of a rejecting verb before the
    tally with no clause break between (a comma right before the tally apart), acting on the item put ("to oppose
    the closure" takes a stance, carried)."""
    if not tally.is_pair:
        return False
    lead = _TALLY_LEAD.search(text, lo, tally.start)  # "... to reject it, by 9 votes to 2"
    end = lead.start() if lead else tally.start
    found = _reject_infinitive().search(text, lo, end)
    return found is not None and not acts_on_another_thing(found["verb"], text[found.end() : end])


_TALLY_LEAD = re.compile(r"[\s,]*(?:\bby\s*)?$", _FLAGS)


@cache
def _reject_infinitive() -> re.Pattern[str]:
    verbs = either(decisions_vocabulary().tallies.reject_verbs)
    return re.compile(rf"\bto\s+(?:\w+ly\s+)?(?P<verb>{verbs})\b(?=[^,;:]*$)", _FLAGS)


# "voted 14-3 against", "the vote on it was nine to two against": a pair whose side the words after it name
@cache
def _counted_before() -> re.Pattern[str]:
    return re.compile(rf"(?:\bvoted\s+(?:by\s+)?|{the_vote_was()}\s+)$", _FLAGS)


def _voted_against_the_item(text: str, tally: Tally) -> bool:
    """ "The committee voted 14-3 against the proposal": the pair's first count is the side against; not "voted
    14-3 against the closure", a stance taken (carried), nor "voted 14-3 for it"."""
    if not tally.is_pair or not _counted_before().search(text[: tally.start]):
        return False
    against = re.match(r"\s+against\b", text[tally.end :], _FLAGS)
    return against is not None and not acts_on_another_thing("oppose", text[tally.end + against.end() :])
