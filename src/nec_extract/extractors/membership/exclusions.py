"""Counts that are no membership figure: staff, voters, committees' seats, thresholds, ages, rates, schemes.

Each test reads a count's clause (and what it counts) and says whether the SPEC's "not membership" list or
its rulings rule it out: counts of something else, of members doing something (voting, attending, being
suspended), conditions and targets, a committee's own size.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from functools import cache

from nec_extract.extractors.membership.clause import Clause
from nec_extract.extractors.membership.counted import Counted
from nec_extract.extractors.membership.events import event_idiom
from nec_extract.extractors.membership.subgroups import place_or_sector
from nec_extract.extractors.membership.vocabulary import words_of
from nec_extract.extractors.membership.words import Tagger, Word, kind_of, lowers
from nec_extract.language.lexicon.numbers import numbers_vocabulary
from nec_extract.language.numbers import Quantity, count_value


def ruled_out_by_clause(clause: Clause, quantity: Quantity, following: Sequence[Word]) -> bool:
    """Ruled out before reading what the count counts: its context words, a bracket, a verb it shares, the
    names of those it counts."""
    if quantity.value < 2 or _excluded_by_context(clause, quantity) or _names_follow(clause):
        return True
    if _seats_of_a_named_body(clause, quantity):
        return True
    in_brackets = bool(following) and following[0].text == "("
    if in_brackets:
        return any(w.lower in words_of("excluded_context") for w in following)
    # "183,000 members and 113,000 supporters voted": the subjects share the verb
    shares_a_verb = not clause.left and clause.link in ("", ",", ";", ":") and not _has_a_verb(clause)
    return shares_a_verb and _excluded_predicate_ahead(following)


# the most people a body sends to a committee's table ("the two Unite members", "our three CLP reps")
_MOST_SEATS = 12


def _seats_of_a_named_body(clause: Clause, quantity: Quantity) -> bool:
    """ "The two Unite members voted against", "our two Unite and three GMB members pushed for it": a handful of the
    meeting's own people, each named by the body that sends them, not that body's membership ("our 612 members",
    "the union's 1.2 million members" stay figures)."""
    if quantity.value > _MOST_SEATS:
        return False
    named = list(itertools.takewhile(_is_a_name, clause.right))
    if not named:
        return False
    after = clause.right[len(named) : len(named) + 1]
    if after and kind_of(after[0]) != "member":
        return False
    if not after and clause.link != "":
        return False  # the name ends the clause only before "and" ("two Unite and three GMB members")
    if clause.link == "and" and not clause.left:
        return bool(clause.outer) and all(_is_a_name(w) for w in clause.outer)
    return lowers(clause.left[-1:]) in ([w] for w in words_of("partitive_determiners"))


def _is_a_name(word: Word) -> bool:
    return word.text[:1].isupper() and kind_of(word) is None


def _has_a_verb(clause: Clause) -> bool:
    """Words after the counted noun: "25,000 new members have joined ..." has its own verb."""
    nouns = [i for i, w in enumerate(clause.right) if kind_of(w) is not None]
    return bool(nouns) and nouns[0] + 1 < len(clause.right)


def ruled_out_by_counted(clause: Clause, quantity: Quantity, counted: Counted, pos_at: Tagger) -> bool:
    """Ruled out by what the count counts, and by what those counted did."""
    if counted.kind == "thing" or _in_a_scheme(counted) or _subject_is_a_committee(clause):
        return True
    if _whole_of_those_attending(clause, counted) or _acting_from_somewhere(counted, pos_at):
        return True
    if _at_the_meeting(counted) or _drawn_to_the_meeting(clause) or _former_who_died(counted):
        return True
    if _welcomed_to_the_table(clause, counted):
        return True
    if counted.kind != "none" and _counts_something_else(counted):
        return True
    if _excluded_predicate(counted.predicate) and not _the_whole_will_act(clause, counted):
        return True
    return counted.kind == "none" and _is_age(clause, quantity)


def _whole_of_those_attending(clause: Clause, counted: Counted) -> bool:
    """ "seven of the nine members there", "ten of our twelve members were present": the whole of a part at the
    meeting is a committee's own size, not membership."""
    return clause.link == "figure" and lowers(clause.left[:1]) == ["of"] and _said_to_attend(counted)


def _at_the_meeting(counted: Counted) -> bool:
    """ "more than thirty members in the room", "40 members present", "some 200 members on the call": those at the
    meeting, not the membership."""
    return counted.kind == "member" and _said_to_attend(counted)


