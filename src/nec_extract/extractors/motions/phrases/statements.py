"""Motions one sentence introduces or states: moved, decided by the meeting, passed, or put to it."""

from __future__ import annotations

import itertools
import re
from functools import cache, lru_cache

from nec_extract.extractors.motions.acts.decision_on_it import decision_on_it
from nec_extract.extractors.motions.clause.clause_decisions import clause_decisions, more_decisions
from nec_extract.extractors.motions.elections.elections import election_drafts
from nec_extract.extractors.motions.items.clause_cuts import clause_parts, movers_only, read_parts
from nec_extract.extractors.motions.items.coded_items import coded_drafts
from nec_extract.extractors.motions.items.counted import contest_counted, floated_count, items_counted, one_each
from nec_extract.extractors.motions.items.enumerations import items_taken_together
from nec_extract.extractors.motions.items.listed_decisions import enumerated
from nec_extract.extractors.motions.phrases.agreed_to_nothing import to_nothing
from nec_extract.extractors.motions.phrases.choices import choice_put
from nec_extract.extractors.motions.phrases.decisions import decided_outcome, meeting_decisions, not_a_decision
from nec_extract.extractors.motions.phrases.minutes import minutes_decisions, numbered_parts
from nec_extract.extractors.motions.phrases.passives import passive_decision
from nec_extract.extractors.motions.phrases.put_to_meeting import (
    PAPERS,
    only_considered,
    put_by_request,
    put_for_a_decision,
    put_to_the_meeting,
)
from nec_extract.extractors.motions.phrases.recommended import recommended
from nec_extract.extractors.motions.phrases.settled_requests import (
    settled_beside,
    settled_in_the_sentence,
    settled_request,
)
from nec_extract.extractors.motions.records.draft import Draft, final_outcome, strong
from nec_extract.extractors.motions.sentence.patterns import numbered_item, patterns
from nec_extract.extractors.motions.sentence.people import People
from nec_extract.extractors.motions.sentence.reading import Reading, kind_of, moved_that, read_sentence
from nec_extract.extractors.motions.this_meeting.not_told import told_as_no_decision
from nec_extract.extractors.votes import find_outcomes, voters_counted_at
from nec_extract.language.clauses import clauses
from nec_extract.language.grammar import PASSIVE_BE_RE
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.language.people import minuted_name_re
from nec_extract.language.text import Sentence
from nec_extract.models import MotionKind, Outcome, Vote
from nec_extract.page.context import ReportContext

_FLAGS = re.IGNORECASE


def drafts_of_clauses(report: ReportContext, index: int, reading: Reading, votes: list[Vote]) -> list[Draft]:
    """ "Her amendment fell, but the substantive motion was carried.", "The meeting confirmed the officers and
    the policy motions were carried.": clauses that each state a motion are read as sentences of their own."""
    if not reading.outcomes and not reading.body.decision(reading.sentence.text).search(reading.sentence.text):
        return []
    parts = clause_parts(reading)
    if len(parts) < 2:
        return []
    reads = read_parts(report, parts, votes, reading)
    found = [(part, drafts_of(index, read)) for part, read in zip(parts, reads, strict=True)]
    found = [(clause, drafts) for clause, drafts in found if drafts]
    found = found[1:] if _counted_intro(found) else found
    # an earlier clause left open is settled by a later one ("X moved ...; seconded by Y, it was agreed")
    if len(found) < 2 or any(d.outcome is Outcome.UNKNOWN for _, drafts in found[:-1] for d in drafts):
        return []
    for clause, drafts in found:
        for draft in drafts:
            draft.start = clause.start if draft.start is None else draft.start
            draft.end = clause.end if draft.end is None else draft.end
    return [draft for _, drafts in found for draft in drafts]


def _counted_intro(found: list[tuple[Sentence, list[Draft]]]) -> bool:
    """ "Two rule changes were considered: one, on X, was carried; the other ... fell": a first clause closed by its
    colon that decides nothing, before two or more clauses that each settle an item, only counts them."""
    if len(found) <= _LEAST_CLAUSES:
        return False
    intro, drafts = found[0]
    return intro.text.rstrip().endswith(":") and all(d.outcome is Outcome.UNKNOWN for d in drafts)


_LEAST_CLAUSES = 2


