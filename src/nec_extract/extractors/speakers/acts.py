"""Whether a verb is a speech or act verb at this meeting, and which verbs share its subject."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from nec_extract.extractors.speakers.occasion import at_this_meeting
from nec_extract.extractors.speakers.tokens import objects_of, word_in
from nec_extract.extractors.speakers.vocabulary import vocabulary
from nec_extract.language.spaces import before_second_space

if TYPE_CHECKING:
    from spacy.tokens import Token


def subject_acts(verb: Token) -> bool:
    if not at_this_meeting(verb):
        return False
    return any(is_act(v) and at_this_meeting(v) for v in _sharing_subject(verb))


def misread_main_verb(child: Token) -> bool:
    """ "Its mover, Ffion Gwyn, called for ...": a finite past verb the parser hung on the name as a
    modifier is the name's own verb."""
    return child.dep_ == "acl" and (child.tag_ == "VBD" or _participle_of_manner(child)) and subject_acts(child)


def _participle_of_manner(verb: Token) -> bool:
    """ "The Chair, Elin Pryce, opened by reminding us ...": a participle with "by" and a gerund tells how someone
    acted, not what was done to them ("the report, published by the NEC")."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
        for c in verb.children
    )


def _sharing_subject(verb: Token) -> Iterator[Token]:
    """The verb and the verbs that take its subject: "moved and seconded", "took her seat and said",
    "opened by praising", "rose to speak"."""
    vocab = vocabulary()
    yield verb
    for child in verb.children:
        if _takes_subject_of(verb, child):
            yield from _sharing_subject(child)
        elif child.dep_ == "prep" and child.lower_ in vocab.gerund_preps:
            for gerund in child.children:
                if gerund.dep_ == "pcomp" and gerund.tag_ == "VBG":
                    yield from _sharing_subject(gerund)
        elif child.dep_ == "dobj" and verb.lemma_ in vocab.lead_in_verbs:
            # "took the opportunity to thank", "broke ranks to speak": the parser may hang the purpose on the object
            for clause in child.children:
                if clause.dep_ == "acl" and _infinitive(clause) and not own_subject(clause):
                    yield from _sharing_subject(clause)


def _takes_subject_of(verb: Token, child: Token) -> bool:
    if child.dep_ == "conj":
        return child.pos_ in ("VERB", "AUX") and not own_subject(child)
    vocab = vocabulary()
    lead_in = verb.lemma_ in vocab.lead_in_verbs
    if child.dep_ == "xcomp":
        # "tried to move a motion" is moving it; "tried to counter the narrative" is no act at the meeting
        return lead_in or (verb.lemma_ in vocab.attempt_verbs and child.lemma_ in vocab.attempted_acts)
    if child.dep_ == "advcl" and _infinitive(child):
        return not own_subject(child)  # "attended to discuss", "came to speak", "broke ranks to speak against it"
    return child.dep_ == "advcl" and child.tag_ == "VBG" and not own_subject(child)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def is_act(verb: Token) -> bool:
    """A speech or act verb, a light verb with a speech noun ("gave a report", "paid tribute"), an
    opening verb ("opened the meeting"), "was in the chair", "joined us", "took the NEC through" or a
    view stated ("was concerned that")."""
    lemma = verb.lemma_.casefold()
    objects = objects_of(verb)
    return any(test(verb, lemma, objects) for test in _ACT_TESTS)


def _speaks_verb(verb: Token, lemma: str, objects: list[Token]) -> bool:
    return lemma in vocabulary().speech_verbs and _speech_verb_fits(verb, lemma, objects)


def _light_verb(verb: Token, lemma: str, objects: list[Token]) -> bool:
    vocab = vocabulary()
    return lemma in vocab.light_verbs and any(word_in(o, vocab.speech_nouns) for o in objects)


def _opens(verb: Token, lemma: str, objects: list[Token]) -> bool:
    """ "opened the meeting", "closed the debate", "opened with the finances" (began speaking with them); not
    "opened an office"."""
    vocab = vocabulary()
    if lemma not in vocab.opening_verbs or verb.tag_ == "VBZ":
        return False  # "Jo Bloggs chairs the committee": an office held, not an act at the meeting
    if _begins_with_something(verb):
        return True
    return not objects or any(word_in(o, vocab.meeting_nouns | vocab.speech_nouns) for o in objects)


def _begins_with_something(verb: Token) -> bool:
    """ "opened with the finances", "began with a word of thanks": no object, what came first after "with"."""
    has_object = any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
    return not has_object and any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)


def _in_the_chair(verb: Token, lemma: str, objects: list[Token]) -> bool:
    """ "was in the chair", "took the chair"."""
    if lemma == "take":
        return any(o.lower_ == "chair" for o in objects)
    return lemma == "be" and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(p.lower_ == "chair" for p in c.children) for c in verb.children
    )


def _joins_us(verb: Token, lemma: str, objects: list[Token]) -> bool:
    return lemma == "join" and any(o.lower_ in vocabulary().join_objects for o in objects)


def _walks_through(verb: Token, lemma: str, objects: list[Token]) -> bool:
    """ "took the NEC through the plan"."""
    return lemma in vocabulary().walkthrough_verbs and any(
        c.dep_ == "prep" and c.lower_ == "through" for c in verb.children
    )


def _goes_through(verb: Token, lemma: str, objects: list[Token]) -> bool:
    """ "went through the figures", "went over the plans": a paper taken in order, aloud; not "went through a hard
    year" or "the motion went through"."""
    if lemma != "go":
        return False
    papers = vocabulary().gone_through_objects
    return any(
        c.dep_ == "prep" and c.lower_ in ("through", "over") and any(word_in(p, papers) for p in c.children)
        for c in verb.children
    )


