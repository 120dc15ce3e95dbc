"""Outcome phrases ("carried", "fell", "referred back to"), negated and hedged ones told apart."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from nec_extract.language.grammar import phrasal_verb_re, with_group_nouns
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.first_letters import Alternation, alternation_by_first_letter, plain_alternation
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.language.lexicon.trie import trie_alternation
from nec_extract.models import FATES, Outcome

_FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class OutcomePhrase:
    start: int
    end: int
    outcome: Outcome
    hedged: bool = False


@cache
def _outcome_phrases() -> list[tuple[str, Outcome]]:
    """Every outcome phrase with its outcome, longest first so that "agreed to withdraw" beats "agreed"."""
    outcomes = decisions_vocabulary().outcomes.by_outcome()
    pairs = [(phrase, outcome) for outcome, phrases in outcomes for phrase in phrases.fragments()]
    pairs.append((_shortfall(), Outcome.DEFEATED))
    return sorted(pairs, key=lambda pair: len(pair[0]), reverse=True)


def _shortfall() -> str:
    """ "did not get the two-thirds it needed", "never had the numbers", "missed the majority", "came nowhere near a
    majority": a threshold the item did not reach (a negated verb of getting, or a verb of missing, then the need);
    not someone's support ("did not get the support of the leader")."""
    w = decisions_vocabulary().shortfalls
    getting = rf"(?:{either(w.negations)})\s+(?:{either(w.getting_verbs)})"
    return (
        rf"(?:{getting}|{either(w.missing_verbs)})\s+(?:(?:the|a|an|its|their|enough|sufficient|any)\s+)?"
        rf"(?:[\w-]+\s+){{0,2}}?(?:{either(w.needs)})\b(?!\s+(?:of|from)\b)"
    )


def _voters_counted() -> list[tuple[str, Outcome]]:
    """ "Most members backed it", "A clear majority were in favour", "Only a handful of delegates supported the
    amendment", "Few hands went up for it", "Nobody supported it": voters counted by a vague quantity, then their
    side; many for it carry it, few or none for it defeat it (and the other way round against it). Not "the most
    recent motion was backed", nor "Only one was rejected" (items counted: a passive, no side taken)."""
    w = decisions_vocabulary().voters_counted
    voters = either(w.voters, decisions_vocabulary().motions.meeting_bodies)
    # "Most members present", "every delegate there": the voters, perhaps placed in the room
    who = (
        rf"(?:\s+of)?(?:\s+(?:the|our|its|their))?(?:\s+(?:[\w-]+\s+)?(?:{voters}))?(?:\s+(?:present|there))?"
        r"\s+(?:\w+ly\s+)?"
    )
    many, few = rf"(?<!\bthe\s)(?<![\w-])(?:{either(w.most)}){who}", rf"(?<![\w-])(?:{either(w.few, w.none)}){who}"
    side_for, side_against = rf"(?:{either(w.for_)})\b", rf"(?:{either(w.against)})\b"
    # "Only the treasurer voted for it", "Just the two left members opposed it": voters named as the only ones, few
    only_these = (
        rf"(?<![\w-])(?:{either(decisions_vocabulary().tallies.count_limiters)})\s+(?:the|our|my|his|her|their)\s+"
        r"(?:[\w'’-]+\s+){1,3}?(?:\w+ly\s+)?"
    )
    # "All members but one", "Everyone except the treasurer": all save a few, counted as most
    save_a_few = (
        rf"(?<![\w-])(?:{either(w.everyone)}){who}(?:{either(w.except_)})\s+(?:[\w'’.-]+\s+){{1,3}}?(?:\w+ly\s+)?"
    )
    # "had the support of most of the room", "won over most members": the count after the support won
    won = rf"(?:{either(w.support_won)})\s+(?:the\s+)?(?:{either(w.support_nouns)})\s+of\s+|(?:{either(w.won_over)})\s+"
    # "Delegates supported it", "After the debate, members opposed it": the voters as a whole, the item just told
    after = "|".join(["^", *(rf"(?<={re.escape(word)}\s)" for word in w.whole_voters_after)])
    whole = rf"(?:{after})(?:{either(w.whole_voters)})\s+(?:\w+ly\s+)?"
    told = rf"(?=\s+(?:{either(w.whole_voters_objects)})\b)"
    return [
        (whole + side_for + told, Outcome.CARRIED),
        (whole + side_against + told, Outcome.DEFEATED),
        (many + side_for, Outcome.CARRIED),
        (many + side_against, Outcome.DEFEATED),
        (save_a_few + side_for, Outcome.CARRIED),
        (save_a_few + side_against, Outcome.DEFEATED),
        (only_these + side_for, Outcome.DEFEATED),
        (only_these + side_against, Outcome.CARRIED),
        (few + side_for, Outcome.DEFEATED),
        (few + side_against, Outcome.CARRIED),
        (rf"(?:{won}){many}", Outcome.CARRIED),
        (rf"(?:{won}){few}", Outcome.DEFEATED),
    ]


