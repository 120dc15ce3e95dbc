"""The decisions one main verb states when its subject is the meeting's body: the verbs it chose ("decided to twin
with ... and set up ..."), a change it won or failed to win ("managed to get the date cut"), the side it voted
("voted against the motion"), a vote won on an item ("won the vote on all-member meetings"), or a decision verb with
its object ("ratified the deal", "agreed to the request"); the outcome from the verb, its preposition and its
negation ("did not agree to").

Not decisions: the author's own vote ("we voted against it"), a stance on no proposal ("backed the strikers"), a
choice on nothing decided ("failed to turn up"), words rather than a decision ("raised concerns").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nec_extract.extractors.motions.acts.body_frames import framed_act
from nec_extract.extractors.motions.acts.in_favour import favoured_item
from nec_extract.extractors.motions.acts.proposals import backing_given, change_made, on_a_proposal, proposal_verb
from nec_extract.extractors.motions.acts.stances import against_an_item, with_an_item
from nec_extract.extractors.motions.acts.values_set import value_set
from nec_extract.extractors.motions.acts.won_agreement import agreement_won
from nec_extract.extractors.motions.clause.clause_grammar import (
    lemma_of,
    marked_to,
    negated,
    phrasal_object,
    subject_of,
)
from nec_extract.extractors.motions.clause.embedded import clause_end, conjuncts, irrealis
from nec_extract.extractors.motions.clause.parsed_decision import ParsedDecision
from nec_extract.extractors.motions.phrases.declined import declines_it_or_an_item
from nec_extract.extractors.motions.phrases.put_off import put_off_to_later
from nec_extract.extractors.motions.sentence.reading import Reading
from nec_extract.extractors.motions.this_meeting.clause_background import background
from nec_extract.extractors.motions.this_meeting.our_subject import our_subject, surely_ours
from nec_extract.extractors.votes.acted_on import acts_on_another_thing
from nec_extract.language.lexicon.decisions import decisions_vocabulary
from nec_extract.models import MotionKind, Outcome

if TYPE_CHECKING:
    from spacy.tokens import Token


def decisions_of(verb: Token, reading: Reading) -> list[ParsedDecision]:
    """The decisions one main verb states, if its subject is the meeting's body and it tells of this meeting."""
    subject = subject_of(verb)
    if subject is None or background(verb):
        return []
    if not our_subject(subject, reading):
        # "I managed to get more money returned to CLPs": a change the author won (or failed to win) at the meeting
        return _achieved(verb, lemma_of(verb)) if subject.lower_ == "i" else []
    words = decisions_vocabulary().clauses
    lemma = lemma_of(verb)
    v = decisions_vocabulary().motions
    # "It supported ...": the motion, perhaps; not voting after the body acted ("The NEC agreed X. It voted against
    # a proposal to ...": a motion never votes)
    votes = reading.after_our_body and verb.lemma_.lower() in words.vote_verbs
    author = subject.lower_ in v.author_pronouns or (subject.lower_ in v.body_pronouns and not votes)
    phrasal = lemma != verb.lemma_.lower() and lemma in words.verbs  # "we voted down X" decides, no stance
    stance = verb.lemma_.lower() in words.stance_verbs and not phrasal
    if stance and (author or not on_a_proposal(verb)):
        return []  # "we voted against it" is the author's vote; "backed the strikers" no proposal
    decisions = chosen(verb, lemma) or _achieved(verb, lemma) or voted(verb) or _vote_won(verb)
    decisions = decisions or _decided(verb, lemma)
    changed = None if decisions else change_made(verb, lemma, surely_ours(subject, reading))
    decisions = decisions or ([ParsedDecision(verb, changed)] if changed is not None else [])
    side = subject.lower_ in v.author_pronouns and lemma in words.anyones_frames  # "we asked the GS to explain"
    if not decisions and not side and framed_act(verb):  # "asked the officers to ...", "gave £250 to ..."
        decisions = [ParsedDecision(verb, Outcome.CARRIED, kind=MotionKind.OTHER)]
    if negated(verb):
        return [ParsedDecision(d.verb, Outcome.DEFEATED, d.action) for d in decisions if d.outcome is Outcome.CARRIED]
    return decisions


def chosen(verb: Token, lemma: str) -> list[ParsedDecision]:
    """ "decided to twin ... and set up ...", "voted to reject", "declined to endorse": the verbs taken; "went on to
    approve the code", "proceeded to elect a chair": the meeting going on to a decision is that decision."""
    words = decisions_vocabulary().clauses
    if lemma in words.continuing_verbs:
        return _continued(verb)
    taken = next((child for child in verb.children if child.dep_ == "xcomp" and child.pos_ == "VERB"), None)
    if taken is None or lemma not in (*words.choice_verbs, *words.refusal_verbs):
        return []
    decisions = []
    for action in conjuncts(taken):
        outcome = _outcome_taken(action)
        if outcome is Outcome.CARRIED and lemma in words.refusal_verbs:
            if lemma_of(action) not in words.verbs:
                return []  # "failed to turn up": no decision refused
            outcome = Outcome.DEFEATED
        decisions.append(ParsedDecision(action, outcome, action=True))
    return decisions