def later_clause_results(report: ReportContext, index: int, reading: Reading, votes: list[Vote]) -> list[Draft]:
    """ "X moved an amendment; it was carried 19-14, and the amended paper was then agreed": the results the later
    clauses tell, of which one may be that of an item moved before, named by its bare noun."""
    if len(reading.outcomes) < 2:
        return []
    drafts = []
    for part in clause_parts(reading)[1:]:
        for draft in drafts_of(index, read_sentence(report, part, votes, reading.body)):
            draft.start = part.start if draft.start is None else draft.start
            draft.end = part.end if draft.end is None else draft.end
            drafts.append(draft)
    return [draft for draft in drafts if draft.outcome is not Outcome.UNKNOWN]


def drafts_of(index: int, reading: Reading) -> list[Draft]:
    """Motions this sentence introduces or states: those of the first reading below that finds any."""
    for reader in _READERS:
        drafts = reader(index, reading)
        if drafts and reader in (meeting_decisions, _passive):
            # "The branch committee proposed two changes to the rules. Both were carried.": one per item counted
            return [] if told_as_no_decision(reading) else one_each(more_decisions(index, reading, drafts), reading)
        if drafts:
            return drafts if reader is _passive else one_each(drafts, reading)
    return []


def _elections(index: int, reading: Reading) -> list[Draft]:
    return election_drafts(index, reading)


def _introduction(index: int, reading: Reading) -> list[Draft]:
    """ "X moved a motion ...", "proposed by X": what was moved, by whom."""
    if not reading.people.introduced or _put_by_our_body(reading) or _a_byline(reading):
        return []
    text = reading.sentence.text
    outcome, vote = final_outcome(reading.outcomes, reading.votes)
    if outcome is Outcome.UNKNOWN and vote is None:
        outcome = _body_decided(index, reading)  # "The NEC supported the General Secretary's proposals"
    kind = _introduced_kind(text, reading)
    that = moved_that(text)
    # "It was moved that the Council reverse the budget cuts": the motion, not the budget it names
    named_first = reading.kind is not None and that is not None and reading.kind_at < that.start()
    noun = _moved_noun(text) or (reading.noun if that is None or named_first else None)
    people = reading.people
    # "A motion from X on Y was debated.", "The budget was submitted to the executive for approval."
    people.strong = people.strong or put_to_the_meeting(reading) or put_for_a_decision(reading)
    return [Draft(index, index, kind, summary_of_introduction(text), people, outcome, vote, noun)]


def _a_byline(reading: Reading) -> bool:
    """ "Submitted by the LRC secretary, Pat Mason": a line saying who wrote the report, no item named or settled."""
    opens = _byline().match(reading.sentence.text)
    return opens is not None and reading.kind is None and not reading.outcomes and not reading.votes


@cache
def _byline() -> re.Pattern[str]:
    return re.compile(rf"\W*(?:{either(grammar_vocabulary().decisions.byline_openers)})\b", _FLAGS)


def _put_by_our_body(reading: Reading) -> bool:
    """ "The GC nominated Priya Shah", "the EC proposed a levy": the meeting's own body, by its initials, is no mover;
    the sentence tells its decision."""
    people = reading.people
    if not people.movers or people.offices or people.put:
        return False
    return all(reading.body.is_ours(f"the {mover}") for mover in people.movers)


def _body_decided(index: int, reading: Reading) -> Outcome:
    """The body's own decision on the item a person put, told by the main verb alone ("The committee backed Jo's
    amendment", "Delegates opposed Unite's proposals"): the outcome the parse reads, when it reads one."""
    decided = clause_decisions(index, reading)
    if not decided:  # "Jo proposed a rally, but the committee turned it down": a clause of its own points back
        return decision_on_it(reading) or Outcome.UNKNOWN
    return decided[0].outcome if len(decided) == 1 else Outcome.UNKNOWN


def _moved_noun(text: str) -> str | None:
    """The motion noun of the clause with the mover verb ("... and the amendment was moved by X"), when the
    sentence named another thing first."""
    verb = re.search(rf"\b(?:{patterns().mover_verbs})\b", text, _FLAGS)
    if verb is None:
        return None
    start = clauses("decision_subject").start_of(text, verb.start())
    kind, at = kind_of(text[start : verb.start()])
    if kind is None:
        return None
    noun = re.match(r"[\w-]+(?:\s+changes?)?", text[start + at :])
    return noun.group().lower() if noun else None


