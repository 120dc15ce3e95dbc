"""Whether a decision verb the parse found tells of this meeting: told as done (a past tense, "did not agree", a
perfect "has agreed"), not background ("had agreed", "would decide", "This Council agrees that ...", a motion's own
words), not dated to another time by a clause of its own ("When the report came out we decided ...", "agreed last
year", "approved the scheme in January" in a March report).

Read from the verb's auxiliaries and tag, those of the verbs it is coordinated under, its subordinate clauses and
time phrases, and the report's dates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from nec_extract.extractors.another_time import told_of_another_time
from nec_extract.extractors.motions.clause.clause_grammar import gerund_host
from nec_extract.extractors.motions.sentence.patterns import patterns
from nec_extract.extractors.news_lead import backshifted
from nec_extract.language.lexicon.decisions import decisions_vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Token

    from nec_extract.extractors.motions.sentence.reading import Reading


def background(verb: Token) -> bool:
    """ "had agreed", "would decide", "agreed last year", "When the report came out we decided ...", "This Council
    agrees that ..." (a motion's own words): not a decision told of this meeting."""
    host = gerund_host(verb)
    if host is not None:  # "The NEC adopted the budget, rejecting the amendment": told as its host is
        return background(host)
    words = decisions_vocabulary()
    chain = _sharing_auxiliaries(verb)
    aux = [c.lower_ for v in chain for c in v.children if c.dep_ in ("aux", "auxpass")]
    if "had" in aux and backshifted(verb.doc.text, verb.idx):
        aux = ["has" if a == "had" else a for a in aux]  # "Sources said the NEC had agreed ...": the reporter's tense
    return any(a in words.clauses.background_aux for a in aux) or not _told_as_done(verb, aux) or earlier(verb)


def _sharing_auxiliaries(verb: Token) -> list[Token]:
    """The verbs whose auxiliaries are the verb's too: those it is coordinated under, up to a clause with its own
    subject ("We could not stop it, but we won an assurance": "could" is not said of "won")."""
    chain = [verb]
    while chain[-1].dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in chain[-1].children):
        chain.append(chain[-1].head)
    return chain


def earlier(verb: Token) -> bool:
    """ "When the report came out we decided ...", "agreed last year": a decision of another time; not a clause set
    against it ("voted against the merger, though they backed ...", "Although X fell, we agreed ..."), which dates
    nothing."""
    words = decisions_vocabulary().motions
    chain = _conjunct_heads(verb)
    subordinate = [c for v in chain for c in v.children if c.dep_ == "advcl"]
    marks = [m.lower_ for c in subordinate for m in c.children if m.dep_ in ("mark", "advmod")]
    if any(m in words.background_openers and m not in words.set_against_openers for m in marks):
        return True
    times = [c for c in verb.children if c.dep_ in ("npadvmod", "prep", "advmod")]
    return any(patterns().past.search(" ".join(t.text for t in c.subtree)) for c in times)


def of_another_time(verb: Token, reading: Reading) -> bool:
    """ "The NEC approved the scheme in January" (in a March report), "agreed last year": dated by its clause to
    before the meeting, a decision of another time."""
    return told_of_another_time(reading.report, reading.sentence, verb.idx, verb.idx + len(verb))


def _told_as_done(verb: Token, aux: list[str]) -> bool:
    """A past tense ("agreed", "did not agree"), or a perfect ("has agreed", "has agreed X and appointed Y")."""
    if verb.tag_ in ("VB", "VBP") and "did" in aux:
        return True  # "did approve", and "did, after a long debate, agree" (the parse may read it as a present)
    if verb.tag_ == "VB":
        return False
    if verb.tag_ == "VBN" and not aux and verb.dep_ == "conj" and verb.head.tag_ == "VBD":
        return True  # "We debated, and then approved, the budget": the parse takes the verb set off by commas for
        # a participle; coordinated with a past tense and with no auxiliary of its own, it is one too
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(a in ("has", "have", "'s", "'ve") for a in aux))


def _conjunct_heads(verb: Token) -> list[Token]:
    """The verb and the verbs it is coordinated under ("agreed" and "met" in "The GC met and agreed ...")."""
    chain = [verb]
    while chain[-1].dep_ == "conj" and chain[-1].head is not chain[-1]:
        chain.append(chain[-1].head)
    return chain