def _drawn_to_the_meeting(clause: Clause) -> bool:
    """ "The meeting drew about sixty members to the hall", "the hustings attracted more than 80 members": those
    a gathering brought in, not the membership ("the stall attracted 25 new members" recruits)."""
    before = [w for w in clause.left if w.lower not in _hedge_words()]
    if not before or before[-1].lower not in words_of("attracting_verbs"):
        return False
    return any(w.lower in words_of("gatherings") for w in before[:-1])


def _welcomed_to_the_table(clause: Clause, counted: Counted) -> bool:
    """ "opened the meeting and welcomed two new members", "We welcomed two new members from the affiliated unions":
    new members of the committee itself, welcomed by whoever opens its meeting or sent by a section it seats; not
    those who joined the body ("We welcomed 28 new members and bade farewell to 11")."""
    before = [w for w in clause.left if w.lower not in _hedge_words()]
    if counted.kind != "member" or not before or before[-1].lower not in words_of("welcoming_verbs"):
        return False
    opener = list(clause.outer) + before[:-1] if clause.link == "and" else before[:-1]
    if any(w.lower in words_of("gatherings") or w.lower in words_of("meeting_hosts") for w in opener):
        return True
    source = lowers(counted.predicate[:4])
    return source[:1] == ["from"] and any(w in words_of("seated_sections") for w in source[1:])


@cache
def _hedge_words() -> frozenset[str]:
    """The words of the hedges a count may carry ("about", "more than", "some")."""
    return frozenset(word for hedge in numbers_vocabulary().hedges for word in hedge.split())


def _said_to_attend(counted: Counted) -> bool:
    """Whether what follows the counted noun opens by placing them at the meeting ("were there", "in the room")."""
    predicate = [w for w in counted.predicate if w.lower not in words_of("auxiliaries")]  # "were there"
    ahead = " ".join(lowers(predicate[:3]))
    return any(ahead == p or ahead.startswith(p + " ") for p in words_of("attendance_predicates"))


def _former_who_died(counted: Counted) -> bool:
    """ "tributes to two former members who died in August": those remembered, no fall in the membership."""
    if not any(w.lower in words_of("former_words") for w in counted.modifiers):
        return False
    skipped = ("auxiliaries", "relative_pronouns")
    predicate = [w for w in counted.predicate[:5] if not any(w.lower in words_of(key) for key in skipped)]
    return bool(predicate) and predicate[0].lower in words_of("death_words")


def _acting_from_somewhere(counted: Counted, pos_at: Tagger) -> bool:
    """ "300 members from across the region lobbied the board": members from somewhere doing something (the first
    verb after the "from" phrase), unless they joined or left."""
    if counted.kind != "member" or lowers(counted.predicate[:1]) != ["from"]:
        return False
    for word in counted.predicate[1:10]:
        if pos_at(word.start) == "VERB":
            return word.lower not in words_of("join_words") and word.lower not in words_of("leave_words")
    return False


def is_rate(predicate: Sequence[Word]) -> bool:
    """ "1,000 members a day"; but "52,000 a year ago" is a date, not a rate."""
    first = lowers(predicate[:3])
    if len(first) < 2 or first[0] not in words_of("rate_determiners") or first[1] not in words_of("rate_units"):
        return False
    return not (first[2:] and first[2] in words_of("past_markers"))


def _excluded_by_context(clause: Clause, quantity: Quantity) -> bool:
    # "Attendance: 31", "quorate with 11 members", "Quorum (9 voting members)"
    label = list(clause.outer) if clause.link in (":", "–", "—", "with", "(") and not clause.left else []
    words = lowers(_after_reporting_frame(label + clause.left)) + lowers(clause.right)
    if any(w in words_of("excluded_context") for w in words):
        return True
    if _is_conditional(clause):
        return True
    return _is_threshold(clause, quantity) or _excluded_by_the_words_before(clause)


def _after_reporting_frame(words: Sequence[Word]) -> Sequence[Word]:
    """ "Delegates heard that [the union has ...]", "told the staff that [...]": those told or hearing are not
    those the count counts, so the words up to the reporting verb (and a "that" just after its object) go."""
    verbs = [i for i, w in enumerate(words) if w.lower in words_of("reporting_words") and w.lower != "that"]
    if not verbs:
        return words
    start = verbs[-1] + 1
    that = [i for i, w in enumerate(words[start : start + 4], start=start) if w.lower == "that"]
    return words[that[0] + 1 :] if that else words[start:]


