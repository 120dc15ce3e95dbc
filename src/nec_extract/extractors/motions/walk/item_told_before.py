"""An outcome whose subject is a pronoun ("This was approved by the NEC", "These were agreed") after a sentence that
opens with an item as its subject and says what it is ("The Annual Review summarises the year's work.", "The draft
campaign plan sets out three priorities."): the pronoun is that item, decided. A bare outcome after a line that only
names an item ("Motion on bus fares. / Carried.") is linking's orphan outcome, tried first."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.items.counted import items_counted
from nec_extract.extractors.motions.items.numbered_items import numbers_named
from nec_extract.extractors.motions.phrases.put_to_meeting import put_another_time, put_by_pronoun
from nec_extract.extractors.motions.records.draft import Draft, final_outcome, strong
from nec_extract.extractors.motions.sentence.patterns import patterns
from nec_extract.extractors.motions.sentence.people import People
from nec_extract.extractors.motions.sentence.reading import Reading
from nec_extract.extractors.motions.walk.argued_items import decides_a_thing_of_its_own
from nec_extract.extractors.motions.walk.bare_results import orphan_outcome
from nec_extract.language.grammar import PASSIVE_BE_RE
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either, pointing_pronouns
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.language.people import minuted_name_re
from nec_extract.language.spaces import two_spaces_behind
from nec_extract.models import MotionKind, Outcome

_FLAGS = re.IGNORECASE
_MOST_WORDS_BEFORE_ITEM = 3  # "The draft campaign plan": a determiner and two words before the item's noun


def told_before(readings: list[Reading], index: int, drafts: list[Draft] | None = None) -> list[Draft]:
    """The item the sentence before named, settled by this sentence's bare or pronoun outcome, or put by it; not the
    report's own heading ("NEC report – 29 January" names no item that "..., which had been agreed" settles)."""
    if index > 0 and readings[index - 1].in_the_heading():
        return []
    orphan = orphan_outcome(readings, index)
    if orphan and _decided_already(orphan[0], drafts or []):
        return []
    return (
        orphan
        or _item_subject_before(readings, index)
        or _items_subject_before(readings, index, drafts or [])
        or _item_put_by_pronoun(readings, index, drafts or [])
        or _labelled_item_before(readings, index, drafts or [])
        or _labelled_item_settled_after(readings, index)
    )


def _decided_already(orphan: Draft, drafts: list[Draft]) -> bool:
    """ "The committee voted to submit a motion on buses. / Proposed: Ann Lee. / For 9, Against 1.": the sentence the
    bare result points back to told a decision already; the lines after it are that decision's tally, not a second
    item (the tally is the decision's own when it has none)."""
    decided = next((d for d in drafts if d.first <= orphan.first <= d.last and d.outcome is not Outcome.UNKNOWN), None)
    if decided is None:
        return False
    if decided.vote is None and orphan.vote is not None and orphan.outcome in (decided.outcome, Outcome.UNKNOWN):
        decided.vote, decided.last = orphan.vote, orphan.last
    return True


# "– Moving the youth conference to the autumn: I voted against.", "4.3 From the health branch: NHS privatisation.": a
# list item, bulleted or numbered, labelled by what was decided
_LABELLED = re.compile(
    r"\s*(?:[–•*-]|\d{1,2}(?:\.\d{1,2})*\.?)\s+(?P<label>[^:.;()]{8,90}?):\s+(?P<rest>.*)$", re.DOTALL
)
_FINITE = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would)\b", _FLAGS)


def labels_an_item(reading: Reading) -> bool:
    """Whether the sentence is a list line naming an item by its label, with no result of its own."""
    labelled = _LABELLED.match(reading.sentence.text)
    return (
        labelled is not None
        and not (reading.outcomes or reading.votes or reading.excluded)
        and not _FINITE.search(labelled["label"])
    )


def _labelled_item_before(readings: list[Reading], index: int, drafts: list[Draft]) -> list[Draft]:
    """ "– Moving the youth conference to the autumn: I voted against. It was carried anyway.": the item a list line
    names by its label, with no result of its own, settled by this sentence's pronoun result."""
    reading = readings[index]
    if index == 0 or reading.reference != "pronoun" or not reading.outcomes or reading.people.introduced:
        return []
    previous = readings[index - 1]
    labelled = _LABELLED.match(previous.sentence.text)
    if labelled is None or not labels_an_item(previous):
        return []
    if any(d.last >= index - 1 for d in drafts) or _body_acting(reading):
        return []
    outcome, vote = final_outcome(reading.outcomes, reading.votes)
    kind = previous.kind or MotionKind.PROPOSAL
    return [Draft(index - 1, index, kind, labelled["label"].strip(), strong(), outcome, vote, previous.noun)]


