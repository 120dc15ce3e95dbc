"""A change the meeting made, told as what an item or the meeting "saw" done: "Amendments from the floor saw the right
to vote retained and the number of officers increased", "The amendment saw the reference to a referendum deleted",
"Tuesday's meeting saw the levy cut". One decision per change, carried (or as its verb says: "saw it referred").

Not decisions: what a time or another body saw ("The weekend saw the fund grow", "the council saw its grant cut" in a
branch's report: their subjects are no item and no meeting), a change no decision word names ("saw turnout rise").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nec_extract.language.lexicon.decisions import decisions_vocabulary
from nec_extract.models import Outcome

if TYPE_CHECKING:
    from spacy.tokens import Token

_DONE_TAGS = ("VBN", "VBD")


def seen_done(verb: Token) -> list[tuple[Token, Token, Outcome]]:
    """The changes a past "saw" tells: each as the thing changed, the participle that changed it, and its outcome."""
    words = decisions_vocabulary().clauses
    if verb.lemma_.lower() != "see" or verb.tag_ != "VBD" or any(c.dep_ in ("aux", "neg") for c in verb.children):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in (*words.items, *words.seeing_subjects):
        return []
    found = []
    for done in _participles(verb):
        outcome = _outcome_of(done)
        changed = next((c for c in done.children if c.dep_ == "nsubj"), None) or _object_of(verb, done)
        if outcome is not None and changed is not None:
            found.append((changed, done, outcome))
    return found


def _object_of(verb: Token, done: Token) -> Token | None:
    """The object of "saw" whose words the participle ends ("saw [the reference to X] deleted")."""
    return next((o for o in verb.children if o.dep_ == "dobj" and o.right_edge.i == done.i), None)


def _participles(verb: Token) -> list[Token]:
    """ "saw [the right] retained": the participle as the parse hangs it (a clause of "saw", a participle after its
    object, or a clause coordinated with "saw" that has a noun of its own as subject)."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    done = [c for c in clauses if c.tag_ == "VBN" or (c.tag_ == "VBD" and _own_noun_subject(c))]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    done += [t for o in objects for t in o.subtree if t.dep_ == "acl" and t.tag_ == "VBN" and t.i == o.right_edge.i]
    more = [c for c in verb.children if c.dep_ == "conj" and c.tag_ in _DONE_TAGS and _own_noun_subject(c)]
    return sorted(done + more, key=lambda t: t.i)


def _own_noun_subject(clause: Token) -> bool:
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    aux = any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    return subject is not None and subject.pos_ == "NOUN" and not aux


def _outcome_of(done: Token) -> Outcome | None:
    words = decisions_vocabulary().clauses
    lemma = done.lemma_.lower()
    if lemma in words.verbs:
        return words.verbs[lemma]
    changes = (*words.coordinated_actions, *words.effect_verbs, *words.kept_verbs)
    return Outcome.CARRIED if lemma in changes else None
