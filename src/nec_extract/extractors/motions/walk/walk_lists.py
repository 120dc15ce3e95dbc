"""Steps of the walk for motions the page's layout tells: a subheading over a list ("Agreed actions"), a row of a
table of decisions, an item under a list's intro ("the following motions:")."""

from __future__ import annotations

from nec_extract.extractors.motions.layout.lists import (
    bullet_drafts,
    following_intro,
    is_bullet,
    marker_kind,
    opens_numbered,
    starts_line,
    subheading_umbrella,
)
from nec_extract.extractors.motions.layout.tables import row_item
from nec_extract.extractors.motions.phrases.minutes import resolution_stem
from nec_extract.extractors.motions.records.draft import Draft, strong
from nec_extract.extractors.motions.sentence.reading import Reading, kind_of
from nec_extract.extractors.motions.walk.bare_results import orphan_outcome
from nec_extract.extractors.motions.walk.linking import NEAR, settle
from nec_extract.extractors.motions.walk.walk_state import WalkState
from nec_extract.models import MotionKind


def resolution_parts(walk: WalkState, index: int, reading: Reading) -> bool:
    """ "RESOLVED: That the Council" over its parts "(a) notes ...;" / "(b) adopts ...": the parts below are the
    decisions, of the item moved or introduced above too ("Moved: Cllr A / Seconded: Cllr B / RESOLVED: That ..."),
    which closes without a motion of its own."""
    if not resolution_stem(reading):
        return False
    for draft in walk.open_drafts:
        if draft.unsettled and draft in walk.drafts:
            walk.drafts.remove(draft)
    walk.open_drafts = []
    walk.open_list(following_intro(walk.readings, index, None))
    return True


def subheading(walk: WalkState, index: int, reading: Reading) -> bool:
    """ "Agreed actions" over a list heads the items below; it settles nothing above it. A bare result under an item
    ("Motion on fares / Proposed: A / That ... / CARRIED" over "6. Motion on rents") is that item's; between two
    lists, after items a heading decided ("Agreed actions / - A / - B / Not agreed / - C"), it heads the next list."""
    heading = subheading_umbrella(walk.report, walk.readings, index)
    if heading is None or (walk.following is None and _settles_an_item_above(walk, index, reading)):
        return False
    walk.open_list(heading)
    return True


def _settles_an_item_above(walk: WalkState, index: int, reading: Reading) -> bool:
    """A bare result under the item still open, or under an item's heading and text ("AGREED (as amended)")."""
    if walk.open_drafts and reading.reference == "none" and index - walk.open_drafts[-1].last <= NEAR:
        return True
    return bool(orphan_outcome(walk.readings, index))


def table_row(walk: WalkState, index: int, reading: Reading) -> bool:
    """ "A7 Reinstate elections  Support  Carried": one motion per row of a table of decisions."""
    if reading.table_result is None:
        return False
    walk.close_open()
    text = row_item(reading.sentence.text)
    vote = reading.votes[-1] if reading.votes else None  # "... | Carried, 41–12"
    kind = MotionKind.AMENDMENT if kind_of(text)[0] is MotionKind.AMENDMENT else MotionKind.MOTION
    row = Draft(index, index, kind, text, strong(), reading.table_result, vote)
    walk.drafts.append(row)
    walk.recent = row
    return True


def list_item(walk: WalkState, index: int, reading: Reading) -> bool:
    """An item of the list the intro before opened: a motion of its own, or more words of the item before."""
    numbered = opens_numbered(reading.sentence)
    if walk.following is None or not (numbered or is_bullet(walk.report, reading.sentence)):
        return False
    # a later sentence of the item on its line: "1. The school is put off. It will be held in May." is one item
    goes_on = not numbered and not starts_line(walk.report, reading.sentence) and walk.recent is not None
    if not goes_on and not _same_marker(walk, reading):
        walk.following = None  # "• to hold a stall; • to pay for leaflets" then "6. Finance": the next section
        return False
    walk.close_open()
    if goes_on:
        walk.following.last = index
        if walk.recent is not None and (reading.outcomes or reading.votes):
            settle(walk.recent, reading, index)
        return True
    drafts = bullet_drafts(index, reading, walk.following)
    if not drafts:
        walk.recent = None
        return False  # "the NEC: • heard a report ...", "The Executive: 1. Approved ...": read as it is
    walk.drafts.extend(drafts)
    walk.recent = drafts[-1]
    return True


def _same_marker(walk: WalkState, reading: Reading) -> bool:
    """Whether the item's marker is of the style the list's first item had (bullets, numbers or letters, in the same
    marks), and a number the next after the last one ("(2)" then "49. Parking charges": the next minute)."""
    assert walk.following is not None
    style, number = marker_kind(walk.report, reading.sentence)
    if walk.list_marker is None or walk.list_marker[0] is not walk.following:
        walk.list_marker = (walk.following, style, number)
        return True
    _, first_style, last = walk.list_marker
    if style != first_style or (number is not None and last is not None and number != last + 1):
        return False
    walk.list_marker = (walk.following, style, number)
    return True
