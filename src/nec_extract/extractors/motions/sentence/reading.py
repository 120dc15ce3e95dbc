"""What one sentence says about motions: outcome phrases, people, the motion noun, tallies, and how its result
refers back (read by :mod:`.reference`)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from nec_extract.extractors.another_time import told_of_another_time
from nec_extract.extractors.motions.elections.ballot_decided import ballot_as_a_method, ballot_decided, ballot_proposed
from nec_extract.extractors.motions.layout.tables import table_result
from nec_extract.extractors.motions.phrases.agreed_to_nothing import agreed_to_nothing
from nec_extract.extractors.motions.sentence.patterns import patterns
from nec_extract.extractors.motions.sentence.people import People, find_people
from nec_extract.extractors.motions.sentence.reference import as_amended, comment_frame_end, reference
from nec_extract.extractors.motions.this_meeting.background import about_elsewhere, outside_background
from nec_extract.extractors.motions.this_meeting.bodies import MeetingBody
from nec_extract.extractors.votes import OutcomePhrase, find_outcomes
from nec_extract.extractors.votes.members_elsewhere import polled_result
from nec_extract.extractors.votes.table_rows import cells_a_line, row_without_result
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either, pointing_pronouns
from nec_extract.language.lexicon.first_letters import Alternation, alternation_by_first_letter
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.language.spaces import two_spaces_behind
from nec_extract.language.text import Sentence
from nec_extract.models import MotionKind, Outcome, Vote
from nec_extract.page.context import ReportContext

_FLAGS = re.IGNORECASE


@dataclass
class Reading:
    sentence: Sentence
    outcomes: list[OutcomePhrase]
    people: People
    kind: MotionKind | None
    kind_at: int
    votes: list[Vote]
    reference: str | None  # how the outcome's subject refers back: "pronoun", "none", a noun, or None
    noun: str | None
    hedged_outcome: int | None
    excluded: bool
    body: MeetingBody
    table_result: Outcome | None  # the result cell, when the sentence is a row of a table of decisions
    report: ReportContext  # for the parse of the few sentences the patterns leave undecided
    # the sentence before, or this one, opened with the meeting's body: "It also agreed ...", "..., but it agreed" is it
    after_our_body: bool = False

    def in_the_heading(self) -> bool:
        """The report's own heading ("NEC Report 20/9/2016", "Branch minutes, 4 March"), which names no item put."""
        return self.report.title is not None and self.sentence.start < self.report.start + len(self.report.title)


def kind_of(text: str) -> tuple[MotionKind | None, int]:
    """The kind named first in the sentence (a rule change before a plain amendment at the same place); not the
    item its mover is named by ("The mover of the motion accepted the amendment": an amendment)."""
    match = _any_kind().search(text, comment_frame_end(text))
    while match is not None and (_ITEMS_PERSON.search(text, 0, match.start()) or _modifies().match(text, match.end())):
        match = _any_kind().search(text, match.end())
    if match is None:
        return None, -1
    return patterns().kinds[_kind_alternation().alternative(match)][0], match.start()


# "the mover of the motion", "the proposer of this amendment": a person named by the item they put
_ITEMS_PERSON = re.compile(
    r"\b(?:mover|movers|proposer|proposers|seconder|seconders)\s+of\s+(?:the|this|that|their|her|his)\s+$", _FLAGS
)


@cache
def _modifies() -> re.Pattern[str]:
    """The kind's word modifies the noun after it: "the nomination threshold", "the motions deadline"."""
    return re.compile(rf"\s+(?:{either(decisions_vocabulary().motions.heads_a_kind_word_modifies)})\b", _FLAGS)


@cache
def _any_kind() -> re.Pattern[str]:
    """Every kind's pattern in one, in order: the search stops at the first place any kind is named, and there the
    first kind in order that fits wins, as searching kind by kind and taking the first place would (one scan of the
    sentence, not one per kind)."""
    return re.compile(_kind_alternation().pattern, _FLAGS)


@cache
def _kind_alternation() -> Alternation:
    """The kinds' patterns sorted under their first letters: at each word only the kinds that can start there are
    tried (kind_of reads most sentences of a report, and the parts of many)."""
    return alternation_by_first_letter([regex.pattern for _, regex in patterns().kinds], _FLAGS, group="kind")


