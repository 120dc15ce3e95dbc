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
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from nec_extract.extractors.motions.attributed import attributed_fact
from nec_extract.extractors.motions.clause_background import background, earlier, of_another_time
from nec_extract.extractors.motions.clause_filter import worth_parsing
from nec_extract.extractors.motions.decisions import not_a_decision
from nec_extract.extractors.motions.draft import Draft, strong
from nec_extract.extractors.motions.embedded import (
    clause_end,
    conjuncts,
    irrealis,
    item_decided,
    narrated_clause,
    noun_decisions,
)
from nec_extract.extractors.motions.enumerations import enumerated_items
from nec_extract.extractors.motions.in_favour import favoured_item
from nec_extract.extractors.motions.our_subject import our_subject, subject_of_aside, surely_ours
from nec_extract.extractors.motions.plans import our_plan
from nec_extract.extractors.motions.proposals import (
    backing_given,
    change_made,
    created_anew,
    made_in_the_passive,
    on_a_proposal,
    proposal_verb,
)
from nec_extract.extractors.motions.reading import Reading, kind_of, noun_at
from nec_extract.extractors.motions.seen_done import seen_done
from nec_extract.extractors.motions.stances import against_an_item, stance_held, with_an_item
from nec_extract.extractors.motions.values_set import value_set
from nec_extract.extractors.motions.won_agreement import agreement_won
from nec_extract.language.lexicon.decisions import decisions_vocabulary
from nec_extract.models import MotionKind, Outcome

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECT = "nsubj"
_MOST_COORDINATED = 6  # the phrase rules found this many or more: a list, which the parse would not split better


@dataclass(frozen=True)
class _Decision:
    verb: Token  # the verb whose words are the decision ("open" in "agreed to open the ballot")
    outcome: Outcome
    action: bool = False  # the verb is what was chosen ("to twin with ..."), so its words start with it
    kind: MotionKind | None = None  # what the parse tells of the item's kind ("An amendment removed ...")
    until: int | None = None  # where its words end, when told inside another clause ("after the NEC voted to ...")


def clause_decisions(index: int, reading: Reading) -> list[Draft]:
    """One draft per decision of the meeting the parse finds in the sentence."""
    return _drafts(index, reading, _sentence_decisions(reading))


def _sentence_decisions(reading: Reading) -> list[_Decision]:
    if not worth_parsing(reading):
        return []
    doc = reading.report.doc(reading.sentence)
    main_verbs = [verb for verb in doc if heads_main_clause(verb) and not of_another_time(verb, reading)]
    found = [
        d
        for verb in main_verbs
        for d in (
            _decisions_of(verb, reading)
            or _passive_decision(verb)
            or _amendment_effect(verb)
            or _seen(verb)
            or _won(verb)
            or _planned(verb, reading)
            or ([_Decision(verb, Outcome.CARRIED)] if _made_anew(verb) else [])
        )
    ]
    if found:
        return found
    held = [
        _Decision(s.words, s.outcome, action=True)
        for verb in main_verbs
        if not background(verb)
        for s in stance_held(verb, reading)
    ]
    return held or _embedded_decisions(reading)


def _embedded_decisions(reading: Reading) -> list[_Decision]:
    """Decisions told inside another clause, when the main clauses tell none: "Staff walked out after the NEC voted
    to close the office", "Following the GC's decision to suspend the branch, ..."."""
    doc = reading.report.doc(reading.sentence)
    told = [
        _Decision(d.verb, d.outcome, d.action, d.kind, clause_end(verb))
        for verb in doc
        if narrated_clause(verb) and not of_another_time(verb, reading) and _surely_ours(verb, reading)
        for d in _decisions_of(verb, reading)
    ]
    nouns = [_Decision(n.words, n.outcome, action=True, until=n.end) for n in noun_decisions(reading)]
    items = [(verb, item_decided(verb, reading)) for verb in doc if verb.dep_ in ("relcl", "acl")]
    of_items = [_Decision(v.head, o, action=True, until=clause_end(v)) for v, o in items if o is not None]
    return told or nouns or of_items


def _surely_ours(verb: Token, reading: Reading) -> bool:
    subject = _subject(verb)
    return subject is not None and surely_ours(subject, reading)