# "It was moved to the next meeting": where an item went, not what was put
@cache
def _moved_on() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:on\s+)?to\s+(?:{either(grammar_vocabulary().decisions.moved_on_determiners)})\b", _FLAGS)


def _impersonal(index: int, reading: Reading) -> list[Draft]:
    """ "It was agreed that ...", "It was proposed that ..."."""
    text = reading.sentence.text
    impersonal = patterns().impersonal.search(text)
    if not impersonal:
        return []
    summary = text[impersonal.end() :]
    kind = reading.kind or MotionKind.PROPOSAL
    v = decisions_vocabulary().motions
    if impersonal["verb"].lower() in v.impersonal_verbs.proposed:
        if _moved_on().match(summary):
            return []  # "It was moved to the next meeting": where the item went, not a proposal put
        if re.match(rf"\s*that\b[^.;]*?\b(?-i:{either(v.musing_words)})\b", summary, _FLAGS):
            return []  # "It was suggested that the branch might hold a quiz": an idea aired, not put
        settled = settled_beside(reading, impersonal.end()) or settled_in_the_sentence(reading, impersonal.end())
        if settled:
            return [Draft(index, index, kind, settled[0], strong(), settled[1], settled[2], reading.noun)]
        return [Draft(index, index, kind, summary, strong(), noun=reading.noun)]
    _, vote = final_outcome(reading.outcomes, reading.votes)
    # "It was agreed that A, and that B", "It was RESOLVED: (a) to ..., (b) to ..."
    items = numbered_parts(text, impersonal.end()) or enumerated(text, impersonal.end(), len(text))
    drafts = []
    # "It was agreed to note the report", "to receive the update": nothing decided (SPEC: received or noted)
    items = [(start, end) for start, end in items if not to_nothing(text[start:end])]
    for start, end in items:
        part = text[start:end]
        outcome = decided_outcome(part.strip()) or Outcome.CARRIED  # "It was agreed to postpone the item."
        draft = Draft(index, index, kind_of(part)[0] or kind, part, reading.people, outcome, vote)
        if len(items) > 1:
            draft.start, draft.end = reading.sentence.start + start, reading.sentence.start + end
        drafts.append(draft)
    return drafts


def _passive(index: int, reading: Reading) -> list[Draft]:
    passive = passive_decision(reading)
    if passive is None:
        return []
    kind, summary = passive
    outcome, vote = final_outcome(reading.outcomes, reading.votes)
    listed = _listed_after_colon(reading)
    if listed:  # "The following motions were carried: A, B and C": one motion each, in its own words
        text, at = reading.sentence.text, reading.sentence.start
        drafts = [Draft(index, index, kind_of(text[a:b])[0] or kind, text[a:b], strong(), outcome) for a, b in listed]
        for draft, (a, b) in zip(drafts, listed, strict=True):
            draft.start, draft.end = at + a, at + b
        return drafts
    last = reading.outcomes[-1] if reading.outcomes else None
    together = items_taken_together(reading.sentence.text, summary, last.start, last.end) if last else []
    if together:  # "The dates and the terms of reference were agreed as a block": one motion each
        return [Draft(index, index, kind_of(item)[0] or kind, item, strong(), outcome, vote) for item in together]
    first = Draft(index, index, kind, summary, reading.people, outcome, vote, reading.noun)
    # "Both amendments were lost", "Three emergency motions were carried": one motion each
    more = max(items_counted(summary), floated_count(reading.sentence.text[: reading.outcomes[0].start])) - 1
    return [first, *(Draft(index, index, kind, summary, People(), outcome, noun=reading.noun) for _ in range(more))]


def _listed_after_colon(reading: Reading) -> list[tuple[int, int]]:
    """The items a plural result lists after its colon ("The following motions were carried: A, B and C", "Three
    rule changes were agreed: A; B; C"), as offsets in the sentence; none unless two or more."""
    text = reading.sentence.text
    last = reading.outcomes[-1] if reading.outcomes else None
    colon = re.match(r"[^:;.]{0,40}?:\s*", text[last.end :]) if last else None
    if last is None or colon is None or not _plural_before().search(text[: last.start]):
        return []
    start = last.end + colon.end()
    separator = r";" if ";" in text[start:] else r",\s*(?:and\s+)?|\s+and\s+"
    cuts = [start, *(start + m.start() for m in re.finditer(separator, text[start:])), len(text)]
    items = [enumerated(text, a, b)[0] for a, b in itertools.pairwise(cuts)]
    return [(a, b) for a, b in items if re.search(r"\w", text[a:b])] if len(items) > 1 else []


