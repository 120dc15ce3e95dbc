"""A bare result line ("Carried.", "Referred back to the EC.", "Carried as amended.") and the item it settles: the
sentence before when that names an item, or a heading a few lines above that names one, past the lines of the
item's own text ("Motion on bus fares" / "That this branch ..." / "Carried.")."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.layout.lists import is_bullet, starts_line
from nec_extract.extractors.motions.records.draft import Draft, final_outcome
from nec_extract.extractors.motions.sentence.people import People
from nec_extract.extractors.motions.sentence.reading import Reading, kind_of
from nec_extract.language.calendar import MONTH_RE
from nec_extract.language.dates.parts import DAY_NUMBER_RE, DAY_RE
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.models import MotionKind, Outcome, Vote

# a line that only names an item, as a heading does, is short
ITEM_HEADING_WORDS = 10


def orphan_outcome(readings: list[Reading], index: int) -> list[Draft]:
    """ "Clause 9 (youth sections). Referred back to the EC." : a bare outcome after an item naming a proposal; also
    under a heading that names the item, past the lines of its text ("Motion on bus fares / That this branch ... /
    Carried as amended.")."""
    reading = readings[index]
    if not _bare_result(reading) or index == 0:
        return []
    result = _tally_before(readings, index)  # "For 10, Against 2. Carried.": the tally is the result's own
    item = _item_above(readings, result)
    if item is None and _resolution_text(readings[result - 1]):
        return _resolution_settled(readings, result - 1, index)
    if item is None:
        return _under_an_agenda_heading(readings, index) if result == index else []
    previous = readings[item]
    if previous.kind is None or previous.in_the_heading():
        return []
    looked_back = item < result - 1  # past the lines of the item's own text
    # "A motion from Jo on fares. One member asked about costs. Agreed.": an item told alone, a talk, its result
    told_alone = reading.reference == "none" and item >= result - _TALK_BETWEEN - 1 and _told_alone(previous)
    if (reading.reference == "pronoun" or looked_back) and not (_heading_naming_item(previous) or told_alone):
        return []  # "Motion on bus fares / This was carried.": "this" is the item its heading names
    if looked_back and not (told_alone or _set_out_in_lines(readings, item, result)):
        return []
    outcome, vote = final_outcome(reading.outcomes, _votes_told(readings[result : index + 1]))
    summary = _after_the_label(previous.sentence.text)
    return [Draft(item, index, previous.kind, summary, _who_put(readings[result:index]), outcome, vote, previous.noun)]


def _votes_told(lines: list[Reading]) -> list[Vote]:
    """The tallies of the lines from an item to its bare result, in order: the result's own."""
    return [vote for line in lines for vote in line.votes]


def _who_put(lines: list[Reading]) -> People:
    """The movers and seconders the lines between an item and its result name."""
    people = People()
    for line in lines:
        people.movers += [name for name in line.people.movers if name not in people.movers]
        people.seconders += [name for name in line.people.seconders if name not in people.seconders]
    return people


def _resolution_settled(readings: list[Reading], item: int, index: int) -> list[Draft]:
    """ "That the branch affiliates to the campaign (moved J Smith, seconded A Jones). / Carried.": the words of the
    resolution put, settled by the bare result after them."""
    resolution = readings[item]
    outcome, vote = final_outcome(readings[index].outcomes, _votes_told(readings[item + 1 : index + 1]))
    summary = _resolution().sub("", resolution.sentence.text, count=1).strip()
    return [Draft(item, index, MotionKind.MOTION, summary, resolution.people, outcome, vote)]


def _resolution_text(reading: Reading) -> bool:
    """Minutes' wording of a resolution put: "That this branch affiliates to ...", "Proposed: that £100 be given
    ...", "Moved J Smith, seconded A Jones: that ..." (not "That was the end of it": "that" as a pronoun)."""
    if reading.kind is not None or reading.outcomes or reading.excluded:
        return False
    found = _resolution().match(reading.sentence.text)
    if found is None:
        return False
    label = found["label"] or ""
    return not label or kind_of(label)[0] is not None or _moved().search(label) is not None


@cache
def _resolution() -> re.Pattern[str]:
    pronoun_that = either(grammar_vocabulary().decisions.not_a_resolution_after_that)
    return re.compile(rf"\W*(?:(?P<label>[^:.;]{{1,60}}?)\s*[:–—]\s*(?i:that)|That)\s+(?!(?:{pronoun_that})\b)(?=\S)")


@cache
def _moved() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_put_labels()})(?!\w)", re.IGNORECASE)