def _is_conditional(clause: Clause) -> bool:
    """ "we aim to reach 1,000", "the target is 600", "hoping to grow from 1.3m to two million" (the target, not
    the starting point "from 1.3m")."""
    words = lowers(clause.chain)
    marks = [i for i, w in enumerate(words) if w in words_of("conditional_words")]
    if not marks:
        return False
    ends = [w for w in words[marks[-1] + 1 :] if w in ("from", "to")]
    return ends[-1:] != ["from"]


def _excluded_by_the_words_before(clause: Clause) -> bool:
    """ "signed by 1,200", "a letter from 100 members", "fees for 120,000 members": the figure is not what the
    clause states; "fell by 5,000", "down from 35,000", "compared with 52,000" are figures."""
    left = lowers(clause.left)
    last = left[-2:]
    if not last:
        return False
    change = any(w in words_of("increase_words") | words_of("decrease_words") for w in left)
    if last[-1] == "by":
        return not change
    if last[-1] == "from":
        return not (change or clause.link == "figure" or " ".join(last) in words_of("comparison_links"))
    if " ".join(last) in words_of("comparison_links"):
        return False
    if " ".join(last) in words_of("share_verbs") or " ".join(last) in words_of("recruiting_verbs"):
        return False  # "retired members account for 7,400", "we signed up 40 new members"
    if last[-1] in words_of("object_prepositions") and clause.link != "with":
        return True
    if last[-1] == "to" and any(w in words_of("given_to_words") for w in left[-3:-1]):
        return True  # "paid out to fourteen members", "grants to 30 members"
    if _the_body_counts(clause):
        return False  # "the union represents 260,000 members"
    return any(w in words_of("outreach_words") for w in last)


def represented_by_the_body(clause: Clause, counted: Counted) -> bool:
    """ "The union represents 450,000 teachers", "the union, which represents ...": a union's size, whatever it calls
    the people it counts, unless it counts units ("represents 30 branches")."""
    if counted.kind != "thing" or not counted.modifiers or counted.modifiers[-1].lower in words_of("unit_nouns"):
        return False
    return _the_body_counts(clause, "representing_verbs")


def _is_the_body(owner: Word) -> bool:
    """ "the union", "we", "UNISON": the body itself as the subject of "represents"."""
    named = owner.text.isupper() and len(owner.text) > 1
    return named or owner.lower in words_of("organisation_heads") or owner.lower in words_of("subject_words")


def _the_whole_will_act(clause: Clause, counted: Counted) -> bool:
    """ "The union's 320,000 members will vote on the offer": the body's whole membership, about to act."""
    owner = clause.left[-1] if clause.left else None
    if owner is None or counted.kind != "member" or counted.modifiers:
        return False
    owned = owner.lower.endswith(("'s", "’s")) or owner.lower in words_of("partitive_determiners")
    modal = lowers(counted.predicate[:1])
    return owned and owner.lower != "the" and bool(modal) and modal[0] in words_of("modal_words")


def _the_body_counts(clause: Clause, verbs: str = "organisation_verbs") -> bool:
    """ "The union represents", "UNISON represents", "we represent", "the union, which represents": a body
    stating its own size."""
    left = [w for w in clause.left if w.lower not in words_of("level_adverbs")]  # "the union now represents"
    if len(left) == 2 and left[0].lower in words_of("relative_pronouns") and clause.link == "," and clause.outer:
        left = [clause.outer[-1], left[1]]  # the subject of "which" is before the comma
    if len(left) < 2 or left[-1].lower not in words_of(verbs):
        return False
    return _is_the_body(left[-2])


def _excluded_predicate_ahead(following: Sequence[Word]) -> bool:
    """The verb after the last counted noun ahead: "[183,000 members] and 113,000 supporters voted"."""
    ahead = list(following[:12])
    nouns = [i for i, w in enumerate(ahead) if kind_of(w) is not None]
    if nouns:
        ahead = ahead[nouns[-1] + 1 :]
    return bool(nouns) and _excluded_predicate(ahead)


def _names_follow(clause: Clause) -> bool:
    """ "five new members: Ann Cole, Raj Patel ...": the people are named, so the count is no figure."""
    beyond = clause.beyond
    if len(beyond) < 3 or beyond[0].text not in (":", "(", "–", "—", "-"):
        return False
    return all(w.text[0].isupper() and kind_of(w) is None for w in beyond[1:3])


