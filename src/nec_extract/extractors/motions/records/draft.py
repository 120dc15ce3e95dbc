"""A motion being built: the sentences it spans, its kind, summary, people, outcome and tally."""

from __future__ import annotations

from dataclasses import dataclass

from nec_extract.extractors.motions.sentence.people import People
from nec_extract.extractors.votes import OutcomePhrase
from nec_extract.models import MotionKind, Outcome, Vote


@dataclass
class Draft:
    first: int  # index of the introducing sentence
    last: int  # index of the sentence that gave the outcome
    kind: MotionKind
    summary: str
    people: People
    outcome: Outcome = Outcome.UNKNOWN
    vote: Vote | None = None
    noun: str | None = None  # the word the report uses for it ("amendment"), to follow "the amendment" later
    start: int | None = None  # evidence limits within the page, where narrower than sentences
    end: int | None = None
    predicates: bool = False  # a list's intro whose bullets go on from its body ("the SEC: • elected ...")

    @property
    def unsettled(self) -> bool:
        """Introduced, with no outcome or tally told yet."""
        return self.outcome is Outcome.UNKNOWN and self.vote is None


def is_amendment(kind: MotionKind | None, noun: str | None) -> bool:
    """An amendment by its kind, or by the word the report calls it ("the second amendment")."""
    return kind is MotionKind.AMENDMENT or "amendment" in (noun or "")


def final_outcome(phrases: list[OutcomePhrase], votes: list[Vote]) -> tuple[Outcome, Vote | None]:
    """The final outcome: the last outcome phrase, else the last tally's outcome."""
    vote = votes[-1] if votes else None
    if phrases:
        return phrases[-1].outcome, vote
    return (vote.outcome if vote else Outcome.UNKNOWN), vote


def strong() -> People:
    return People(strong=True)
