"""Steps of the walk for a motion already settled: a line naming who put the one just decided ("Proposed Jo Hart,
seconded Sam Lee."), a further result confirming it ("The motion was declared carried."), a result of one told
earlier and named again."""

from __future__ import annotations

from nec_extract.extractors.motions.item_told_before import labels_an_item, settles_its_label
from nec_extract.extractors.motions.linking import confirms, earlier_named, left_by_a_withdrawn_amendment, settle
from nec_extract.extractors.motions.lists import is_umbrella
from nec_extract.extractors.motions.people import only_movers
from nec_extract.extractors.motions.reading import Reading
from nec_extract.extractors.motions.walk_state import WalkState


def names_recent_movers(walk: WalkState, index: int, reading: Reading) -> bool:
    """ "The minutes were approved. Proposed Jo Hart, seconded Sam Lee.": the line names who put the item just
    decided; it is no new motion."""
    draft = walk.recent
    if draft is None or index - draft.last != 1 or not only_movers(reading.sentence.text):
        return False
    draft.people.movers += [m for m in reading.people.movers if m not in draft.people.movers]
    draft.people.seconders += [s for s in reading.people.seconders if s not in draft.people.seconders]
    draft.last = index
    draft.end = None if draft.end is None else reading.sentence.end
    return True


def confirms_recent(walk: WalkState, index: int, reading: Reading) -> bool:
    """ "The motion was declared carried.": a further result of the item just settled, not a new motion."""
    if walk.recent is None or index - walk.recent.last > 3 or not confirms(walk.recent, walk.readings, index):
        return False
    if is_umbrella(reading) or settles_its_label(reading):
        return False  # "It was agreed:" opens the list below it; "– X: I abstained; it passed" settles its own item
    if any(labels_an_item(r) for r in walk.readings[walk.recent.last + 1 : index]):
        return False  # "– Moving the conference: I voted against. It was carried anyway.": the item labelled
    settle(walk.recent, reading, index)
    return True


def settles_earlier(walk: WalkState, index: int, reading: Reading) -> bool:
    """The result of a motion told earlier, named again or left open by an amendment withdrawn since."""
    draft = earlier_named(walk.drafts, walk.readings, index)
    draft = draft or left_by_a_withdrawn_amendment(walk.drafts, walk.readings, index)
    if draft is None:
        return False
    settle(draft, reading, index)
    walk.recent = draft
    return True