def _tally_before(readings: list[Reading], index: int) -> int:
    """Where a bare result's own words start: at a tally told alone just before it ("The motion was put. / For 10,
    Against 2. / Carried."; "Voting: 10 for, 2 against. Carried."), and past the lines that only name who moved and
    seconded the item ("Motion: that ... / Proposed: J Smith. Seconded: A Jones. / Carried."); else at the result."""
    start = index
    while start > 1 and (_tally_alone(readings[start - 1]) or _movers_alone(readings[start - 1])):
        start -= 1
    return start


def _tally_alone(reading: Reading) -> bool:
    return bool(
        reading.votes
        and not reading.outcomes
        and reading.kind is None
        and not reading.people.movers
        and len(reading.sentence.text.split()) <= _TALLY_WORDS
    )


def _movers_alone(reading: Reading) -> bool:
    """ "Proposed: J Smith.", "Seconded: A Jones.", "Moved by J Smith, seconded by A Jones.": who put the item, and
    nothing else."""
    text = reading.sentence.text
    named = bool(reading.people.movers or reading.people.seconders) or _labelled_names().fullmatch(text) is not None
    return bool(
        named
        and not (reading.outcomes or reading.votes or reading.kind is not None)
        and _moved().match(text)
        and len(text.split()) <= _TALLY_WORDS
    )


@cache
def _labelled_names() -> re.Pattern[str]:
    """ "Proposed: J Smith. Seconded: A Jones.": mover and seconder labels, each with a capitalised name."""
    label = rf"(?i:{_put_labels()})(?:\s+(?i:by))?\s*[:–—-]?"
    return re.compile(rf"(?:\W*{label}\s*(?:[A-Z][\w.'’-]*\s*){{1,4}}[.,;]?\s*)+")


@cache
def _put_labels() -> str:
    """ "Proposed", "Moved by", "Seconded": the labels naming who put an item."""
    v = decisions_vocabulary().motions
    return either(v.mover_labels, v.seconder_labels)


_TALLY_WORDS = 12


def _after_the_label(heading: str) -> str:
    """ "Motion – Library opening hours", "Resolution 3: Pay claim": the item's words after its label."""
    label, separator, words = _split_label(heading)
    return words if separator and len(label.split()) <= _LABEL_WORDS and kind_of(label)[0] is not None else heading


def _split_label(heading: str) -> tuple[str, str, str]:
    found = _LABEL_SEPARATOR.search(heading)
    if found is None:
        return heading, "", ""
    return heading[: found.start()], found.group(), heading[found.end() :].strip()


_LABEL_SEPARATOR = re.compile(r"\s*[:–—]\s*|\s+-\s+")
_LABEL_WORDS = 4
# "as 23 January", "for Tuesday 4 March": the result fixes a date
_DAY = rf"{DAY_RE}(?:\s+of)?\s+{MONTH_RE}|{MONTH_RE}\s+{DAY_NUMBER_RE}"
_SETS_A_DATE = re.compile(rf"\W*(?:as|for)\s+(?:\w+,?\s+)?(?:{_DAY})", re.IGNORECASE)


def _under_an_agenda_heading(readings: list[Reading], index: int) -> list[Draft]:
    """ "23/060 – Old Depot, demolition" / "Deferred for a site visit.": a bare result on the line right under an
    agenda item's heading that names no motion (a council's application, a coded item) decides that item."""
    reading, above = readings[index], readings[index - 1]
    if reading.reference != "none" or not _heading_naming_item(above, any_item=True) or above.in_the_heading():
        return []
    if above.sentence.text.rstrip().endswith(":") or is_bullet(reading.report, reading.sentence):
        return []  # "The branch agreed, after discussion:" / "- to donate £50": a list, read as one
    if above.outcomes or above.votes or not _set_out_in_lines(readings, index - 1, index):
        return []
    if reading.outcomes and _SETS_A_DATE.match(reading.sentence.text, reading.outcomes[-1].end):
        return []  # "DATE OF NEXT MEETING" / "Agreed as 23 January": a date arranged, no item decided
    outcome, vote = final_outcome(reading.outcomes, reading.votes)
    return [Draft(index - 1, index, MotionKind.OTHER, above.sentence.text.strip(), People(), outcome, vote)]


