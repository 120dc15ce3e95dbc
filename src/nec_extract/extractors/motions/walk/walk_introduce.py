"""The walk's last step, for a sentence no other step took: the motions it introduces or states, once what they
resolve, restate or take the place of is settled (a resolution of the motion just moved, a result of one moved
before, an item counted, a post announced), or the list it opens."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.clause.clause_decisions import clause_decisions
from nec_extract.extractors.motions.elections.elections import post_fragment
from nec_extract.extractors.motions.items.likewise import with_likewise
from nec_extract.extractors.motions.layout.lists import counted_list_intro, following_intro, is_umbrella
from nec_extract.extractors.motions.phrases.minutes import minutes_label
from nec_extract.extractors.motions.phrases.statements import drafts_of, drafts_of_clauses, later_clause_results
from nec_extract.extractors.motions.records.draft import Draft
from nec_extract.extractors.motions.sentence.reading import Reading
from nec_extract.extractors.motions.walk.item_told_before import settled_after_put, told_before
from nec_extract.extractors.motions.walk.linking import (
    item_put_again,
    puts_the_item,
    settle_restated,
    settled_then_another,
)
from nec_extract.extractors.motions.walk.resolutions import RESOLVES_WITHIN, awaiting_resolution
from nec_extract.extractors.motions.walk.walk_counted import fill_counted
from nec_extract.extractors.motions.walk.walk_open import every_item
from nec_extract.extractors.motions.walk.walk_state import WalkState
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.language.people import minuted_name_re
from nec_extract.models import MotionKind, Outcome

_FLAGS = re.IGNORECASE

# how many sentences may stand between a post announced and the person elected ("Two candidates stood.")
_POST_REACH = 3

_POST_ONLY = re.compile(
    r"(?:a|an)\s+(?:new\s+)?[A-Z][\w-]*",
)


def introduce(walk: WalkState, index: int, reading: Reading) -> None:
    """The motions the sentence introduces or states, or the list it opens."""
    counted = counted_list_intro(walk.report, walk.readings, index)
    if counted or is_umbrella(reading):
        walk.open_list(counted or following_intro(walk.readings, index, walk.following))
        return
    # "I asked that ... . This was agreed.": the pronoun's result is what the sentence before put, whatever else
    put = settled_after_put(walk.readings, index, walk.drafts)
    clausal = [] if put else drafts_of_clauses(walk.report, index, reading, walk.votes)
    new = put or clausal or drafts_of(index, reading)
    new = with_likewise(index, reading, new)
    new = new or told_before(walk.readings, index, walk.drafts) or clause_decisions(index, reading)
    if any(d.outcome is n.outcome for n in new for d in walk.drafts if not n.unsettled) and _quoted(reading):
        new = []  # a spokesperson restating the decision: listed once (not a quoted title put: '"Water" – moved by X')
    if new and _minutes_mover().match(reading.sentence.text) and index and walk.readings[index - 1].kind:
        # "Motion on rail fares. Moved: Jane Doe. ..." : the item names the motion, the next line its mover
        previous = walk.readings[index - 1]
        new[0].first, new[0].summary = index - 1, previous.sentence.text
        new[0].kind = previous.kind or new[0].kind
    new = _resolves_open(walk, index, reading, new)
    new = [draft for draft in new if not walk.settles_restated(draft, index)]
    if not clausal:  # "...; it was carried, and the amended motion was then agreed"
        later = settle_restated(
            walk.drafts, later_clause_results(walk.report, index, reading, walk.votes), new, reading
        )
        new = [*new, *settled_then_another(put, later, reading)] if put and put == new else new
    walk.following = following_intro(walk.readings, index, walk.following)
    _intro_decided(walk, index, new)
    if not new:
        return
    if _of_them().search(reading.sentence.text):
        _drop_plural_open(walk)
    _drop_post_announced(walk, index, new)
    if _nominates_one_just_elected(walk, index, reading, new):
        return
    fill_counted(walk, new)
    kept = _kept_for_a_joint_result(walk, index, new)
    walk.open_drafts = [draft for draft in walk.open_drafts if draft not in kept]
    walk.close_open()
    walk.recent = None
    walk.drafts.extend(new)
    if new[-1].unsettled:
        walk.open_drafts = [*kept, *(draft for draft in new if draft.unsettled)]
        walk.counted = list(walk.open_drafts) if len(walk.open_drafts) > 1 else []
        walk.counted_told = False
    else:
        walk.recent = new[-1]


def _intro_decided(walk: WalkState, index: int, new: list[Draft]) -> None:
    """ "The SEC decided to put the following rule changes to conference:": the list's intro is itself one decision,
    told by its verb (no outcome word), and a bullet below with no result of its own takes that decision's."""
    intro = walk.following
    if intro is None or intro.first != index or intro.outcome is not Outcome.UNKNOWN or len(new) != 1:
        return
    intro.outcome = new[0].outcome


