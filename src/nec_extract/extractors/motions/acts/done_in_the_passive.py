"""A decision told as the act done, in the simple past passive, with no one named as doing it: "The General Secretary
was instructed to write to the minister", "The fee for unwaged members was raised to £5", "A message of solidarity was
sent to the strikers", a value set ("The quorum was set at twelve"), someone directed ("The officers were asked to
prepare a plan"), money given ("£250 was given to the foodbank"). In a report of the meeting, the act no one else
is said to have done is the meeting's, carried.

Not decisions: a process announced open ("Nominations were opened and will close in August": no act of the
meeting's told), a passive joined to a clause of another's doing ("Covid led to conference being cancelled and the
timetable was extended"), an act of someone named ("was suspended by the national party"), an act of another time
("was raised last year", "When the fee was raised ..."), the meeting's own running ("The meeting was suspended for ten
minutes", "the debate was extended"), words ("Concerns were raised"), a perfect or a modal ("has been cut", "will be
raised"), a pronoun for the thing ("It was sent to ...": what was decided is told before), a negation ("was not
extended": nothing was done).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from nec_extract.extractors.motions.acts.body_frames import directs
from nec_extract.extractors.motions.acts.values_set import value_after
from nec_extract.extractors.motions.clause.clause_grammar import lemma_of, negated, passive_item
from nec_extract.extractors.motions.this_meeting.clause_background import earlier
from nec_extract.language.lexicon.decisions import decisions_vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Token

    from nec_extract.extractors.motions.this_meeting.bodies import MeetingBody


def done_in_the_passive(verb: Token, body: MeetingBody | None = None) -> bool:
    """Whether the verb tells an act of the body's in the simple past passive, with no one else doing it (the body
    itself may be named: "Strike action at the depot was sanctioned by the EC")."""
    done_so = lemma_of(verb) in passive_acts() or _set_to_a_value(verb) or _directed(verb) or _money_given(verb)
    if verb.tag_ != "VBN" or not done_so:
        return False
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if aux not in (["was"], ["were"]) or _done_by_someone(verb, body) or negated(verb):
        return False
    if verb.dep_ == "conj" and passive_item(verb.head) is None:
        return False  # "The pandemic led to ... and the timetable was extended": what followed from another's act
    done = passive_item(verb)
    if done is None or (done.pos_ not in ("NOUN", "PROPN") and not _money_given(verb)) or _no_act_on(done):
        return False
    return not earlier(verb)


def _directed(verb: Token) -> bool:
    """ "The officers were asked to prepare a plan", "Staff were tasked with ...": someone directed to act (not the
    body itself: "The NEC was asked to agree" is an item put to it, read elsewhere)."""
    done = passive_item(verb)
    if done is None or done.lemma_.lower() in decisions_vocabulary().clauses.bodies:
        return False
    return directs(verb, done)


def _money_given(verb: Token) -> bool:
    """ "£250 was given to the foodbank": an amount given."""
    given = passive_item(verb)
    words = decisions_vocabulary().clauses
    return verb.lemma_.lower() in words.giving_verbs and given is not None and any(t.tag_ == "$" for t in given.subtree)


def _set_to_a_value(verb: Token) -> bool:
    """ "The quorum was set at twelve", "The subscription was fixed at £20": a value the meeting set."""
    return lemma_of(verb) in decisions_vocabulary().clauses.setting_verbs and value_after(verb)


def _done_by_someone(verb: Token, body: MeetingBody | None) -> bool:
    """ "by the national party": who did it; not "by two weeks", "by 10%", "by a month" (how much), nor "by the EC"
    (the meeting's own body)."""
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    times = decisions_vocabulary().clauses.time_nouns
    return any(not _a_measure(o, times) and not _ours(o, body) for o in agents)


def _ours(agent: Token, body: MeetingBody | None) -> bool:
    words = agent.doc[agent.left_edge.i : agent.right_edge.i + 1].text
    return body is not None and body.is_ours(words)


def _a_measure(noun: Token, times: tuple[str, ...]) -> bool:
    return noun.pos_ == "NUM" or any(c.dep_ == "nummod" for c in noun.children) or noun.lemma_.lower() in times


def _no_act_on(done: Token) -> bool:
    """ "The meeting was suspended", "the debate was extended": a time or the meeting's own business; "concerns were
    raised": words, no act."""
    words = decisions_vocabulary()
    nouns = (*words.clauses.time_nouns, *words.clauses.procedure_nouns, *words.motions.not_raised)
    return done.lemma_.lower() in nouns or done.lower_ in nouns


@cache
def passive_acts() -> frozenset[str]:
    """The acts a body does by deciding (not a cut or a rise, which a passive may tell of anyone: "fares were
    increased")."""
    words = decisions_vocabulary().clauses
    return frozenset((*words.actions, *words.done_acts))
