"""Whether a verb's subject in the parse is the meeting's own body: "we", "the regional committee", "delegates", the
body the report's title names; not "our branch", "other councils", "Camden council" or "councillors in Camden" under a
title without Camden, "Unite's executive"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nec_extract.extractors.motions.this_meeting.bodies import (
    a_wing_of_ours,
    another_organisation,
    another_owner_noun,
    named_for_a_function,
    national_above_ours,
    title_words,
    titled_elsewhere,
)
from nec_extract.extractors.votes.members_elsewhere import members_placed_elsewhere
from nec_extract.language.lexicon.decisions import decisions_vocabulary
from nec_extract.language.lexicon.grammar import grammar_vocabulary

_ASIDES = ("relcl", "acl", "appos", "punct")  # "The Board, which met in Cardiff, ...": said of the subject, no name

if TYPE_CHECKING:
    from spacy.tokens import Token

    from nec_extract.extractors.motions.sentence.reading import Reading


def our_subject(subject: Token, reading: Reading) -> bool:
    """Whether the subject is the meeting's body."""
    words = decisions_vocabulary()
    if subject.lower_ in words.motions.meeting_pronouns:
        return True
    if subject.lower_ in words.motions.anaphoric_subjects:
        # "The NEC met on Tuesday. It agreed ...": the body the sentence before opened with; else who knows
        return reading.after_our_body and subject.lower_ in words.motions.body_pronouns
    if subject.lemma_.lower() in words.clauses.majorities:
        return True  # "A majority opposed the motion", "The majority of members backed it": the meeting's vote
    title = (reading.report.title or "").lower()
    by_name = _named_ours(subject, reading)
    if by_name is not None:
        return by_name
    first = next(iter(subject.subtree))
    if any(c.dep_ == "nummod" for c in subject.children):
        return False  # "only seven members supported it": voters counted, not the body
    if first.lower_ in words.motions.not_our_body_before or not _a_body_noun_of_ours(subject, reading):
        return False  # "our branch", "other councils"; "The policy committee" in an NEC report: a committee of its own
    named = [t for t in subject.lefts if t.pos_ == "PROPN" and t.dep_ in ("compound", "amod") and not _generic(t)]
    owners = [t for t in subject.children if t.dep_ == "poss" and t.pos_ == "PROPN"]
    if any(t.lower_ not in title for t in named) or any(another_organisation(t.text, title) for t in owners):
        return False  # "Camden council", "Unite's executive" in a report on another body
    if any(_another_body(t, subject) or _another_owner(t, title) for t in subject.children if t.dep_ == "poss"):
        return False  # "the council's cabinet" in a report on a branch, "the employer's board": another's body
    if _placed_elsewhere(subject, title):
        return False  # "Councillors in Camden", "members on Westshire council" in a report on another body
    owner = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return owner is None or any(c.dep_ == "pobj" and _ours_of(c, reading) for c in owner.children)


def _generic(word: Token) -> bool:
    """ "Central", "Executive" of "the GMB's Central Executive Council": a word of any body's name, naming no place or
    other body as "Camden" of "Camden council" does."""
    return word.lower_ in decisions_vocabulary().motions.generic_name_words


def _a_wing_of_ours(owner: Token, reading: Reading) -> bool:
    """ "Young Labour's", "Scottish Labour's": bodies.a_wing_of_ours of the owner and a word the parse ties to it."""
    title = reading.report.title
    return any(c.dep_ in ("compound", "amod") and a_wing_of_ours(c.text, owner.text, title) for c in owner.children)


def _named_ours(subject: Token, reading: Reading) -> bool | None:
    """True for the body by one of its names ("the committee", "Labour's ruling body"), False for the national
    executive above it ("the UK NEC" in a report on the Scottish Executive) or a wing's body ("Young Labour's national
    committee"), None when the name does not tell."""
    if national_above_ours(_phrase(subject), reading.body, reading.report.title):
        return False
    if any(_a_wing_of_ours(t, reading) for t in subject.children if t.dep_ == "poss"):
        return False  # "Young Labour's national committee" in an NEC report: a wing's own body
    ours_by_name = reading.body.is_ours(_phrase(subject)) or reading.body.is_ours_or_the_partys(_words(subject))
    # "members at the Camden depot voted to accept": members polled at work, not the meeting
    ours_by_name = ours_by_name and not members_placed_elsewhere(subject)
    return True if ours_by_name and not _council_titled_elsewhere(subject, reading) else None


def _a_body_noun_of_ours(subject: Token, reading: Reading) -> bool:
    """A noun that may name the meeting's body ("committee", "members"); "council" and "cabinet" only where the
    title does not make them another body's (bodies.titled_elsewhere); not one named by what it deals with ("the
    policy committee") unless the title names it so."""
    words = decisions_vocabulary()
    owned = any(c.dep_ == "poss" for c in subject.children)  # "the NEC's Organisation Committee": the NEC's own
    if not owned and named_for_a_function([t.text for t in subject.lefts], title_words(reading.report.title)):
        return False
    if subject.lemma_.lower() in words.motions.bodies_ours_only_when_titled:
        return not _council_titled_elsewhere(subject, reading)
    return subject.lemma_.lower() in words.clauses.bodies


