"""Someone named as the source of an act rather than its subject: a passive agent ("seconded by X"), "a report
from X", "according to X", "X's report", the name after a quote ('"...," said X'), or someone thanked for moving
or seconding."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from nec_extract.extractors.speakers.acts import is_act, own_subject
from nec_extract.extractors.speakers.chunks import Chunk
from nec_extract.extractors.speakers.occasion import at_this_meeting
from nec_extract.extractors.speakers.tokens import objects_of, word_in
from nec_extract.extractors.speakers.vocabulary import vocabulary
from nec_extract.language.lexicon import alternation
from nec_extract.language.people.titles import strip_possessive
from nec_extract.language.spaces import is_second_space

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def is_report_heading(noun: Token) -> bool:
    """A verbless line whose head is a report noun: a section heading naming who reported (not "AK welcomed
    everyone ... from RS", a verb with its subject)."""
    return noun.dep_ == "ROOT" and word_in(noun, vocabulary().from_nouns) and not own_subject(noun)


def object_of_preposition_acts(preposition: Token) -> bool:
    """ "seconded by X" (passive agent), "a proposal from X", "we heard from X", "according to X", "on the motion
    of X", "in answer to X"."""
    if _on_the_motion_of(preposition) or _in_answer_to(preposition) or _under_the_chairing_of(preposition):
        return True
    if preposition.lower_ == "by" or preposition.dep_ == "agent":
        return _by_acts(preposition)
    if preposition.lower_ == "to" and preposition.head.lower_ == "according":
        # "According to Dev Anand, the vote was unanimous": what a named person said; not a forecast ("... the
        # deficit will be cleared"), which may come from anywhere
        claim = preposition.head.head
        return claim.pos_ in ("VERB", "AUX") and at_this_meeting(claim, may_be_reported=True)
    return preposition.lower_ == "from" and (_from_an_item_named_before(preposition) or _from_acts(preposition.head))


def _on_the_motion_of(preposition: Token) -> bool:
    """Council minutes: "RESOLVED on the motion of Cllr Frost", "upon a motion by Cllr Frost"; a conference's "a
    motion in the name of Cllr Frost": the mover."""
    noun = preposition.head
    if preposition.lower_ not in ("of", "by") or noun.dep_ != "pobj":
        return False
    motions = vocabulary().motion_of_nouns
    if noun.lower_ in ("name", "names") and noun.head.lower_ == "in":
        return preposition.lower_ == "of" and _motion_or_its_subject(noun.head.head, motions)
    return noun.lemma_.casefold() in motions and noun.head.lower_ in ("on", "upon")


def _motion_or_its_subject(word: Token, motions: frozenset[str]) -> bool:
    """ "a motion in the name of X", and "the motion was in the names of X and Y"."""
    if word.lemma_ == "be":
        return any(c.dep_ == "nsubj" and c.lemma_.casefold() in motions for c in word.children)
    return word.lemma_.casefold() in motions


def _under_the_chairing_of(preposition: Token) -> bool:
    """ "The WEC met under the chairing of X", "under the chairmanship of Cllr X": who chaired."""
    noun = preposition.head
    return (
        preposition.lower_ == "of"
        and noun.lower_ in vocabulary().chairing_nouns
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "under"
    )


def _in_answer_to(preposition: Token) -> bool:
    """ "In answer to Cllr Dale, the Clerk confirmed ...": who asked."""
    noun = preposition.head
    if preposition.lower_ != "to" or noun.lemma_.casefold() not in vocabulary().answering_nouns:
        return False
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else None
    return verb is not None and verb.pos_ in ("VERB", "AUX") and at_this_meeting(verb)


def _by_acts(preposition: Token) -> bool:
    head = preposition.head
    if head.lemma_.casefold() in vocabulary().following_verbs and head.dep_ in ("advcl", "conj"):
        return is_act(head.head) and at_this_meeting(head.head)  # "Ann Lowe spoke first, followed by Sam Okafor"
    if preposition.dep_ == "agent" or head.tag_ == "VBN" or _participle_read_as_past(head):
        return (
            head.pos_ in ("VERB", "AUX") and _is_passive_act(head) and at_this_meeting(head) and _done_to_speech(head)
        )
    if head.pos_ == "NOUN" and word_in(head, vocabulary().from_nouns):
        # "there was a presentation by X"; a bare "Report by X" line is a byline
        return head.head.pos_ in ("VERB", "AUX") and at_this_meeting(head.head, may_be_reported=True)
    verb = _passive_verb_above(head) if head.dep_ == "pobj" else None  # "nominated for the chair of planning by X"
    return verb is not None and _is_passive_act(verb) and at_this_meeting(verb) and _done_to_speech(verb)


def _from_acts(head: Token) -> bool:
    vocab = vocabulary()
    if head.lower_ in vocab.source_particles and head.dep_ in ("advmod", "prt"):
        head = head.head
    if is_report_heading(head):
        return True  # "Report from the Treasurer, Dianne Hayter" (the parser may tag "Report" a verb)
    head = _noun_the_source_belongs_to(head)
    if head.pos_ == "NOUN" and word_in(head, vocab.from_nouns):
        governor = head.head
        if _circulated_or_missing(head):
            return False
        # "We had an update from X, she praised ...": the parser may hang the clause off the next verb
        if governor.pos_ not in ("VERB", "AUX"):
            return True
        return at_this_meeting(governor, may_be_reported=True, may_be_negated=_result_of_a_motion(head, governor))
    if head.pos_ == "VERB" and any(c.dep_ == "nsubj" and word_in(c, vocab.from_nouns) for c in head.children):
        return at_this_meeting(head)  # "contributions came from X"
    if head.pos_ == "VERB" and head.lemma_.casefold() in vocab.receive_verbs:
        heard_directly = head.lemma_.casefold() == "hear"
        # "we took questions from X", "questions were taken from X"
        received = [*objects_of(head), *(c for c in head.children if c.dep_ == "nsubjpass")]
        return (heard_directly or any(word_in(o, vocab.from_nouns) for o in received)) and at_this_meeting(
            head, may_be_reported=heard_directly
        )
    return False


def _result_of_a_motion(noun: Token, verb: Token) -> bool:
    """ "A motion from X was not agreed": a motion that met a result was moved, whatever the result."""
    vocab = vocabulary()
    return (
        noun.lemma_.casefold() in vocab.motion_of_nouns
        and noun.dep_ in ("nsubj", "nsubjpass")
        and verb.lemma_.casefold() in vocab.result_verbs
    )


def _from_an_item_named_before(preposition: Token) -> bool:
    """ "The second, from X, called for ...", "Another, from X, was lost": an ordinal or "another" standing for an
    item of a list the text named before, the source set off after it, however the parser hung the phrase."""
    doc = preposition.doc
    i = preposition.i
    if i < 2 or doc[i - 1].text != "," or doc[i - 2].lower_ not in vocabulary().elliptical_item_words:
        return False
    clause = doc[i - 2].head
    return clause.pos_ not in ("VERB", "AUX") or at_this_meeting(clause, may_be_reported=True)


def _participle_read_as_past(verb: Token) -> bool:
    """ "Moved by A and seconded by B": the parser may tag the second participle a past tense; with no subject of
    its own and coordinated with a participle, it is one."""
    return verb.tag_ == "VBD" and verb.dep_ == "conj" and verb.head.tag_ == "VBN" and not own_subject(verb)


def _passive_verb_above(noun: Token) -> Token | None:
    """The passive verb a by-phrase the parser hung on a noun belongs to, at most three prepositional steps up,
    also past a particle ("ruled out of order by the Chair")."""
    current = noun
    for _ in range(3):
        if current.dep_ != "pobj" or current.head.dep_ != "prep":
            return None
        current = current.head.head
        if current.dep_ == "prt":
            current = current.head
        if current.tag_ == "VBN" and any(c.dep_ in ("auxpass", "nsubjpass") for c in current.children):
            return current
    return None


def _done_to_speech(verb: Token) -> bool:
    """A passive light or opening verb acts at the meeting only on a speech or the meeting: "a report was given
    by X", "the session was led by X", not "a commission led by X"."""
    vocab = vocabulary()
    lemma = verb.lemma_.casefold()
    if lemma in vocab.speech_verbs or lemma not in vocab.light_verbs | vocab.opening_verbs:
        return True
    if any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
        return False  # "the council is led by X": an office held, not an act at the meeting
    done_to = [c for c in verb.children if c.dep_ == "nsubjpass"] + ([verb.head] if verb.dep_ == "acl" else [])
    if verb.dep_ == "relcl" and any(t.tag_ in _RELATIVE_TAGS for t in done_to):
        # "Saturday's WEC, which was chaired by X": what "which" stands for, or the noun a place it may hang on
        # belongs to ("the meeting in Leeds, which was chaired by X")
        head = verb.head
        done_to = [head, head.head.head] if head.dep_ == "pobj" and head.head.dep_ == "prep" else [head]
    return not done_to or any(word_in(t, vocab.speech_nouns | vocab.meeting_nouns) for t in done_to)


_RELATIVE_TAGS = ("WDT", "WP")  # "which", "that", "who" as a relative clause's subject


def _circulated_or_missing(noun: Token) -> bool:
    """ "a paper from X was circulated", "without a report from X": no one spoke."""
    vocab = vocabulary()
    governor = noun.head
    if noun.dep_ == "pobj" and governor.lower_ in vocab.negating_preps:
        return True
    return governor.pos_ in ("VERB", "AUX") and governor.lemma_.casefold() in vocab.circulation_verbs


def _noun_the_source_belongs_to(noun: Token) -> Token:
    """ "an update on the conference timetable from X": the parser hangs "from X" on the nearest
    noun; climb back (at most three prepositional steps) to a report or proposal noun."""
    vocab = vocabulary()
    current = noun
    for _ in range(3):
        if word_in(current, vocab.from_nouns) or current.dep_ != "pobj":
            break
        current = current.head.head
    return current if word_in(current, vocab.from_nouns) else noun


def _is_passive_act(verb: Token) -> bool:
    vocab = vocabulary()
    lemma = verb.lemma_.casefold()
    if lemma in vocab.passive_act_verbs:
        return True
    return lemma in vocab.speech_verbs and lemma not in vocab.particle_verbs and lemma not in vocab.stance_verbs


def possessor_acts(slot: Token, chunk: Chunk) -> bool:
    """ "Tom Watson's report covered ...": a report noun right after the name (role words between)."""
    vocab = vocabulary()
    noun = slot.head
    if not word_in(noun, vocab.possessive_nouns):
        return False
    between = [t for t in noun.doc[chunk.tokens[-1].i + 1 : noun.i] if t.dep_ != "case" and not is_second_space(t)]
    allowed = vocab.possessive_gap_words | vocab.role_words
    if not all(strip_possessive(t.lower_) in allowed or t.is_punct for t in between) or len(between) > 3:
        return False
    governor = noun.head
    if _circulated_or_missing(noun):
        return False
    return governor.pos_ not in ("VERB", "AUX") or at_this_meeting(governor)


def thanked_for_acting(text: str, doc: Doc, chunks: list[Chunk]) -> set[int]:
    """Chunks thanked for an act: "thanks to Tom Warnett and Ann Black for proposing and seconding me", "The chair
    thanked Jo Bloggs for her report". ``text`` is the sentence ``doc`` parses (``doc.text`` rebuilds it, token by
    token)."""
    vocab = vocabulary()
    found: set[int] = set()
    if not _thank_word().search(text):
        return found  # asked of every parsed sentence; most thank no one
    for token in doc:
        if token.lower_ not in vocab.thank_words:
            continue
        for later in doc[token.i + 1 :]:
            if later.lower_ != "for":
                continue
            gerunds = [c for c in later.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]
            if any(is_act(g) for g in gerunds) or _their_own_speech(later):
                found.update(
                    id(c) for c in chunks if c.kind == "name" and token.i < c.tokens[0].i and c.tokens[-1].i < later.i
                )
            break
    return found


@cache
def _thank_word() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(vocabulary().thank_words)})\b", re.IGNORECASE)


