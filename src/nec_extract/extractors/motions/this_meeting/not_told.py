"""Where the phrase rules see a decision and the parse shows none of this meeting: every decision verb of the
sentence is in a motion's own words ("This Council agrees that ..."), or agrees that something is so ("Members
agreed that the speaker had given a fascinating talk").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nec_extract.extractors.motions.clause.clause_filter import worth_parsing
from nec_extract.extractors.motions.clause.clause_grammar import heads_main_clause
from nec_extract.extractors.motions.clause.embedded import irrealis
from nec_extract.extractors.motions.sentence.reading import Reading
from nec_extract.language.lexicon.decisions import decisions_vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Token

_PRESENT = ("VBZ", "VBP")


def told_as_no_decision(reading: Reading) -> bool:
    """Whether the parse shows the decision verbs heading the sentence's main clauses all saying something other than
    a decision taken."""
    if not worth_parsing(reading):
        return False
    words = decisions_vocabulary().clauses
    verbs = [
        t
        for t in reading.report.doc(reading.sentence)
        if heads_main_clause(t) and t.lemma_.lower() in (*words.verbs, *words.choice_verbs)
    ]
    return bool(verbs) and all(_motion_words(v) or _opinion(v) for v in verbs)


def _motion_words(verb: Token) -> bool:
    """ "This Council agrees that ...", "This branch resolves to ...": a motion's own words, in the present tense with
    the body as "this"."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    this = subject is not None and any(c.dep_ == "det" and c.lower_ == "this" for c in subject.children)
    return verb.dep_ == "ROOT" and verb.tag_ in _PRESENT and this


def _opinion(verb: Token) -> bool:
    """ "agreed that the talk had been fascinating": agreeing that something is so, not what is to be done."""
    if verb.lemma_.lower() not in decisions_vocabulary().clauses.opinion_verbs:
        return False
    said = [c for c in verb.children if c.dep_ == "ccomp"]
    taken = [c for c in verb.children if c.dep_ in ("dobj", "xcomp")]
    return bool(said) and not taken and not any(irrealis(c) for c in said)
