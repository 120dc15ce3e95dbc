"""The clause slot a mention fills (climbing coordination and apposition) and whether it speaks from there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nec_extract.extractors.speakers.acts import (
    comment_only,
    is_act,
    misread_main_verb,
    own_subject,
    subject_acts,
    told_in_the_past,
)
from nec_extract.extractors.speakers.chunks import Chunk
from nec_extract.extractors.speakers.occasion import at_this_meeting, names_elsewhere
from nec_extract.extractors.speakers.sources import (
    attributed_after_a_quote,
    is_report_heading,
    object_of_preposition_acts,
    possessor_acts,
)
from nec_extract.extractors.speakers.tokens import NOMINAL, word_in
from nec_extract.extractors.speakers.vocabulary import vocabulary
from nec_extract.language.spaces import before_second_space

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def anchor_of(chunk: Chunk) -> Token:
    """The chunk's token whose head lies outside it; when the parser splits a name ("Shabana" hung on
    another name, "Mahmood" the subject), the one that is not a mere modifier. A title's full stop the
    parser took for a sentence end ("Bro. T Woodhouse") leaves the title out."""
    stops = [i for i, t in enumerate(chunk.tokens[:-1]) if t.text == "."]
    if not stops:
        return _outward(chunk.tokens)
    after = _outward(chunk.tokens[stops[-1] + 1 :])
    title = chunk.tokens[0]
    if after.dep_ == "ROOT" and title.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj") and title.head not in chunk.tokens:
        return title  # "seconded by Sis. Carr": the parser began a sentence at the surname; the title holds the slot
    return after


def _outward(tokens: list[Token]) -> Token:
    inside = {t.i for t in tokens}
    outward = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    for token in outward:
        if token.dep_ not in ("compound", "conj", "cc", "punct", "nmod", "amod"):
            return token
    return outward[0] if outward else tokens[-1]


def slot_of(token: Token, owner: dict[int, Chunk], chunk: Chunk) -> Token:
    """Climb coordination and apposition to the token that fills the clause slot: "Esi Boateng and
    Neil Orton moved", "The General Secretary, Callum Reid, reported"."""
    token = _past_affiliation_list(token, owner, chunk)
    seen = {token.i}
    while token.head.i not in seen:
        head = token.head
        climbs = (token.dep_ in ("conj", "appos") and head.pos_ in NOMINAL) or (
            token.dep_ in ("compound", "nmod") and head.pos_ == "PROPN" and owner.get(head.i) is not chunk
        )
        if not climbs:
            break
        if token.dep_ == "conj":
            token = _past_affiliation(head, owner)
        elif token.dep_ == "appos":
            token = _person_the_body_belongs_to(head, owner)
        else:
            token = head
        seen.add(token.i)
    return token


def _person_the_body_belongs_to(head: Token, owner: dict[int, Chunk]) -> Token:
    """ "Dermot's colleague on the Org Sub, Ayesha Qureshi, introduced it": a name set beside a body that a person
    noun's phrase ends with is set beside that person noun, however the parser hung it."""
    preposition = head.head
    person = preposition.head
    vocab = vocabulary()
    body = head.dep_ == "pobj" and head.pos_ == "PROPN" and head.i not in owner and head.lower_ not in vocab.role_words
    if not body or preposition.dep_ != "prep" or person.pos_ != "NOUN" or person.i in owner:
        return head
    # "a motion from the BAME Labour rep, X": the name is the rep's, and a motion or report is nobody
    return head if word_in(person, vocab.speech_nouns) else person


def _past_affiliation(head: Token, owner: dict[int, Chunk]) -> Token:
    """ "Ann Lowe from the GMB and Sam Okafor criticised": a name coordinated with the organisation
    of the person before it is coordinated with that person."""
    preposition = head.head
    if head.dep_ in ("pobj", "nmod") and head.i not in owner and preposition.lower_ in ("from", "of"):
        person = preposition.head
        if person.i in owner and owner[person.i].kind == "name":
            return person
    return head


def _past_affiliation_list(token: Token, owner: dict[int, Chunk], chunk: Chunk) -> Token:
    """The parser may read "Ann Lowe from the GMB and Sam Okafor" as "from (the GMB and Sam
    Okafor)": a name after "and" inside a from-phrase of a person is coordinated with that person."""
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ != "from":
        return token
    person = preposition.head
    between = token.doc[preposition.i + 1 : chunk.tokens[0].i]
    if person.i in owner and owner[person.i].kind == "name" and any(t.lower_ == "and" for t in between):
        return person
    return token