def _their_own_speech(preposition: Token) -> bool:
    """ "for her report", "for his presentation": what the person thanked said at the meeting; not "for her work" or
    "for the report" (a paper)."""
    nouns = vocabulary().speech_nouns
    return any(
        c.dep_ == "pobj"
        and c.lemma_.lower() in nouns
        and any(p.dep_ == "poss" and p.tag_ == "PRP$" for p in c.children)
        for c in preposition.children
    )


_CLOSING_QUOTES = frozenset({'"', "”", "’", "'", "''"})
_ROLE_GAP = 7  # words between the verb and the name: "the union's deputy general secretary,"


def attributed_after_a_quote(chunk: Chunk) -> bool:
    """'"We will not give up," added deputy general secretary Frank Olusanya': a speech verb right after a
    closing quote, and the person after the verb (only a role or a description between)."""
    doc = chunk.tokens[0].doc
    i = chunk.tokens[0].i - 1
    while i >= 0 and chunk.tokens[0].i - i <= _ROLE_GAP and _describes_someone(doc[i]):
        i -= 1
    if i < 1 or doc[i].lemma_.casefold() not in vocabulary().speech_verbs or doc[i].tag_ not in ("VBD", "VBZ"):
        return False
    before = doc[i - 1]
    return before.text in _CLOSING_QUOTES or (before.text == "," and i > 1 and doc[i - 2].text in _CLOSING_QUOTES)


def _describes_someone(token: Token) -> bool:
    """A word of "the union's general secretary," or "campaigner" before a name."""
    vocab = vocabulary()
    return (
        token.lower_ in vocab.role_words
        or token.lower_ in vocab.role_determiners
        or token.tag_ == "POS"
        or token.text == ","
        or (token.is_lower and token.pos_ in ("NOUN", "ADJ"))
    )
