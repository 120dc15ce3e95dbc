"""Elections the meeting decided, written as the candidates' totals ("Ann was elected with 20 votes, against 14
for Raj"): one tally, the winner's votes for and the runner-up's against (SPEC: Rulings)."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.votes.members_elsewhere import members_voted_elsewhere
from nec_extract.extractors.votes.tally import Tally
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.numbers import count_pattern, count_value
from nec_extract.models import Outcome

# a meeting counts its own votes in tens or hundreds; totals in thousands are a ballot of the membership
_MEETING_SIZE = 1000


@cache
def _count() -> re.Pattern[str]:
    num = count_pattern()
    rival = either(decisions_vocabulary().tallies.before_a_rival_count)
    return re.compile(
        rf"\b(?P<a>{num})\s+votes?\b"
        # not a label's number ("Round 2: Chohan 36, Lund 31")
        rf"|(?:\b(?:{rival})|['’]s|\b[A-Z][a-z]+)\s+(?P<b>{num})\b(?!\s*(?:%|per|:))"
        # "Maud Kettle (13) was elected over Orla Marsh (7)": a total in brackets after a name
        rf"|\b[A-Z][a-z]+\s*\((?P<c>\d{{1,3}})(?:\s+votes?)?\)"
        # "Candidate A (Sarah Kim) 18": a total after the candidate's name in brackets
        rf"|\([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,3}}\)\s+(?P<d>\d{{1,3}})\b(?!\s*(?:%|per))"
    )


def election_tallies(text: str) -> list[Tally]:
    """The tally of a two-candidate election, if the sentence gives exactly two totals of meeting size."""
    counts: list[tuple[int, int, int]] = []
    for match in _count().finditer(text):
        group = next(name for name in ("a", "b", "c", "d") if match[name] is not None)
        value = count_value(match[group])
        if value is not None and not any(start == match.start(group) for start, _, _ in counts):
            counts.append((match.start(group), match.end(group), value))
    if len(counts) != 2 or max(value for _, _, value in counts) >= _MEETING_SIZE:
        return []
    (start, _, first), (_, end, second) = counts
    return [Tally(start, end, for_=max(first, second), against=min(first, second), outcome=Outcome.CARRIED)]


@cache
def _beaten_candidate() -> re.Pattern[str]:
    verbs = either(decisions_vocabulary().tallies.beating_verbs)
    return re.compile(rf"\b(?i:{verbs})\s+(?:[A-Z][\w'’-]+\s+){{1,3}}by\b")


def is_a_members_ballot(text: str, tally: Tally) -> bool:
    """ "Jeremy Corbyn beat Owen Smith by 313,209 votes to 193,229", "the selection was won by 12,453 votes to
    11,901", "the all-member ballot: Kate Lee 142, Sam Patel 96": a ballot of the members, not a vote of the meeting
    (SPEC: Votes). A contest counted in thousands, or one the sentence names as the membership's (not one the meeting
    votes to hold: "voted 14-2 to hold a ballot of all members"); a card vote at a conference names neither."""
    counts = [c for c in (tally.first, tally.second, tally.for_, tally.against) if c is not None]
    in_thousands = bool(counts) and max(counts) >= _MEETING_SIZE
    if in_thousands and (_beaten_candidate().search(text) or _contest().search(text)):
        return True
    if members_voted_elsewhere(text[: tally.start]):
        return True  # "Members at the depot voted 120 to 14 for action": their vote, not the meeting's
    ballots = (ballot for ballot in _members_ballot().finditer(text) if not _own_body_ballot(ballot))
    return any(not _planned(text, tally, ballot, in_thousands) for ballot in ballots)


def _own_body_ballot(ballot: re.Match[str]) -> bool:
    """ "Ballot of GPEx members: Sarah Penn 4, Leo Abbott 1", "a ballot of committee members": the members of the
    meeting's own body voting, its own election, not a ballot of the wider membership."""
    return _own_body_voters().search(ballot.group()) is not None


@cache
def _own_body_voters() -> re.Pattern[str]:
    bodies = either(decisions_vocabulary().tallies.own_body_voters)
    return re.compile(rf"\b(?:{bodies})\s+members$", re.IGNORECASE)


def _planned(text: str, tally: Tally, ballot: re.Match[str], in_thousands: bool) -> bool:
    """A ballot after the tally with a plan word between, or one the item counted asks for before it ("The motion to
    hold a ballot of members was passed by 9 votes to 3", "the rule change on OMOV was carried 20-13"): what the
    meeting voted for."""
    if ballot.start() >= tally.end:
        return bool(_plan().search(text, tally.end, ballot.start()))
    asked = _item_asking().search(text, 0, ballot.start()) or _ballot_chosen().search(text, 0, ballot.start())
    return not in_thousands and asked is not None


@cache
def _ballot_chosen() -> re.Pattern[str]:
    """The meeting choosing the ballot right before its words: "the NCG opted for the members' ballot"."""
    verbs = either(decisions_vocabulary().tallies.ballot_chosen_verbs)
    return re.compile(rf"\b(?:{verbs})\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,2}}$", re.IGNORECASE)


@cache
def _item_asking() -> re.Pattern[str]:
    """An item and the words that open what it asks for, right before the ballot it names."""
    items = either(decisions_vocabulary().motions.put_nouns, ("rule change", "rule changes", "change"))
    return re.compile(
        rf"\b(?:{items})\s+(?:[\w'’-]+\s+){{0,4}}?(?:to|for|on|about|calling\s+for|that|introducing)\b[^.;:]*$",
        re.IGNORECASE,
    )


@cache
def _contest() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{either(decisions_vocabulary().tallies.contest_nouns)})\b", re.IGNORECASE)


@cache
def _members_ballot() -> re.Pattern[str]:
    """A ballot of the membership, not one the meeting holds itself ("a secret ballot of EC members")."""
    v = decisions_vocabulary().tallies
    own = "".join(rf"(?<!\b{re.escape(word)}\s)" for word in v.own_ballot_words)
    return re.compile(rf"\b{own}(?:{v.members_ballots.regex()})", re.IGNORECASE)


@cache
def _plan() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{either(decisions_vocabulary().another_time.plan_words)})\b", re.IGNORECASE)