def read_sentence(report: ReportContext, sentence: Sentence, votes: list[Vote], body: MeetingBody) -> Reading:
    text = sentence.text
    content = _content_span(text)
    outcomes = [
        o
        for o in find_outcomes(text)
        if not o.hedged and not (content and content[0] <= o.start < content[1]) and not _participle(text, o, body)
    ]
    outcomes = _confirmed(text, outcomes) or bare_label(text) or resolved_when_seconded(text)
    # "The scheme was approved in January", in a March report: an earlier meeting's result
    outcomes = [o for o in outcomes if not told_of_another_time(report, sentence, o.start, o.end)]
    outcomes = [o for o in _without_later_reasons(text, outcomes) if not _decides_nothing(text, o)]
    aside = _exception().search(text) or _concession().search(text)
    if aside is not None and any(o.start < aside.start() for o in outcomes):
        # "Its recommendations were agreed, except for X, which was referred back": X's fate is not theirs; "The
        # budget was agreed, though several members voted against": a minority's side, or a try that failed
        outcomes = [o for o in outcomes if o.start < aside.start()]
    excluded = about_elsewhere(report, sentence, body) or a_members_ballot(text) or _pending(text, outcomes)
    excluded = excluded or row_without_result(report.text, sentence)
    if not excluded:
        outcomes, excluded = outside_background(text, body, outcomes)
    kind, kind_at = kind_of(text)
    inside = [
        v for v in votes if sentence.start <= v.evidence.start < sentence.end and not cells_a_line(v.evidence.text)
    ]
    excluded = excluded or (not inside and _decision_told_again().match(text) is not None)
    first_event = outcomes[0].start if outcomes else min((v.evidence.start - sentence.start for v in inside), default=0)
    first_end = outcomes[0].end if outcomes else first_event
    # "seemed to be lost on a show of hands", "almost fell": a result not (yet) reached, the item put
    hedged = [o.start for o in find_outcomes(text) if o.hedged and _vote_held_or_near().search(text, 0, o.start)]
    return Reading(
        sentence=sentence,
        outcomes=outcomes,
        people=find_people(text),
        kind=kind,
        kind_at=kind_at,
        votes=inside,
        reference=as_amended(text, reference(text, first_event, first_end, body)) if outcomes or inside else None,
        noun=noun_at(text, kind_at),
        hedged_outcome=hedged[0] if hedged else None,
        excluded=excluded,
        body=body,
        table_result=table_result(report.text, sentence),
        report=report,
    )


def _decides_nothing(text: str, phrase: OutcomePhrase) -> bool:
    """Members polled ("which members rejected by 62% to 38%") or an agreement to note or receive a report."""
    return polled_result(text, phrase.start) or agreed_to_nothing(text, phrase.start, phrase.end)


def _without_later_reasons(text: str, outcomes: list[OutcomePhrase]) -> list[OutcomePhrase]:
    """ "The amendment was withdrawn after the commission agreed to rewrite the paragraph": once the main clause has
    told the item's result, someone's own decision in the clause that gives its reason or time is not a result of
    the item (a passive result there, "carried after the amendment was lost", is another item's and stays)."""
    kept = outcomes[:1]
    for before, phrase in itertools.pairwise(outcomes):
        if not _a_reason_between(text[before.end : phrase.start]):
            kept.append(phrase)
    return kept


def reason_after_a_result(text: str, at: int) -> bool:
    """The words before ``at`` tell a result, then open a clause of reason or time whose subject acts at ``at``:
    "WITHDRAWN by the proposer, after the Activities Committee agreed ..."."""
    results = [o for o in find_outcomes(text[:at]) if not o.hedged]
    return bool(results) and _a_reason_between(text[results[-1].end : at])


def _a_reason_between(gap: str) -> bool:
    return bool(_reason_then_subject().search(gap)) and not _passive_before().search(gap)


@cache
def _reason_then_subject() -> re.Pattern[str]:
    """The gap between a result and an active verb opening a clause of reason or time with its own subject:
    "... after the commission ", "..., because the officers " (not a new sentence part after ";")."""
    return re.compile(
        rf"\b(?:{either(decisions_vocabulary().motions.reason_openers)})\s+(?:[\w'’-]+\s+){{0,16}}"
        rf"(?:(?:{either(grammar_vocabulary().have_forms)})\s+)?(?:\w+ly\s+)?$",
        _FLAGS,
    )


@cache
def _passive_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{either(grammar_vocabulary().decisions.passive_before_a_verb)})\s+(?:\w+ly\s+)?$", _FLAGS)


@cache
def _concession() -> re.Pattern[str]:
    return re.compile(rf"(?:,|\s[–—])\s*(?:{either(decisions_vocabulary().motions.concession_openers)})\b", _FLAGS)