@cache
def _plural_before() -> re.Pattern[str]:
    """ "The following motions were", "Three rule changes were", "The following were": items counted or announced
    (not "The accounts were approved: thanks to ...")."""
    counts = either(grammar_vocabulary().decisions.aside_counts)
    return re.compile(
        rf"\b(?:following(?:\s+[\w-]+){{0,2}}|(?:{counts}|\d+)\s+(?:[\w-]+\s+){{0,2}}[\w-]+s)\s+"
        r"(?:were|have\s+been)\s+(?:\w+ly\s+)?$",
        _FLAGS,
    )


def _withdrawn_by_its_mover(index: int, reading: Reading) -> list[Draft]:
    """ "Ann Lee withdrew her amendment", "the mover agreed to withdraw the motion": only a mover withdraws, and
    the item withdrawn is the object."""
    text = reading.sentence.text
    labelled = _item_label().match(text)
    withdrawn = [
        o
        for o in reading.outcomes
        if (
            o.outcome is Outcome.WITHDRAWN or (o.outcome is Outcome.REMITTED and _mover_role().search(text, 0, o.start))
        )
        and (o.end <= reading.kind_at or (labelled is not None and o.start >= labelled.end()))
    ]
    if reading.kind in (None, MotionKind.OTHER) or not withdrawn:
        return []  # "I withdrew my complaints": no proposal
    if labelled is not None and withdrawn[-1].start >= labelled.end():
        # "Motion 3 (Selection timetable): the mover agreed to remit the motion to the EC.": the item is the label's
        people = People(strong=True)
        summary = text[: labelled.end()].strip(" :")
        return [Draft(index, index, reading.kind, summary, people, withdrawn[-1].outcome, None, reading.noun)]
    if not re.fullmatch(
        rf"\s*(?:(?:{either(grammar_vocabulary().decisions.withdrawn_item_determiners)})\s+)?(?:[\w-]+\s+){{0,2}}",
        _between(reading, withdrawn[-1].end),
    ):
        return []
    people = People(strong=True)
    mover = re.match(rf"\W*(?P<who>{minuted_name_re()})\s+(?:\w+\s+){{0,2}}?$", text[: withdrawn[-1].start])
    if mover:
        people.add("mover", mover["who"])
    summary = text[reading.kind_at :]
    return [Draft(index, index, reading.kind, summary, people, withdrawn[-1].outcome, None, reading.noun)]


def _accepted_by_its_mover(index: int, reading: Reading) -> list[Draft]:
    """ "Owen agreed to accept a friendly amendment from the floor to ...", "The mover accepted an amendment from Unite
    to add ...": the mover taking an amendment into the motion carries it, with no vote."""
    found = _mover_accepts().search(reading.sentence.text)
    if found is None or reading.kind is not MotionKind.AMENDMENT or reading.votes:
        return []
    outcome = Outcome.CARRIED
    summary = reading.sentence.text[found.end("verb") :].strip()
    return [Draft(index, index, MotionKind.AMENDMENT, summary, People(strong=True), outcome, None, "amendment")]


@cache
def _mover_accepts() -> re.Pattern[str]:
    """A mover, by role, name or pronoun, as the subject accepting an amendment: "the mover accepted the amendment",
    "Owen agreed to accept a friendly amendment", "she was happy to accept the amendment"."""
    roles = either(grammar_vocabulary().decisions.mover_role_subjects)
    name = r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    willing = either(decisions_vocabulary().motions.willing_to_accept)
    return re.compile(
        rf"(?:^|[.;,]\s+|\band\s+)(?:{roles}|{name}|he|she|they)\s+(?:\w+ly\s+)?"
        rf"(?P<verb>accepted|(?:{willing})\s+accept)\s+(?:a|an|the|their|her|his)\s+(?:friendly\s+)?amendments?\b",
        _FLAGS,
    )


@cache
def _mover_role() -> re.Pattern[str]:
    """ "the mover agreed to remit the motion": the item's own mover sends it away, as a withdrawal does."""
    roles = either(grammar_vocabulary().decisions.mover_role_subjects)
    return re.compile(rf"\b(?:{roles})\s+(?:\w+\s+){{0,3}}$", _FLAGS)


