"""An item named again rather than a new one: a decision told by its verb and named in the next sentence by a bare
noun ("The NEC voted to cut the fee. The change was backed by 22 votes to 12."), a sentence that opens with an
item it calls another ("Another motion ..."), a news report's opening told again by its account, and a sentence
that names only the item just told ("Party chair Jo Hart introduced the proposal.")."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.records.draft import Draft, is_amendment
from nec_extract.extractors.motions.sentence.patterns import patterns
from nec_extract.extractors.motions.sentence.reading import Reading
from nec_extract.language.calendar import CLOCK_TIME_RE
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.models import Outcome
from nec_extract.page.context import ReportContext
from nec_extract.page.recaps import retellings
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
    return _another_item().match(reading.sentence.text) is not None


@cache
def _another_item() -> re.Pattern[str]:
    return re.compile(rf"\W*(?:{either(decisions_vocabulary().motions.new_item_openers)})\b", _FLAGS)


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


# how a draft tells its item: in the account, in a news report's lede above the account, in a digest of the
# decisions, or again where a page retells (a live blog's UPDATE, a spokesperson's quote); a telling is one told again
# only of a lower rank
_ACCOUNT, _LEDE, _DIGEST, _RETOLD = 0, 1, 2, 3
# how many sentences apart an item under way ("Members are considering a proposal to ...") and its result may be
_UNDER_WAY_REACH = 8
_LEAST_SHARED = 2  # words of its own an item told again shares with its first telling (or half of its own, if fewer)


def told_twice(report: ReportContext, drafts: list[Draft], readings: list[Reading]) -> list[Draft]:
    """One item told twice on a page is one motion (SPEC Rulings: a decision restated later, a quote, a standfirst,
    is listed once): a digest's line ("Key points: – Rule change on CLP officer terms approved (22-11)", "To sum up:
    the handbook went through"), a live blog's UPDATE ("UPDATE: the vote on the rule change was 20-13"), a
    spokesperson's quote ("'The executive has turned down the partnership,' a spokesperson said") or a news lede
    telling the account's decision; and a live blog's item under way ("The committee is considering a proposal to
    ...") that a later entry settles. The telling kept is the first, where a digest and the account tell an item
    (a digest above the account, "Summary of decisions" under the heading, is told first), else the account's (the
    later, for an item under way); it takes the other's tally, movers or result where it has none. Two items told
    alike stay two: another result, another tally, or words of their own ("the rule change on officer terms" and
    "the rule change on board terms"); each telling in the account is told at most once in a digest."""
    if len(drafts) < 2:
        return drafts
    ranks = [_rank(report, draft, readings) for draft in drafts]
    words = [_own_words(report, draft, readings) for draft in drafts]
    first_words = [_own_words(report, draft, readings, before=True) for draft in drafts]
    dropped: set[int] = set()
    digested: set[int] = set()  # tellings a digest's line has told again
    for at in sorted(range(len(drafts)), key=lambda i: -ranks[i]):
        if ranks[at] == _ACCOUNT:
            break
        taken = dropped | digested if ranks[at] == _DIGEST else dropped
        found = _first_telling(at, drafts, ranks, (words[at], first_words), taken, readings)
        if found is None:
            continue
        if ranks[at] == _DIGEST:
            digested.add(found)
        if ranks[at] == _DIGEST and drafts[at].first < drafts[found].first:
            _take_over(drafts[at], drafts[found])  # the digest above tells it first
            dropped.add(found)
        else:
            _take_over(drafts[found], drafts[at])
            dropped.add(at)
    for at, draft in enumerate(drafts):
        if at in dropped or not draft.unsettled or ranks[at] != _ACCOUNT:
            continue
        later = _settled_later(at, drafts, ranks, words, dropped, readings)
        if later is not None:
            _take_over(drafts[later], draft)
            dropped.add(at)
    return [draft for at, draft in enumerate(drafts) if at not in dropped]


def _rank(report: ReportContext, draft: Draft, readings: list[Reading]) -> int:
    reading = readings[draft.first]
    start = draft.start if draft.start is not None else reading.sentence.start
    places = retellings(report)
    if places.in_an_update(start) or _told_in_a_quote(reading):
        return _RETOLD
    if places.in_a_digest(start):
        return _DIGEST
    lede = report.title is not None and tells_a_decision(report.title) and draft.first <= _NEAR_LEDE
    # "Labour's ruling body has agreed a new code ...": a lede in the present perfect, not a table's row under a
    # header that names a vote ("Motion Subject ... How Branch Voted Outcome")
    told = _present_perfect().search(reading.sentence.text) is not None
    return _LEDE if lede and draft.first == draft.last and told else _ACCOUNT


_QUOTES = re.compile(r"[\"“”]")


def _told_in_a_quote(reading: Reading) -> bool:
    """ "'We have voted to pause the merger,' a spokesperson said": the result inside someone's quoted words."""
    text = reading.sentence.text
    if not reading.outcomes or _QUOTES.search(text) is None:
        return False
    before = text[: reading.outcomes[0].start]
    opened = before.count('"') % 2 == 1 or before.count("“") > before.count("”")
    return opened and _saying().search(text) is not None


@cache
def _saying() -> re.Pattern[str]:
    """A verb of saying that attributes quoted words: "a spokesperson said", "she told us"."""
    return re.compile(rf"\b(?:{decisions_vocabulary().motions.quote_verbs.regex()})\b", _FLAGS)