def _counts_something_else(counted: Counted) -> bool:
    """ "4 NEC members", "members of staff", "new members joined the NEC": seats and such, not membership."""
    bodies = words_of("excluded_bodies")
    if any(w.lower in bodies for w in counted.modifiers):
        return True
    # "members of the NEC", "new members joined the NEC", "were welcomed to the committee"
    return any(w.lower in bodies for w in counted.predicate[:5]) and event_idiom(counted.predicate) is None


def _excluded_predicate(predicate: Sequence[Word]) -> bool:
    """Members doing something: "[members] have been suspended", "[members] voted in the ballot"."""
    predicate = _without_owner(predicate)
    if place_or_sector(predicate) is not None:
        return False  # "members employed in local government"
    skipped = ("auxiliaries", "relative_pronouns", "hedging_verbs")  # "are thought to have voted"
    for word in predicate[:6]:
        if any(word.lower in words_of(key) for key in skipped):
            continue
        verb = word.lower.rpartition("-")[2]  # "auto-excluded"
        if event_idiom(predicate[predicate.index(word) :]) is not None:
            return False  # "came on board": joined, not members who came somewhere
        return verb in words_of("excluded_predicates") and not _is_signing_up(predicate, word)
    return False


def _without_owner(predicate: Sequence[Word]) -> Sequence[Word]:
    """The predicate after "of the party", "of Unite": "[members] of the party have been suspended"."""
    if not predicate or predicate[0].lower != "of":
        return predicate
    rest = predicate[2:] if len(predicate) > 1 and predicate[1].lower == "the" else predicate[1:]
    while rest and (rest[0].text[0].isupper() or rest[0].lower in words_of("organisation_heads")):
        rest = rest[1:]
    return rest


def _is_signing_up(predicate: Sequence[Word], word: Word) -> bool:
    index = predicate.index(word)
    return word.lower.startswith("sign") and index + 1 < len(predicate) and predicate[index + 1].lower == "up"


def _in_a_scheme(counted: Counted) -> bool:
    """ "members in the Thousand Club", "members of the Chair's Circle": a donors' scheme, not a membership body."""
    tail = counted.predicate[:6]
    if not tail or tail[0].lower not in ("in", "of"):
        return False
    return any(w.text[0].isupper() and w.lower in words_of("scheme_heads") for w in tail[1:])


def _subject_is_a_committee(clause: Clause) -> bool:
    """ "the NEC has 39 members", "the panel be expanded from six members to nine", "the executive, which has 21
    members", "the NEC has a membership of 39": seats on a committee. A member noun first ("the committee heard
    membership is 1,200") rules it out."""
    words = list(clause.chain)
    if words[:1] and words[0].lower in words_of("relative_pronouns") and clause.link == ",":
        words = list(clause.outer) + words
    for position in range(len(words) - 1, -1, -1):
        word = words[position]
        counted = position > 0 and count_value(words[position - 1].text) is not None  # "has nine members after"
        # "the NEC has a membership of 39": the member noun frames the count, it does not open a new subject
        framing = position == len(words) - 2 and words[-1].lower == "of"
        member = kind_of(word) in ("member", "supporter") and not counted and not framing
        if word.lower in words_of("reporting_words") or member:
            return False
        if word.lower in words_of("excluded_bodies"):
            return True
    return False


def _is_threshold(clause: Clause, quantity: Quantity) -> bool:
    """ "unions with more than 100,000 members", "each CLP with over 500 members", "branches of fewer than 30
    members": a condition, not a count."""
    if quantity.hedge not in words_of("threshold_hedges"):
        return False
    if clause.link == "with" and clause.outer:
        if any(w.lower in words_of("conditional_words") for w in clause.outer):
            return True
        return _names_bodies(clause.outer[-1])
    left = clause.left
    return len(left) >= 2 and left[-1].lower in ("with", "of") and _names_bodies(left[-2])


def _names_bodies(word: Word) -> bool:
    """ "unions", "branches", "CLPs": bodies in general; but "a union of 200,000 members" is one body's size."""
    return word.lower.endswith("s") and kind_of(word) is None and word.lower not in words_of("subject_words")


def _is_age(clause: Clause, quantity: Quantity) -> bool:
    if quantity.value >= 130:
        return False
    last = clause.left[-1].lower if clause.left else ""
    if quantity.hedge in words_of("age_words") or last in words_of("age_words"):
        return True
    # "aged 14 to 26", "aged between 18 and 25": the end of an age range
    chain = lowers(clause.chain)
    return clause.link == "figure" and last in ("to", "and") and any(w in words_of("age_words") for w in chain[-4:])
