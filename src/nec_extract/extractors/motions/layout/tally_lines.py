"""A decision told in a sentence, its tally laid out as lines under it ("The NEC approved the budget. The vote:" /
"For: 27" / "Against: 3"): the lines are the decision's tally when nothing else is put between."""

from __future__ import annotations

from nec_extract.extractors.motions.records.draft import Draft
from nec_extract.extractors.motions.sentence.reading import Reading
from nec_extract.extractors.votes.recorded import is_recorded
from nec_extract.models import Outcome, Vote

# How many sentences may stand between the decision and its lines ("The vote, for the record:").
_LINES_WITHIN = 2


def tally_lines_to_decisions(drafts: list[Draft], readings: list[Reading]) -> None:
    """Give each decided draft with no tally the lines' tally that follows it, when no item comes between."""
    taken = {id(draft.vote) for draft in drafts if draft.vote is not None}
    for draft in drafts:
        if draft.vote is not None or draft.outcome is Outcome.UNKNOWN:
            continue
        vote = _lines_after(draft, readings, drafts)
        if vote is not None and id(vote) not in taken and _agrees(draft.outcome, vote):
            draft.vote = vote
            taken.add(id(vote))


def _lines_after(draft: Draft, readings: list[Reading], drafts: list[Draft]) -> Vote | None:
    for index in range(draft.last + 1, min(len(readings), draft.last + 2 + _LINES_WITHIN)):
        reading = readings[index]
        if reading.kind is not None or reading.outcomes or any(d.first <= index <= d.last for d in drafts):
            return None
        if reading.votes:
            return reading.votes[0] if is_recorded(reading.sentence) else None
    return None


def _agrees(outcome: Outcome, vote: Vote) -> bool:
    return vote.outcome in (outcome, Outcome.UNKNOWN)