def decision_on_it(reading: Reading) -> Outcome | None:
    """The body's decision on the item just put, pointed to by a pronoun: "Members voted it down", "The committee
    threw it out", "Delegates backed it overwhelmingly", "did not agree to it", "voted against it"; not the author's
    own vote ("we supported it")."""
    if not worth_parsing(reading):
        return None
    words = decisions_vocabulary()
    for verb in reading.report.doc(reading.sentence):
        said = _chosen(verb, _lemma(verb)) or _voted(verb)  # "voted to remit it", "voted against it"
        outcome = said[0].outcome if said else words.clauses.verbs.get(_lemma(verb))
        subject = _subject(verb) if outcome is not None and _points_back(verb) and heads_main_clause(verb) else None
        if subject is None or not our_subject(subject, reading) or background(verb) or of_another_time(verb, reading):
            continue
        if subject.lower_ in words.motions.author_pronouns and verb.lemma_.lower() in words.clauses.stance_verbs:
            return None
        return Outcome.DEFEATED if _negated(verb) and outcome is Outcome.CARRIED else outcome
    return None


def _points_back(verb: Token) -> bool:
    """The verb's object is the item just put: "it", "them", "this", or a bare "the motion" ("threw it out",
    "agreed to it", "backed the motion", "voted not to support it")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    objects += [o for c in verb.children if c.dep_ == "xcomp" for o in c.children if o.dep_ == "dobj"]
    objects += [o for o in (favoured_item(verb),) if o is not None]  # "voted in favour of it"
    return any(_the_item_before(o) for o in objects)


def _the_item_before(token: Token) -> bool:
    """ "it", "them", "this", or "the motion" / "this amendment" with nothing said of it."""
    words = decisions_vocabulary().motions
    if token.lower_ in words.anaphoric_objects:
        return True
    pointer = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)
    described = any(c.dep_ in ("prep", "relcl", "acl", "amod", "compound", "poss") for c in token.children)
    return token.lower_ in words.anaphoric_nouns and pointer and not described


def further_decisions(index: int, reading: Reading) -> list[Draft]:
    """The decisions a sentence takes beyond settling the item just put: "The NEC agreed it and set up a working
    group", "It was carried, and the GC also agreed to write to the mayor", "Cabinet approved the programme and
    authorised tenders" (the first decision settles the report introduced before)."""
    decisions = _sentence_decisions(reading)
    if not decisions:
        return []
    doc = reading.report.doc(reading.sentence)
    pointed = any(heads_main_clause(verb) and _points_back(verb) for verb in doc)
    # the item itself settled: "This proposal was agreed", "agreed it"
    others = [d for d in decisions if not _points_back(d.verb) and _passive_item(d.verb) is None]
    settled_here = pointed or len(others) < len(decisions) or reading.reference in ("pronoun", "near")
    return _drafts(index, reading, others if settled_here else others[1:])


def _passive_item(verb: Token) -> Token | None:
    """The subject of the verb in the passive ("The application" in "The application was refused"), if any."""
    return next((child for child in verb.children if child.dep_ == "nsubjpass"), None)


def more_decisions(index: int, reading: Reading, found: list[Draft]) -> list[Draft]:
    """The decisions the phrase rules found in the sentence, or the parse's when it tells more of them apart ("agreed
    to open the ballot, to cap spending and to hold two hustings" is three)."""
    parsed = clause_decisions(index, reading) if len(found) < _MOST_COORDINATED else []
    return parsed if len(parsed) > len(found) else found


def heads_main_clause(token: Token) -> bool:
    """The root verb, or a verb coordinated with it ("approved the budget and appointed an auditor")."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if attributed_fact(token):
        return True  # "The SEC agreed the timetable and approved a code, party sources confirmed"
    if token.dep_ in ("ccomp", "parataxis") and token.i < token.head.i:
        # "An amendment removed X; the motion was then carried": a semicolon joins two main clauses
        between = token.doc[token.i : token.head.i]
        return any(t.text == ";" for t in between) and token.head.dep_ == "ROOT"
    return token.dep_ == "ROOT" and token.pos_ in ("VERB", "AUX")


def _decisions_of(verb: Token, reading: Reading) -> list[_Decision]:
    """The decisions one main verb states, if its subject is the meeting's body and it tells of this meeting."""
    subject = _subject(verb)
    if subject is None or not our_subject(subject, reading) or background(verb):
        return []
    words = decisions_vocabulary().clauses
    lemma = _lemma(verb)
    v = decisions_vocabulary().motions
    author = subject.lower_ in (*v.author_pronouns, *v.body_pronouns)  # "It supported ...": the motion, perhaps
    if verb.lemma_.lower() in words.stance_verbs and (author or not on_a_proposal(verb)):
        return []  # "we voted against it" is the author's vote; "backed the strikers" no proposal
    decisions = _chosen(verb, lemma) or _achieved(verb, lemma) or _voted(verb) or _vote_won(verb)
    decisions = decisions or _decided(verb, lemma)
    changed = None if decisions else change_made(verb, lemma, surely_ours(subject, reading))
    decisions = decisions or ([_Decision(verb, changed)] if changed is not None else [])
    if _negated(verb):
        return [_Decision(d.verb, Outcome.DEFEATED, d.action) for d in decisions if d.outcome is Outcome.CARRIED]
    return decisions


