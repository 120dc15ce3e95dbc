"""Steps of the walk for the motion left open, introduced with no outcome yet: a sentence that settles it ("This
amendment fell.", "Both were lost."), decides on it ("The group decided to refer the matter to the region"), moves or
seconds it, gives it a second tally ("carried 21–11, and 20–12 on the paper itself"), or rules that it was never put."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.acts.decision_on_it import decision_on_it
from nec_extract.extractors.motions.clause.clause_decisions import clause_decisions, further_decisions
from nec_extract.extractors.motions.items.gapped import gapped_tally
from nec_extract.extractors.motions.phrases.decisions import decision_on_the_item_before
from nec_extract.extractors.motions.phrases.minutes import numbered_resolution
from nec_extract.extractors.motions.phrases.statements import drafts_of
from nec_extract.extractors.motions.records.draft import Draft, final_outcome, strong
from nec_extract.extractors.motions.sentence.patterns import patterns
from nec_extract.extractors.motions.sentence.reading import Reading, read_sentence
from nec_extract.extractors.motions.walk.linking import NEAR, first_clause_outcome, settle, settles
from nec_extract.extractors.motions.walk.walk_state import WalkState
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either, pointing_pronouns
from nec_extract.models import MotionKind, Outcome


def two_tallies(walk: WalkState, index: int, reading: Reading) -> bool:
    """ "A move to take it without debate was carried 21–11, and 20–12 on the paper itself": the first part is a
    decision of its own; the second tally settles the item left open, or is a decision of its own ("..., and by
    21 to 5 to endorse it")."""
    parts = gapped_tally(reading.sentence)
    if parts is None:
        return False
    first = read_sentence(walk.report, parts[0], walk.votes, reading.body)
    second = read_sentence(walk.report, parts[1], walk.votes, reading.body)
    drafts = drafts_of(index, first) or _told_by_its_result(index, first)
    if len(drafts) != 1 or not second.votes:
        return False
    decided = drafts[0]
    decided.start, decided.end = parts[0].start, parts[0].end
    open_item = walk.open_drafts[-1] if walk.open_drafts and index - walk.open_drafts[-1].first <= NEAR else None
    if open_item is not None:
        walk.open_drafts.remove(open_item)
    walk.close_open()
    walk.drafts.append(decided)
    if open_item is None:  # "..., and by 21 to 5 to endorse it": a decision of its own
        open_item = Draft(index, index, MotionKind.PROPOSAL, parts[1].text, strong())
        open_item.start, open_item.end = parts[1].start, parts[1].end
        walk.drafts.append(open_item)
    told_in = open_item.last
    settle(open_item, second, index)
    if told_in < index:  # its evidence stays its own words, not the other decision's
        open_item.last = told_in
    walk.recent = open_item
    return True


def _told_by_its_result(index: int, reading: Reading) -> list[Draft]:
    """ "A move to take it without debate was carried 21–11": a decision told only by its result and tally."""
    if not reading.outcomes or not reading.votes:
        return []
    outcome, vote = final_outcome(reading.outcomes, reading.votes)
    return [Draft(index, index, MotionKind.PROPOSAL, reading.sentence.text, strong(), outcome, vote)]


def never_put(walk: WalkState, index: int, reading: Reading) -> bool:
    """ "The Chair ruled it out of order": never put, so no motion, neither this one nor the one just moved."""
    if not patterns().never_put.search(reading.sentence.text):
        return False
    for draft in walk.open_drafts:
        if draft in walk.drafts:
            walk.drafts.remove(draft)
    walk.open_drafts, walk.recent = [], None
    return True


def referred_open(walk: WalkState, index: int, reading: Reading) -> bool:
    """ "A motion on shortlists was debated. Jo proposed referring it to the Org Sub, and that is what happened.": a
    referral of the item just put, proposed and then accepted in the same sentence, remits that item; the referral is
    no motion of its own."""
    draft = walk.open_drafts[-1] if walk.open_drafts else None
    if draft is None or index - draft.first > NEAR or reading.votes:
        return False
    text = reading.sentence.text
    referral = _referral_of_it().search(text)
    if referral is None or _referral_accepted().search(text, referral.end()) is None:
        return False
    walk.settle_every_open(reading, index, [Outcome.REMITTED] * len(walk.open_drafts))
    return True


@cache
def _referral_of_it() -> re.Pattern[str]:
    return re.compile(decisions_vocabulary().motions.referral_of_it.regex(), re.IGNORECASE)


@cache
def _referral_accepted() -> re.Pattern[str]:
    return re.compile(rf"[,;]?\s*(?:{decisions_vocabulary().motions.referral_accepted.regex()})\b", re.IGNORECASE)


def settles_open(walk: WalkState, index: int, reading: Reading) -> bool:
    """ "This amendment fell.", or for several introduced together, "Both were lost."; of several, "It went
    through" settles the one an ordinal named."""
    if not walk.open_drafts or not settles(walk.open_drafts[-1], walk.readings, index):
        return False
    if numbered_resolution(reading):
        return False  # "RESOLVED: (i) to support A; (ii) to oppose B": parts of their own, each with its result
    every = every_item().match(reading.sentence.text) is not None
    if walk.focus in walk.open_drafts and reading.reference in ("pronoun", "near", "none") and not every:
        walk.settle_one_open(walk.focus, reading, index)
        return True
    first_clause = first_clause_outcome(reading)
    by_mover = _each_movers_result(walk, reading)
    walk.settle_every_open(reading, index, by_mover or [first_clause] * len(walk.open_drafts))
    # "X introduced the report. Cabinet approved the programme and authorised tenders.": more decisions of its own
    walk.drafts.extend(further_decisions(index, reading))
    # "The amendment was carried, and the amended motion was then agreed": the motion moved before it too;
    # "This was defeated, and the report was then accepted": else an item of its own, decided after it
    decisions = clause_decisions(index, reading)
    if first_clause is not None and reading.reference not in ("pronoun", "near"):
        # "The amendment was carried, and the amended motion agreed": the amendment's clause settled it above
        decisions = [d for d in decisions if not (d.kind is MotionKind.AMENDMENT or "amendment" in (d.noun or ""))]
    for later in decisions[1:] if first_clause is None else decisions:
        if not walk.settles_restated(later, index) and first_clause is not None:
            walk.drafts.append(later)
    return True


# "Jon's was accepted", "Pete’s fell": an item named by its mover's possessive, as the subject of its result
_MOVERS_ITEM = re.compile(r"\b(?P<name>[A-Z][\w-]+)['’]s\s+(?:[\w-]+\s+)?$")


def _each_movers_result(walk: WalkState, reading: Reading) -> list[Outcome | None] | None:
    """ "Two amendments were moved, one by Jon Lansman and one by Pete Willsman. Jon's was accepted; Pete's was lost.":
    each result said of an item named by its mover's possessive goes to the item that person moved; None unless every
    open item gets one result so."""
    drafts, text = walk.open_drafts, reading.sentence.text
    if len(drafts) < 2 or len(reading.outcomes) != len(drafts):
        return None
    movers = _movers_in_turn(drafts, walk.readings[drafts[0].first].sentence.text)
    found: dict[int, Outcome] = {}
    for at, phrase in enumerate(reading.outcomes):
        start = reading.outcomes[at - 1].end if at else 0
        subject = _MOVERS_ITEM.search(_BE_BEFORE_RESULT.sub(" ", text[start : phrase.start]))
        owners = [
            at_draft
            for at_draft, names in enumerate(movers)
            if subject is not None and any(subject["name"] in name.split() for name in names)
        ]
        if len(owners) != 1 or owners[0] in found:
            return None
        found[owners[0]] = phrase.outcome
    return [found[at] for at in range(len(drafts))]


_BE_BEFORE_RESULT = re.compile(r"\s+(?:was|were|is|has\s+been)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# "one by Jon Lansman and one by Pete Willsman": the movers of items counted together, in turn
_ONE_BY = re.compile(r"\bone\s+(?:[\w-]+\s+)?(?:by|from)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def _movers_in_turn(drafts: list[Draft], told: str) -> list[list[str]]:
    """Each open item's movers: its own, else the names the sentence that counted them gives in turn."""
    counted = [match["name"] for match in _ONE_BY.finditer(told)]
    if len(counted) == len(drafts) and not any(d.people.movers for d in drafts):
        return [[name] for name in counted]
    return [d.people.movers for d in drafts]


@cache
def every_item() -> re.Pattern[str]:
    """ "Both were carried", "All three fell": a result for every item told, not only the one just named."""
    subjects = either(decisions_vocabulary().motions.every_item_subjects)
    return re.compile(rf"^\W*(?:{subjects})\b(?!\s+(?:of\s+)?the\b)", re.IGNORECASE)


def decides_open(walk: WalkState, index: int, reading: Reading) -> bool:
    """ "A proposal from X ... was discussed. The group decided to refer the matter to the region.": the
    meeting's decision on the item just put, pointed to by "it" or "the matter"."""
    if not walk.open_drafts or index - walk.open_drafts[-1].first > NEAR:
        return False
    outcome = decision_on_it(reading) or decision_on_the_item_before(reading)
    if outcome is None or outcome is Outcome.UNKNOWN:
        return False
    walk.settle_every_open(reading, index, [outcome] * len(walk.open_drafts))
    return True


def seconds_open(walk: WalkState, index: int, reading: Reading) -> bool:
    """ "Seconded by Sam Lee.": the seconder of the motion just moved, which was so put to the meeting."""
    draft = walk.open_drafts[-1] if walk.open_drafts else None
    people = reading.people
    if draft is None or not people.seconders or people.movers or index - draft.first > NEAR:
        return False
    draft.people.seconders += [s for s in people.seconders if s not in draft.people.seconders]
    draft.people.strong = True  # moved and seconded: put to the meeting, whatever became of it
    return True


def moves_open(walk: WalkState, index: int, reading: Reading) -> bool:
    """ "A proposal ... came from the Sheffield group. The officers were lukewarm. Tasha moved it formally.": the
    mover of the item just put, which names it only by a pronoun; its result comes after."""
    draft = walk.open_drafts[-1] if walk.open_drafts else None
    people = reading.people
    if draft is None or not people.movers or reading.outcomes or reading.votes or index - draft.first > NEAR:
        return False
    if not _moved_it().search(reading.sentence.text):
        return False
    draft.people.movers += [m for m in people.movers if m not in draft.people.movers]
    draft.people.seconders += [s for s in people.seconders if s not in draft.people.seconders]
    draft.people.strong = True
    return True


@cache
def _moved_it() -> re.Pattern[str]:
    """A mover verb whose object is a pronoun for the item ("moved it formally", "then proposed this"), not a
    postponement ("moved it to the next meeting")."""
    objects = pointing_pronouns()
    return re.compile(
        rf"\b(?:{patterns().mover_verbs})\s+(?:{objects})\b(?!\s+(?:to|back|until|forward)\b)", re.IGNORECASE
    )
