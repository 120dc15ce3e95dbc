"""The regular expressions of tallies, built once from the vocabulary, and the clause a tally sits in."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from nec_extract.language.calendar import MONTH_RE
from nec_extract.language.clauses import clauses
from nec_extract.language.grammar import with_group_nouns
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.first_letters import first_letters_ahead
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.language.numbers import count_pattern
from nec_extract.language.spaces import two_spaces_behind
from nec_extract.language.spelling import either_spelling

_FLAGS = re.IGNORECASE
# "no one voted against", "no-one opposed it": the "one" of "no one" is no count; nor is the count of those left out
# ("all but one voted for it", "everyone except two backed it", "every union rep bar one voting for it")
_NOT_NO_ONE_NOR_LEFT_OUT = two_spaces_behind(
    r"(?<!\bno\s)", r"(?<!\bno-)", r"(?<!\ball\sbut\s)", r"(?<!\bexcept\s)", r"(?<!\bbar\s)", r"(?<!\bsave\s)"
)
# counts joined by dashes ("22-12", "12-2-1"), not inside a number, a price, a date or a longer run of them
_DASHED_START = r"(?<![\w£$€.,/–—-])"
_DASH = r"\s?[-–—]\s?"
_VERSUS = r"\s+vs?\.?\s+"
_DASHED_END = r"(?![\w%/–—-]|[.,]\d)"


# a person named with capitals, a title before ("Cllr Ann Reid", "the Vice-President", "Sister Grant")
_NAME = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"


@dataclass(frozen=True)
class TallyPatterns:
    votes_to: re.Pattern[str]
    dash_triple: re.Pattern[str]
    slashed: re.Pattern[str]
    dash: re.Pattern[str]
    bare_to: re.Pattern[str]
    labelled_after: re.Pattern[str]
    labelled_before: re.Pattern[str]
    stance: re.Pattern[str]
    each_side: re.Pattern[str]
    one_of: re.Pattern[str]
    with_the_writer: re.Pattern[str]
    received: re.Pattern[str]
    supported_by: re.Pattern[str]
    motion_counted: re.Pattern[str]
    recorded: re.Pattern[str]
    with_votes: re.Pattern[str]
    none_against: re.Pattern[str]
    none_abstaining: re.Pattern[str]
    named_abstaining: re.Pattern[str]
    unanimous: re.Pattern[str]
    not_unanimous: re.Pattern[str]
    context: re.Pattern[str]
    unanimity_context: re.Pattern[str]
    not_tally: re.Pattern[str]
    candidates: re.Pattern[str]
    unit_after: re.Pattern[str]
    month_before: re.Pattern[str]
    casting_for: re.Pattern[str]
    casting_against: re.Pattern[str]
    verdict_and_item: re.Pattern[str]


@cache
def voter_words() -> str:
    """ "five councillors voting for", "12 votes": the nouns for those who vote (a regex fragment, no groups)."""
    return either(with_group_nouns(decisions_vocabulary().tallies.voter_nouns))


@cache
def side_labels() -> str:
    """ "For", "against", "abstentions": the labels of a tally's sides (a regex fragment, no groups)."""
    labels = decisions_vocabulary().tallies.labels
    return either(labels.for_, labels.against, labels.abstentions)