def speaks(slot: Token, chunk: Chunk) -> bool:
    """Whether the mention, filling ``slot``, speaks or acts at the meeting."""
    settled = _settled_first(slot, chunk)
    if settled is not None:
        return settled
    if slot.dep_ == "nsubjpass" and (_then_acts(slot.head) or _acted_by_hearsay(slot.head)):
        return True
    anchor = anchor_of(chunk)
    if _acts_whatever_the_parse(slot, anchor, chunk) or _speaks_in_relative_clause(anchor):
        return True
    if chunk.kind == "name" and (
        _named_among_speakers(slot) or _handed_the_floor(slot) or _speaks_after_affiliation(chunk)
    ):
        return True
    if is_report_heading(slot) and anchor.dep_ == "appos":
        # "General Secretary's report (David Evans)", "Leader's Report – Keir Starmer"; not "Two nominations for the
        # vacancy: A and B", who were put forward
        return not word_in(slot, vocabulary().put_forward_nouns)
    if slot.dep_ == "pobj":
        return _object_acts(slot, chunk)
    if slot.dep_ == "poss":
        return _possessor_speaks(slot, chunk)
    return False


def _settled_first(slot: Token, chunk: Chunk) -> bool | None:
    """What the kind of mention, a listed topic or the subject slot settle before anything else, else None."""
    if chunk.kind in ("pronoun", "pair") and slot.dep_ != "nsubj":
        return False
    if chunk.kind == "author" and _the_author_writing(slot):
        return False
    if chunk.kind in ("name", "role") and _listed_with_a_topic(chunk):
        return True  # however the parser hung the list
    if slot.dep_ == "nsubj" or (slot.dep_ == "nsubjpass" and slot.head.lower_ in vocabulary().stance_adjectives):
        return _subject_speaks(slot, chunk)
    return None


def _the_author_writing(slot: Token) -> bool:
    """ "I apologise now that ...": the author writing, not speaking at the meeting; "I was proud that ...", "I felt
    that ...": the author's own comment."""
    verb = slot.head
    if slot.dep_ == "nsubj" and verb.tag_ == "VBP" and verb.lower_ not in vocabulary().past_like_present:
        return True
    return comment_only(slot.head.head if slot.head.dep_ == "auxpass" else slot.head)


def _handed_the_floor(slot: Token) -> bool:
    """ "The Chair invited Ann Carr to speak", "called on Bro. Ince to move the motion", "Ann Carr was invited to give
    her report": someone handed the floor for an act takes it."""
    vocab = vocabulary()
    verb = slot.head.head if slot.dep_ == "pobj" and slot.head.lower_ in ("on", "upon") else slot.head
    if slot.dep_ not in ("dobj", "nsubjpass", "pobj") or verb.lemma_.casefold() not in vocab.handover_verbs:
        return False
    return at_this_meeting(verb) and any(
        c.dep_ in ("xcomp", "ccomp", "advcl") and _infinitive_act(c) for c in (*verb.children, *slot.children)
    )


def _infinitive_act(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and subject_acts(clause)


def _then_acts(passive: Token) -> bool:
    """ "X was asked about the deficit and said ...", "X was elected and thanked the branch": an active verb
    coordinated with a passive one, with no subject of its own, is the passive subject's act."""
    return any(
        verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ") and not own_subject(verb) and subject_acts(verb)
        for verb in passive.children
    )


def _acted_by_hearsay(passive: Token) -> bool:
    """ "X is understood to have argued at the meeting that ...", "X is said to have told the meeting ...": news
    hedging what it did not witness; the act in the perfect infinitive is the subject's."""
    if passive.lemma_.casefold() not in vocabulary().hearsay_verbs:
        return False
    return any(
        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "have" for a in c.children) and subject_acts(c)
        for c in passive.children
    )


def _subject_speaks(slot: Token, chunk: Chunk) -> bool:
    verb = slot.head.head if slot.head.dep_ in ("aux", "auxpass") else slot.head  # a subject hung on "was"
    # "X said", "X was concerned that"; not a subject the parser hung on a noun ("Reference Backs on ... reports");
    # or "X, who chaired the meeting, had to ..."; or "X was one of those who spoke"
    if verb.pos_ in ("VERB", "AUX") and subject_acts(verb):
        return True
    if chunk.kind == "name" and _speaks_in_relative_clause(anchor_of(chunk)):
        return True
    return chunk.kind in ("name", "author") and _named_among_speakers(slot)


def _acts_whatever_the_parse(slot: Token, anchor: Token, chunk: Chunk) -> bool:
    """A subject the parser did not hang as one: a verb hung on the name, a verb left without its subject, the
    name made the root, names set off after a source, a name after a quote and its speech verb."""
    return (
        any(misread_main_verb(c) for c in (*slot.children, *anchor.children))
        or _stranded_subject(chunk)
        or _verbless_root(slot, chunk)
        or _names_the_source(slot, chunk)
        or (chunk.kind in ("name", "role") and attributed_after_a_quote(chunk))
        or (chunk.kind == "name" and _acts_in_a_with_clause(chunk))
    )