def _resolves_open(walk: WalkState, index: int, reading: Reading, new: list[Draft]) -> list[Draft]:
    """ "Moved: D. Mensah / Seconded: H. Clarke / RESOLVED: That ...", "... The substantive motion was then put and
    it was RESOLVED that ...": the resolution is the result of the motion just moved, in its words; further parts
    of it are motions of their own."""
    if not new or not (minutes_label(reading) or puts_the_item(reading.sentence.text)):
        return new
    moved = walk.open_drafts[-1] if walk.open_drafts else awaiting_resolution(walk.drafts, walk.readings, index)
    moved = moved or item_put_again(walk.drafts, walk.readings, index)
    if moved is None or (moved in walk.open_drafts and index - moved.last > RESOLVES_WITHIN):
        return new
    resolution = new[0]
    moved.outcome, moved.vote = resolution.outcome, resolution.vote or moved.vote
    moved.summary, moved.last = resolution.summary, index
    moved.kind = resolution.kind if moved.kind is MotionKind.MOTION else moved.kind
    if resolution.start is not None:  # "RESOLVED: That the NEC (a) ...; (b) ...": the first part, in its own words
        moved.first, moved.start, moved.end = index, resolution.start, resolution.end
    if moved in walk.open_drafts:
        walk.open_drafts.remove(moved)
    elif any(d.kind is MotionKind.AMENDMENT and d.first > moved.first for d in walk.drafts):
        moved.first = index  # amendments came between: the evidence is the resolution, not all the debate
    walk.recent = moved
    return new[1:]


def _drop_post_announced(walk: WalkState, index: int, new: list[Draft]) -> None:
    """ "We then elected a new Chair of the Equalities Committee. Anna Kowalski was elected with 18 votes.", "The
    board elected its vice-chairs for the year: A and B were re-elected": the post announced and the person elected
    are one election, told by the person's clause."""
    for at in range(len(new) - 1, 0, -1):  # within the sentence
        if new[at].summary.startswith("election of ") and _post_only(new[at - 1]):
            del new[at - 1]
    if not new or not new[0].summary.startswith("election of "):
        return
    before = walk.drafts[-1] if walk.drafts else None
    if before is not None and before.first >= index - _POST_REACH and _post_only(before):
        walk.drafts.remove(before)


def _nominates_one_just_elected(walk: WalkState, index: int, reading: Reading, new: list[Draft]) -> bool:
    """ "Ellen Moss was elected chair, and Raj Singh vice-chair. I nominated Raj and was pleased to see him win.": the
    nomination of a person whose election was just told is that election, told again."""
    nominee = _NOMINATED.search(reading.sentence.text) if len(new) == 1 else None
    if nominee is None or new[0].kind is not MotionKind.OTHER:
        return False
    recent = [d for d in walk.drafts if d.first >= index - _POST_REACH and d.summary.startswith("election of ")]
    return any(nominee["who"] in d.summary.split() for d in recent)


_NOMINATED = re.compile(r"\b(?:re-?)?nominated\s+(?P<who>[A-Z][\w'’-]+)")


def _post_only(draft: Draft) -> bool:
    """A choice told of a post alone, with no person: "a new Chair", "its vice-president for the year"."""
    if draft.kind is not MotionKind.OTHER:
        return False
    if _POST_ONLY.match(draft.summary):
        return True
    return _post_named().match(draft.summary) is not None and re.search(minuted_name_re(), draft.summary) is None


@cache
def _post_named() -> re.Pattern[str]:
    return re.compile(rf"(?:(?:its|their|our|the)\s+)?{post_fragment(new=True)}s?\b", _FLAGS)


def _drop_plural_open(walk: WalkState) -> None:
    """ "Proposals to change the selection rules were brought. ... we agreed some of them - A and B": the
    plural put first only announced the items decided one by one."""
    for draft in [d for d in walk.open_drafts if (d.noun or "").endswith("s")]:
        walk.drop(draft)


@cache
def _minutes_mover() -> re.Pattern[str]:
    """ "Moved: Jane Doe", "Proposer - Jo Bloggs": a line of minutes naming the mover."""
    return re.compile(rf"^\W*(?:{either(decisions_vocabulary().motions.mover_labels)})\s*[:\-]", _FLAGS)


@cache
def _of_them() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{either(grammar_vocabulary().decisions.split_quantities)})\s+of\s+"
        rf"(?:{either(grammar_vocabulary().decisions.group_pronouns)})\b",
        _FLAGS,
    )


def _kept_for_a_joint_result(walk: WalkState, index: int, new: list[Draft]) -> list[Draft]:
    """ "The secretary presented the annual report. The treasurer presented the accounts. Both were adopted.": items
    put in consecutive sentences stay open together when the next sentence gives one result for all of them."""
    if not new or not all(draft.unsettled for draft in new) or index + 1 >= len(walk.readings):
        return []
    if not every_item().match(walk.readings[index + 1].sentence.text):
        return []
    return [draft for draft in walk.open_drafts if draft.last == index - 1 and draft.unsettled]


def _quoted(reading: Reading) -> bool:
    """Speech quoted in the report: "A spokesperson said: “The NEC has agreed ...”"."""
    return bool(_quote().search(reading.sentence.text))


@cache
def _quote() -> re.Pattern[str]:
    verbs = decisions_vocabulary().motions.quote_verbs.regex()
    # "said afterwards: “...”", "put it on the way out, “...”": a few words may stand before the colon or comma
    return re.compile(rf"^\W*[“\"‘']|\b(?:{verbs})(?:(?:\s+[\w'’-]+){{1,4}}?\s*[:,]|\s*[:,]?)\s*[“\"‘']")