def _set_out_in_lines(readings: list[Reading], item: int, index: int) -> bool:
    """The item's heading, its text and its result each on lines of their own, as minutes set them out (not a
    paragraph whose last sentence says "It was accepted")."""
    report = readings[index].report
    return all(starts_line(report, reading.sentence) for reading in readings[item : index + 1])


def _bare_result(reading: Reading) -> bool:
    """An outcome with no subject of its own ("Agreed unanimously.", "This was carried"), or one that opens its line
    and names only the motion it leaves ("Carried as amended.")."""
    if not reading.outcomes:
        return _bare_tally(reading)
    if reading.reference in ("none", "pronoun"):
        return True
    opening = reading.sentence.text[: reading.outcomes[0].start]
    return reading.reference == "motion" and not opening.strip(" \t*•–-(")


def _bare_tally(reading: Reading) -> bool:
    """A line that opens with a tally whose counts decide it, naming nothing ("For – 9  Against – 2", "For: 12" /
    "Against: 3"): the result of the item above, as "Carried." is."""
    if reading.kind is not None or reading.reference != "none" or not reading.votes:
        return False
    decided = reading.votes[0].outcome in (Outcome.CARRIED, Outcome.DEFEATED)
    return decided and _only_a_tally().fullmatch(reading.sentence.text.strip()) is not None


@cache
def _only_a_tally() -> re.Pattern[str]:
    """A line that is a tally and nothing else, perhaps after a result label: "For – 9  Against – 2", "12 votes to
    3.", "The vote was 12 to 3.", "Voting: 4 for, 9 against" (not "Ann Lee 5 votes, Raj Patel 2 votes")."""
    v = decisions_vocabulary()
    t = v.tallies
    labels = either(t.labels.for_, t.labels.against, t.labels.abstentions, t.answers.for_, t.answers.against)
    result = either(v.motions.result_labels)
    word = rf"(?:\d+|{labels}|votes?|cast|to|and|with|those|voting|nil|none)"
    return re.compile(
        rf"\W*(?:(?:{result})(?:\s+(?:was|were))?\s*[:–—-]?\s*)?(?:{word}\b[\s,;:.()/–—-]*)+",
        re.IGNORECASE,
    )


def _item_above(readings: list[Reading], index: int) -> int | None:
    """The sentence that names the item a bare outcome settles: the one before, or a heading a few lines above whose
    lines since are the item's own text (no item, result or tally of their own)."""
    for at in range(index - 1, max(-1, index - 1 - _ITEM_TEXT_LINES), -1):
        above = readings[at]
        if above.in_the_heading():
            return None  # the report's own heading names no item
        if above.excluded and at < index - 1:
            continue
        if above.kind is not None:
            return None if above.excluded or above.outcomes else at
        if above.excluded or above.outcomes or above.votes or above.people.movers:
            return None
    return None


# the lines of a motion's own text between its heading and its result ("That this branch ...", "This CLP notes ...")
_ITEM_TEXT_LINES = 4


# how many sentences of talk may stand between an item told alone and its bare result
_TALK_BETWEEN = 2


def _told_alone(reading: Reading) -> bool:
    """A sentence that only names an item, with no verb of its own: "A motion from Cllr Jo Bell on the pension
    fund.", "A short paper on expenses for NEC members." (not "A motion on fares was moved by Jo.", "The paper
    set out three options.")."""
    text = reading.sentence.text.strip()
    return (
        0 <= reading.kind_at <= len(" ".join(text.split()[:3]))
        and not reading.people.movers
        and _VERB_OF_ITS_OWN.search(text) is None
    )


# a finite verb, or a past form: the sentence tells something of the item, not only its name
_VERB_OF_ITS_OWN = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|shall|did|does|do|"
    r"came|went|got|set|put|said|says|sets|goes|comes|gives|gave|took|takes|made|makes)\b|\b\w+ed\b",
    re.IGNORECASE,
)


def _heading_naming_item(reading: Reading, any_item: bool = False) -> bool:
    """A line that only names an item, as a heading does: "Motion on bus fares", "Emergency motion: Gaza"; with
    ``any_item``, also an agenda item named by no motion noun ("23/060 – Old Depot, demolition")."""
    text = reading.sentence.text.strip()
    words = text.split()
    return (
        0 < len(words) <= ITEM_HEADING_WORDS
        and not text.endswith((".", "?", "!"))
        and (any_item or 0 <= reading.kind_at <= len(" ".join(words[:3])))
        and not reading.people.movers
    )
