"""An item named again rather than a new one: a decision told by its verb and named in the next sentence by a bare
noun ("The NEC voted to cut the fee. The change was backed by 22 votes to 12."), a sentence that opens with an
item it calls another ("Another motion ..."), a news report's opening told again by its account, and a sentence
that names only the item just told ("Party chair Jo Hart introduced the proposal.")."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.records.draft import Draft
from nec_extract.extractors.motions.sentence.patterns import patterns
from nec_extract.extractors.motions.sentence.reading import Reading
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.page.context import ReportContext
from nec_extract.page.segment.headings import tells_a_decision

_FLAGS = re.IGNORECASE


def restates(draft: Draft, reading: Reading) -> bool:
    """ "The NEC voted to cut the fee. The change was backed by 22 votes to 12.", "The NEC backed new rules for
    selections. The rules were agreed by 24 votes to 9.": a decision told by its verb, named again by a bare noun
    opening the sentence, a word for a decision or the decided thing's own noun (not "The change to the fees was
    agreed", an item of its own)."""
    if draft.noun is not None or len(reading.outcomes) > 1:
        return False  # "The plans were agreed, but the committee rejected the change to the fees": a second item
    bare = _bare_restatement().match(reading.sentence.text)
    if bare is None:
        return False
    noun = bare["noun"].lower()
    if reading.reference not in (None, noun):
        return False
    return noun in decisions_vocabulary().motions.restating_nouns or _its_own_noun(draft.summary, noun)


def _its_own_noun(summary: str, noun: str) -> bool:
    """The noun (singular or plural) heads what the decision took ("backed new rules for ..." and "the rules"); not
    the object of an act decided on ("agreed to review the rules" and "The rules were approved": two decisions)."""
    stem = noun.removesuffix("s")
    head = re.match(rf"(?:[\w'’-]+\s+){{0,3}}?{re.escape(stem)}s?\b", summary, _FLAGS)
    return len(stem) > 2 and head is not None and not summary.lower().startswith("to ")


@cache
def _bare_restatement() -> re.Pattern[str]:
    return re.compile(
        rf"\W*(?:the|this|that)\s+(?:new\s+)?(?P<noun>[a-z][\w-]*)\b{not_described()}(?=\s+\w|\s*,)", _FLAGS
    )


@cache
def not_described() -> str:
    """A regex fragment: the noun just read is not followed by words that describe an item of its own ("the change
    to the fees", "the motion on buses", "the recommendation itself")."""
    g = grammar_vocabulary().decisions
    return rf"(?!\s+(?:{either(g.describing_words, g.restating_noun_qualifiers)})\b)"


def opens_another_item(reading: Reading) -> bool:
    """ "Another motion ...", "A second proposal ...": the sentence opens with an item it calls another."""
    openers = either(decisions_vocabulary().motions.new_item_openers)
    return re.match(rf"\W*(?:{openers})\b", reading.sentence.text, _FLAGS) is not None


# the account's decision follows the opening closely: the standfirst, a byline and a dateline, the lede
_NEAR_LEDE = 5


def told_again_below_the_lede(report: ReportContext, drafts: list[Draft], readings: list[Reading]) -> list[Draft]:
    """Under a headline telling a decision, a news report's opening (its standfirst, its lede) tells the decision in
    the present perfect ("Greens' executive has agreed to put the leadership to a ballot") or in a standfirst line
    with no stop ("Party's executive votes down demand from activists"), and the account under it tells it again in
    the past ("GPEx met on 12 June and gave its approval to a members' ballot"): one decision, listed once, from the
    account (SPEC Rulings: a decision restated is listed once). Not when the account's decision has another outcome
    or is another item ("It also agreed ...", "Another motion ...", "A bid by ..."), nor a lede the walk has already
    settled."""
    if report.title is None or not tells_a_decision(report.title) or not drafts or drafts[0].first > _NEAR_LEDE:
        return drafts
    lede = 0
    while lede < len(drafts) and drafts[lede].last == drafts[lede].first and _told_as_a_lede(drafts[lede], readings):
        lede += 1
    if lede == 0 or lede == len(drafts):
        return drafts
    account, told = drafts[lede], drafts[:lede]
    reading = readings[account.first]
    if account.first - told[-1].last > _NEAR_LEDE or _told_as_a_lede(account, readings):
        return drafts
    if opens_another_item(reading) or _told_as_new().match(reading.sentence.text):
        return drafts  # "Another motion ...", "A bid by the CLP section ...", "It also agreed ..."
    own = reading.outcomes[-1].outcome if reading.outcomes else account.outcome  # its own result, not a later one's
    if any(draft.outcome is not own for draft in told):
        return drafts
    if account.vote is None:
        account.vote = next((draft.vote for draft in reversed(told) if draft.vote is not None), None)
    return drafts[lede:]