def _acts_in_a_with_clause(chunk: Chunk) -> bool:
    """ "..., with Zak Oller seconding", "carried, with only Pat Kerr dissenting": the name between "with" and an
    act's -ing form, however the parser read it."""
    first, last = chunk.tokens[0], chunk.tokens[-1]
    doc = first.doc
    before = first.i - 1
    if before > 0 and doc[before].lower_ in vocabulary().with_clause_limiters:
        before -= 1
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return (
        before >= 0
        and doc[before].lower_ == "with"
        and after is not None
        and after.lower_.endswith("ing")
        and after.lower_ in vocabulary().speech_forms
    )


def _object_acts(slot: Token, chunk: Chunk) -> bool:
    if slot.head.lower_ in vocabulary().list_introducers:
        return speaks(slot_of(_listed_among(slot.head), {}, chunk), chunk)  # "members, including X, spoke"
    return object_of_preposition_acts(slot.head)


def _listed_among(introducer: Token) -> Token:
    """What a list brought in by "including" names members of: the nearest noun for a group of people before it,
    however the parser hung the list ("The meeting opened with a silence for comrades who had died, including A and
    B": the comrades; "Several members spoke on the budget, including A and B": the members); else the word the
    parser hung it on."""
    hung_on = introducer.head
    groups = vocabulary().people_groups
    if hung_on.lemma_.lower() in groups or hung_on.i > introducer.i:
        return hung_on
    before = [t for t in introducer.doc[introducer.sent.start : introducer.i] if t.lemma_.lower() in groups]
    return before[-1] if before else hung_on


def _possessor_speaks(slot: Token, chunk: Chunk) -> bool:
    if chunk.kind == "author":
        governor = slot.head.head
        return governor.pos_ not in ("VERB", "AUX") or at_this_meeting(governor, may_be_reported=True)
    return possessor_acts(slot, chunk)


def _stranded_subject(chunk: Chunk) -> bool:
    """ "... and Councillor B Orme seconded it": the parser hung the name elsewhere and left the verb right
    after it without a subject; the name is that subject."""
    last = chunk.tokens[-1]
    doc = last.doc
    following = _after_aside(doc, last.i + 1)
    if following is None or following.tag_ not in ("VBD", "VBZ") or own_subject(following):
        return False
    # the parser may hang a finite verb after a bracket as an adverbial clause, or one after "X agreed A and B"
    # as the first verb's complement ("... the budgets and Jo Bloggs moved that ...")
    stranded = following.dep_ in ("conj", "ROOT", "ccomp") or (following.dep_ == "advcl" and following.tag_ == "VBD")
    return chunk.kind == "name" and stranded and subject_acts(following)


_ASIDE_WORDS = 8


def _after_aside(doc: Doc, i: int) -> Token | None:
    """The token at ``i``, or past a short aside there: in brackets ("Amal Farouk (Treasurer) seconded it") or
    set off by commas after a preposition ("Jo Bloggs, for the union section, moved ...")."""
    if i < len(doc) and doc[i].text == "(":
        i = _past_closing(doc, ")", i + 1, i + 2 + _ASIDE_WORDS)
    elif i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].pos_ == "ADP":
        i = _past_closing(doc, ",", i + 2, i + 2 + _ASIDE_WORDS)
    return doc[i] if i < len(doc) else None


def _past_closing(doc: Doc, closer: str, start: int, end: int) -> int:
    """The index after the first ``closer`` among tokens ``start`` to ``end``; the doc's length when none closes."""
    closing = next((t.i for t in doc[start:end] if t.text == closer), None)
    return closing + 1 if closing is not None else len(doc)


def _speaks_in_relative_clause(anchor: Token) -> bool:
    """ "agreed with Keith Vaz, who said that ...": the person a who-clause hangs on acts in it; not in a tribute
    ("we remembered X, who chaired the council for years")."""
    pronouns = vocabulary().relative_pronouns
    # also after a description set beside the name: "Tessa Harlow, a left-wing member who spoke against it, ..."
    described = [anchor, *(c for c in anchor.children if c.dep_ == "appos" and c.pos_ == "NOUN")]
    return not _in_a_tribute(anchor) and any(
        clause.dep_ == "relcl"
        and any(c.dep_ == "nsubj" and c.lower_ in pronouns for c in clause.children)
        and subject_acts(clause)
        for noun in described
        for clause in noun.children
    )


def _speaks_after_affiliation(chunk: Chunk) -> bool:
    """ "Dr Ann Shah from Save Oakfield A&E, who gave an account", "Tom Price of the Trades Council, who explained
    ...": a who-clause after the person's organisation is the person's, however the parser hung it."""
    doc = chunk.tokens[-1].doc
    start = chunk.tokens[-1].i + 2
    if start >= len(doc) or doc[start - 1].lower_ not in ("from", "of"):
        return False
    end = start
    while end < len(doc) and (doc[end].lower_ == "the" or doc[end].text[:1].isupper() or doc[end].text == "&"):
        end += 1
    if end == start or end >= len(doc) or doc[end].text != ",":
        return False
    return any(_speaks_in_relative_clause(token) for token in doc[start:end])