@cache
def _item_label() -> re.Pattern[str]:
    """ "Motion 3 (Selection timetable):", "Motion B:": a numbered item and its title, a colon closing them."""
    return re.compile(rf"^\W*{numbered_item()}(?:\s*\([^()]{{1,80}}\))?\s*:\s+", _FLAGS)


def _between(reading: Reading, start: int) -> str:
    return reading.sentence.text[start : reading.kind_at]


def _hedged_vote(index: int, reading: Reading) -> list[Draft]:
    """ "An amendment ... seemed to be lost on a show of hands": a vote was held, its result may follow; "...
    would have passed with two more votes, but it fell 15-17": the result told after the counterfactual is it."""
    hedged = reading.hedged_outcome
    if reading.kind is None or not hedged or reading.kind_at >= hedged:
        return []
    told = [phrase for phrase in reading.outcomes if phrase.start > hedged]
    if not told and not reading.votes and _supposed().match(reading.sentence.text):
        return []  # "Had the left held together, the amendment would have passed": a what-if of an item told
    outcome, vote = final_outcome(told, reading.votes) if told else (Outcome.UNKNOWN, None)
    summary = reading.sentence.text[:hedged]
    return [Draft(index, index, reading.kind, summary, strong(), outcome, vote, noun=reading.noun)]


@cache
def _supposed() -> re.Pattern[str]:
    """A sentence opening with a condition ("Had the unions voted together, ...", "If two more had come, ..."): its
    main clause tells what would have happened, not a vote of its own."""
    v = decisions_vocabulary()
    return re.compile(rf"\W*(?:{either(v.conditional_openers, v.conditional_inversions)})\s+[^,;:.]{{1,100}},", _FLAGS)


def _outcome_refers_back(index: int, reading: Reading) -> list[Draft]:
    """ "Three members spoke against the motion, but it passed anyway."."""
    refers_back = reading.reference in ("pronoun", "near")
    if reading.kind is None or not refers_back or not reading.outcomes or reading.kind_at >= reading.outcomes[0].start:
        return []
    return _from_motion_noun(index, reading, reading.people)


def _counted(index: int, reading: Reading) -> list[Draft]:
    """ "Twelve members voted for the motion and nine against.", "Three nominations for two posts: Ann received 40
    votes, Raj 31 and Jo 12" (a contest of more than two has no tally, but its count decided it)."""
    if reading.kind is None or not (reading.votes or contest_counted(reading) or _item_after_its_result(reading)):
        return []
    return _from_motion_noun(index, reading, reading.people)


def _item_after_its_result(reading: Reading) -> bool:
    """ "Most members backed the amendment", "Only a handful of delegates supported the motion": the result told
    by a vague count of voters and their side, the item named after it; "The executive would not back the motion":
    the item named within the result's own words."""
    text, at = reading.sentence.text, reading.kind_at
    counted = any(voters_counted_at(text, o.start) and o.end <= at for o in reading.outcomes)
    return counted or any(o.start < at < o.end for o in reading.outcomes)


def _from_motion_noun(index: int, reading: Reading, people: People) -> list[Draft]:
    assert reading.kind is not None
    outcome, vote = final_outcome(reading.outcomes, reading.votes)
    if outcome is Outcome.UNKNOWN and contest_counted(reading):
        outcome = Outcome.CARRIED  # "Two nominations for one vacancy: Ann received 21 votes and Raj 14": decided
    summary = reading.sentence.text[reading.kind_at :]
    return [Draft(index, index, reading.kind, summary, people, outcome, vote, reading.noun)]


def _on_the_agenda(index: int, reading: Reading) -> list[Draft]:
    """ "Other items on the agenda were proposed changes to ...": put to the meeting, outcome not reported."""
    text = reading.sentence.text
    agenda = patterns().agenda.search(text)
    if not agenda:
        return []
    kind = MotionKind.PROPOSAL if agenda["noun"].lower().startswith("propos") else reading.kind or MotionKind.PROPOSAL
    outcome, vote = final_outcome(reading.outcomes, reading.votes)
    return [Draft(index, index, kind, text[agenda.start("noun") :], strong(), outcome, vote, reading.noun)]