@cache
def _exception() -> re.Pattern[str]:
    return re.compile(rf",\s*(?:{either(decisions_vocabulary().motions.exception_openers)})\b", _FLAGS)


# a vote held whose result is uncertain or counterfactual: "seemed to be lost", "would probably have passed"
@cache
def _vote_held_or_near() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:(?:{either(decisions_vocabulary().motions.seeming_verbs)})(?:s|ed)?\s+"
        rf"(?:{either(decisions_vocabulary().motions.seeming_links)})\s+(?:\w+\s+)?|would\s+(?:\w+\s+)?have\s+"
        rf"|(?:{either(decisions_vocabulary().near_miss_words)})\s+(?:\w+\s+)?)$",
        _FLAGS,
    )


def _confirmed(text: str, outcomes: list[OutcomePhrase]) -> list[OutcomePhrase]:
    """ "... asked for it to be referred to the committee, which the NEC agreed to do": the agreement makes the
    action asked for the outcome (here a remit), not a carried motion of its own. So does a bare assent closing the
    sentence that asked it ("the mover asked that it lie on the table until May, which was agreed", "... asked for
    it to be held over, and the NEC agreed")."""
    agreed = _agreed_to_do().search(text)
    closing = agreed is None
    agreed = agreed or _closing_assent().search(text)
    if agreed is None:
        return outcomes
    asked = [o for o in find_outcomes(text) if o.end <= agreed.start() and o.outcome is not Outcome.CARRIED]
    if closing and asked and not _request().search(text, 0, asked[-1].start):
        return outcomes  # "The amendment fell, and the motion was agreed": no action asked of the meeting
    if not asked:
        return outcomes
    action = OutcomePhrase(asked[-1].start, asked[-1].end, asked[-1].outcome)
    return [o for o in outcomes if o.end <= asked[-1].start] + [action]


@cache
def _closing_assent() -> re.Pattern[str]:
    """ "..., which was agreed.", "..., which the meeting accepted.", "..., and the NEC agreed.": assent with no
    object of its own, ending the sentence."""
    assent = either(decisions_vocabulary().motions.closing_assent_verbs)
    pronouns = either(grammar_vocabulary().decisions.pro_forms_after_do)
    body = r"the\s+[\w'’-]+(?:\s+[\w'’-]+)?"
    subject = rf"(?:which|(?:and\s+)?(?:{pronouns}))(?:\s+{body})?|and\s+{body}"
    return re.compile(rf"[,;]\s*(?:{subject})\s+(?:(?:was|were|duly)\s+)?(?:\w+ly\s+)?(?:{assent})\W*$", _FLAGS)


@cache
def _request() -> re.Pattern[str]:
    """ "asked that it lie on the table", "requested that the motion on fares be deferred": an action asked for the
    item itself (not "asked that the letter be sent to all branches", an action of its own)."""
    v = decisions_vocabulary()
    nouns = either(v.clauses.items, v.motions.asked_item_nouns)
    owner = r"(?:the|this|that|its|our|their|his|her)"
    item = rf"(?:{pointing_pronouns()})\b|{owner}\s+(?:[\w'’-]+\s+){{0,3}}?(?:{nouns})s?\b"
    return re.compile(rf"\b(?:{either(v.motions.put_to_assent_verbs)})\s+(?:that|for)\s+(?:{item})", _FLAGS)


@cache
def _agreed_to_do() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{either(decisions_vocabulary().motions.agreed_to_do_verbs)})\s+to\s+do"
        rf"(?:\s+(?:{either(grammar_vocabulary().decisions.pro_forms_after_do)}))?\b|\bdid\s+so\b",
        _FLAGS,
    )


def _participle(text: str, phrase: OutcomePhrase, body: MeetingBody) -> bool:
    """ "two members appointed by the Scottish leader", "the policy adopted by Conference": an outcome word that
    only describes a noun, by an agent other than the meeting, is no outcome of this sentence."""
    before = re.search(r"([\w'’]+)\W*$", text[: phrase.start])
    if before is None or before[1].lower() in _NOT_A_NOUN_BEFORE or before[1].lower().endswith("ly"):
        return False
    agent = re.match(r"\s+by\s+(?P<agent>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)", text[phrase.end :])
    return agent is not None and not body.is_ours_or_the_partys(agent["agent"])


_NOT_A_NOUN_BEFORE = frozenset(
    {
        "was",
        "were",
        "been",
        "be",
        "is",
        "are",
        "being",
        "got",
        "get",
        "has",
        "have",
        "had",
        "it",
        "they",
        "which",
        "that",
        "this",
        "these",
        "we",
        "i",
        "then",
        "also",
        "and",
        "but",
        "duly",
        "finally",
        "not",
    }
)