def _amendment_effect(verb: Token) -> list[_Decision]:
    """ "An amendment from Eastside ward removed the call for a referendum": an amendment told by what it did to the
    motion was carried."""
    words = decisions_vocabulary()
    subject = next((child for child in verb.children if child.dep_ == _SUBJECT), None)
    if subject is None or subject.lower_ not in words.motions.nouns.amendment.words or verb.tag_ != "VBD":
        return []
    if verb.lemma_.lower() not in words.clauses.effect_verbs or background(verb) or _negated(verb):
        return []
    return [_Decision(verb, Outcome.CARRIED, action=True, kind=MotionKind.AMENDMENT)]


def _won(verb: Token) -> list[_Decision]:
    """ "I secured agreement to publish the minutes": the decision won, carried."""
    won = None if background(verb) else agreement_won(verb)
    return [_Decision(won, Outcome.CARRIED, action=True)] if won is not None else []


def _made_anew(verb: Token) -> bool:
    """ "A working party was set up to ...", "Appointments were made to all the committees"."""
    return (created_anew(verb) or made_in_the_passive(verb)) and not earlier(verb)


def _planned(verb: Token, reading: Reading) -> list[_Decision]:
    """ "We are to hold a ballot", "The branch will now affiliate to ...": the act the body's decision set."""
    act = our_plan(verb, reading)
    return [_Decision(act, Outcome.CARRIED, action=True)] if act is not None else []


def _seen(verb: Token) -> list[_Decision]:
    """ "Amendments from the floor saw the right to vote retained": each change seen done."""
    seen = [] if background(verb) else seen_done(verb)
    return [_Decision(changed, outcome, action=True, until=clause_end(done)) for changed, done, outcome in seen]


def _passive_decision(verb: Token) -> list[_Decision]:
    """ "The application for a drive-through was refused", "The appointment of Jo Reid was confirmed": an item
    as the subject of a decision verb in the passive."""
    words = decisions_vocabulary().clauses
    subject = _passive_item(verb)
    outcome = words.verbs.get(_lemma(verb))
    if outcome is None and not any(c.dep_ == "agent" for c in verb.children):  # not "granted by the regional office"
        outcome = words.passive_verbs.get(_lemma(verb))  # "The request was granted"
    ordinals = decisions_vocabulary().motions.ordinals
    if subject is None or outcome is None or subject.lemma_.lower() not in (*words.items, *ordinals):
        return []  # "The application ... was refused", "A fourth, which ..., was rejected" (of items counted)
    if any(c.dep_ in ("xcomp", "oprd", "acomp", "ccomp") and c.i > verb.i for c in verb.children):
        return []  # "The motion was declared lost": a result the outcome phrases read
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a in words.background_aux for a in aux) or not set(aux) & {"was", "were", "been"} or earlier(verb):
        return []
    if _negated(verb):
        return [_Decision(verb, Outcome.DEFEATED)] if outcome is Outcome.CARRIED else []
    return [_Decision(verb, outcome)]


def _subject(verb: Token) -> Token | None:
    """The verb's active subject, or that of the verb it is coordinated with ("The GC met and agreed ...")."""
    token: Token | None = verb
    while token is not None:
        found = next((child for child in token.children if child.dep_ == _SUBJECT), None)
        if found is not None or _passive_item(token) is not None:
            return found
        token = token.head if token.dep_ == "conj" else None
    return subject_of_aside(verb)


def _lemma(verb: Token) -> str:
    """The verb's lemma with its particle: "set up", "turn down"."""
    particle = next((child for child in verb.children if child.dep_ == "prt"), None)
    lemma = verb.lemma_.lower()
    return f"{lemma} {particle.lower_}" if particle is not None else lemma


