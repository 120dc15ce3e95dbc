"""A decision on the item just put, told by a verb whose object points back to it ("threw it out", "backed the
motion"), and whether a verb's object is that item at all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nec_extract.extractors.motions.acts.in_favour import favoured_item
from nec_extract.extractors.motions.clause.clause_filter import worth_parsing
from nec_extract.extractors.motions.clause.clause_grammar import heads_main_clause, lemma_of, negated, subject_of
from nec_extract.extractors.motions.clause.verb_decisions import chosen, voted
from nec_extract.extractors.motions.sentence.reading import Reading
from nec_extract.extractors.motions.this_meeting.clause_background import background, of_another_time
from nec_extract.extractors.motions.this_meeting.our_subject import our_subject
from nec_extract.language.lexicon.decisions import decisions_vocabulary
from nec_extract.models import Outcome

if TYPE_CHECKING:
    from spacy.tokens import Token


def decision_on_it(reading: Reading) -> Outcome | None:
    """The body's decision on the item just put, pointed to by a pronoun: "Members voted it down", "The committee
    threw it out", "Delegates backed it overwhelmingly", "did not agree to it", "voted against it"; not the author's
    own vote ("we supported it")."""
    if not worth_parsing(reading):
        return None
    words = decisions_vocabulary()
    for verb in reading.report.doc(reading.sentence):
        said = chosen(verb, lemma_of(verb)) or voted(verb)  # "voted to remit it", "voted against it"
        outcome = said[0].outcome if said else words.clauses.verbs.get(lemma_of(verb))
        subject = subject_of(verb) if outcome is not None and points_back(verb) and heads_main_clause(verb) else None
        if subject is None or not our_subject(subject, reading) or background(verb) or of_another_time(verb, reading):
            continue
        if subject.lower_ in words.motions.author_pronouns and verb.lemma_.lower() in words.clauses.stance_verbs:
            return None
        return Outcome.DEFEATED if negated(verb) and outcome is Outcome.CARRIED else outcome
    return None


def points_back(verb: Token) -> bool:
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
    if token.lower_ in words.anaphoric_objects or token.lower_ in words.collective_objects:
        return True
    if token.dep_ == "dobj" and token.lower_ in words.demonstrative_objects:
        return True  # "the committee turned that down" (the parse's object, never "agreed that ...")
    pointer = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)
    described = any(c.dep_ in ("prep", "relcl", "acl", "amod", "compound", "poss") for c in token.children)
    return token.lower_ in words.anaphoric_nouns and pointer and not described
