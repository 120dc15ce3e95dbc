"""What a decision can be on: a proposal ("backed plans for ...", "opposed the call for ..."), a course of action told
as a noun ("came out against the closure of the station", "ruled out a rise in fees"), or a thing described as put
forward ("backed a reduced fee", "dropped the proposed levy"); and the verbs with their objects or prepositions that
make a yes or a no only of such a thing ("went with option B", "put its weight behind", "knocked back the request").

Not decisions: a stance on people or a cause ("backed the strikers", "sided with the tenants"), a verb of choosing on
no proposal ("went with the flow", "went for a walk").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nec_extract.extractors.motions.acts.in_favour import favoured_item
from nec_extract.extractors.motions.acts.stances import refusal_given
from nec_extract.language.lexicon.decisions import decisions_vocabulary
from nec_extract.models import Outcome

if TYPE_CHECKING:
    from spacy.tokens import Token


def on_a_proposal(verb: Token) -> bool:
    """A stance decides only on a proposal: "backed plans for ...", "opposed the call for ...", "voted for the
    motion", "backed the officers' recommendation", "came out against the closure of ...", "backed a reduced fee"."""
    favoured = favoured_item(verb)  # "voted in favour of the motion", "in favour of holding a ballot"
    if favoured is not None and (proposal_like(favoured) or favoured.dep_ == "pcomp"):
        return True
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp"):
            return True
        heads = [child, *_instead(child)] if child.dep_ == "dobj" else [c for c in child.children if c.dep_ == "pobj"]
        if child.dep_ in ("dobj", "prep") and any(proposal_like(h) for h in heads):
            return True
        sides = decisions_vocabulary().tallies.labels
        if child.lower_ in (*sides.for_, *sides.against) and any(c.dep_ == "pcomp" for c in child.children):
            return True  # "voted against holding a special conference": the course of action is the proposal
    return False


def _instead(thing: Token) -> list[Token]:
    """ "backed not a strike but an overtime ban": the thing "but" sets against the object is what was backed."""
    return [c for c in thing.children if c.dep_ == "conj"] if any(c.lower_ == "but" for c in thing.children) else []


def proposal_like(noun: Token) -> bool:
    """An item ("the motion", "plans"), a course of action as a noun ("the closure of", "a rise in", "the sale of"),
    a thing described as put forward ("a reduced fee", "the proposed levy", "the draft budget"), or a named option
    ("option B")."""
    words = decisions_vocabulary().clauses
    if noun.lemma_.lower() in (*words.items, *words.action_nouns):
        return True
    described = [c for c in noun.children if c.dep_ in ("amod", "compound")]
    return any(c.lower_ in words.proposal_modifiers or c.lemma_.lower() in words.items for c in described)


def backing_given(verb: Token) -> tuple[Outcome, Token] | None:
    """ "gave the green light to", "has thrown its weight behind": a stance said by a verb and its object; "opted for
    a ballot", "settled on June": a choice said by a verb and its preposition; "went with option B": a choice only of a
    proposal, its words the proposal's ("option B ..."); "gave the thumbs down to": a no. The outcome, and the word
    where what was decided is told from."""
    words = decisions_vocabulary().clauses
    lemma = verb.lemma_.lower()
    nouns = words.backing_idioms.get(lemma, ())
    given = any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children)
    if given or _chosen(verb, words.choosing_idioms.get(lemma, ()), proposals_only=False) is not None:
        return Outcome.CARRIED, verb
    chosen = _chosen(verb, words.item_choosing_idioms.get(lemma, ()), proposals_only=True) or _proceeded(verb, lemma)
    if chosen is not None:
        return Outcome.CARRIED, chosen.left_edge
    if _made(verb, "dobj"):
        return Outcome.CARRIED, verb  # "made appointments to all the committees", "reached agreement on the timetable"
    if _set_aside(verb, words.deferring_idioms.get(lemma, ())):
        return Outcome.DEFERRED, verb  # "put the dinner on hold", "kicked the review into the long grass"
    return (Outcome.DEFEATED, verb) if refusal_given(verb) else None