@cache
def _pronoun_clause() -> re.Pattern[str]:
    """ "...: I abstained; it was carried anyway", "...: we voted against, but it passed": the item's result, by a
    pronoun, in a clause after the one telling someone's own vote."""
    pronouns = either(grammar_vocabulary().decisions.label_result_pronouns)
    return re.compile(rf"(?:;|,?\s+(?:but|and|yet|though))\s+(?:{pronouns})\s", _FLAGS)


def settles_its_label(reading: Reading) -> bool:
    """ "– Moving the youth conference to the spring: I abstained; it was carried anyway.": a list line whose label is
    its item, settled by a pronoun in a later clause of the same line; the item is the line's own, new."""
    return _label_settled_after(reading) is not None


def _label_settled_after(reading: Reading) -> str | None:
    """The label of a line that ``settles_its_label``, else None."""
    labelled = _LABELLED.match(reading.sentence.text)
    if labelled is None or not reading.outcomes or reading.excluded or _FINITE.search(labelled["label"]):
        return None
    clause = _pronoun_clause().search(reading.sentence.text, labelled.start("rest"))
    # "– Rents: agreed; it goes to the council next": a result before the clause is the label's own, read as such
    if clause is None or any(o.start < clause.end() for o in reading.outcomes):
        return None
    return labelled["label"].strip()


def _labelled_item_settled_after(readings: list[Reading], index: int) -> list[Draft]:
    """The item of a line that ``settles_its_label``; the two-sentence form is ``_labelled_item_before``."""
    reading = readings[index]
    label = _label_settled_after(reading)
    if label is None:
        return []
    outcome, vote = final_outcome(reading.outcomes, reading.votes)
    return [Draft(index, index, reading.kind or MotionKind.PROPOSAL, label, strong(), outcome, vote)]


def _item_put_by_pronoun(readings: list[Reading], index: int, drafts: list[Draft]) -> list[Draft]:
    """ "A proposal to close the office was also on the agenda. It was taken in private session.": the item the
    sentence before opened with, put to the meeting by this one; a motion, its result perhaps untold."""
    reading = readings[index]
    text = reading.sentence.text
    if index == 0 or not put_by_pronoun(text) or patterns().never_put.search(text):
        return []  # "It was discussed but not put to a vote": never put
    if any(d.last >= index - 1 for d in drafts):
        return []
    previous = readings[index - 1]
    kinds = (MotionKind.MOTION, MotionKind.AMENDMENT, MotionKind.RULE_CHANGE, MotionKind.PROPOSAL)
    if previous.kind not in kinds or previous.excluded or previous.outcomes or previous.votes:
        return []
    text = previous.sentence.text
    if not _item_opens().fullmatch(text[: previous.kind_at]) or put_another_time(text) or _later().search(text):
        return []  # "A motion on rents is on the agenda for next month.": not yet put
    outcome, vote = final_outcome(reading.outcomes, reading.votes)
    return [Draft(index - 1, index, previous.kind, text, strong(), outcome, vote, previous.noun)]


@cache
def _later() -> re.Pattern[str]:
    words = decisions_vocabulary().motions
    later = (*grammar_vocabulary().future_auxiliaries, *words.later_meeting_words)
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in later)})\b", _FLAGS)


def _item_subject_before(readings: list[Reading], index: int) -> list[Draft]:
    reading = readings[index]
    if reading.reference not in ("pronoun", "near") or not reading.outcomes or index == 0 or reading.people.introduced:
        return []
    previous = readings[index - 1]
    if previous.kind is None or previous.excluded or previous.outcomes or previous.votes or previous.people.introduced:
        return []
    text = previous.sentence.text
    if not _item_opens().fullmatch(text[: previous.kind_at]) or text.rstrip().endswith(("?", ":")):
        return []
    if (previous.noun or "").endswith("s") or _body_acting(reading):
        return []  # "Motions 12 and 13 ... They were remitted": items counted; "It has agreed": the body acting
    outcome, vote = final_outcome(reading.outcomes, reading.votes)
    return [Draft(index - 1, index, previous.kind, text, People(), outcome, vote, previous.noun)]