def _continued(verb: Token) -> list[ParsedDecision]:
    """The decision verbs the meeting went on to ("went on to agree the budget and appoint an auditor"); going on to
    anything else decides nothing ("went on to discuss the campaign")."""
    words = decisions_vocabulary().clauses
    taken = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and marked_to(c)), None)
    if taken is None:
        return []
    actions = [a for a in conjuncts(taken) if lemma_of(a) in words.verbs]
    return [ParsedDecision(action, _outcome_taken(action), action=True) for action in actions]


def _outcome_taken(action: Token) -> Outcome:
    """The outcome of a verb the meeting chose ("to reject": defeated), its negation and what it acts on read."""
    outcome = decisions_vocabulary().clauses.verbs.get(lemma_of(action), Outcome.CARRIED)
    if outcome in (Outcome.DEFEATED, Outcome.WITHDRAWN) and _on_another_thing(action):
        outcome = Outcome.CARRIED  # "voted to oppose the closure", "agreed to withdraw from the federation"
    if negated(action) and declines_it_or_an_item("not to " + action.doc.text[action.idx :]):  # "voted not to back it"
        outcome = Outcome.DEFEATED if outcome is Outcome.CARRIED else outcome
    if outcome is Outcome.CARRIED and put_off_to_later("to " + action.doc.text[action.idx :]):
        outcome = Outcome.DEFERRED  # "chose to wait for the audit before taking a view on it"
    return outcome


def _on_another_thing(action: Token) -> bool:
    return acts_on_another_thing(lemma_of(action), action.doc.text[action.idx + len(action.text) :])


def _achieved(verb: Token, lemma: str) -> list[ParsedDecision]:
    """ "We managed to get the freeze date cut", "succeeded in getting a rep added", "managed to increase the levy":
    a change the side won is the meeting's decision; "failed to get the shortlist reopened" is one lost."""
    words = decisions_vocabulary().clauses
    failed = lemma in words.refusal_verbs
    if lemma not in words.achievement_verbs and not failed:
        return []
    taken = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    ins = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"]
    taken += [p for c in ins for p in c.children if p.dep_ == "pcomp"]  # "succeeded in getting ..."
    decisions = []
    for action in (a for t in taken for a in conjuncts(t)):
        outcome = _change_made(action)
        if outcome is Outcome.CARRIED and failed:
            outcome = Outcome.DEFEATED
        if outcome is not None and not (failed and outcome is not Outcome.DEFEATED):
            decisions.append(ParsedDecision(action, outcome, action=True))
    return decisions


def _change_made(action: Token) -> Outcome | None:
    """What an action achieved decides: a decision verb's outcome ("to defeat it"), a change ("to increase the
    number"), or a causative with the change as its participle ("to get the date reduced"); else nothing."""
    words = decisions_vocabulary().clauses
    if lemma_of(action) in words.verbs:
        return words.verbs[lemma_of(action)]
    if agreement_won(action) is not None:
        return Outcome.CARRIED  # "managed to secure a commitment to hold hustings"
    if action.lemma_.lower() in (*words.coordinated_actions, *words.actions):
        raised = decisions_vocabulary().motions.not_raised  # "succeeded in raising the issue": words, no change
        return None if any(c.dep_ == "dobj" and c.lower_ in raised for c in action.children) else Outcome.CARRIED
    done = [c for c in action.subtree if c.dep_ in ("ccomp", "acl", "xcomp", "oprd") and c.tag_ in ("VBN", "VBD")]
    if action.lemma_.lower() not in words.causative_verbs or not done:
        return None
    return words.verbs.get(lemma_of(done[0]), Outcome.CARRIED)


def _vote_won(verb: Token) -> list[ParsedDecision]:
    """ "We won the vote on all-member meetings", "we lost the vote on the freeze date 20-13", "we won the vote to hold
    hustings": the item the vote was on, or the act it was to take, carried or lost (a vote won or lost on nothing
    named settles the item just put, elsewhere)."""
    outcome = decisions_vocabulary().clauses.vote_results.get(verb.lemma_.lower())
    votes = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "vote"]
    on = [p for t in (verb, *votes) for p in t.children if p.dep_ == "prep" and p.lower_ == "on"]
    if outcome is None or not votes:
        return []
    if any(c.dep_ == "pobj" for p in on for c in p.children) or _vote_to_act(verb, votes[0]):
        return [ParsedDecision(verb, outcome)]
    return []


