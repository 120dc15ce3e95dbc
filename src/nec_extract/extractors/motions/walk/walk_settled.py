"""Steps of the walk for a motion already settled: a line naming who put the one just decided ("Proposed Jo Hart,
seconded Sam Lee.", "The motion, proposed by Jo Hart, commits the council to ..."), a further result confirming it
("The motion was declared carried."), a result of one told earlier and named again."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.elections.elections import elects_someone
from nec_extract.extractors.motions.layout.lists import is_umbrella
from nec_extract.extractors.motions.phrases.settled_requests import settled_request
from nec_extract.extractors.motions.records.draft import Draft, final_outcome
from nec_extract.extractors.motions.sentence.patterns import patterns
from nec_extract.extractors.motions.sentence.people import only_movers
from nec_extract.extractors.motions.sentence.reading import Reading
from nec_extract.extractors.motions.walk.argued_items import argued_then_settled_within
from nec_extract.extractors.motions.walk.item_told_before import (
    counted_alone,
    labels_an_item,
    put_just_before,
    settles_its_label,
)
from nec_extract.extractors.motions.walk.linking import (
    confirms,
    earlier_named,
    left_by_a_withdrawn_amendment,
    same_noun,
    settle,
)
from nec_extract.extractors.motions.walk.restated import not_described, opens_another_item
from nec_extract.extractors.motions.walk.walk_state import WalkState
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.models import Outcome
from nec_extract.page.segment.headings import tells_a_decision

_FLAGS = re.IGNORECASE


def names_recent_movers(walk: WalkState, index: int, reading: Reading) -> bool:
    """ "The minutes were approved. Proposed Jo Hart, seconded Sam Lee.": the line names who put the item just
    decided; it is no new motion."""
    draft = walk.recent
    if draft is None or index - draft.last != 1:
        return False
    if not only_movers(reading.sentence.text) and not _movers_told_after_the_result(draft, reading):
        return False
    draft.people.movers += [m for m in reading.people.movers if m not in draft.people.movers]
    draft.people.seconders += [s for s in reading.people.seconders if s not in draft.people.seconders]
    draft.last = index
    draft.end = None if draft.end is None else reading.sentence.end
    return True


def details_the_lede(walk: WalkState, index: int, reading: Reading) -> bool:
    """Under a headline telling a decision, the news report's lede tells it and the next sentence gives its count
    ("NEC rejects call for inquiry" / "The NEC has rejected a call for ..." / "A motion from the left was defeated by
    21 votes to 12."): the count of the decision just told, not another (SPEC Rulings: a decision restated is listed
    once). Not "another motion", a second result, or a count with another outcome."""
    draft, title = walk.recent, walk.report.title
    if draft is None or walk.drafts != [draft] or index - draft.last != 1 or draft.vote is not None:
        return False
    if title is None or not tells_a_decision(title) or len(reading.outcomes) > 1 or not reading.votes:
        return False
    if final_outcome(reading.outcomes, reading.votes)[0] is not draft.outcome or opens_another_item(reading):
        return False
    settle(draft, reading, index)
    return True


def confirms_recent(walk: WalkState, index: int, reading: Reading) -> bool:
    """ "The motion was declared carried.": a further result of the item just settled, not a new motion."""
    if _tally_of_recent(walk, index, reading):
        return True
    if walk.recent is None or index - walk.recent.last > 3 or not confirms(walk.recent, walk.readings, index):
        return False
    if is_umbrella(reading) or settles_its_label(reading):
        return False  # "It was agreed:" opens the list below it; "– X: I abstained; it passed" settles its own item
    if any(labels_an_item(r) for r in walk.readings[walk.recent.last + 1 : index]):
        return False  # "– Moving the conference: I voted against. It was carried anyway.": the item labelled
    if walk.recent.last < index - 1 and put_just_before(walk.readings, index) is not None:
        return False  # "... was carried. I asked that it go to every CLP. This was agreed.": what was just asked
    if settled_request(index, reading) or argued_then_settled_within(reading):
        return False  # "I tried to add a clause; that was defeated": the sentence's own request, settled in it
    settle(walk.recent, reading, index)
    return True


def _tally_of_recent(walk: WalkState, index: int, reading: Reading) -> bool:
    """ "The motion on fares was defeated. 26 to 5.": a tally alone in the sentence right after the one that settled
    the item just decided, which had none, in the same paragraph, is that item's tally (its result agreeing; a
    withdrawn or undecided item takes none)."""
    recent = walk.recent
    if recent is None or recent.vote is not None or index != recent.last + 1 or not counted_alone(reading):
        return False
    if elects_someone(reading) or _appointing().search(reading.sentence.text):
        return False  # "For Deputy Mayor, Cllr Kowalski was nominated after a vote (20 votes; 18)": a choice of its own
    told = walk.readings[recent.last].sentence
    if "\n\n" in walk.report.text[told.end : reading.sentence.start]:
        return False
    vote = reading.votes[-1]
    if recent.outcome not in (Outcome.CARRIED, Outcome.DEFEATED, Outcome.REMITTED):
        return False  # "Tom's amendment was withdrawn. On a vote, 9 for, 12 against.": the motion it would have amended
    if recent.outcome is not Outcome.REMITTED and vote.outcome is not recent.outcome:
        return False
    recent.vote, recent.last = vote, index
    return True


@cache
def _appointing() -> re.Pattern[str]:
    verbs = either(decisions_vocabulary().motions.appointment_verbs)
    return re.compile(rf"\b(?:re-?)?(?:{verbs})\b", re.IGNORECASE)


def settles_earlier(walk: WalkState, index: int, reading: Reading) -> bool:
    """The result of a motion told earlier, named again or left open by an amendment withdrawn since."""
    draft = earlier_named(walk.drafts, walk.readings, index)
    draft = draft or left_by_a_withdrawn_amendment(walk.drafts, walk.readings, index)
    if draft is None:
        return False
    settle(draft, reading, index)
    walk.recent = draft
    return True


def _movers_told_after_the_result(draft: Draft, reading: Reading) -> bool:
    """ "A motion declaring a climate emergency was passed. The motion, proposed by Amy Hart and seconded by Raj Lal,
    commits the council to ...": who put the item just decided, told after its result of the item named again; a
    sentence with a result or a vote of its own, or an item just decided whose movers are known, tells another."""
    people = reading.people
    if draft.people.movers or reading.outcomes or reading.votes:
        return False
    text = reading.sentence.text
    again = _names_it_again().match(text)
    if again is None or not (again["put"] or again["told"]):
        return False
    if not (people.movers or people.seconders or _put_by().search(text)):
        return False  # "The motion was proposed by the committee's chair": a mover named by a post is one too
    # "The NEC agreed the budget. The motion, moved by ...": a motion is not the budget
    return again["noun"] is None or same_noun(draft, again["noun"].lower())


@cache
def _names_it_again() -> re.Pattern[str]:
    """The sentence opens with the item just decided: "The motion, ...", "It was moved by ...", "Proposed by X, the
    motion ..." (not "A second motion ...", "The motion on fares ..."); ``put`` is the mover told first, ``told``
    what follows the item when the mover comes after it."""
    anaphoric = either(decisions_vocabulary().motions.anaphoric_subjects)
    item = rf"(?:{anaphoric}|the\s+(?P<noun>{patterns().reference_nouns}))\b{not_described()}"
    return re.compile(rf"\W*(?P<put>{_mover_by()}\s+[^,.;]+,\s+)?{item}(?P<told>\s*,|\s+(?:was|were|had)\b)?", _FLAGS)


@cache
def _put_by() -> re.Pattern[str]:
    return re.compile(rf"\b{_mover_by()}\b", _FLAGS)


def _mover_by() -> str:
    """ "proposed by", "moved by": who put the item comes next."""
    return rf"(?:{either(decisions_vocabulary().motions.mover_verbs)})\s+by"