@cache
def patterns() -> TallyPatterns:
    v = decisions_vocabulary().tallies
    # a sum of money ("£412,000 against spending of £398,000") or a part of a number is never a count of votes
    num = rf"(?<![£$€\d,.]){count_pattern()}"
    labels = side_labels()
    answers = either(v.answers.for_, v.answers.against)
    # "three voted no": an answer is a label right after a vote verb
    voted_answer = rf"(?:(?<=\bvoted\s)|(?<=\bvoting\s))(?:{answers})(?![\w-])"
    voters = voter_words()
    stances = either(v.stance_labels.for_, v.stance_labels.against)
    objects = either(v.stance_objects)
    limiters = either(v.count_limiters)
    sides = either(v.labels.for_, v.labels.against)
    put_nouns = either(decisions_vocabulary().motions.put_nouns)
    return TallyPatterns(
        # "31 votes to nil": the second count may be a word for none
        votes_to=_compiled(
            rf"\b(?P<a>{num})\s+votes?\s+(?:to|against)\s+(?P<b>{count_pattern(zero_words=True)})\b(?:\s+votes?\b)?",
            _FLAGS,
        ),
        # "carried 12-2-1", "LOST (3–5–1)": for, against and abstentions
        dash_triple=_compiled(
            rf"{_DASHED_START}(?P<a>\d{{1,3}}){_DASH}(?P<b>\d{{1,3}}){_DASH}(?P<c>\d{{1,2}}){_DASHED_END}"
        ),
        # "17 v 9 for Maggie Rooney", "10 vs 18": a pair joined by "v" as by a dash
        dash=_compiled(rf"{_DASHED_START}(?P<a>\d{{1,3}})(?:{_DASH}|{_VERSUS})(?P<b>\d{{1,3}}){_DASHED_END}"),
        # minutes' shorthand after the verdict: "Carried 12/3/1", "LOST 4:7:0", "Agreed (9/2)"
        slashed=_compiled(
            rf"\b(?:{either(v.verdicts_before_a_slashed_count)})(?:\s+{_item_object()})?\s*[,:(]?\s*"
            r"(?P<a>\d{1,3})\s?[/:]\s?(?P<b>\d{1,3})(?:\s?[/:]\s?(?P<c>\d{1,2}))?(?![\w/:]|[.,]\d)",
            _FLAGS,
        ),
        bare_to=_compiled(
            rf"(?:(?:\bby|\bof|\bvoted|\b(?:{either(v.verdicts_before_a_pair)})|,|:|{the_vote_was()})\s+(?P<a>{num})"
            # "passed 25 to nil": after a verdict the second count may be a word for none
            # not the minutes of a time ("9:30 to 12:00")
            rf"|(?<![\d,.:£$€])\b(?P<d>\d{{1,3}}))\s+to\s+(?P<b>{num}|(?<=\bto\s)(?:nil|none|zero|nobody)(?=\W*$|\W*[,;]))\b"
            r"(?![:.]\d)",
            _FLAGS,
        ),
        labelled_after=_compiled(
            # not "550,000 against 520,000 a year before": two figures compared; any voters voting ("one delegate
            # voting against", "two governors voted for")
            # voting against"); the voters placed ("the two councillors on the committee voted against")
            # "the two union reps voting against", "five Labour councillors voting for it": the voters described
            rf"\b{_NOT_NO_ONE_NOR_LEFT_OUT}(?P<n>{num})\s+(?:(?:[A-Za-z][\w'’-]*\s+){{0,2}}?(?:{voters})\s+{_placed()}"
            rf"|(?P<other>[a-z][\w'’-]*)\s+(?=vot))?"
            rf"(?:(?:{either(v.count_verbs)})\s+)?"
            rf"(?P<label>{labels}|{voted_answer})\b"
            r"(?!(?<=against)\s+[£$€]?\d)",
            _FLAGS,
        ),
        # "21 members supported the motion and 4 opposed it"
        stance=_compiled(
            rf"\b{_NOT_NO_ONE_NOR_LEFT_OUT}(?P<n>{num})\s+(?:(?:{voters})\s+)?(?P<label>{stances})\s+(?:{objects}|the\s+[\w-]+)\b",
            _FLAGS,
        ),
        # "the motion received 6 votes", "it got only five votes": the votes for it
        received=_compiled(
            rf"\b(?:{either(v.candidate_count_verbs)})\s+(?:(?:{limiters})\s+)?(?P<n>{num})\s+votes?\b"
            rf"(?!\s+(?:{sides})\b)",
            _FLAGS,
        ),
        # "won the support of 24 members", "backed by only five councillors": the voters for it
        supported_by=_compiled(
            rf"\b(?:(?:the\s+)?(?:{either(v.support_nouns)})\s+of|(?:backed|supported)\s+by)\s+"
            rf"(?:(?:{limiters})\s+)?(?P<n>{num})\s+(?:{voters})\b",
            _FLAGS,
        ),
        # a motion, not a candidate, counted: "the motion received 6 votes, with 19 against"; not after a colon, which
        # opens the candidates' totals ("Two nominations for the seat: Ann Lee received 21 votes and Raj Patel 14")
        motion_counted=_compiled(
            rf"\b(?:{either(decisions_vocabulary().motions.anaphoric_nouns)})\b[^.;:]{{0,100}}?"
            rf"\b(?:{either(v.candidate_count_verbs)})\s+(?:(?:{limiters})\s+)?{num}\s+votes?\b",
            _FLAGS,
        ),
        # "I was one of three who voted against", "among the five members who voted for": that side's count
        one_of=_compiled(
            rf"\b(?:one\s+of|among)\s+(?:the\s+)?(?:(?:{limiters})\s+)?(?P<n>{num})\s+(?:(?:{voters}|of\s+us)\s+)?"
            rf"(?:who|that|to)\s+(?:had\s+)?vot(?:e|ed|ing)\s+(?P<label>{sides})\b",
            _FLAGS,
        ),
        # "I and five others voted against", "five others and I voted for": that side's count, the writer included
        with_the_writer=_compiled(
            rf"\b(?:(?:I|me)\s+and\s+(?P<n>{num})\s+others|(?P<m>{num})\s+others\s+and\s+(?:I|me))\s+"
            rf"(?:who\s+)?(?:had\s+)?vot(?:e|ed|ing)\s+(?P<label>{sides})\b",
            _FLAGS,
        ),
        # "tied at 15 each", "15 votes apiece"
        each_side=_compiled(rf"\b(?P<n>{num})\s+(?:{either(v.each_side)})\b", _FLAGS),
        labelled_before=_compiled(
            # "abstentions 1 – carried": a dash may close the count
            # "For – 12  Against – 9": a dash may part a label from its count, as a colon does
            rf"\b(?P<label>{labels}|{answers})\s*(?P<colon>[:=]|[–—-](?=\s*\d))?\s*(?P<n>{num})\b"
            # "For 16, against 9 on the recommendation": the item after the last count; "For 6 / Against 6 / Abs 1":
            # a slash or bar between the counts
            rf"(?=\s*(?:[,.;:()–—/|]|-\s|$|and\b|on\s+(?:the|this|that|it)\b|votes?\b|{labels}|{answers}\b))",
            _FLAGS,
        ),
        # "For: Cllrs Ash, Birch." / "Against the motion: Eve and Ford (2)" / "Abstentions: 2"
        recorded=_compiled(
            # council minutes write the labels in capitals ("FOR: Cllrs Ash, Birch") or as the voters ("Those voting
            # against: ...", "Voting for: ...", "Votes for: 18", "Votes cast against: 6")
            r"^\s*(?i:(?:those\s+)?voting\s+|those\s+|votes?\s+(?:cast\s+)?)?"
            # "Yes – 9" / "No – 2": a ballot's answers as labels, with a count only ("No – the chair will write")
            rf"(?P<label>(?i:for|against|{either_spelling('in favour')}|abstain(?:ed|ing|s)?|abstentions?"
            rf"|(?P<answer>{answers})(?![\w'’-])))"
            rf"(?:\s+the\s+(?i:{put_nouns}))?(?:\s*\((?P<lead>\d+)\))?\s*"
            # "Abstain (0)": a count in brackets is the whole line
            rf"(?:[:=–-]\s*(?:(?P<count>{num})|(?(answer)(?!)|(?P<names>[^\d:]+?)(?:\s*\((?P<total>\d+)\))?))"
            r"|(?<=\)))\.?\s*$"
        ),
        # "With 20 votes, the NEC voted to ...": the votes for, the rest not given
        with_votes=_compiled(rf"^\W*with\s+(?P<n>{num})\s+votes?\s*,", _FLAGS),
        none_against=_compiled(rf"\b(?:{v.none_against.regex()})\b", _FLAGS),
        none_abstaining=_compiled(rf"\b(?:{v.none_abstaining.regex()})\b", _FLAGS),
        # "..., with Cllr Reid abstaining", "14 votes to 3, Sister Grant and Brother Ode abstaining": names, not counts
        named_abstaining=_compiled(
            rf"(?:\b[Ww]ith\s+|,\s*)(?P<names>{_NAME}(?:\s*,\s*{_NAME})*(?:\s*,?\s+and\s+{_NAME})?)\s+"
            rf"(?:{either(v.named_abstainer_verbs)})\b"
        ),
        unanimous=_compiled(rf"\b(?:{v.unanimous.regex()})(?!\w)", _FLAGS),
        not_unanimous=_compiled(rf"\b(?:{either(v.not_unanimous_before)})[\s-]*$", _FLAGS),
        context=_compiled(rf"\b(?:{either(v.vote_context)})\b", _FLAGS),
        # "the decision to strike was taken without dissent", "there was unanimous agreement to the plan"
        unanimity_context=_compiled(
            rf"\b(?:{either(v.unanimity_nouns)})\b[^.;:]*?\b(?:was|were)\s+(?:\w+ly\s+)?"
            rf"(?:{either(v.unanimity_light_verbs)})\b|\bunanimous\s+(?:{either(v.unanimity_nouns)})\b",
            _FLAGS,
        ),
        not_tally=_compiled(rf"\b(?:{v.not_tally_context.regex()})\b", _FLAGS),
        candidates=_candidates(num),
        unit_after=_compiled(rf"\s*(?:{either(v.units_after_range)}|{MONTH_RE})\b", _FLAGS),
        month_before=_compiled(
            rf"\b(?:{MONTH_RE}|(?:{either(v.before_a_range)})\.?)\s*$",
            _FLAGS,
        ),
        casting_for=_compiled(rf"\b(?:{either(v.casting_vote_for)})\b", _FLAGS),
        casting_against=_compiled(rf"\b(?:{either(v.casting_vote_against)})\b", _FLAGS),
        # "carried the motion 23-1-2", "agreed the proposal 19:4": the verdict's object right before the counts, not
        # a numbered item ("motion 23")
        verdict_and_item=_compiled(
            rf"\b(?:{either(v.verdicts_before_a_slashed_count)})\s+{_item_object()}\s*[,:(]?\s*$", _FLAGS
        ),
    )