def _chosen(verb: Token, lemma: str) -> list[_Decision]:
    """ "decided to twin ... and set up ...", "voted to reject", "declined to endorse": the verbs taken."""
    words = decisions_vocabulary().clauses
    taken = next((child for child in verb.children if child.dep_ == "xcomp" and child.pos_ == "VERB"), None)
    if taken is None or lemma not in (*words.choice_verbs, *words.refusal_verbs):
        return []
    decisions = []
    for action in conjuncts(taken):
        outcome = words.verbs.get(_lemma(action), Outcome.CARRIED)
        if _negated(action):  # "voted not to support it"
            outcome = Outcome.DEFEATED if outcome is Outcome.CARRIED else outcome
        if outcome is Outcome.CARRIED and lemma in words.refusal_verbs:
            if _lemma(action) not in words.verbs:
                return []  # "failed to turn up": no decision refused
            outcome = Outcome.DEFEATED
        decisions.append(_Decision(action, outcome, action=True))
    return decisions


def _achieved(verb: Token, lemma: str) -> list[_Decision]:
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
            decisions.append(_Decision(action, outcome, action=True))
    return decisions


def _change_made(action: Token) -> Outcome | None:
    """What an action achieved decides: a decision verb's outcome ("to defeat it"), a change ("to increase the
    number"), or a causative with the change as its participle ("to get the date reduced"); else nothing."""
    words = decisions_vocabulary().clauses
    if _lemma(action) in words.verbs:
        return words.verbs[_lemma(action)]
    if agreement_won(action) is not None:
        return Outcome.CARRIED  # "managed to secure a commitment to hold hustings"
    if action.lemma_.lower() in (*words.coordinated_actions, *words.actions):
        raised = decisions_vocabulary().motions.not_raised  # "succeeded in raising the issue": words, no change
        return None if any(c.dep_ == "dobj" and c.lower_ in raised for c in action.children) else Outcome.CARRIED
    done = [c for c in action.subtree if c.dep_ in ("ccomp", "acl", "xcomp", "oprd") and c.tag_ in ("VBN", "VBD")]
    if action.lemma_.lower() not in words.causative_verbs or not done:
        return None
    return words.verbs.get(_lemma(done[0]), Outcome.CARRIED)


def _vote_won(verb: Token) -> list[_Decision]:
    """ "We won the vote on all-member meetings", "we lost the vote on the freeze date 20-13": the item the vote was
    on, carried or lost (a vote won or lost on nothing named settles the item just put, elsewhere)."""
    outcome = decisions_vocabulary().clauses.vote_results.get(verb.lemma_.lower())
    votes = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "vote"]
    on = [p for t in (verb, *votes) for p in t.children if p.dep_ == "prep" and p.lower_ == "on"]
    if outcome is None or not votes or not any(c.dep_ == "pobj" for p in on for c in p.children):
        return []
    return [_Decision(verb, outcome)]


def _voted(verb: Token) -> list[_Decision]:
    """ "voted against the motion", "voted for the plan", "voted in favour of it", "came down in favour of a ballot":
    the side the preposition names (a side taken by a phrasal verb only on a proposal, not "came out for the
    strikers")."""
    words = decisions_vocabulary().clauses
    side_taken = _lemma(verb) in words.side_verbs
    if (verb.lemma_.lower() not in words.vote_verbs and not side_taken) or _lemma(verb) in words.verbs:
        return []
    if side_taken and not on_a_proposal(verb):
        return []
    side = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "against")), None)
    if side is None:
        return [_Decision(verb, Outcome.CARRIED)] if favoured_item(verb) is not None else []
    return [_Decision(verb, Outcome.DEFEATED if side.lower_ in words.against_words else Outcome.CARRIED)]


def _decided(verb: Token, lemma: str) -> list[_Decision]:
    """A decision verb with an object: "ratified the deal", "agreed that the fee be raised", "agreed to the
    request"; not "agreed with the speaker", "agreed that the talk was good" or "postponed due to the election"."""
    words = decisions_vocabulary().clauses
    outcome = Outcome.CARRIED if lemma in words.actions or _beside_a_decision(verb, lemma) else words.verbs.get(lemma)
    outcome = outcome or proposal_verb(verb, lemma)
    given = None if outcome is not None else backing_given(verb)
    if outcome is None:
        if given is not None:
            return [_Decision(given[1], given[0], action=given[1] is not verb)]
        return [_Decision(verb, Outcome.CARRIED)] if value_set(verb) else []
    said = [c for c in verb.children if c.dep_ == "ccomp"]
    if outcome is Outcome.CARRIED and against_an_item(verb):
        return [_Decision(verb, Outcome.DEFEATED)]  # "resolved against the proposed bus lane"
    if said and said[0].i < verb.i and irrealis(said[0]):
        # "The levy will rise to £5, the NEC decided": what was decided is told first
        return [_Decision(said[0], outcome, action=True, until=clause_end(said[0]))]
    if said:
        return [_Decision(verb, outcome)] if all(irrealis(c) for c in said) else []
    to = decisions_vocabulary().clauses.object_prepositions
    objects = [c for c in verb.children if c.dep_ in ("dobj", "xcomp") or (c.dep_ == "prep" and c.lower_ in to)]
    objects += [c for c in verb.children if c.dep_ == "prep" and with_an_item(c)]  # "agreed with the recommendation"
    if any(c.lower_ in decisions_vocabulary().motions.not_raised for c in objects):
        return []  # "raised concerns", "set out its views": words, not a decision
    return [_Decision(verb, outcome)] if objects else []