def _told_as_a_lede(draft: Draft, readings: list[Reading]) -> bool:
    text = readings[draft.first].sentence.text.strip()
    if "\n" not in text and not text.endswith((".", "!", "?", '"', "\u201d")):
        return True  # a standfirst line, a headline's sentence with no stop
    return _present_perfect().search(text) is not None


@cache
def _present_perfect() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    return re.compile(
        rf"\b(?:{either(v.lede_perfect_auxiliaries)})\s+(?:(?:{either(v.lede_adverbs)}|\w+ly)\s+)?(?:been\s+)?"
        r"[a-z]+(?:ed|en|wn|t)\b",
        _FLAGS,
    )


@cache
def _told_as_new() -> re.Pattern[str]:
    """An item told as new ("A bid by ...", "An amendment ...") or as one more ("... also agreed ...", "... too")."""
    v = decisions_vocabulary().motions
    return re.compile(
        rf"\W*(?:{either(v.indefinite_item_openers)})\s|.*\b(?:{either(v.one_more_item_words)})\b", _FLAGS | re.DOTALL
    )


# how many sentences after an item a bare "the proposal" may still name it
_NEAR_BACK = 4


def named_again_alone(drafts: list[Draft], readings: list[Reading]) -> list[Draft]:
    """ "The executive narrowly approved the pledge. ... Party chair Jo Hart introduced the proposal.", "The NCG agreed
    by 14 votes to 9 to back the change. The change was proposed by the co-chair.", "I heard Sam Lee, who moved the
    motion, reply that ...": a sentence that names an item only by a bare back-reference ("the proposal", "the
    change", "the motion") and settles nothing tells who put the item just told and settled, not a new one (an item
    still open before it may be what an amendment is moved to). Its movers go to that
    item when it has none (SPEC Rulings: a decision restated is listed once)."""
    kept: list[Draft] = []
    for draft in drafts:
        earlier = kept[-1] if kept else None
        if (
            earlier is not None
            and not earlier.unsettled
            and draft.unsettled
            and draft.first == draft.last
            and 0 < draft.first - earlier.last <= _NEAR_BACK
            and _names_only_an_item_told(draft, readings[draft.first])
        ):
            if not earlier.people.movers:
                earlier.people.movers += draft.people.movers
                earlier.people.seconders += [s for s in draft.people.seconders if s not in earlier.people.seconders]
            continue
        kept.append(draft)
    return kept


def _names_only_an_item_told(draft: Draft, reading: Reading) -> bool:
    """The sentence names the item by "the <noun>" with nothing describing it, and the draft is made of that noun."""
    if reading.outcomes or reading.votes:
        return False
    summary = re.sub(r"^\W*(?:(?:the|this|that)\s+)?", "", draft.summary.strip().rstrip(".;:!?"), flags=_FLAGS).lower()
    for bare in _bare_back_reference().finditer(reading.sentence.text):
        noun = bare["noun"].lower()
        rest = summary[len(noun) :] if summary.startswith(noun) else None
        if rest is not None and re.match(r"(?:\s*$|\s*,|\s+(?:was|were|had|has)\b)", rest):
            return True
    return False


@cache
def _bare_back_reference() -> re.Pattern[str]:
    """ "the proposal." / "the motion, reply ..." / "The change was proposed by ...": a back-reference that ends its
    clause or is put by someone."""
    v = decisions_vocabulary().motions
    nouns = rf"{patterns().reference_nouns}|{either(v.restating_nouns)}"
    put = rf"(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:{either(v.mover_verbs)})\s+by\b"
    return re.compile(rf"\b(?:the|this|that)\s+(?P<noun>{nouns})\b(?=\s*(?:[,.;:!?)]|$)|\s+{put})", _FLAGS)
