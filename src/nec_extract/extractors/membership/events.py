"""What happened to those counted: in arrears, joined, left, a net rise or fall; or joined something else."""

from __future__ import annotations

from collections.abc import Sequence

from nec_extract.extractors.membership.clause import Clause
from nec_extract.extractors.membership.counted import Counted
from nec_extract.extractors.membership.vocabulary import words_of
from nec_extract.extractors.membership.words import Word, is_arrears, lowers


def event_of(clause: Clause, counted: Counted) -> str | None:
    """arrears | joined | left | rise | fall (a net change: "up 45 members", "a net loss of 90,000 members") |
    rejected (joined a march, left a meeting) | None."""
    if _in_arrears(lowers(counted.predicate)):
        return "arrears"
    verb = _verb_event(counted.predicate)
    if verb is not None:
        return verb  # the verb wins: "2,000 new members joined the march" joined no party
    comparative = _comparative(counted)
    if comparative is not None:
        return comparative
    if any(w.lower in words_of("join_modifiers") for w in counted.modifiers):
        return "joined"
    if any(w.lower in words_of("leave_modifiers") for w in counted.modifiers):
        return "left"
    subject = _subject_event(lowers(clause.left))
    return subject or _event_before(lowers(clause.left[-3:]))


def _subject_event(left: Sequence[str]) -> str | None:
    """ "arrears had reached 3,250 members" → arrears; "net growth for the year was 1,870 members" → rise; "the
    loss over the year was 300 members" → fall: the subject names what happened, only a verb and a time follow."""
    marks = [i for i, w in enumerate(left) if is_arrears(w) or w in words_of("change_nouns")]
    if not marks or not all(_is_a_verb_or_time(w) for w in left[marks[-1] + 1 :]):
        return None
    noun = left[marks[-1]]
    if is_arrears(noun):
        return "arrears"
    return "rise" if noun in words_of("increase_words") or noun == "uplift" else "fall"


def _is_a_verb_or_time(word: str) -> bool:
    keys = ("auxiliaries", "link_words", "level_adverbs", "increase_words", "decrease_words", "prepositions")
    return any(word in words_of(key) for key in (*keys, "time_words", "date_words", "rate_units"))


def _comparative(counted: Counted) -> str | None:
    """ "15,000 more members than a year ago", "100k lower than at its peak": a net rise or fall."""
    words = lowers([*counted.modifiers, *counted.predicate[:2]])
    if "than" not in words[1:]:
        return None
    before_than = words[: words.index("than")]
    if any(w in words_of("comparatives_up") for w in before_than):
        return "rise"
    return "fall" if any(w in words_of("comparatives_down") for w in before_than) else None


def _in_arrears(predicate: Sequence[str]) -> bool:
    return any(is_arrears(w) for w in predicate[:7]) or _behind_with_payments(predicate) or _not_paid(predicate)


def _event_before(left: Sequence[str]) -> str | None:
    """ "lost 60,000 members", "recruited 4,500", "a net loss of 90,000 members"; "women make up 54,000 [of our
    members]" is a share, no rise."""
    if " ".join(left[-2:]) in words_of("share_verbs"):
        return None
    if any(w in words_of("leave_verbs_before") for w in left):
        return "left"
    if any(w in words_of("join_verbs_before") for w in left):
        return "joined"
    if left[-1:] in (["up"], ["down"]):  # "the branch is up 45 members"
        return "rise" if left[-1] == "up" else "fall"
    # "a net loss of 90,000 members", "an increase of 5,000 members", "grew by 300 members", "has grown 300 members"
    if left[-1:] in (["of"], ["by"]) or (left and _is_a_change(left[-1])):
        if any(w in words_of("decrease_words") for w in left):
            return "fall"
        if any(w in words_of("increase_words") for w in left):
            return "rise"
    return None


def _is_a_change(word: str) -> bool:
    return word in words_of("increase_words") or word in words_of("decrease_words")