def _vote_to_act(verb: Token, vote: Token) -> bool:
    """ "won the vote to hold hustings", "lost a vote to suspend standing orders": the infinitive the vote was to carry
    out, on the vote or (as the parse may hang it) on the verb."""
    acts = [c for c in vote.children if c.dep_ == "acl"] + [c for c in verb.children if c.dep_ == "advcl"]
    return any(c.i > vote.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in acts)


def voted(verb: Token) -> list[ParsedDecision]:
    """ "voted against the motion", "voted for the plan", "voted in favour of it", "came down in favour of a ballot":
    the side the preposition names (a side taken by a phrasal verb only on a proposal, not "came out for the
    strikers")."""
    words = decisions_vocabulary().clauses
    side_taken = lemma_of(verb) in words.side_verbs
    if (verb.lemma_.lower() not in words.vote_verbs and not side_taken) or lemma_of(verb) in words.verbs:
        return []
    if side_taken and not on_a_proposal(verb):
        return []
    side = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "against")), None)
    if side is None:
        return [ParsedDecision(verb, Outcome.CARRIED)] if favoured_item(verb) is not None else []
    return [ParsedDecision(verb, Outcome.DEFEATED if side.lower_ in words.against_words else Outcome.CARRIED)]


def _decided(verb: Token, lemma: str) -> list[ParsedDecision]:
    """A decision verb with an object: "ratified the deal", "agreed that the fee be raised", "agreed to the
    request"; not "agreed with the speaker", "agreed that the talk was good" or "postponed due to the election"."""
    words = decisions_vocabulary().clauses
    outcome = Outcome.CARRIED if lemma in words.actions or _beside_a_decision(verb, lemma) else words.verbs.get(lemma)
    outcome = outcome or proposal_verb(verb, lemma)
    given = None if outcome is not None else backing_given(verb)
    if outcome is None:
        if given is not None:
            return [ParsedDecision(given[1], given[0], action=given[1] is not verb)]
        return [ParsedDecision(verb, Outcome.CARRIED)] if value_set(verb) else []
    said = [c for c in verb.children if c.dep_ == "ccomp"]
    if outcome is Outcome.CARRIED and against_an_item(verb):
        return [ParsedDecision(verb, Outcome.DEFEATED)]  # "resolved against the proposed bus lane"
    if said and said[0].i < verb.i and irrealis(said[0]):
        # "The levy will rise to £5, the NEC decided": what was decided is told first
        return [ParsedDecision(said[0], outcome, action=True, until=clause_end(said[0]))]
    if said:
        return [ParsedDecision(verb, outcome)] if all(irrealis(c) for c in said) else []
    to = decisions_vocabulary().clauses.object_prepositions
    objects = [c for c in verb.children if c.dep_ in ("dobj", "xcomp") or (c.dep_ == "prep" and c.lower_ in to)]
    objects += [p for p in [phrasal_object(verb)] if p is not None]  # "voting down the motion"
    objects += [c for c in verb.children if c.dep_ == "prep" and with_an_item(c)]  # "agreed with the recommendation"
    if not objects:
        objects = _raised_object(verb)
    if any(c.lower_ in decisions_vocabulary().motions.not_raised for c in objects):
        return []  # "raised concerns", "set out its views": words, not a decision
    return [ParsedDecision(verb, outcome)] if objects else []


def _raised_object(verb: Token) -> list[Token]:
    """ "We talked through, and then endorsed, plans for a board": the object the coordinated verbs share, after the
    comma that closes the second, which the parse may hang on that verb, or the first, as a conjunct noun."""
    after = verb.doc[verb.i + 1 : verb.i + 3]
    if len(after) < 2 or after[0].text != ",":
        return []
    shared = after[1]  # the conjunct of the verb, or of the verb it is coordinated with ("looked at")
    noun = shared.dep_ == "conj" and shared.pos_ in ("NOUN", "PROPN")
    return [shared] if noun and shared.head in (verb, verb.head) else []


def _beside_a_decision(verb: Token, lemma: str) -> bool:
    """ "set up a fund, raised the levy and appointed an auditor": a change the body made, told among its decisions
    (coordinated with a decision verb); alone ("The union raised the fee"), "raise" is no decision verb."""
    words = decisions_vocabulary().clauses
    if lemma not in words.coordinated_actions:
        return False
    head = verb.head if verb.dep_ == "conj" else verb
    others = [head, *(c for c in head.children if c.dep_ == "conj")]
    return any(o is not verb and (lemma_of(o) in words.verbs or lemma_of(o) in words.actions) for o in others)
