"""A meeting's decision to hold a ballot of the members: "voted to hold an all-member ballot on the changes", "gave the
go-ahead for a members' ballot", "opted for a ballot of all members"; or a ballot someone proposed ("I moved an
amendment, seconded by Jo, to guarantee a members' ballot"). The ballot is what the meeting chose or was asked to
choose, not where the members decided ("members voted in an all-member ballot", "noted the result of the ballot")."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.clause.clause_filter import decision_forms
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.trie import trie_alternation

_FLAGS = re.IGNORECASE
_MOST_WORDS_BETWEEN = 8  # "agreed to put the new rules to an all-member ballot"


def ballot_decided(text: str, ballot_at: int) -> bool:
    """Whether a decision verb before the ballot's words takes the ballot as what was chosen, or the ballot is what
    the meeting acts on ("- to hold a ballot of members in June;" under "The Executive agreed:", "A ballot of
    members at the depot was authorised")."""
    if _planned_before().search(text, 0, ballot_at) or _acted_on_after().match(text, ballot_at):
        return True
    verbs = [*_choosing_form().finditer(text, 0, ballot_at)]
    # "Decision: to hold a ballot of members in June": minutes' label chooses what follows it
    label = _minutes_label().match(text, 0, ballot_at)
    ends = [match.end() for match in (*verbs[-1:], label) if match is not None]
    if not ends:
        return False
    chosen_at = max(ends)
    between = text[chosen_at:ballot_at]
    means = either(decisions_vocabulary().motions.ballot_means_words)
    return len(between.split()) <= _MOST_WORDS_BETWEEN and not re.search(rf"\b(?:{means})\b|[,;:]", between, _FLAGS)


@cache
def _planned_before() -> re.Pattern[str]:
    """The ballot as an infinitive's object: "to hold a formal ", "to run an indicative " (held or not, a ballot to
    come is no result of one)."""
    return re.compile(r"\bto\s+[a-z]+\s+(?:an?|the|another)\s+(?:[\w-]+\s+){0,2}$", _FLAGS)


@cache
def _acted_on_after() -> re.Pattern[str]:
    """The ballot as the subject of a decision verb in the passive after its words, a place or a matter between
    ("ballot of members at the depot was authorised"; not "In the ballot of members the offer was rejected")."""
    ballot = either(decisions_vocabulary().motions.members_ballot_words)
    forms = trie_alternation(decision_forms())
    qualifier = r"(?:\s+(?:at|in|on|for|over|among|across)\s+[^,;.:]{1,60}?)?"
    return re.compile(rf"(?:{ballot}){qualifier}\s+(?:was|were)\s+(?:\w+ly\s+)?(?:{forms})\b", _FLAGS)


def ballot_as_a_method(text: str, ballot_at: int) -> bool:
    """Whether the ballot is the way a post is to be filled in a change put to the meeting ("moving the election of
    the two CLP members from a ballot of all members to a ballot of delegates", "for the posts to be chosen by a
    ballot of all members"): a rule, not a ballot the members held."""
    return _method_before().search(text, 0, ballot_at) is not None


# "from a ballot of all members", "to be chosen by a ballot of all members", "should be elected by an all-member
# ballot": the ballot as the way to choose, in a change asked for (not "Kate was elected by a ballot ...")
_METHOD_BEFORE = r"(?:\bfrom|\bto\s+be\s+\w+\s+by|\bshould\s+be\s+\w+\s+by|\bbe\s+\w+\s+by)\s+(?:an?|the)\s+$"


@cache
def _method_before() -> re.Pattern[str]:
    return re.compile(_METHOD_BEFORE, _FLAGS)


def ballot_proposed(text: str, ballot_at: int) -> bool:
    """Whether someone moved or proposed the ballot before its words, as what they asked for ("to guarantee a
    members' ballot", "that there be an all-member ballot"), not a nominee "proposed by" the branch who won it."""
    verbs = list(_proposing().finditer(text, 0, ballot_at))
    if verbs and _ASKS_FOR.search(text, verbs[0].end(), ballot_at) is not None:
        return True
    # "My own suggestion that the lists be subject to an OMOV ballot was not accepted": an item asking for it
    return _item_asking().search(text, 0, ballot_at) is not None


@cache
def _item_asking() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    return re.compile(rf"\b(?:{either(v.put_nouns, v.asking_nouns)})\s+(?:that|to|for)\b[^.;:]*$", _FLAGS)


_ASKS_FOR = re.compile(r"\b(?:to|that|for)\b", _FLAGS)


@cache
def _proposing() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    return re.compile(rf"\b(?:{either(v.strong_mover_verbs, v.proposing_verbs)})\b", _FLAGS)


@cache
def _minutes_label() -> re.Pattern[str]:
    """Minutes' label of a decision opening the sentence ("Decision:", "AGREED –"): the words after it are chosen."""
    return re.compile(rf"\W*(?:{either(decisions_vocabulary().motions.minutes_labels)})\s*[:–—-]+\s*")


@cache
def _choosing_form() -> re.Pattern[str]:
    """A form of a decision verb that may choose a ballot ("decided", "backed", "gave"), not one of holding or
    winning it."""
    refused = {form.lower() for form in decisions_vocabulary().motions.ballot_not_chosen_forms}
    forms = [form for form in decision_forms() if form.lower() not in refused]
    return re.compile(rf"\b(?:{trie_alternation(forms)})\b", _FLAGS)
