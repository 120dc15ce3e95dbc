"""Decisions the dependency parse finds where the phrase rules found none: a decision verb heading a main clause
whose subject is the meeting's body ("The regional committee turned down the application", "Delegates voted
against the motion"), one decision per coordinated verb or infinitive ("decided to twin with ... and set up a
fundraising committee"), the outcome from the verb, its preposition and its negation ("did not agree to").

Not decisions: a verb in a subordinate clause ("When the cabinet approved ..."), reported speech ("..., the
secretary told us"), a perfect or modal ("had agreed", "would decide"), another body or ours named by a possessive
("our branch", "Camden council" in a report whose title does not name Camden), a stance on no proposal ("backed the
strikers"), agreeing that something is so ("agreed that the talk was fascinating").

Only sentences holding a form of a decision verb are parsed, and only when no rule before found a motion in them.
Whether a verb tells of this meeting at all (its tense, a background clause, another time) is read in
`clause_background`.

The order the readers are tried in is here; what a verb with the body as its subject decides is read in
`verb_decisions`, the other forms a main verb tells a decision in (a passive, an amendment's effect, a plan) in
`indirect_decisions`, the decision on the item just put ("voted it down") in `decision_on_it`, and the drafts made of
what was found in `clause_drafts`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nec_extract.extractors.motions.acts.decision_on_it import points_back
from nec_extract.extractors.motions.acts.stances import stance_held
from nec_extract.extractors.motions.clause.clause_drafts import drafts_of_decisions
from nec_extract.extractors.motions.clause.clause_filter import worth_parsing
from nec_extract.extractors.motions.clause.clause_grammar import (
    gerund_host,
    heads_main_clause,
    joining_words,
    lemma_of,
    passive_item,
    subject_of,
)
from nec_extract.extractors.motions.clause.embedded import clause_end, item_decided, narrated_clause, noun_decisions
from nec_extract.extractors.motions.clause.indirect_decisions import told_otherwise
from nec_extract.extractors.motions.clause.others_votes import voted_on_by_others
from nec_extract.extractors.motions.clause.parsed_decision import ParsedDecision
from nec_extract.extractors.motions.clause.verb_decisions import decisions_of
from nec_extract.extractors.motions.phrases.put_off import waits_to_decide
from nec_extract.extractors.motions.records.draft import Draft
from nec_extract.extractors.motions.sentence.reading import Reading, kind_of
from nec_extract.extractors.motions.this_meeting.clause_background import background, of_another_time
from nec_extract.extractors.motions.this_meeting.our_subject import surely_ours
from nec_extract.language.lexicon.decisions import decisions_vocabulary
from nec_extract.models import MotionKind, Outcome

if TYPE_CHECKING:
    from spacy.tokens import Token

_MOST_COORDINATED = 6  # the phrase rules found this many or more: a list, which the parse would not split better


def clause_decisions(index: int, reading: Reading) -> list[Draft]:
    """One draft per decision of the meeting the parse finds in the sentence."""
    return drafts_of_decisions(index, reading, _sentence_decisions(reading))


def further_decisions(index: int, reading: Reading) -> list[Draft]:
    """The decisions a sentence takes beyond settling the item just put: "The NEC agreed it and set up a working
    group", "It was carried, and the GC also agreed to write to the mayor", "Cabinet approved the programme and
    authorised tenders" (the first decision settles the report introduced before)."""
    decisions = _sentence_decisions(reading)
    if not decisions:
        return []
    doc = reading.report.doc(reading.sentence)
    pointed = any(heads_main_clause(verb) and points_back(verb) for verb in doc)
    # the item itself settled: "This proposal was agreed", "agreed it"
    others = [d for d in decisions if not points_back(d.verb) and passive_item(d.verb) is None]
    settled_here = pointed or len(others) < len(decisions) or reading.reference in ("pronoun", "near")
    return drafts_of_decisions(index, reading, others if settled_here else others[1:])


def more_decisions(index: int, reading: Reading, found: list[Draft]) -> list[Draft]:
    """The decisions the phrase rules found in the sentence, or the parse's when it tells more of them apart ("agreed
    to open the ballot, to cap spending and to hold two hustings" is three)."""
    if len(found) == 1 and found[0].outcome is Outcome.DEFERRED and waits_to_decide(reading.sentence.text):
        return found  # "decided to await the review before deciding on it": one decision, the item put off
    parsed = clause_decisions(index, reading) if len(found) < _MOST_COORDINATED else []
    return parsed if len(parsed) > len(found) else found