def _beside_a_decision(verb: Token, lemma: str) -> bool:
    """ "set up a fund, raised the levy and appointed an auditor": a change the body made, told among its decisions
    (coordinated with a decision verb); alone ("The union raised the fee"), "raise" is no decision verb."""
    words = decisions_vocabulary().clauses
    if lemma not in words.coordinated_actions:
        return False
    head = verb.head if verb.dep_ == "conj" else verb
    others = [head, *(c for c in head.children if c.dep_ == "conj")]
    return any(o is not verb and (_lemma(o) in words.verbs or _lemma(o) in words.actions) for o in others)


def _negated(verb: Token) -> bool:
    return any(child.dep_ == "neg" for child in verb.children)


def _drafts(index: int, reading: Reading, decisions: list[_Decision]) -> list[Draft]:
    """A draft per decision, and per item a decision's object enumerates; several in one sentence each get their
    own words as evidence."""
    text = reading.sentence.text
    starts = [_left(d.verb) for d in decisions]
    pieces = []  # (evidence start, end, summary, decision)
    for number, decision in enumerate(decisions):
        start = starts[number] if number else 0
        end = starts[number + 1] if number + 1 < len(decisions) else len(text)
        end = min(end, decision.until) if decision.until is not None else end
        summary = _words_after(decision.verb, text, end)
        if decision.action:
            summary = text[_left(decision.verb) : end].strip(" ,;:.")
        if not_a_decision(summary):
            continue
        items = enumerated_items(_object_tokens(decision.verb, end))
        if items:
            first = (start, items[0][1], text[items[0][0] : items[0][1]], decision)
            pieces += [first, *((a, b, text[a:b], decision) for a, b in items[1:])]
        else:
            pieces.append((start, end, summary, decision))
    return [_draft(index, reading, piece, len(pieces) > 1) for piece in pieces]


def _draft(index: int, reading: Reading, piece: tuple[int, int, str, _Decision], own_words: bool) -> Draft:
    start, end, summary, decision = piece
    kind, at = kind_of(summary)
    appointed = decision.verb.lemma_.lower() in ("appoint", "elect", "co-opt")
    kind = decision.kind or kind or (MotionKind.OTHER if appointed else MotionKind.PROPOSAL)
    vote = reading.votes[-1] if reading.votes else None
    draft = Draft(index, index, kind, summary, strong(), decision.outcome, vote, noun_at(summary, at))
    if own_words and start < end:
        piece_text = reading.sentence.text[start:end].rstrip(" ,;.")
        piece_text = re.sub(r"[\s,]+(?:and|but|or)$", "", piece_text)
        draft.start, draft.end = reading.sentence.start + start, reading.sentence.start + start + len(piece_text)
    return draft


def _object_tokens(verb: Token, end: int) -> list[Token]:
    """What the decision is about: the passive's subject, else the words after the verb up to ``end``."""
    item = _passive_item(verb)
    if item is not None:
        return list(item.subtree)
    return [t for t in verb.doc[verb.i + 1 :] if t.idx < end]


def _left(verb: Token) -> int:
    """Where a coordinated decision's words start in its sentence: at its item in the passive ("the amended motion
    was then carried"), its "to", or the verb itself."""
    item = _passive_item(verb)
    if item is not None:
        return item.left_edge.idx
    marks = [c for c in verb.lefts if c.dep_ == "aux"]
    return (marks[0] if marks else verb).idx


def _words_after(verb: Token, text: str, end: int) -> str:
    """What was decided: the words after the verb (and its particle), up to the next decision; in the passive, its
    subject ("The application for a drive-through")."""
    item = _passive_item(verb)
    if item is not None:
        return text[item.left_edge.idx : item.right_edge.idx + len(item.right_edge.text)]
    after = max([verb, *(c for c in verb.children if c.dep_ == "prt")], key=lambda t: t.i)
    return text[after.idx + len(after.text) : end].strip(" ,;:.")