def _got_through() -> str:
    """ "got through", "squeaked through by two votes", "breezed through unanimously": a past verb with "through" and
    no object of its own (not "ploughed through the agenda", "talked it through", "fell through")."""
    w = decisions_vocabulary().passed_through
    after = rf"(?=\s*(?:[.,;:)]|$)|\s+(?:{either(w.after)}|\w+ly)\b)"
    return rf"(?<![\w'’])(?!(?:{either(w.not_a_pass)})\b)[a-z]+(?:ed|t)\s+through{after}"


@cache
def _gated_phrases() -> list[tuple[str, Outcome]]:
    """Phrases of many shapes, read in a pass of their own over the sentences that have a word they need (a side, a
    support won, "through"): in the one pattern they would slow every sentence's scan."""
    # "was easily won", "were narrowly won": "was won" with its adverb
    won = r"(?<=(?:was|ere)\s)[a-z]+ly\s+won\b(?!\s+over)"
    return [*_voters_counted(), (_got_through(), Outcome.CARRIED), (won, Outcome.CARRIED), *_adverbed_verdicts()]


def _adverbed_verdicts() -> list[tuple[str, Outcome]]:
    """ "The proposal was quietly dropped", "The plan was swiftly vetoed": a passive verdict, its adverb between."""
    w = decisions_vocabulary().adverbed_verdicts
    not_after = rf"(?!\s+(?:{either(w.not_after)})\b)"
    return [
        (rf"(?<=(?:was|ere)\s)[a-z]+ly\s+(?:{either(words)})\b{not_after}", outcome)
        for words, outcome in ((w.withdrawn, Outcome.WITHDRAWN), (w.defeated, Outcome.DEFEATED))
    ]


@cache
def _gated_alternation() -> Alternation:
    """Not sorted under first letters: most of these phrases can start with many letters (any word before "-ly", a
    vague count's many words), so sorting would copy each long phrase under each letter, a pattern eight times the
    size: compiling it cost about 0.2 s in every run, and it saved a few milliseconds in the pass over the few
    sentences the gate lets through."""
    return plain_alternation([phrase for phrase, _ in _gated_phrases()], group="g")


@cache
def _gated_regex() -> re.Pattern[str]:
    return re.compile(rf"\b{_gated_alternation().pattern}\b", _FLAGS)


@cache
def _gate() -> re.Pattern[str]:
    w = decisions_vocabulary().voters_counted
    adverbed = decisions_vocabulary().adverbed_verdicts
    # the words a gated phrase needs one of: a side, a support won, "through", "won", an adverbed verdict's verb
    counted = (*w.for_, *w.against, *w.support_nouns, *w.won_over)
    words = sorted({"through", "won", *counted, *adverbed.withdrawn, *adverbed.defeated})
    return re.compile(rf"\b(?:{trie_alternation(words)})\b", _FLAGS)