def _sentence_decisions(reading: Reading) -> list[ParsedDecision]:
    if not worth_parsing(reading):
        return []
    doc = reading.report.doc(reading.sentence)
    main_verbs = [
        verb
        for verb in doc
        if (_heads_a_clause(verb) or _the_act_it_began_by(verb)) and not of_another_time(verb, reading)
    ]
    decided = {verb.i: decisions_of(verb, reading) or told_otherwise(verb, reading) for verb in main_verbs}
    found = [d for decisions in decided.values() for d in decisions]
    found += _hung_on_a_decision(reading, decided, {d.verb.i for d in found})
    if found:
        return sorted(found, key=lambda d: d.verb.i)
    held = [
        ParsedDecision(s.words, s.outcome, action=True)
        for verb in main_verbs
        if not background(verb)
        for s in stance_held(verb, reading)
    ]
    return held or _embedded_decisions(reading) or voted_on_by_others(reading)


def _heads_a_clause(verb: Token) -> bool:
    return heads_main_clause(verb) and gerund_host(verb) is None


def _the_act_it_began_by(verb: Token) -> bool:
    """ "The NEC began by agreeing to publish ...", "We finished by electing a new chair": the gerund after a verb of
    the meeting's running and "by" is the act the meeting did (its subject and tense the running verb's)."""
    host = gerund_host(verb)
    if (
        host is None
        or not heads_main_clause(host)
        or host.lower_ not in decisions_vocabulary().motions.meeting_running_verbs
    ):
        return False
    return any(word.lower_ == "by" for word in joining_words(verb))


def _hung_on_a_decision(
    reading: Reading, decided: dict[int, list[ParsedDecision]], found: set[int]
) -> list[ParsedDecision]:
    """A further decision told by a gerund hung on a verb that told one ("The NEC adopted the budget, rejecting the
    amendment", "passed the plan after voting down the amendment", "agreed X, as well as deferring Y"); a gerund on
    a verb that decides nothing ("moved on to the business, agreeing our position") tells none."""
    doc = reading.report.doc(reading.sentence)
    hung = [verb for verb in doc if verb.i not in found and decided.get(_host_index(verb))]
    hung = [verb for verb in hung if not _what_the_item_does(verb) and not of_another_time(verb, reading)]
    return [d for verb in hung for d in decisions_of(verb, reading)]


def _what_the_item_does(verb: Token) -> bool:
    """ "Delegates backed amendment 2, setting up a new committee": a bare participle after the comma, on a put item
    (a motion, an amendment, a rule change, a proposal), that decides on no item of its own ("rejecting the
    amendment", "deferring the budget") tells what the item does."""
    verbs = decisions_vocabulary().clauses.verbs
    outcome = verbs.get(lemma_of(verb)) or verbs.get(verb.lemma_.lower())
    host = gerund_host(verb)
    if verb.dep_ not in ("advcl", "acl") or outcome not in (None, Outcome.CARRIED) or host is None:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(kind_of(_words(o))[0] is not None for o in objects):
        return False  # "approving the amendment": a decision on an item of its own
    put = [kind_of(_words(o))[0] for o in host.children if o.dep_ == "dobj"]
    return any(kind in _PUT_ITEMS for kind in put)


_PUT_ITEMS = (MotionKind.MOTION, MotionKind.AMENDMENT, MotionKind.RULE_CHANGE, MotionKind.PROPOSAL)


def _words(token: Token) -> str:
    return " ".join(t.text for t in token.subtree)


def _host_index(verb: Token) -> int:
    host = gerund_host(verb)
    return -1 if host is None else host.i


def _embedded_decisions(reading: Reading) -> list[ParsedDecision]:
    """Decisions told inside another clause, when the main clauses tell none: "Staff walked out after the NEC voted
    to close the office", "Following the GC's decision to suspend the branch, ..."."""
    doc = reading.report.doc(reading.sentence)
    told = [
        ParsedDecision(d.verb, d.outcome, d.action, d.kind, clause_end(verb))
        for verb in doc
        if narrated_clause(verb) and not of_another_time(verb, reading) and _surely_ours(verb, reading)
        for d in decisions_of(verb, reading)
    ]
    nouns = [ParsedDecision(n.words, n.outcome, action=True, until=n.end) for n in noun_decisions(reading)]
    items = [(verb, item_decided(verb, reading)) for verb in doc if verb.dep_ in ("relcl", "acl")]
    of_items = [ParsedDecision(v.head, o, action=True, until=clause_end(v)) for v, o in items if o is not None]
    return told or nouns or of_items


def _surely_ours(verb: Token, reading: Reading) -> bool:
    subject = subject_of(verb)
    return subject is not None and surely_ours(subject, reading)