def _states_a_view(verb: Token, lemma: str, objects: list[Token]) -> bool:
    """ "was concerned at the cuts", "was disappointed that ...", "was clear that ...": a stance, in the past,
    with what it is about, which minutes use for what someone said."""
    if verb.lower_ in vocabulary().stance_adjectives:  # "was concerned at", parsed as a passive
        return told_in_the_past(verb) and _about_something(verb)
    stance = [c for c in verb.children if c.dep_ == "acomp" and c.lower_ in vocabulary().stance_adjectives]
    return lemma == "be" and verb.tag_ == "VBD" and any(_about_something(c) or _about_something(verb) for c in stance)


def told_in_the_past(verb: Token) -> bool:
    """A past auxiliary on the verb: "was concerned", not "is concerned" (what was said at the meeting, not a standing
    view); "were taken"."""
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _about_something(word: Token) -> bool:
    """A that-clause or "about/at/with ...", or a speech act ("was keen to stress"), not "proud to visit"."""
    preps = vocabulary().stance_complement_preps
    view = any(c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ in preps) for c in word.children)
    return view or _speech_complement(word)


def _speech_complement(word: Token) -> bool:
    return any(c.dep_ == "xcomp" and _speaks_verb(c, c.lemma_.casefold(), []) for c in word.children)


def _states_a_thought(verb: Token, lemma: str, objects: list[Token]) -> bool:
    """ "the Chair felt the wording needed advice", "Jo thought the plan went too far": a view reported in the past,
    with what it was."""
    return lemma in vocabulary().view_verbs and verb.tag_ == "VBD" and any(c.dep_ == "ccomp" for c in verb.children)


def _makes_plain(verb: Token, lemma: str, objects: list[Token]) -> bool:
    """ "made clear that ...", "made it plain", "made her views known"."""
    words = vocabulary().made_plain_words
    return lemma == "make" and any(c.dep_ in ("ccomp", "acomp", "oprd") and c.lower_ in words for c in verb.children)


def _labels(verb: Token, lemma: str, objects: list[Token]) -> bool:
    """ "branded the plan a disgrace", "called it a fudge", "labelled the cuts reckless": what someone called a thing
    is what they said of it; not "called a meeting"."""
    if lemma not in vocabulary().labelling_verbs:
        return False
    direct = [c for c in verb.children if c.dep_ == "dobj"]
    said_of = any(c.dep_ == "oprd" for c in verb.children) or len(direct) >= 2
    # "labelled the cuts reckless": the parser hangs the complement on the object, after it
    return said_of or any(c.dep_ == "amod" and c.i > o.i for o in direct for c in o.children)


