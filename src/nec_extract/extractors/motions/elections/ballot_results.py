"""An election told by its counts, then a statement of who won: "Following a ballot, Ann Fogarty received 8 votes
and Gordon Lusk 5. Ann will be the branch's nominee." The counts are the meeting's tally; the statement, naming one
of those counted as nominee, elected or in the chair, is the decision."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.records.draft import Draft
from nec_extract.extractors.motions.sentence.people import People
from nec_extract.extractors.motions.sentence.reading import Reading
from nec_extract.extractors.votes.patterns import patterns as tally_patterns
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.models import MotionKind, Outcome

# "we elected a new chair", "the election of a vice-chair": an election told with no one named yet
_AN_ELECTION = re.compile(r"\b(?:re-?)?elect(?:ed|ion)\b", re.IGNORECASE)
# The winner's name opens the statement: one to three capitalised words.
_OPENING_NAME = re.compile(r"\W*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\b")


def ballot_results(drafts: list[Draft], readings: list[Reading]) -> list[Draft]:
    """The drafts with one added per counts-then-winner pair that no draft covers, in text order; an election
    already told by the statement takes the counts as its tally."""
    covered = {i for d in drafts for i in range(d.first, d.last + 1)}
    taken = {id(d.vote) for d in drafts if d.vote is not None}
    added = []
    for index in range(len(readings)):
        counts, statement = readings[index], readings[min(index + 1, len(readings) - 1)]
        if index in covered or len(counts.votes) != 1 or id(counts.votes[0]) in taken:
            continue
        name = _winner_named(counts, statement)
        told = next((d for d in drafts if d.first == index + 1), None) if index + 1 in covered else None
        if told is not None:
            # "Votes: Priya 27, Luke 19. Priya Nandakumar was declared elected.": the election has its tally
            if name is not None and told.vote is None and told.outcome is Outcome.CARRIED:
                told.vote = counts.votes[0]
        elif name is None and (contest_end := _candidates_counted(counts)):
            # "For the Board's vice-chair: Anita Moss 15, Graham Birch 8.": the contest and its counts, no statement
            first = _OPENING_NAME.match(counts.sentence.text, contest_end)
            post = f"election of {first['name']}" if first else "election"
            added.append(Draft(index, index, MotionKind.OTHER, post, People(), Outcome.CARRIED, counts.votes[0]))
        elif name is not None and index + 1 not in covered:
            added.append(
                Draft(
                    index,
                    index + 1,
                    MotionKind.OTHER,
                    f"election of {name}",
                    People(),
                    Outcome.CARRIED,
                    counts.votes[0],
                )
            )
    for draft in added:  # in text order, the walk's own order of the others kept
        at = next((i for i, d in enumerate(drafts) if d.first > draft.first), len(drafts))
        drafts = [*drafts[:at], draft, *drafts[at:]]
    return _contests_joined(drafts, readings)


def _contests_joined(drafts: list[Draft], readings: list[Reading]) -> list[Draft]:
    """ "We elected a new chair of the committee. Tom Adeyemi beat Lorna Frisk by 19 votes to 15.": the contest the
    next sentence tells, with its tally, is the election the sentence before announced; one motion."""
    joined: list[Draft] = []
    for draft in drafts:
        before = joined[-1] if joined else None
        if before is not None and _announces(before, readings) and _the_contest(draft, before):
            before.vote, before.last = draft.vote, draft.last
            before.summary = f"{draft.summary} as {before.summary}"
            before.end = draft.end
            continue
        joined.append(draft)
    return joined


def _announces(draft: Draft, readings: list[Reading]) -> bool:
    text = readings[draft.first].sentence.text
    return (
        draft.kind is MotionKind.OTHER
        and draft.vote is None
        and draft.first == draft.last
        and draft.outcome is Outcome.CARRIED
        and not draft.summary.startswith("election of")
        and _AN_ELECTION.search(text) is not None
    )


def _the_contest(draft: Draft, before: Draft) -> bool:
    return (
        draft.kind is MotionKind.OTHER
        and draft.first == before.last + 1
        and draft.vote is not None
        and draft.outcome is Outcome.CARRIED
        and draft.summary.startswith("election of")
    )


def _winner_named(counts: Reading, statement: Reading) -> str | None:
    vote = counts.votes[0]
    if vote.for_ is None or vote.against is None or vote.for_ <= vote.against or statement.votes or statement.kind:
        return None
    opening = _OPENING_NAME.match(statement.sentence.text)
    if opening is None or not _winner_words().search(statement.sentence.text):
        return None
    first = opening["name"].split()[0]
    between = counts.sentence.text
    winner_at = between.find(first)
    if winner_at < 0 or not _counted_first(between, winner_at):
        return None
    full = _OPENING_NAME.match(between, winner_at)  # "Ann" after "Ann-Marie Fogarty received 8 votes"
    return full["name"] if full else opening["name"]


def _candidates_counted(counts: Reading) -> int:
    """Where the candidates' totals start, in a sentence that opens with a post and counts two candidates ("For the
    Board's vice-chair: Anita Moss 15, Graham Birch 8", "For Deputy Mayor, Cllr Jan Kowalski was nominated after a
    vote (20 votes; Cllr Eve Saunders 18)"); 0 when it is no such sentence."""
    vote, text = counts.votes[0], counts.sentence.text
    post = _post().match(text)
    if post is None or vote.for_ is None or vote.against is None or counts.kind is not None:
        return 0
    return post.end() if tally_patterns().candidates.search(text) else 0


@cache
def _post() -> re.Pattern[str]:
    """The post contested, opening the sentence: "For the Board's vice-chair:", "Vice-chair -", "For Deputy Mayor,"."""
    roles = either(decisions_vocabulary().motions.election_roles)
    return re.compile(rf"\W*(?:for\s+)?(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{roles})\s*[:,–—-]\s*", re.IGNORECASE)


def _counted_first(text: str, at: int) -> bool:
    """The name is the first one counted: no other capitalised name with a count stands before it."""
    return re.search(r"[A-Z][\w'’-]+\s+(?:\w+\s+)?\d", text[:at]) is None


@cache
def _winner_words() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{either(decisions_vocabulary().motions.ballot_winner_words)})\b", re.IGNORECASE)