def _chosen(verb: Token, prepositions: tuple[str, ...], *, proposals_only: bool) -> Token | None:
    """What the verb's preposition takes as the choice ("for a ballot"), a proposal only when asked."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in prepositions):
        objects = [o for o in prep.children if o.dep_ == "pobj" and (not proposals_only or proposal_like(o))]
        if objects:
            return objects[0]
    return None


def _proceeded(verb: Token, lemma: str) -> Token | None:
    """ "pressed ahead with the new complaints process", "went ahead with the proposed merger": the proposal it went
    on with; not "went ahead with the canvassing"."""
    adverbs = decisions_vocabulary().clauses.proceeding_idioms.get(lemma, ())
    if not any(c.dep_ in ("advmod", "prt") and c.lower_ in adverbs for c in verb.children):
        return None
    return _chosen(verb, ("with",), proposals_only=True)


def _set_aside(verb: Token, nouns: tuple[str, ...]) -> bool:
    """An object, and a preposition whose noun puts it aside: "put the dinner on hold", "kicked it into the long
    grass"."""
    placed = [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any(c.dep_ == "dobj" for c in verb.children) and any(o.lemma_.lower() in nouns for o in placed)


def change_made(verb: Token, lemma: str, surely: bool) -> Outcome | None:
    """ "paused the rollout of the new system", "froze the levy", "brought forward the timetable": a change the body
    itself made to something of its own, in the simple past or the perfect ("has paused all selections"), with a
    subject that can be no other body; not "closed
    the meeting", "halted the debate" (a time, or the meeting's own running), "paused it"."""
    changes = decisions_vocabulary().clauses.change_verbs
    adverbs = [f"{verb.lemma_.lower()} {c.lower_}" for c in verb.children if c.dep_ == "advmod"]  # "pushed back"
    outcome = changes.get(lemma) or next((changes[a] for a in adverbs if a in changes), None)
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    if outcome is None or not surely or not (verb.tag_ == "VBD" or perfect):
        return None
    words = decisions_vocabulary().clauses
    running = (*words.time_nouns, *words.procedure_nouns)  # "closed the meeting", "halted the debate"
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ != "PRON" and c.lemma_.lower() not in running]
    return outcome if objects else None


def proposal_verb(verb: Token, lemma: str) -> Outcome | None:
    """ "dropped the proposed fee", "ruled out a rise in fees", "knocked back the request", "dismissed the appeal": a
    verb that decides only with a proposal as its object ("dropped leaflets", "dismissed concerns" decide nothing);
    "dropped the motion" is a motion withdrawn."""
    outcome = decisions_vocabulary().clauses.proposal_verbs.get(lemma)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    courses = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG"]  # "ruled out holding"
    if outcome is None or not (courses or any(proposal_like(o) for o in objects)):
        return None
    nouns = decisions_vocabulary().motions.nouns
    put = (*nouns.motion.words, *nouns.amendment.words)  # "dropped the motion": the item put is not proceeded with
    return Outcome.WITHDRAWN if outcome is Outcome.CARRIED and any(o.lower_ in put for o in objects) else outcome


def created_anew(verb: Token) -> bool:
    """ "A working party was set up to look at branch funding", "A new review of the process was commissioned": a thing
    made new in the simple past passive, by no one else; not "The party was formed in 1900" (a name), "The fund was
    set up by volunteers", "A group has been set up" (whose act is not told)."""
    words = decisions_vocabulary().clauses
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    lemma = f"{verb.lemma_.lower()} {particle}" if particle else verb.lemma_.lower()
    if lemma not in words.creation_verbs or verb.tag_ != "VBN" or any(c.dep_ == "agent" for c in verb.children):
        return False
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    made = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if aux not in (["was"], ["were"]) or made is None or made.pos_ != "NOUN":
        return False
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in made.children) or any(
        c.dep_ == "amod" and c.lower_ in words.newness_words for c in made.children
    )


def made_in_the_passive(verb: Token) -> bool:
    """ "Appointments were made to all the committees", "Agreement was reached on the timetable": a decision told
    by a light verb in the simple past passive; not "payment is made", "the changes that were made", "agreement was
    reached with the employer"."""
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBN" and aux in (["was"], ["were"]) and _made(verb, "nsubjpass")


def _made(verb: Token, role: str) -> bool:
    """The light verb with a decision noun in the role, and no other party to it ("with the employer")."""
    nouns = decisions_vocabulary().clauses.made_decisions.get(verb.lemma_.lower(), ())
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return False
    if _denied(verb):
        return False  # "Agreement was not reached on the budget", "the NEC failed to reach agreement": nothing decided
    # "No agreement was reached on it": the decision noun denied, nothing decided
    negative = decisions_vocabulary().negative_item_determiners
    return any(
        c.dep_ == role and c.lemma_.lower() in nouns and not any(d.lower_ in negative for d in c.children)
        for c in verb.children
    )


def _denied(verb: Token) -> bool:
    """The light verb negated ("was not reached", "never reached") or the aim of a failure ("failed to reach",
    "could not reach")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    failing = decisions_vocabulary().clauses.failing_verbs
    return verb.dep_ == "xcomp" and head.lemma_.lower() in failing