def _candidates(num: str) -> re.Pattern[str]:
    """Candidates' totals in a sentence ("Ann Lee 20, Raj Patel 14", "elected with 21 votes"), which a tally of a
    motion is not. Only whether it finds one is asked. It is searched through every sentence with a tally cue, so each
    form has a look-ahead for the letters it can start with: at the many places no form can start, one test fails
    instead of the form's words (the look-ahead is empty when they are not known)."""
    v = decisions_vocabulary().tallies
    sides = either(v.labels.for_, v.labels.against)
    roles = either(decisions_vocabulary().motions.election_roles)
    # a candidate's total in brackets beside their name: "Jo Reid (14)", "Sam Lee (9 votes)"; the name's letters are
    # taken whole (a letter is never the space or bracket after them, so giving one back never helps)
    total = rf"\({num}(?:\s+votes?)?\)"
    named_total = rf"\b[A-Z](?>[a-z]+)\s*{total}"
    beat = either(v.beating_verbs, v.winner_verbs)
    forms = [
        rf"\b(?:{either(v.candidate_total_verbs)})(?: [\w'’-]+){{0,6}}? with\s+{num}\s+votes?\b",
        rf"\b(?:{either(v.candidate_count_verbs)})\s+{num}\s+votes?\b(?!\s+(?:{sides})\b)",
        rf"\b{num}\s+votes?\s+to\s+{num}(?:\s+votes?)?\s+for\s+[A-Z]",
        # "Candidates: Ann Lee 20, Raj Patel 14", "we elected a chair: Ann Lee 20, Raj Patel 14"
        rf"\b(?:{either(v.candidate_list_cues)})\b[^:.;–—]*[:–—]\s*{_TOTALS}",
        # "Ann Lee was elected chair after a ballot (Lee 19, Patel 14)": the totals in brackets after the cue
        rf"\b(?:{either(v.candidate_list_cues)})\b[^:.;–—()]*\(\s*{_TOTALS}\s*\)",
        # "Jan Kowalski was nominated after a vote (20 votes; Cllr Eve Saunders 18)": the winner's votes, then the
        # rival named with theirs, in brackets after the cue
        rf"\b(?:{either(v.candidate_list_cues)})\b[^:.;–—()]*\(\s*{num}\s+votes?\s*[;,]\s*{_NAMED_TOTAL}\s*\)",
        # "For the Board's vice-chair: Anita Moss 15, Graham Birch 8": the post, a colon or dash, the totals; the post
        # may carry its portfolio in brackets ("Vice-Chair (Campaigns) – Ola Adebayo 34, Simon Tranter 25")
        rf"\b(?:{roles})(?:\s*\([^()\n]{{1,40}}\))?\s*[:–—]\s*{_TOTALS}",
        # "Secretary: Ann Lee 12 votes, Raj Dev 4 votes – Ann Lee elected": a post, the totals, the result
        rf"^\W*[A-Z][\w'’ -]{{1,40}}:\s*{_TOTALS}\s*[–—-][^.;]*\belected\b",
        # a total in brackets beside a name, then (its end is the first closing bracket, so the name's total is read
        # once for the three forms):
        rf"{named_total}(?:"
        # "Maud Kettle (13) was elected Chair over Orla Marsh (7)": totals in brackets beside the names
        rf"[^.;()]{{1,80}}?\belected\b[^.;()]{{1,60}}?{named_total}"
        # "Jo Reid (14) beat Sam Lee (9)", "Sam Lee (9) and Jo Reid (14) stood for vice chair; Jo was elected": both
        # totals in brackets beside the names, a word of the contest's result anywhere after them
        rf"|[^.()]{{1,80}}?{named_total}(?=[^.()]{{0,80}}?\b(?:{beat}|elected|won|chosen)\b)"
        rf"|\s+(?:{beat})\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}}\s*{total})",
    ]
    return re.compile("|".join(first_letters_ahead(form, _FLAGS) + form for form in forms), _FLAGS)