def _verb_event(predicate: Sequence[Word]) -> str | None:
    """ "have joined since May" → joined, "had lapsed" → left, "joined the protest" → rejected."""
    predicate = _without_causative(_after_relative_link(predicate))
    skipped = ("auxiliaries", "relative_pronouns", "hedging_verbs")  # "are thought to have left"
    for index, word in enumerate(predicate[:6]):
        if any(word.lower in words_of(key) for key in skipped) or word.lower == "recently":
            continue
        idiom = event_idiom(predicate[index:])
        if idiom is not None:
            return idiom
        if word.lower not in words_of("join_words") and word.lower not in words_of("leave_words"):
            return None
        if not _joins_the_organisation(_after_coordinated_verbs(predicate[index + 1 :])[:2]):
            return "rejected"
        return "joined" if word.lower in words_of("join_words") else "left"
    return None


def event_idiom(words: Sequence[Word]) -> str | None:
    """ "came on board" → joined, "walked away", "tore up their cards" → left: an idiom at the start of ``words``."""
    text = " ".join(lowers(words[:5]))
    for event, key in (("joined", "join_phrases"), ("left", "leave_phrases")):
        for phrase in words_of(key):
            if text == phrase or text.startswith(phrase + " "):
                rest = lowers(words[len(phrase.split()) : len(phrase.split()) + 4])
                # "walked away from the party", not "walked away from the stall"
                away_from_another = rest[:1] == ["from"] and not set(rest[1:]) & words_of("join_object_nouns")
                return None if away_from_another else event
    return None


def _after_coordinated_verbs(following: Sequence[Word]) -> Sequence[Word]:
    """ "have left or lapsed", "joined or rejoined since May": what follows the last verb of the pair."""
    event_words = words_of("join_words") | words_of("leave_words")
    while len(following) > 1 and following[0].lower in ("or", "and") and following[1].lower in event_words:
        following = following[2:]
    return following


def _after_relative_link(predicate: Sequence[Word]) -> Sequence[Word]:
    """ "[96] of whom joined this year": the verb after "of whom"."""
    return predicate[2:] if " ".join(lowers(predicate[:2])) in words_of("relative_links") else predicate


def _without_causative(predicate: Sequence[Word]) -> Sequence[Word]:
    """ "have let their membership lapse" reads as "have lapsed"."""
    for index, word in enumerate(predicate[:4]):
        if word.lower in words_of("causative_verbs"):
            after = predicate[index + 1 : index + 8]
            verbs = [i for i, w in enumerate(after) if w.lower in words_of("leave_words")]
            return [*predicate[:index], *after[verbs[0] :]] if verbs else predicate
    return predicate


def _not_paid(predicate: Sequence[str]) -> bool:
    """ "had not paid their subs", "haven't paid", "unpaid": a phrase starting in the first four words."""
    for start in range(min(4, len(predicate))):
        for phrase in words_of("not_paid_phrases"):
            size = len(phrase.split())
            if start + size <= 5 and " ".join(predicate[start : start + size]) == phrase:
                return True
    return False


def _behind_with_payments(predicate: Sequence[str]) -> bool:
    """ "were behind with their subscriptions", "behind on payments", "are more than three months behind"."""
    if "behind" not in predicate[:_BEHIND_REACH]:
        return False
    at = predicate.index("behind")
    # "more than three months behind": only a length of time may stand between the verb and "behind"
    if at >= _BEHIND_NEAR and not any(w in words_of("arrears_periods") for w in predicate[1:at]):
        return False
    after = predicate[at + 1 : at + 4]
    return not after or any(w in words_of("arrears_objects") for w in after)


_BEHIND_NEAR = 4  # "were behind with", "are still behind on": the verb and an adverb or two before it
_BEHIND_REACH = 7  # "are more than three months behind"


def _joins_the_organisation(following: Sequence[Word]) -> bool:
    """After "joined"/"left": nothing, a time, or the party; not "joined the protest", "left the meeting"."""
    if following and following[0].lower == "up":  # "signed up"
        following = following[1:]
        if following and following[0].lower in ("to", "for"):
            return any(w.lower in words_of("join_object_nouns") for w in following[1:4])
    if not following or following[0].lower in words_of("auxiliaries"):
        return True  # "the 28 members who had lapsed should be contacted": the relative clause ends
    first = following[0].lower
    if first in ("the", "our", "a") and len(following) > 1:
        return following[1].lower in words_of("join_object_nouns")
    return first in words_of("join_objects") or first in words_of("join_object_nouns")