def noun_at(text: str, at: int) -> str | None:
    """The motion noun starting at ``at`` ("amendment", "rule changes"), lower-cased; None when ``at`` < 0."""
    if at < 0:
        return None
    named = _any_kind().match(text, at)  # "emergency motion", "rule change": the noun the vocabulary names
    if named is not None and len(named.group().split()) <= _NOUN_WORDS:
        head = _any_kind().match(text, named.end() + 1) if text[named.end() : named.end() + 1] == " " else None
        if head is not None and len(head.group().split()) == 1:
            named = head  # "the procedures paper": the head noun, named after the word that describes it
        return " ".join(named.group().lower().split())
    match = re.match(r"[\w-]+(?:\s+changes?)?", text[at:])
    return match.group().lower() if match else None


_NOUN_WORDS = 2  # longer matches of a kind's pattern ("changes to the rules") are not a noun to refer back to


# Where a motion's own words end: "moved that X[, seconded by Y]", "a motion calling for X[; it was lost]".
@cache
def _content_end() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    floated = either(grammar_vocabulary().floated_quantifiers)  # "..., and they were both defeated"
    return re.compile(
        rf",\s*(?:and\s+)?(?:{either(v.content_end_words)})\b|,\s+and\s+(?:the\s+)?[A-Z]|\.\s|;|\s[–—]\s|"
        rf"\s(?:{either(grammar_vocabulary().past_be_forms)})\s+(?:\w+ly\s+|then\s+|(?:{floated})\s+)?(?=\w+ed\b)|"
        rf",?\s+(?:and|but)\s+(?:then\s+|later\s+|\w+ly\s+)?(?={either(v.mover_own_acts)}\b)"
    )


def _content_span(text: str) -> tuple[int, int] | None:
    """The motion's own words after a mover or consideration verb ("X moved that ...", "It was moved by X
    that ..."), whose outcome words are not its outcome."""
    start = None
    for verb in re.finditer(rf"\b(?:{patterns().content_verbs})\b", text, _FLAGS):
        if _as_adjective().search(text, 0, verb.start()):
            continue  # "The proposed change to the fund rule was withdrawn": a participle naming the item
        passive = re.search(
            rf"\b(?:{either(grammar_vocabulary().decisions.passive_before_a_verb)})\s+(?:\w+\s+)?$",
            text[: verb.start()],
        )
        if not passive and not re.match(r"\s+by\b", text[verb.end() :]):
            start = verb.end()
            break
        that = _PASSIVE_THAT.match(text, verb.end()) if passive else None
        if that is not None:
            start = that.end()
            break
    if start is None:
        return None
    seconder = _SECONDER_ASIDE.match(text, start)  # "Cllr Jones moved, and Cllr Patel seconded, [the report] that"
    start = seconder.end() if seconder else start
    end = _content_end().search(text, start)
    return start, end.start() if end else len(text)


@cache
def _as_adjective() -> re.Pattern[str]:
    """A determiner just before the verb's form: "the proposed", "their suggested", not "X proposed"."""
    return re.compile(rf"\b(?:{either(grammar_vocabulary().decisions.own_item_determiners)})\s+$", _FLAGS)


# "Cllr Ash moved, and Cllr Pyne seconded, that ...": the seconder told between the mover and the motion's words
_SECONDED_ASIDE = r",\s*(?:and\s+)?[^,;:.]{1,60}?\s+seconded\s*"
_SECONDER_ASIDE = re.compile(rf"{_SECONDED_ASIDE},?\s+(?=that\b|(?:the|an?|this|his|her|their)\s)")
# "It was moved by Cllr Hughes and seconded by Cllr Patel that ...": the motion's words follow "that"
_PASSIVE_THAT = re.compile(
    rf"(?:\s+by\s+[^,;:]{{1,60}}?(?:,?\s+and\s+seconded\s+by\s+[^,;:]{{1,60}}?)?)?(?:{_SECONDED_ASIDE})?,?\s+that\b"
)


def moved_that(text: str) -> re.Match[str] | None:
    """ "X moved that ...", "It was proposed by X, seconded by Y, that ...": a mover verb whose object is the
    motion's own words (group ``verb``)."""
    return _moved_that_regex().search(text)


@cache
def _moved_that_regex() -> re.Pattern[str]:
    return re.compile(rf"\b(?P<verb>{patterns().mover_verbs}){_PASSIVE_THAT.pattern}", _FLAGS)