def _compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` with a look-ahead of the letters a match can start with put first, when they are known
    (:func:`first_letters_ahead`): no match starts anywhere else, so the matches are the same, and the many places of a
    sentence where none can start fail one test instead of every word of the pattern."""
    return re.compile(first_letters_ahead(pattern, flags) + pattern, flags)


def _item_object() -> str:
    """The item a verdict acts on, named with a determiner ("the motion", "our two amendments") or a pronoun."""
    items = either(decisions_vocabulary().motions.anaphoric_nouns)
    g = grammar_vocabulary().decisions
    determiners, pronouns = either(g.verdict_object_determiners), either(g.verdict_object_pronouns)
    return rf"(?:(?:{determiners})\s+(?:[\w'’-]+\s+){{0,3}}?(?:{items})|{pronouns})\b"


@cache
def the_vote_was() -> str:
    """ "the vote on the rule change was eleven to four": a pair in words after the vote it counts."""
    pronouns = either(grammar_vocabulary().decisions.vote_on_pronouns)
    return rf"\b(?:vote|result)(?:\s+on\s+(?:{pronouns}|the\s+[\w-]+(?:\s+[\w-]+)?))?\s+(?:was|were)"


def _placed() -> str:
    """Where the voters counted sit: "two councillors on the committee voted against"."""
    determiners = either(grammar_vocabulary().decisions.voters_place_determiners)
    return rf"(?:(?:on|of|from)\s+(?:{determiners})\s+[\w'’-]+\s+(?=vot))?"


# two candidates' totals after a colon or dash, each a capitalised name and a count: "Ann Lee 20, Raj Patel 14",
# not the sides of a vote ("Result: For 38, Against 6")
_NAMED_TOTAL = (
    # "Candidate A (Sarah Kim) 18": a label and the candidate's name in brackets
    r"(?-i:(?!(?:For|Against|In|Abstain\w*|Abstentions?)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]*){0,3}"
    r"(?:\s*\([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\))?)\s+\d{1,3}"
    r"(?:\s+votes?)?"  # "Mrs Okonkwo 4 votes, Mr Fitch 2 votes"
)
_TOTALS = rf"{_NAMED_TOTAL}\s*(?:,|and|;)\s*{_NAMED_TOTAL}\b"


def clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``text[start:end]``: cut at semicolons, ", and", "but" and dashes."""
    return clauses("tally").around(text, start, end)
