"""A tally found in a sentence, and what its counts say: outcome and direction."""

from __future__ import annotations

from dataclasses import dataclass

from nec_extract.language.lexicon.decisions import decisions_vocabulary
from nec_extract.models import Outcome


@dataclass
class Tally:
    """A tally found in a sentence: offsets are within the sentence text."""

    start: int
    end: int
    first: int | None = None  # an unlabelled pair, direction still to read from the words
    second: int | None = None
    for_: int | None = None
    against: int | None = None
    abstentions: int | None = None
    unanimous: bool = False
    outcome: Outcome = Outcome.UNKNOWN
    said: bool = False  # the outcome was read from words, not from the counts

    @property
    def is_pair(self) -> bool:
        return self.first is not None


def label_of(word: str) -> str:
    """The field a label fills: "for", "against" or "abstentions"."""
    word = " ".join(word.lower().split())
    labels = decisions_vocabulary().tallies.labels
    if word in labels.abstentions:
        return "abstentions"
    against = (*labels.against, *decisions_vocabulary().tallies.answers.against)
    return "against" if word in against else "for"


def field_of(label: str) -> str:
    return "for_" if label == "for" else label


def outcome_from_counts(tally: Tally) -> Outcome:
    if tally.unanimous:
        return Outcome.CARRIED
    yes = tally.for_ if tally.for_ is not None else tally.first
    no = tally.against if tally.against is not None else tally.second
    if yes is None and no is None:
        return Outcome.CARRIED if tally.abstentions is not None else Outcome.UNKNOWN
    if yes is None:
        return Outcome.CARRIED if no == 0 else Outcome.UNKNOWN
    if no is None:
        return Outcome.UNKNOWN
    return Outcome.CARRIED if yes > no else Outcome.DEFEATED


def orient(tally: Tally) -> None:
    first, second = tally.first or 0, tally.second or 0
    if tally.outcome is Outcome.DEFEATED:
        tally.for_, tally.against = min(first, second), max(first, second)
    elif tally.outcome is Outcome.CARRIED:
        tally.for_, tally.against = max(first, second), min(first, second)
    else:
        tally.for_, tally.against = first, second