def _own_words(report: ReportContext, draft: Draft, readings: list[Reading], before: bool = False) -> frozenset[str]:
    """The words of the draft's telling that are its item's own (not a motion's, an outcome's or a body's), cut to
    their first letters so that "rejoining" and "rejoin", "affiliated" and "affiliation" are one; with ``before``,
    those of the sentence before when the telling has none of its own ("Their amendment was lost.")."""
    if draft.start is not None and draft.end is not None:
        text = report.text[draft.start : draft.end]
    else:
        text = " ".join(readings[i].sentence.text for i in range(draft.first, draft.last + 1))
    own = _words_of(text)
    if before and draft.first and not own:
        own |= _words_of(readings[draft.first - 1].sentence.text)  # "... to remove the clause. Their amendment fell."
    return own


def _words_of(text: str) -> frozenset[str]:
    common = _common_words()
    return frozenset(word[:_STEM] for word in _WORD.findall(text.lower()) if len(word) > 2 and word not in common)


_WORD = re.compile(r"[a-z][a-z'’-]+")
_STEM = 5


@cache
def _common_words() -> frozenset[str]:
    return frozenset(decisions_vocabulary().motions.retold_common_words)


def _first_telling(
    at: int,
    drafts: list[Draft],
    ranks: list[int],
    words: tuple[frozenset[str], list[frozenset[str]]],
    taken: set[int],
    readings: list[Reading],
) -> int | None:
    """The draft of a lower rank that tells the same item as the one at ``at`` (the most words shared, then the
    fewest of its own left over, then the nearest); None when none does. ``words`` are the retelling's own and each
    draft's own with the sentence it points back to."""
    own, firsts = words
    retold = drafts[at]
    best: tuple[int, int, int] | None = None
    found = None
    for other, draft in enumerate(drafts):
        if other == at or other in taken or ranks[other] >= ranks[at] or not _results_agree(retold, draft):
            continue
        if ranks[at] == _LEDE and draft.first <= retold.last:
            continue  # the lede tells first what the account tells below
        shared = _shared(own, firsts[other])
        if shared is None and _named_bare(retold, draft, readings):
            shared = 1
        if shared is None:
            continue
        # "the leadership threshold rule change" is the one on leadership thresholds, not a separate one on deputy
        # leadership nominations that names thresholds too: the fewest words of its own left over
        score = (shared, -len(firsts[other] - own), -abs(draft.first - retold.first))
        if best is None or score > best:
            best, found = score, other
    return found


def _shared(retold: frozenset[str], first: frozenset[str]) -> int | None:
    """How many words the two tellings share, when that is enough to be one item: at least two, or half the words
    of the one told again if it has fewer ("Conference timetable agreed" and "the timetable was agreed")."""
    shared = len(retold & first)
    if shared >= _LEAST_SHARED or (shared and shared * 2 >= len(retold)):
        return shared
    return None


def _named_bare(retold: Draft, draft: Draft, readings: list[Reading]) -> bool:
    """ "The amendment fell by a wider margin.": an UPDATE naming the item only by its bare noun, the draft's."""
    bare = _bare_restatement().match(readings[retold.first].sentence.text)
    return bare is not None and bare["noun"].lower() in (draft.noun or draft.kind.value).lower()


def _results_agree(retold: Draft, draft: Draft) -> bool:
    """The same result, or one of the two untold; no two different tallies."""
    if Outcome.UNKNOWN not in (retold.outcome, draft.outcome) and retold.outcome is not draft.outcome:
        return False
    if retold.vote is None or draft.vote is None:
        return True
    if retold.vote.unanimous and draft.vote.unanimous:
        return True
    counts = (retold.vote.for_, retold.vote.against, retold.vote.abstentions)
    other = (draft.vote.for_, draft.vote.against, draft.vote.abstentions)
    return counts == other or counts[:2] == other[1::-1]  # "(14-3)" in a digest, "3 against, 14 for" above


def _settled_later(
    at: int,
    drafts: list[Draft],
    ranks: list[int],
    words: list[frozenset[str]],
    dropped: set[int],
    readings: list[Reading],
) -> int | None:
    """ "11:48 Members are considering a proposal to withdraw support from the candidate. / 12:31 The NEC has voted to
    withdraw support.": an item under way, settled by a later telling of its own words (not one told as another)."""
    under_way = drafts[at]
    for other in range(at + 1, len(drafts)):
        draft = drafts[other]
        if draft.first - under_way.last > _UNDER_WAY_REACH:
            return None
        if other in dropped or ranks[other] != _ACCOUNT or draft.unsettled or draft.first <= under_way.last:
            continue
        if is_amendment(draft.kind, draft.noun) is not is_amendment(under_way.kind, under_way.noun):
            continue
        opening = _TIME_STAMP.sub("", readings[draft.first].sentence.text, count=1)
        if _another_item().match(opening) or _told_as_new().match(opening):
            continue  # "10:50 Another motion, on ..., has been carried": an item of its own
        if len(words[at] & words[other]) >= _LEAST_SHARED:
            return other
    return None


# a live blog entry's time ("10:50", "3.15pm") before its sentence
_TIME_STAMP = re.compile(rf"^\W*{CLOCK_TIME_RE}\s*")


def _take_over(kept: Draft, told: Draft) -> None:
    """The telling kept takes what only the other told: a tally, a result, its movers and seconders."""
    if kept.vote is None and told.vote is not None:
        kept.vote = told.vote
    if kept.outcome is Outcome.UNKNOWN:
        kept.outcome = told.outcome
    if not kept.people.movers:
        kept.people.movers += told.people.movers
    if not kept.people.seconders:
        kept.people.seconders += told.people.seconders