def _asks_to_know(verb: Token, lemma: str, objects: list[Token]) -> bool:
    """ "wanted to know why the report was late", "wished to understand how ...": minutes' words for asking."""
    vocab = vocabulary()
    return lemma in vocab.wanting_verbs and any(
        c.dep_ == "xcomp" and c.lemma_ in vocab.wanted_to_learn and _infinitive(c) for c in verb.children
    )


def _does_the_same(verb: Token, lemma: str, objects: list[Token]) -> bool:
    """ "Ann Lowe spoke, as did Sam Okafor", "...; so did Sam Okafor": "do" standing for the act before it."""
    if lemma != "do" or objects:
        return False
    done = [verb.head] if verb.dep_ in ("advcl", "conj") else [c for c in verb.children if c.dep_ == "ccomp"]
    return any(d is not verb and d.pos_ == "VERB" and d.lemma_ != "do" and is_act(d) for d in done)


def comment_only(verb: Token) -> bool:
    """A view stated with no speech act in it ("was proud that ...", "felt that ..."): from the author, a comment on
    the page."""
    if verb.lemma_.casefold() in vocabulary().view_verbs:
        return True
    if not _states_a_view(verb, verb.lemma_.casefold(), []):
        return False
    stance = [verb, *(c for c in verb.children if c.dep_ == "acomp")]
    return not any(_speech_complement(word) for word in stance)


_ACT_TESTS = (
    _speaks_verb,
    _light_verb,
    _opens,
    _in_the_chair,
    _joins_us,
    _walks_through,
    _goes_through,
    _states_a_view,
    _states_a_thought,
    _makes_plain,
    _labels,
    _asks_to_know,
    _does_the_same,
)


def _has_object(verb: Token) -> bool:
    return any(c.dep_ in ("dobj", "ccomp", "xcomp") or _shared_object(c) for c in verb.children)


def _shared_object(child: Token) -> bool:
    """ "X moved, and Y seconded, a motion on ...": the parser may hang an object two verbs share, set off by a comma,
    as an adverbial noun; not a time ("moved the same week")."""
    first = child.left_edge
    return (
        child.dep_ == "npadvmod"
        and child.pos_ == "NOUN"
        and first.i > 0
        and before_second_space(first.doc[first.i - 1]).text == ","
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in child.children)
    )


def _coordinated(verb: Token) -> list[Token]:
    """ "Cllr Frost moved, and Cllr Dale seconded, that ...": verbs sharing one object."""
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]


def _speech_verb_fits(verb: Token, lemma: str, objects: list[Token]) -> bool:
    vocab = vocabulary()
    particles = vocab.particle_verbs.get(lemma)
    if particles is not None:
        attached = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "advmod")}
        free = vocab.particle_free_objects.get(lemma, frozenset())
        if not attached & particles and not any(word_in(o, free) for o in objects):
            return False  # "read out the result", "read a letter"; not "read the papers"
    if lemma in vocab.infinitive_only and not any(c.dep_ == "xcomp" and _infinitive(c) for c in verb.children):
        return False  # "undertook to circulate the figures"; not "undertook a review"
    if lemma in vocab.transitive_only:
        has_object = _has_object(verb) or verb.dep_ == "relcl" or any(_has_object(c) for c in _coordinated(verb))
        if not has_object:
            return False
    if lemma == "move":
        # "moved on to the next item"; not "moved it on behalf of the EC", which has its object
        has_object = any(c.dep_ == "dobj" for c in verb.children)
        return has_object or not any(
            c.lower_ in vocab.locomotion_preps for c in verb.children if c.dep_ in ("prep", "advmod")
        )
    if lemma in vocab.stance_verbs:
        return verb.tag_ == "VBD"  # "supported the motion" at the meeting; "still supports" is a standing view
    return True