def _outcome_of(match: re.Match[str]) -> Outcome:
    if match.re is _gated_regex():
        return _gated_phrases()[_gated_alternation().alternative(match)][1]
    return _outcome_phrases()[_phrase_alternation().alternative(match)][1]


def _merged(main: list[re.Match[str]], gated: list[re.Match[str]]) -> tuple[re.Match[str], ...]:
    """Both passes' matches in order, the one that starts first (or, starting together, the longer) kept where two
    overlap."""
    kept: list[re.Match[str]] = []
    for match in sorted([*main, *gated], key=lambda m: (m.start(), m.start() - m.end())):
        if not kept or match.start() >= kept[-1].end():
            kept.append(match)
    return tuple(kept)


@cache
def _voters_counted_regex() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{fragment})" for fragment, _ in _voters_counted()), _FLAGS)


def voters_counted_at(text: str, start: int) -> bool:
    """Whether the outcome phrase at ``start`` counts voters and their side ("Most members backed")."""
    return _voters_counted_regex().match(text, start) is not None


@cache
def voters_counted_before() -> re.Pattern[str]:
    """A vague count of voters right before their body ("Most of the ", "Only a handful of "): "Most of the committee
    opposed it" is a count of its members, not the committee's own decision."""
    w = decisions_vocabulary().voters_counted
    quantity = rf"(?<!\bthe\s)(?<![\w-])(?:{either(w.most, w.few, w.none)})"
    return re.compile(rf"{quantity}(?:\s+of)?(?:\s+(?:the|our|its|their))?\s*$", _FLAGS)


@cache
def _phrase_alternation() -> Alternation:
    """The phrases sorted under their first letters: a sentence is scanned in a tenth of the time."""
    return alternation_by_first_letter([phrase for phrase, _ in _outcome_phrases()], _FLAGS, group="o")


@cache
def outcome_regex() -> re.Pattern[str]:
    return re.compile(rf"\b{_phrase_alternation().pattern}\b", _FLAGS)


@cache
def _negated_regex() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(decisions_vocabulary().outcome_negators)})\s+(?:\w+\s+){{0,2}}$", _FLAGS)


@cache
def _negative_subject() -> re.Pattern[str]:
    """ "Neither amendment was agreed", "None of the three motions from branches passed", "On a show of hands, not a
    single rule change was carried": the clause's subject, opened by a negative determiner, is the item the result
    is told of, counted as none. The words between are the subject's own: no verb, relative or joiner among them
    ("No one spoke against the motion and it passed", "No amendment was moved, and the motion was carried")."""
    v, g = decisions_vocabulary(), grammar_vocabulary()
    stops = either(g.passive_be_forms, g.have_forms, g.relative_pronouns, g.contrast_words, ("and", "is", "are"))
    be = either(g.past_be_forms, tuple(f"{have} been" for have in g.have_forms))
    return re.compile(
        rf"(?:^|[.;:!?(,]|\band\b|\bbut\b)\s*(?!(?:{either(v.negative_determiner_idioms)})\b)"
        rf"(?:{either(v.negative_item_determiners)})\b(?:\s+(?!(?:{stops})\b)[\w'’-]+){{0,12}}?"
        rf"\s+(?:(?:{be})\s+)?(?:\w+ly\s+)?$",
        _FLAGS,
    )


def _told_of_no_item(text: str, start: int) -> bool:
    """Whether the result at ``start`` is said of an item counted as none (:func:`_negative_subject`)."""
    window = max(0, start - 120)
    return bool(_NEGATIVE_WORD.search(text, window, start)) and bool(_negative_subject().search(text, window, start))


_NEGATIVE_WORD = re.compile(r"\b(?:no|none|neither|not)\b", _FLAGS)


@cache
def _not_an_outcome() -> re.Pattern[str]:
    """What makes the word before it no outcome: "carried out", "passed away", "passed on the thanks"."""
    return re.compile(rf"\s+(?:{decisions_vocabulary().not_an_outcome_after.regex()})\b", _FLAGS)