def _council_titled_elsewhere(subject: Token, reading: Reading) -> bool:
    """bodies.titled_elsewhere of the subject's head noun (as its lemma: "councils" too) and the words naming it."""
    if subject.lemma_.lower() not in decisions_vocabulary().motions.bodies_ours_only_when_titled:
        return False
    naming = [t.lower_ for t in subject.lefts if t.pos_ in ("ADJ", "NOUN", "PROPN")]
    return titled_elsewhere(" ".join([*naming, subject.lemma_.lower()]), reading.report.title)


def _ours_of(owner: Token, reading: Reading) -> bool:
    """What follows "of" keeps the body ours: a body ("members of the committee", "members of Labour's ruling body")
    or the organisation that owns it ("the NEC of the union"); not "members of the public"."""
    words = decisions_vocabulary()
    lemma = owner.lemma_.lower()
    if lemma in words.motions.own_organisations:
        return _owned_by_us(owner)
    return lemma in words.clauses.bodies or reading.body.is_ours_or_the_partys(_words(owner))


def _owned_by_us(organisation: Token) -> bool:
    """ "the union", "the society": the report's own organisation; "another union", "Unite's union" is not."""
    words = decisions_vocabulary().motions
    determiners = [c.lower_ for c in organisation.children if c.dep_ in ("det", "poss")]
    return all(d in ("the", "this", *words.home_owners, *words.time_owners) for d in determiners)


def _another_owner(owner: Token, title: str) -> bool:
    """A possessive common noun naming someone other than the organisation the reports are about: "the employer's
    board", "the company's panel" (not "the party's executive", "the union's NEC")."""
    return owner.pos_ == "NOUN" and another_owner_noun(owner.lemma_, title)


def surely_ours(subject: Token, reading: Reading) -> bool:
    """Our body, named so that it cannot be another ("the NEC", "we", "the board", "councillors", "delegates"), not
    merely a body noun ("the cabinet" in a council's minutes may be its cabinet): for decisions told in passing."""
    words = decisions_vocabulary()
    if not our_subject(subject, reading):
        return False
    named = subject.lower_ in words.motions.meeting_pronouns or reading.body.is_ours(_phrase(subject))
    named = named or reading.body.is_ours_or_the_partys(_words(subject))  # "Labour's NEC", "the party's ruling body"
    return named or subject.lemma_.lower() in words.clauses.meeting_people or _titled(subject, reading)


def _titled(subject: Token, reading: Reading) -> bool:
    """ "the Regional Executive" under "Regional Executive Committee report": a body named in the title's own words."""
    title = title_words(reading.report.title)
    words = [t.lower_ for t in subject.subtree if t.dep_ != "det"]
    return subject.lemma_.lower() in decisions_vocabulary().clauses.bodies and all(w in title for w in words)


def _another_body(owner: Token, subject: Token) -> bool:
    """A possessive owner that is itself a body ("the council's cabinet", "the union's executive" is not: a union is
    no meeting): the subject is a body of that body, not the meeting's own."""
    bodies = decisions_vocabulary().clauses.bodies
    return owner.lemma_.lower() in bodies and owner.lemma_.lower() != subject.lemma_.lower()


def _words(token: Token) -> str:
    """The phrase a token heads, as written ("Labour's governing body")."""
    return token.doc[token.left_edge.i : token.right_edge.i + 1].text  # not doc.text: it rebuilds the whole sentence


def _phrase(subject: Token) -> str:
    """The subject's words, without a possessive's "'s" ("the GC" of "the GC's decision") or a clause said of it
    ("the Board" of "The Board, which met in Cardiff, ...")."""
    asides = {t.i for c in subject.children if c.dep_ in _ASIDES for t in c.subtree}
    return " ".join(t.text for t in subject.subtree if t.dep_ != "case" and t.i not in asides)


def _placed_elsewhere(subject: Token, title: str) -> bool:
    """The subject placed by a preposition in somewhere the title does not name ("councillors in Camden"), or members
    placed at a workplace or in an area (votes.members_elsewhere)."""
    if members_placed_elsewhere(subject):
        return True
    places = grammar_vocabulary().decisions.body_place_prepositions
    where = [c for c in subject.children if c.dep_ == "prep" and c.lower_ in places]
    home = decisions_vocabulary().motions.home_owners  # "members of Labour's ruling body": the party's own
    names = [t for p in where for t in p.subtree if t.pos_ == "PROPN" and t.lower_ not in home]
    return any(t.lower_ not in title for t in names)


def subject_of_aside(verb: Token) -> Token | None:
    """ "The committee, meeting in London on Tuesday, voted ...": the parse hangs the subject on the participle of the
    aside before the verb; it is the verb's."""
    asides = [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb.i]
    subjects = [s for a in asides for s in a.children if s.dep_ == "nsubj" and s.i < a.i]
    return subjects[0] if subjects else None
