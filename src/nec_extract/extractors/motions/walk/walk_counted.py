"""Steps of the walk for items counted together and told one by one: "The committee carried two emergency
resolutions. One condemned ..., the other called on ...", "We had two motions. The first ... The second ...", "Two
were carried and one was lost", "The motion on pay was carried. The motion on fees fell."."""

from __future__ import annotations

from nec_extract.extractors.motions.items.antecedents import ordinal_stands_for_a_proposal
from nec_extract.extractors.motions.items.counted import item_result, ordinal_of, split_results
from nec_extract.extractors.motions.items.named_next import counted, named_items
from nec_extract.extractors.motions.records.draft import Draft, final_outcome, strong
from nec_extract.extractors.motions.sentence.reading import Reading
from nec_extract.extractors.motions.walk.walk_state import WalkState
from nec_extract.models import MotionKind, Outcome


def named_after_count(walk: WalkState, index: int, reading: Reading) -> bool:
    """ "The committee carried two emergency resolutions. One condemned ..., the other called on ...": the
    items counted in the sentence before, named one by one, are the motions, with its result."""
    counted_drafts = [d for d in walk.drafts if d.first == index - 1 == d.last]
    count = counted(walk.readings[index - 1].sentence.text) if counted_drafts and index else 0
    if count < 2 or len({d.summary for d in counted_drafts}) != 1:
        return False
    items = named_items(reading.sentence, count)
    if not items:
        return False
    umbrella = counted_drafts[0]
    for draft in counted_drafts:
        walk.drop(draft)
    # "Two motions came to us. One was agreed; the other fell.": the items named by their results
    outcomes = split_results(reading, len(items)) or [item_result(item) or umbrella.outcome for item in items]
    for item, outcome in zip(items, outcomes, strict=True):
        draft = Draft(index, index, umbrella.kind, item.text, strong(), outcome, umbrella.vote)
        draft.start, draft.end = item.start, item.end
        walk.drafts.append(draft)
    walk.recent = walk.drafts[-1] if outcomes[-1] is not Outcome.UNKNOWN else None
    if outcomes[-1] is Outcome.UNKNOWN:
        walk.open_drafts = walk.drafts[-len(items) :]
    return True


def one_of_several(walk: WalkState, index: int, reading: Reading) -> bool:
    """ "We had two motions. The first, from Riverside branch, ... It went through. The second ... was
    rejected.": each ordinal takes its item in turn; without items counted before, one with an outcome is
    a motion of its own ("The third, on membership cards, was approved")."""
    number = ordinal_of(reading)
    if number is None:
        return False
    items = walk.counted
    target = (items[number - 1] if 0 < number <= len(items) else items[-1]) if items else None
    if target is not None and target in walk.open_drafts:
        target.first, target.summary = index, reading.sentence.text
        target.last = max(target.last, index)
        if reading.outcomes or reading.votes:
            walk.settle_one_open(target, reading, index)
        else:
            walk.focus = target
        return True
    if not reading.outcomes or reading.excluded or not ordinal_stands_for_a_proposal(reading):
        return False
    outcome, vote = final_outcome(reading.outcomes, reading.votes)
    draft = Draft(index, index, reading.kind or MotionKind.PROPOSAL, reading.sentence.text, reading.people)
    draft.outcome, draft.vote = outcome, vote
    walk.close_open()
    walk.drafts.append(draft)
    walk.recent = draft
    return True


def splits_open(walk: WalkState, index: int, reading: Reading) -> bool:
    """ "We had three motions. Two were carried and one was lost.": each open item takes its share in turn."""
    results = split_results(reading, len(walk.open_drafts))
    if results is None:
        return False
    walk.settle_every_open(reading, index, results)
    return True


def fill_counted(walk: WalkState, new: list[Draft]) -> None:
    """ "We debated two motions. The motion on pay was carried. The motion on fees fell.": each item told
    in its own words takes the place of one of those counted, which are no motions of their own."""
    for draft in new:
        slot = next((d for d in walk.counted if d in walk.drafts and d.unsettled and d.kind is draft.kind), None)
        if slot is None:
            return
        walk.counted.remove(slot)
        walk.counted_told = True
        walk.drop(slot)