_LIST_REACH = 40  # tokens from the colon to a listed person


def _listed_with_a_topic(chunk: Chunk) -> bool:
    """ "We had three reports: Ann Lowe on the campaign, Sam Okafor on finance ...", "more presentations than
    decisions: the Treasurer on the accounts, and Louise Adair from the policy team on the timetable": a person listed
    with their topic after a colon that closes a plural report noun."""
    first, last = chunk.tokens[0], chunk.tokens[-1]
    doc = first.doc
    colons = [t for t in doc[max(0, first.i - _LIST_REACH) : first.i] if t.text == ":"]
    if not colons or any(t.pos_ in ("VERB", "AUX") for t in doc[colons[-1].i + 1 : first.i]):
        return False
    before = doc[max(0, colons[-1].i - 6) : colons[-1].i]
    reports = [t for t in before if t.tag_ == "NNS" and word_in(t, vocabulary().speech_nouns)]
    # "We had three reports: ...", "It was more presentations than decisions: ..."; not "Reports are due next time:"
    if not any(t.head.pos_ not in ("VERB", "AUX") or _in_the_past_here(t.head) for t in reports):
        return False
    following = doc[last.i + 1 : last.i + 7]
    topic = next((i for i, t in enumerate(following) if t.lower_ == "on"), None)
    return topic is not None and (topic == 0 or following[0].lower_ == "from")


def _in_the_past_here(verb: Token) -> bool:
    """ "had", "were taken": told in the past, at this meeting."""
    return (verb.tag_ == "VBD" or told_in_the_past(verb)) and at_this_meeting(verb)


def _named_among_speakers(slot: Token) -> bool:
    """ "Speakers in the debate included A and B", "Those who spoke were A and B", "Among those who spoke were A",
    "A was one of three who voted against": a list of who spoke, as what the speakers are or include."""
    verb = slot.head
    vocab = vocabulary()
    if slot.dep_ not in ("dobj", "attr", "nsubj") or verb.lemma_.casefold() not in vocab.naming_verbs:
        return False
    others = [c for c in verb.children if c is not slot and c.dep_ in ("nsubj", "attr", "dobj")]
    others += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "among" for p in c.children]
    others += [p for o in others for c in o.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    return at_this_meeting(verb) and any(_names_the_speakers(other) for other in others)


def _names_the_speakers(noun: Token) -> bool:
    """ "speakers", "contributors", "those who spoke", "members speaking in the debate"; not "the speakers at the
    rally"."""
    if any(c.dep_ == "prep" and c.lower_ in vocabulary().elsewhere_preps and names_elsewhere(c) for c in noun.children):
        return False
    if noun.lemma_.casefold() in vocabulary().speaker_nouns or noun.lower_.rstrip("s") in vocabulary().speaker_nouns:
        return True
    return any(c.dep_ in ("relcl", "acl") and is_act(c) and at_this_meeting(c) for c in noun.children)


def _in_a_tribute(token: Token) -> bool:
    words = vocabulary().tribute_words
    return any(t.lower_ in words or t.lemma_.casefold() in words for t in token.sent)


def _verbless_root(slot: Token, chunk: Chunk) -> bool:
    """ "Will Barter, formerly of Leeds but since moved, asked for a vote": the parser made the name the root and
    hung the verbs on it; a finite verb there with no subject of its own is the name's."""
    if slot.dep_ != "ROOT" or slot.pos_ not in NOMINAL or chunk.kind != "name":
        return False
    return any(
        verb.tag_ in ("VBD", "VBZ")
        and verb.dep_ in ("conj", "advcl", "acl")
        and not own_subject(verb)
        and subject_acts(verb)
        for verb in slot.subtree
    )


def _names_the_source(slot: Token, chunk: Chunk) -> bool:
    """ "a presentation by the campaign co-ordinators, Lena Ortiz and Raj Patel": names set off after the noun
    a "by"/"from" phrase ends with are that source, however the parser hung them."""
    if slot.dep_ not in ("dep", "appos", "npadvmod") or chunk.kind != "name":
        return False
    first = slot.left_edge
    comma = before_second_space(first.doc[first.i - 1]) if first.i >= 2 else None
    if comma is None or comma.text != "," or comma.i < 1:
        return False
    noun = first.doc[comma.i - 1]
    while noun.dep_ != "pobj" and noun.head.i > noun.i and noun.head.i < first.i:
        noun = noun.head  # "co - ordinators": the parser may split the noun
    return noun.dep_ == "pobj" and object_of_preposition_acts(noun.head)