def settled_after_put(readings: list[Reading], index: int, drafts: list[Draft]) -> list[Draft]:
    """ "I asked that the letter go to every CLP. This was agreed.", "We tried to refer the paper back. The right voted
    it down, 23 to 12.", "The Procedures Committee brought proposals on X. These were accepted.": what the sentence
    before put, by a verb of putting, asking or trying in its first clause with no result of its own, settled by this
    sentence's result pointing back. Not "I asked about the backlog. It was noted." (nothing put), nor a sentence
    whose pronoun is the body acting ("It agreed to wait")."""
    reading = readings[index]
    told = reading.outcomes or _same_result(reading) or counted_alone(reading)
    if index == 0 or not told or reading.people.introduced or not _result_points_back(reading):
        return []
    found = _put_before(readings, index)
    if found is None:
        return []
    at, verb = found
    if any(d.last >= at for d in drafts) or decides_a_thing_of_its_own(reading.sentence.text):
        return []  # "It was agreed that the chair would write": a decision with words of its own
    previous = readings[at]
    text = previous.sentence.text
    summary = text[verb.end() - 4 if verb.group().lower().endswith(" that") else verb.end() :].strip(" ,;.")
    if len(summary.split()) < _FEWEST_WORDS or text.rstrip().endswith(("?", ":")) or _body_acting(reading):
        return []
    people = People(strong=True)
    subject = text[: verb.start("subject")] + verb["subject"]
    if verb["subject"] == "I" or re.fullmatch(rf"\W*(?:{minuted_name_re()})", subject):
        people.add("mover", subject.strip(" \t\n–•*-"))
    # "brought proposals on X", "tabled an amendment": the noun just after the verb is what was put; "We tried to
    # refer the paper back": the try is the proposal, no paper ("The paper itself then went through" is another item)
    tried = verb.group().lower().endswith(" to")
    named = not tried and bool(_NOUN_PUT.fullmatch(text, verb.end(), max(verb.end(), previous.kind_at)))
    kind = previous.kind if named and previous.kind is not None else MotionKind.PROPOSAL
    outcome, vote = final_outcome(reading.outcomes, reading.votes)
    noun = previous.noun if named and previous.noun else "proposal"
    return [Draft(at, index, kind, summary, people, outcome, vote, noun)]


# how far back what was put may stand from a tally alone: "The committee proposed that ... . Several of us argued
# against. The other side said ... . When it finally came to a vote it was 19 to 11."
_PUT_REACH = 3


def _put_before(readings: list[Reading], index: int) -> tuple[int, re.Match[str]] | None:
    """The sentence that put what this result settles, with its verb: the one just before, or for a tally alone
    (:func:`counted_alone`) one a few sentences back in the same paragraph, the sentences between only arguing
    over it (no result, tally, item put or person introduced of their own)."""
    verb = put_just_before(readings, index)
    debated = verb is not None and _debates_the_item(verb)
    if verb is not None and not debated:
        return index - 1, verb
    if not (debated or counted_alone(readings[index])):
        return None
    for at in range(index - 2, max(index - 1 - _PUT_REACH, 0) - 1, -1):
        between = readings[at + 1]
        if between.excluded or between.outcomes or between.votes or between.people.introduced or between.kind:
            return None
        argued = put_just_before(readings, at + 2)
        if (argued is not None and not _debates_the_item(argued)) or "\n\n" in between.report.text[
            readings[at].sentence.end : readings[index].sentence.start
        ]:
            return None  # an item put of its own, or a new paragraph
        verb = put_just_before(readings, at + 1)
        if verb is not None and not _debates_the_item(verb):
            return at, verb
    return None


def _debates_the_item(verb: re.Match[str]) -> bool:
    """ "Several of us argued that this would shut members out": a claim about the item already put (its subject a
    pronoun for it), the debate over it, not an item of its own."""
    if not verb.group().lower().endswith("that"):
        return False
    return _debated_pronoun().match(verb.string, verb.end()) is not None


@cache
def _debated_pronoun() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{pointing_pronouns(several=False)})\s", _FLAGS)


def counted_alone(reading: Reading) -> bool:
    """ "When it finally came to a vote it was 19 to 11.", "The vote was 20-11.": a tally with no result word and no
    item of its own, of what was put before."""
    return bool(reading.votes) and not reading.outcomes and reading.kind is None