def _considered(index: int, reading: Reading) -> list[Draft]:
    """ "We debated a motion on ...", "Our youth rep moved a motion ...", "An emergency motion from the London
    region was tabled": a motion put to the meeting, whoever put it, its outcome perhaps in a later sentence."""
    document = reading.kind in PAPERS or reading.noun in decisions_vocabulary().motions.document_motion_nouns
    if document and (put_to_the_meeting(reading, papers=True) or put_by_request(reading)):
        # "A paper proposing remote meetings was circulated", "The Treasurer asked the NEC to approve the budget": a
        # motion only if a result follows; "The report was presented for approval": put to be decided, a motion
        # whatever follows
        return _from_motion_noun(index, reading, strong() if put_for_a_decision(reading) else People())
    if not put_to_the_meeting(reading):
        return []
    # "Members considered the proposed rule changes on X": a set looked at, not put; motions only if a result
    # follows ("We discussed the motion to ..." is one motion put)
    return _from_motion_noun(index, reading, People() if only_considered(reading) else strong())


def _put_to_a_vote(index: int, reading: Reading) -> list[Draft]:
    """ "X asked for a separate vote on the report", "There was an emergency motion on rail": an item put to
    the meeting, its result perhaps in a later sentence."""
    text = reading.sentence.text
    request = _vote_request().search(text)
    match = request or _existential().match(text)
    said = None if match else _motion_says().match(text)  # "A motion from Hackney called for a ceasefire"
    if match is not None:
        item = text[match.end() :]
    elif said is not None:
        item = text[said.start("item") :]
    else:
        return []
    kind = kind_of(item)[0] or reading.kind or MotionKind.MOTION
    outcome, vote = final_outcome(reading.outcomes, reading.votes)
    # "There was also a paper on fees": a paper before the meeting is a motion only if a result follows
    people = People() if request is None and kind in (MotionKind.REPORT, MotionKind.OTHER) else strong()
    return [Draft(index, index, kind, item, people, outcome, vote, reading.noun)]


def _nominal_decision(index: int, reading: Reading) -> list[Draft]:
    """ "Approval was given to the new rates", "There was consensus on this paper": a decision as a noun."""
    text = reading.sentence.text
    match = _nominal().search(text)
    if match is None or re.search(
        rf"\b(?:{either(grammar_vocabulary().negators)})\s+(?:\w+\s+)?$", text[: match.start()], _FLAGS
    ):
        return []  # "No consensus was reached": no decision
    item = text[match.end() :]
    item = item.split(", ", 1)[0] if match.start() < 3 else item  # "Having agreed X, the NEC turned to ...": X
    if not_a_decision(item.strip()) or (
        re.search(r"\bthat\s*$", match.group())
        and re.search(rf"\b(?:{either(grammar_vocabulary().opinion_modals)})\b", item)
        and not _our_side_should(reading.body.subject(item)).match(item)
    ):
        return []  # "There was broad agreement that the document should commit to ...": an opinion shared
    kind = kind_of(item)[0] or reading.kind or MotionKind.PROPOSAL
    _, vote = final_outcome(reading.outcomes, reading.votes)
    # "The decision was taken to postpone the conference": the infinitive may defer or remit what was decided
    infinitive = text[match.start() : match.end()].rstrip().lower().endswith(" to")
    outcome = (decided_outcome(f"to {item.lstrip()}") if infinitive else None) or Outcome.CARRIED
    return [Draft(index, index, kind, item, strong(), outcome, vote, reading.noun)]


@cache
def _nominal() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{decisions_vocabulary().motions.nominal_decisions.regex()})\s*", _FLAGS)


@lru_cache(maxsize=64)
def _our_side_should(body: str) -> re.Pattern[str]:
    """ "(agreement that) the union should affiliate", "we should write to every MP", "the CLP should hold ...": the
    body (``body``, its subject regex) or its organisation acting is the decision agreed, where "the document should
    commit to ..." is an opinion on a thing."""
    v = decisions_vocabulary()
    actors = either((*v.clauses.bodies, *v.motions.own_organisations))
    modals = either(grammar_vocabulary().opinion_modals)
    return re.compile(
        rf"\s*(?:we|{body}|(?:(?:the|our|this|its|their)\s+)?(?:[\w'’-]+\s+)?(?:{actors})s?)\s+(?:{modals})\b",
        _FLAGS,
    )


@cache
def _vote_request() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{decisions_vocabulary().motions.vote_requests.regex()})\s+", _FLAGS)


