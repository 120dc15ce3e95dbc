"""Minutes that resolve a motion moved a few lines before: "X moved the recommendations, Y seconded. / (an amendment,
lost) / (For: 30 / Against: 16) / RESOLVED – That ...". Which motion moved at the meeting still awaits its
resolution."""

from __future__ import annotations

from nec_extract.extractors.motions.records.draft import Draft
from nec_extract.extractors.motions.sentence.reading import Reading
from nec_extract.models import MotionKind

# how many sentences after a motion is moved a "RESOLVED:" still states its result
RESOLVES_WITHIN = 3
# and how many across the amendments dealt with before it
_RESOLVES_ACROSS = 12


def awaiting_resolution(drafts: list[Draft], readings: list[Reading], index: int) -> Draft | None:
    """The motion moved at the meeting that still awaits its resolution at sentence ``index``, after amendments
    dealt with and a tally told in lines, or None."""
    after = index
    for draft in reversed(drafts):
        if _said_between(readings, draft.last, after) > RESOLVES_WITHIN or index - draft.first > _RESOLVES_ACROSS:
            return None
        if draft.kind is MotionKind.AMENDMENT and not draft.unsettled:
            after = draft.first
            continue
        told_by_tally = not readings[draft.last].outcomes and readings[draft.last].votes
        return draft if draft.people.strong and (draft.unsettled or told_by_tally) else None
    return None


def _said_between(readings: list[Reading], start: int, end: int) -> int:
    """How many sentences between two say something, leaving out tally lines and the line announcing them
    ("A recorded vote was taken:" / "For: 30")."""
    between = readings[start + 1 : end]
    tally_lines = [r for r in between if (r.votes and not r.outcomes) or r.sentence.text.rstrip().endswith(":")]
    return len(between) - len(tally_lines)