def put_just_before(readings: list[Reading], index: int) -> re.Match[str] | None:
    """The verb by which the sentence before put something in its first clause ("I asked that ...", "We tried to
    ...", "The committee brought proposals ..."), that sentence telling no result of its own; None otherwise."""
    if index == 0:
        return None
    previous = readings[index - 1]
    if previous.excluded or previous.votes:
        return None
    text = previous.sentence.text
    verb = _putting().search(text)
    if verb is None or not _SHORT_SUBJECT.fullmatch(text, 0, verb.start()) or put_another_time(text):
        return None
    if previous.kind_at < verb.start() and _an_item_noun(previous.noun):
        return None  # "Motions 11 and 12 sought to merge the regions": the items are the subject, told as such
    # "I asked that the letter be sent to every CLP": a result word in what was asked is its words, not its result
    if any(o.start < verb.end() or not _ASKED_FORM.search(text, 0, o.start) for o in previous.outcomes):
        return None
    return verb


def _an_item_noun(noun: str | None) -> bool:
    """ "motions", "recommendation": a noun of an item put (not "procedures" in "the Procedures Committee")."""
    nouns = decisions_vocabulary().motions.put_nouns
    return noun is not None and any(noun.lower().startswith(item) for item in nouns)


_FEWEST_WORDS = 2  # "presented the accounts"; not "proposed it"
_ASKED_FORM = re.compile(r"\b(?:be|to)\s+(?:\w+ly\s+)?$", _FLAGS)
_NOUN_PUT = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}", _FLAGS)
# the subject of the sentence's first clause: a pronoun or a few words, no clause break ("The Procedures Committee",
# "We", "Jo Hart, for the CLP reps,")
_SHORT_SUBJECT = re.compile(r"\W*(?:[\w'’-]+(?:\s+|,\s*)){0,6}?", _FLAGS)


@cache
def _putting() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    # "asked the NEC to", "wanted members to": the meeting, or those who vote in it, asked to act
    asked = (
        rf"(?:{either(v.asking_verbs)})\s+(?:the\s+|our\s+|its\s+)?"
        rf"(?:{either(v.meeting_bodies, decisions_vocabulary().voters_counted.voters)})\s+to"
    )
    # "There was an attempt by the left to add ...": the try told as a noun, "tried to" as "There was"'s subject
    after_there = two_spaces_behind(r"(?<=\bthere\s)")
    tried = (
        rf"{after_there}(?:was|were|came)\s+(?:also\s+|then\s+)?(?:an?\s+)?(?:[\w-]+\s+)?"
        rf"(?:{either(v.attempt_nouns)})\s+(?:(?:by|from)\s+[^,.;:]{{1,60}}?\s+)?to"
    )
    # "argued that only branches should nominate", "made the case for a stall": what should be, not what is so
    modals = grammar_vocabulary().decisions.argued_proposal_modals
    argued = rf"(?:{either(v.arguing_verbs)})\s+(?:for\b|that\b(?=[^.;:]*?\b(?:{either(modals)})\b))"
    return re.compile(
        rf"(?P<subject>\b[\w'’-]+)\s+(?:(?:also|then|again|first|\w+ly)\s+)?"
        rf"(?:{asked}|{tried}|{argued}|(?:{either(v.proposing_verbs, v.mover_verbs)})\b(?!\s+(?:by|on\s+to|onto)\b))",
        _FLAGS,
    )


def _result_points_back(reading: Reading) -> bool:
    """The result's subject or object points back: "This was agreed", "The right voted it down"."""
    if reading.reference == "pronoun":
        return True
    if not reading.outcomes:
        return _same_result(reading) or counted_alone(reading)
    text, first = reading.sentence.text, reading.outcomes[0]
    if reading.reference == "none" and _pronoun_opens().fullmatch(text, 0, first.start):
        return True  # "It went through.": read as the body's pronoun, it is the item's (the body acting is not put)
    if reading.reference == "none" and _BARE_OPENING.fullmatch(text, 0, first.start):
        return True  # "Carried.", "Lost again – only the CLP reps backed us.": the result alone, of what was put
    return _object_pronoun().search(text[first.start : first.end]) is not None


_BARE_OPENING = re.compile(r"\W*")