@cache
def _existential() -> re.Pattern[str]:
    """ "There was an emergency motion on ...": the item the meeting had before it."""
    v = decisions_vocabulary().motions
    nouns = either(v.anaphoric_nouns)
    # "Finally, there was a motion ...", "Then we had two": a lead-in adverb before it
    lead = rf"(?:(?:{either(grammar_vocabulary().decisions.lead_in_adverbs)}|\w+ly),?\s+)?"
    return re.compile(
        rf"\W*{lead}(?:{v.existential_motions.regex()})\s+(?:{either(grammar_vocabulary().decisions.existential_counts)}|\d+)\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?={nouns}\b)",
        _FLAGS,
    )


@cache
def _motion_says() -> re.Pattern[str]:
    """ "An emergency motion on Syria backed the leader's position", "A motion from Hackney called for a ceasefire": a
    motion put, opening the sentence with what it says (not "Last year a motion at conference called for ...")."""
    v = decisions_vocabulary().motions
    lead = rf"(?:(?:{either(grammar_vocabulary().decisions.lead_in_adverbs)}),?\s+)?"
    whose = r"(?:\s+(?:on|from|about|by|in\s+the\s+name\s+of)\s+[^,.;:()]{1,60}?)?"
    return re.compile(
        rf"\W*{lead}(?P<item>(?:an?|another)\s+(?:[\w-]+\s+){{0,2}}?(?:{either(v.moved_items)})){whose},?\s+"
        rf"(?:{either(v.motion_content_verbs)})\b",
        _FLAGS,
    )


_READERS = (
    coded_drafts,  # "..., and C4 and C5 were both remitted": a clause of items named by their codes
    _elections,
    _introduction,
    settled_request,
    recommended,
    _impersonal,
    minutes_decisions,
    meeting_decisions,
    _passive,
    _withdrawn_by_its_mover,
    _accepted_by_its_mover,
    _hedged_vote,
    _outcome_refers_back,
    _counted,
    _on_the_agenda,
    choice_put,
    _considered,
    _put_to_a_vote,
    _nominal_decision,
)


def _introduced_kind(text: str, reading: Reading) -> MotionKind:
    """ "X moved that ..." is a motion and "X proposed that ..." a proposal, whatever nouns the proposal
    itself contains; otherwise the motion noun named."""
    verb = re.search(rf"\b(?P<verb>{patterns().mover_verbs})\b", text, _FLAGS)
    if verb and verb["verb"].lower().startswith("nominat"):
        return MotionKind.OTHER
    that = moved_that(text)
    if that and not (reading.kind and reading.kind_at < that.start()):
        return MotionKind.PROPOSAL if that["verb"].lower().startswith("propos") else MotionKind.MOTION
    moved = kind_of(_moved_noun(text) or "")[0]
    return moved or reading.kind or MotionKind.MOTION


def summary_of_introduction(text: str) -> str:
    """What was moved: the words after an active mover verb, or the subject before a passive one."""
    verb = re.search(rf"\b(?:{patterns().introduction_verbs})\b", text, _FLAGS)
    if verb is None:
        return text
    if verb.start() > 0 and movers_only(text, verb.start()):
        # "Accounts adopted – proposed Colin Fry, seconded Tom Hale.": the item before its result and its movers
        item = text[: verb.start()]
        told = find_outcomes(item)
        item = item[: told[0].start] if told and re.search(r"\w", item[: told[0].start]) else item
        return item.strip(" ,;:–—-") or text
    passive = re.match(r"\s+by\b", text[verb.end() :]) or re.search(
        rf"\b{PASSIVE_BE_RE}\s+(?:\w+\s+)?$", text[: verb.start()]
    )
    if passive and verb.start() > 10:
        subject = re.split(r",\s*(?:which|who)\b|,\s*$", text[: verb.start()])[0]
        words = _words_after_the_agent().match(text, verb.end())
        if words is None:
            return subject
        # "A motion was submitted by Jo Reid calling for a rent freeze": the item and its words, not who put it
        return re.sub(rf"\s+{PASSIVE_BE_RE}\s+(?:\w+\s+)?$", "", subject) + " " + text[words.end() :]
    return text[verb.end() :]


@cache
def _words_after_the_agent() -> re.Pattern[str]:
    """ " by Jo Reid " before the item's own words ("calling for ...", "on the pay offer", "to freeze ...")."""
    openers = either(decisions_vocabulary().motions.summary_openers)
    return re.compile(rf"\s+by\s+[^,;.]{{1,60}}?\s+(?=(?:{openers})\b)", _FLAGS)