@cache
def _people_elected() -> re.Pattern[str]:
    nouns = either(with_group_nouns(decisions_vocabulary().people_elected_nouns))
    return re.compile(rf"\b(?:{nouns})\s+(?:newly\s+|duly\s+)?$", _FLAGS)


_ELECTION_WORD = re.compile(r"(?:re-?)?elected", _FLAGS)


@cache
def hedged_regex() -> re.Pattern[str]:
    """A hedge a few words before the outcome; not across a contrast ("nearly passed but fell": the fall happened)."""
    words = rf"(?:(?!(?:{alternation(decisions_vocabulary().hedge_scope_ends)})\b)\w+\s+){{0,3}}"
    return re.compile(rf"\b(?:{alternation(decisions_vocabulary().outcome_hedges)})\s+{words}$", _FLAGS)


def hedged_before(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether a hedge ("expected to", "would", "may") stands just before ``end``; the month ("the minutes of
    10 May were agreed", "in May it was carried") is no hedge: a capitalised "May" is the modal only when it
    opens the sentence with no number after it."""
    end = len(text) if end is None else end
    match = hedged_regex().search(text, start, end)
    if match is None:
        return False
    if match.group().startswith("May") and (text[: match.start()].strip() or re.match(r"May\s+\d", match.group())):
        return hedged_before(text, match.start() + 3, end)
    return True


# "defeating Cllr X by 19 votes to 12", "defeated the deputy leader, Cllr X, by 20 votes to 15": the defeat is the
# rival's (a person, or their post with the person in apposition), the tally the winner's.
@cache
def _winner() -> re.Pattern[str]:
    v = decisions_vocabulary()
    post = rf"the\s+(?:[\w'’-]+\s+){{0,2}}?(?:{either(v.motions.election_roles)}),\s+"
    return re.compile(
        rf"\b(?:{either(v.tallies.winner_verbs)})\s+(?:{post})?(?:Cllr\.?\s+|Councillor\s+|Dr\.?\s+)?[A-Z][a-z]"
    )


# What agreeing to send an item on or put it off does to it: "agreed to refer the matter to the officers"
# remits, "decided to defer it" defers (agreeing to reject or oppose something is a decision carried): its FATES.


@cache
def _fates() -> list[tuple[re.Pattern[str], Outcome]]:
    decided = decisions_vocabulary().motions.decided_outcomes
    return [
        (
            re.compile(rf"\s+{decided_infinitive_re(decided[fate])}", _FLAGS),
            fate,
        )
        for fate in FATES
        if fate in decided
    ]


# a tally told between the decision verb and its infinitive: "voted 22-10 to reject", "voted by 15 votes to 3 to
# refer it", "voted, 9 to 4, to defer"
_TALLY_BEFORE = r"(?:,?\s*(?:by\s+)?\d{1,3}(?:\s*[-–—]\s*|\s+(?:votes?\s+)?to\s+)\d{1,3}(?:\s+votes?)?,?\s+)?"


def decided_infinitive_re(verbs: Iterable[str]) -> str:
    """ "to refer it", "to put the item off", "22-10 to reject it": the infinitive a decision verb takes, of one of
    these verbs, with the tally of the vote that took it, if any, before it."""
    return rf"{_TALLY_BEFORE}(?:\w+ly\s+)?to\s+(?:\w+ly\s+)?(?:{'|'.join(phrasal_verb_re(verb) for verb in verbs)})\b"


def _what_was_agreed(text: str, end: int) -> Outcome | None:
    return next((fate for pattern, fate in _fates() if pattern.match(text, end)), None)


@cache
def _conditional() -> re.Pattern[str]:
    """ "If the rule change is passed, ...", "unless the motion is withdrawn", "Had the amendment been carried, ...",
    "Should the motion fall, ...": a result supposed, in its clause (the inverted forms open a sentence, or a
    clause after a semicolon, with the auxiliary before the item)."""
    v, g = decisions_vocabulary(), grammar_vocabulary().decisions
    opener = rf"\b(?:{either(v.conditional_openers)})\b"
    item = either(g.own_item_determiners, g.item_pronouns)
    # not after a comma: "Two motions, on A and B, were both carried" is the verb after its subject's aside
    inverted = rf"(?:^|[;:(])\W*(?:{either(v.conditional_inversions)})\s+(?:{item})\b"
    return re.compile(rf"(?:{opener}|{inverted})[^,;:.]*$", _FLAGS)


def _no_result(text: str, match: re.Match[str]) -> bool:
    """Words of a result that tell none: "carried out", a quoted or mentioned word, "the 24 members elected" (people
    described, no item's result), "Agreement on the budget was not reached" (no agreement, no item left unreached)."""
    if _not_an_outcome().match(text, match.end()) or _quoted_word(text, match) or _mentioned(text, match):
        return True
    if _people_elected().search(text, 0, match.start()) and _ELECTION_WORD.fullmatch(match.group()):
        return True
    return _aim_not_reached(text, match) or _attributive(text, match)


def _attributive(text: str, match: re.Match[str]) -> bool:
    """ "including the losing candidate's supporters", "with their failed applicant abstaining": a participle between
    a determiner and the noun it describes tells no result of its own."""
    if not _PARTICIPLE.fullmatch(match.group()):
        return False
    return bool(_determiner_before().search(text, 0, match.start())) and bool(_noun_after().match(text, match.end()))


_PARTICIPLE = re.compile(r"[a-z]+(?:ed|ing)", _FLAGS)


@cache
def _determiner_before() -> re.Pattern[str]:
    determiners = either(grammar_vocabulary().decisions.attributive_determiners)
    return re.compile(rf"\b(?:{determiners})\s+$", _FLAGS)


@cache
def _noun_after() -> re.Pattern[str]:
    """A word that can head a noun phrase right after the participle: not a preposition, a joiner or an adverb."""
    return re.compile(
        rf"\s+(?!(?:{either(grammar_vocabulary().decisions.not_a_noun_after_a_participle)})\b)[a-z][\w'’-]*\b"
    )


def _aim_not_reached(text: str, match: re.Match[str]) -> bool:
    """ "Agreement on the budget was not reached", "A consensus on the rota was not reached": the subject an aim of the
    meeting, not an item it did not get to."""
    return bool(_NOT_REACHED.match(match.group())) and bool(_aim_subject().search(text, 0, match.start()))


_NOT_REACHED = re.compile(r"(?:was|were)\s+not\s+reached\b", _FLAGS)


@cache
def _aim_subject() -> re.Pattern[str]:
    aims = either(decisions_vocabulary().unreached_aims)
    return re.compile(rf"(?:^|[,;:]\s*)\W*(?:(?:an?|the|any)\s+)?(?:{aims})\b[^.;:,]{{0,80}}$", _FLAGS)


def _undertaking(text: str, match: re.Match[str]) -> bool:
    """ "the General Secretary agreed to bring it back", "which the Finance Coordinator agreed to report on in July":
    an officer agreeing to do something is an undertaking given to the meeting, not the result of an item (an
    officer's agreeing to withdraw is one: the caller keeps it)."""
    before, after = _undertaking_patterns()
    return bool(before.search(text, 0, match.start())) and bool(after.match(text, match.end()))


@cache
def _undertaking_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    officers = either(decisions_vocabulary().undertaking_officers)
    before = re.compile(
        rf"\b(?:the|our|its|their|his|her)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{officers})\s+(?:(?:\w+ly|then|also)\s+)?$",
        _FLAGS,
    )
    return before, re.compile(r"\s+to\s+(?!the\b|a\b|an\b|it\b|this\b|that\b|them\b)[a-z]", _FLAGS)


@cache
def _awaited() -> re.Pattern[str]:
    """ "once they have been approved", "when the budget has been agreed": a result the clause waits for."""
    opener = either(decisions_vocabulary().awaited_openers)
    return re.compile(rf"\b(?:{opener})\b[^,;:.]*?\b(?:has|have)\s+been\s+(?:\w+ly\s+)?$", _FLAGS)


@cache
def _future() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{either(grammar_vocabulary().future_auxiliaries)})(?:\s+be)?\s+(?:\w+\s+(?:and\s+)?)?$", _FLAGS
    )


def find_outcomes(text: str, reasons: bool = False) -> list[OutcomePhrase]:
    """Outcome phrases of ``text`` in order; a negated "carried" is a defeat, a negated withdrawal is none. A result
    told as the reason for the one before ("fell when Motion 1 was carried") is another item's: left out, unless
    ``reasons`` (for a reader that tells the items apart by their names)."""
    phrases = _fall_by_withdrawal(text, _outcomes(text))
    return _return_after_remit(text, phrases if reasons else _reasons_dropped(text, phrases))


@cache
def _reason_of_another() -> re.Pattern[str]:
    """ "... fell when Motion 1 was carried", "... so fell once the first motion was lost": after a result, a clause
    giving its reason with a subject of its own and a passive (not "after which", the next step of the same tale)."""
    openers = either(decisions_vocabulary().motions.reason_openers)
    be = r"(?:was|were|had\s+been|has\s+been|have\s+been)"
    return re.compile(rf"(?:^|[\s,(])(?:{openers})\s+(?!which\b)[^,;:.()]{{1,60}}?\s+{be}\s+(?:\w+ly\s+)?$", _FLAGS)


def _reasons_dropped(text: str, phrases: list[OutcomePhrase]) -> list[OutcomePhrase]:
    """The result told as the reason for the one before it is another item's: "Motions 4 and 5 fell when Motion 1
    was carried" tells the fall of 4 and 5 only."""
    kept = phrases[:1]
    for before, phrase in itertools.pairwise(phrases):
        if not _reason_of_another().search(text, before.end, phrase.start):
            kept.append(phrase)
    return kept


@cache
def _coming_back() -> re.Pattern[str]:
    """ "... and will come back in September", "..., to return to the July meeting": a deferral that only says when."""
    return re.compile(rf"\b(?:{decisions_vocabulary().coming_back_words.regex()})\b", _FLAGS)


def _return_after_remit(text: str, phrases: list[OutcomePhrase]) -> list[OutcomePhrase]:
    """ "It has gone to the finance sub-committee to cost it, and will come back in September": the item was remitted;
    its coming back is what the remit leads to, not a deferral of its own."""
    remitted = [p.end for p in phrases if p.outcome is Outcome.REMITTED]
    return [
        p
        for p in phrases
        if not (
            p.outcome is Outcome.DEFERRED
            and remitted
            and remitted[0] <= p.start
            and _coming_back().search(text, p.start, p.end)
        )
    ]


# "fell when the mover withdrew it", "lapsed, as it was not seconded", "fell for want of a seconder": what comes
# between a fall and the withdrawal that is its reason
_REASON_GAP = re.compile(r"[\s,]*(?:(?:when|as|because|since|after|once|for)\b[^.;:]*)?", _FLAGS)


def _fall_by_withdrawal(text: str, phrases: tuple[OutcomePhrase, ...]) -> list[OutcomePhrase]:
    """A fall whose reason is a withdrawal or a want of a seconder is that withdrawal (SPEC: a motion not proceeded
    with is withdrawn): the item did not fall in a vote."""
    found = list(phrases)
    for index, (fall, reason) in enumerate(itertools.pairwise(phrases)):
        if (
            fall.outcome is Outcome.DEFEATED
            and reason.outcome is Outcome.WITHDRAWN
            and _REASON_GAP.fullmatch(text, fall.end, reason.start)
        ):
            found[index] = OutcomePhrase(fall.start, fall.end, Outcome.WITHDRAWN, fall.hedged)
    return found


@lru_cache(maxsize=4096)
def outcome_matches(text: str) -> tuple[re.Match[str], ...]:
    """Every match of :func:`outcome_regex` in ``text``, in order, found once: the tallies ask whether a sentence
    has one, and the outcomes read them all (the pattern is long; scanning a sentence costs)."""
    main = list(outcome_regex().finditer(text))
    if not _gate().search(text):
        return tuple(main)
    return _merged(main, list(_gated_regex().finditer(text)))


_QUOTES = "\"“”‘’'"


def _quoted_word(text: str, match: re.Match[str]) -> bool:
    """ "to delete “withdrawn” and insert “paused”": the outcome word quoted on its own is words of an item."""
    before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
    return bool(before and after and before in _QUOTES and after in _QUOTES)


@cache
def _mentioned_after() -> re.Pattern[str]:
    nouns = either(decisions_vocabulary().mentioned_after_refer)
    return re.compile(
        rf"\s+(?:the|this|that|these|those|an?|its|their|his|her|our)\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b", _FLAGS
    )


def _mentioned(text: str, match: re.Match[str]) -> bool:
    """ "so as to refer to the motion as altered", "referred to the need for ...": "refer to" that mentions a thing,
    not a remit to a body."""
    return bool(re.search(r"\brefer(?:red|s)?\s+to$", match.group(), _FLAGS)) and bool(
        _mentioned_after().match(text, match.end())
    )


def _a_new_paper() -> str:
    """ "a fuller paper", "A paper", "some costings": a paper not yet written, by its determiner."""
    words = decisions_vocabulary().new_paper_words
    return (
        rf"\b(?:{either(words.determiners)})\s+(?:(?:{either(words.adjectives)})\s+(?:[\w-]+\s+)?)?"
        rf"(?:{either(words.nouns)})\s+"
    )


@cache
def _new_paper() -> re.Pattern[str]:
    future = either(grammar_vocabulary().future_auxiliaries)
    return re.compile(rf"{_a_new_paper()}(?:(?:{future})\s+(?:be\s+)?)?$", _FLAGS)


def paper_to_come(text: str) -> bool:
    """Whether the words say only that a new paper will come ("a revised paper to follow", "terms of reference to come
    to the next meeting"), as a listed item may after its label: no item put, decided or deferred."""
    return _paper_promised().match(text) is not None


@cache
def _paper_promised() -> re.Pattern[str]:
    """A new paper, or one named with no determiner ("terms of reference"), and its coming."""
    words = decisions_vocabulary().new_paper_words
    future = either(grammar_vocabulary().future_auxiliaries, ("to",))
    return re.compile(
        rf"\W*(?:{_a_new_paper()}|(?:{either(words.nouns)})\s+)(?:{future})\s+(?:{either(words.arriving_words)})\b",
        _FLAGS,
    )


@lru_cache(maxsize=4096)
def _outcomes(text: str) -> tuple[OutcomePhrase, ...]:
    phrases: list[OutcomePhrase] = []
    for match in outcome_matches(text):
        if _no_result(text, match):
            continue
        outcome = _outcome_of(match)
        before = text[max(0, match.start() - 40) : match.start()]
        if _negated_regex().search(before) or _told_of_no_item(text, match.start()):
            if outcome is not Outcome.CARRIED:
                continue
            outcome = Outcome.DEFEATED
        elif outcome is Outcome.DEFEATED and _winner().match(text, match.start()):
            outcome = Outcome.CARRIED
        elif outcome is Outcome.CARRIED:
            outcome = _what_was_agreed(text, match.end()) or outcome
            if outcome is not Outcome.WITHDRAWN and _undertaking(text, match):
                continue  # "..., which the General Secretary agreed to bring back in July": an officer's undertaking
        if outcome is Outcome.DEFERRED and _new_paper().search(before):
            continue  # "a fuller paper will come back in July": another paper promised, nothing put off
        # a deferral is told in the future tense: "it will be brought back to the next meeting"
        hedged = hedged_before(before) and not (outcome is Outcome.DEFERRED and _future().search(before))
        hedged = hedged or bool(_conditional().search(before)) or bool(_awaited().search(before))
        phrases.append(OutcomePhrase(match.start(), match.end(), outcome, hedged))
    return tuple(phrases)