def _same_result(reading: Reading) -> bool:
    """ "Same result, 12-19.", "Same again: 9 to 14": the sentence opens by saying the vote went as the one before,
    and gives its tally."""
    return bool(reading.votes) and _same_result_opens().match(reading.sentence.text) is not None


@cache
def _same_result_opens() -> re.Pattern[str]:
    return re.compile(rf"\W*(?:the\s+)?(?:{either(decisions_vocabulary().motions.same_result_openers)})\b", _FLAGS)


@cache
def _object_pronoun() -> re.Pattern[str]:
    """ "voted it down": a pronoun for the one item put, inside the result's words."""
    return re.compile(rf"\s(?:{pointing_pronouns(several=False)})\s", _FLAGS)


@cache
def _pronoun_opens() -> re.Pattern[str]:
    """The sentence opens with a pronoun for the item just named, then the result's verb: "It went through", "They
    then passed"."""
    pronouns = either(grammar_vocabulary().decisions.item_pronouns)
    return re.compile(rf"\W*(?:{pronouns})\s+(?:(?:then|also|\w+ly)\s+)?", _FLAGS)


def _items_subject_before(readings: list[Reading], index: int, drafts: list[Draft]) -> list[Draft]:
    """ "Motions 11 and 12 sought to merge the branches. They were both lost.", "Two motions calling for e-voting
    were not put. Instead their movers agreed to remit them.": the items the sentence before opened with, numbered
    or counted, each settled by this sentence's plural pronoun result (SPEC Rulings: each decision is one motion)."""
    reading = readings[index]
    if reading.reference not in ("pronoun", "near") or not reading.outcomes or index == 0 or reading.people.introduced:
        return []
    previous = readings[index - 1]
    if previous.kind is None or previous.excluded or previous.outcomes or previous.votes:
        return []
    text = previous.sentence.text
    if not (previous.noun or "").endswith("s") or any(d.last >= index - 1 for d in drafts):
        return []
    if not _item_opens().fullmatch(text[: previous.kind_at]) or not _plural_back().search(reading.sentence.text):
        return []
    names = numbers_named(text, previous.kind_at) or [text] * items_counted(text, previous.kind_at)
    if len(names) < 2 or _body_acting(reading):
        return []
    outcome, vote = final_outcome(reading.outcomes, reading.votes)
    return [Draft(index - 1, index, previous.kind, name, strong(), outcome, vote, previous.noun) for name in names]


@cache
def _plural_back() -> re.Pattern[str]:
    """ "They were both lost", "Both were referred", "remit them": a result said of the items together."""
    return re.compile(rf"\b(?:{either(decisions_vocabulary().motions.plural_back_words)})\b", _FLAGS)


def _body_acting(reading: Reading) -> bool:
    """The pronoun is who decided, not what: a verb of the body's deciding in the active ("It has agreed guidelines",
    "They decided to wait"); "This was agreed", "It went through", "it fell", "The executive accepted this" tell the
    item's result."""
    if not reading.outcomes:
        return False  # "Same result, 12-19.": a tally, no verb of deciding
    first = reading.outcomes[0]
    words = decisions_vocabulary().motions
    text = reading.sentence.text
    said = text[first.start : first.end].lower()
    if _object_after().match(text, first.end) and not _pronoun_opens().fullmatch(text, 0, first.start):
        return False  # "The executive accepted this.": the body names itself, the pronoun is what it accepted
    passive = re.search(rf"\b{PASSIVE_BE_RE}\s+(?:\w+\s+)?$", text[: first.start], _FLAGS)
    return passive is None and said.split()[0] in (*words.agree_verbs, *words.decide_verbs)


@cache
def _object_after() -> re.Pattern[str]:
    """A pronoun for the item just after the result's verb: "accepted this", "agreed to it"."""
    return re.compile(rf"\s+(?:to\s+|with\s+)?(?:{pointing_pronouns(several=False)})\b", _FLAGS)


@cache
def _item_opens() -> re.Pattern[str]:
    """The words before the item's noun when the item opens the sentence: "The", "The draft campaign", "Our new"."""
    determiners = "|".join(re.escape(w) for w in grammar_vocabulary().decisions.own_item_determiners)
    return re.compile(rf"\W*(?:(?:{determiners})\s+)?(?:[\w'’-]+\s+){{0,{_MOST_WORDS_BEFORE_ITEM}}}", _FLAGS)