def a_members_ballot(text: str) -> bool:
    """ "On a turnout of 38%, members voted by 14,212 to 5,806 to reject the offer", "noted the result of the
    all-member ballot: Kate was chosen with 142 votes to 96": the members decided in a ballot, not the meeting (SPEC:
    Votes). A tally in thousands is one, unless a conference's card vote; so is a result told after the ballot's name,
    not a meeting's decision to hold one ("agreed to hold an all-member ballot", "gave the go-ahead for a members'
    ballot")."""
    v = decisions_vocabulary().motions
    if re.search(rf"\b(?:{either(v.card_vote_words)})\b", text, _FLAGS):
        return False
    if _tally_in_thousands().search(text):
        return True
    ballot = re.search(rf"\b(?:{either(v.members_ballot_words)})\b", text, _FLAGS)
    if ballot is None or ballot_decided(text, ballot.start()) or ballot_proposed(text, ballot.start()):
        return False
    if ballot_as_a_method(text, ballot.start()):
        return False
    return not any(o.start < ballot.start() for o in find_outcomes(text))


@cache
def _tally_in_thousands() -> re.Pattern[str]:
    """ "by 14,212 to 5,806", "12,453 votes to 11,901" (not "from 1,000 to 2,000 members", not money)."""
    thousands = r"\d{1,3}(?:,\d{3})+|\d{5,}"
    not_from = two_spaces_behind(r"(?<!\bfrom\s)")
    return re.compile(
        rf"(?<![£$€\d,.]){not_from}(?:{thousands})(?:\s+votes?)?\s*(?:to|[-–—])\s*\d[\d,]*(?!\s*(?:%|per))",
        _FLAGS,
    )


def _pending(text: str, outcomes: list[OutcomePhrase]) -> bool:
    """ "The council has not given the green light to the scheme yet": the item waits; nothing was decided. A result
    told in another clause ("..., which was rejected by 20 votes to 10") still counts."""
    match = _pending_words().search(text)
    if match is None:
        return False
    start, end = match.start(), match.end()
    clause = (text.rfind(",", 0, start) + 1, _clause_end(text, end))
    return all(clause[0] <= o.start < clause[1] for o in outcomes) and not _TALLY.search(text)


def _clause_end(text: str, at: int) -> int:
    found = re.search(r"[,;:.]", text[at:])
    return at + found.start() if found else len(text)


_TALLY = re.compile(r"\d+\s*(?:votes?\s*)?(?:to|[-–—])\s*\d+")


@cache
def _decision_told_again() -> re.Pattern[str]:
    """ "The decision, taken at yesterday's meeting, comes a year after ...", "The NEC's decision, made without a vote,
    follows a review in which members rejected ...": the decision just told, named again to say when or how; with no
    tally of its own it neither puts an item nor settles one (its later verbs tell other things)."""
    return re.compile(rf"\W*(?:{decisions_vocabulary().motions.decision_told_again.regex()})", _FLAGS)


@cache
def _pending_words() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{decisions_vocabulary().motions.pending.regex()})\b", _FLAGS)


def bare_label(text: str) -> list[OutcomePhrase]:
    """ "RESOLVED.", "Decided unanimously.": a label alone, the meeting's decision on the item just put."""
    match = _bare_label().fullmatch(text.strip())
    return [] if match is None else [OutcomePhrase(match.start(), match.end(), Outcome.CARRIED)]


def resolved_when_seconded(text: str) -> list[OutcomePhrase]:
    """ "It was moved by A, seconded by B and RESOLVED that ...": the minutes' formula, the label verb joined to the
    seconding, the meeting's decision on what was moved."""
    match = _resolved_when_seconded().search(text)
    return [] if match is None else [OutcomePhrase(match.start("verb"), match.end("verb"), Outcome.CARRIED)]


@cache
def _resolved_when_seconded() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    seconded = either(v.seconding_words)
    return re.compile(
        rf"\b(?:{seconded})\s+by\s+[^,;.]{{2,60}}?,?\s+and\s+(?:it\s+was\s+)?(?P<verb>{either(v.bare_label_verbs)})"
        rf"(?:\s+(?:{either(v.label_adverbs)}))?,?\s+(?:that|to)\b",
        _FLAGS,
    )


@cache
def _bare_label() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    shouted = either(tuple(word.upper() for word in v.bare_label_verbs))
    capitalised = either(tuple(word.capitalize() for word in v.bare_label_verbs))
    return re.compile(rf"\W*(?:{shouted}|{capitalised})(?:\s+(?i:{either(v.label_adverbs)}))?\s*[.!]?")
