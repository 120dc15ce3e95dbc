"""An amendment told only as part of the item's own decision, in two shapes:
- the verb "amended" on the item, then decided: "The motion was amended by Jo Reid and then carried", "The budget was
  amended to add a hardship fund and then agreed", "The motion was amended, and the amended motion was carried 12-3";
- the item carried with an amendment named in a phrase of its own: "The report was agreed with an amendment from Jo
  Bell adding a review", "The committee adopted the strategy, subject to an amendment deleting the section on fees",
  "The paper, with Unite's amendment, was agreed".
Two decisions (SPEC Rulings: each decision is one motion): the amendment, carried (the item was amended, or taken
with it), moved by whoever the sentence names, and the item with its own result. Not "carried as amended" or "as
amended by Jo Reid" (a state, no amending told), not "with no amendments" or an amendment the phrase says fell, nor an
item amended with no result of its own."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.records.draft import Draft, is_amendment
from nec_extract.extractors.motions.sentence.people import People, find_people
from nec_extract.extractors.motions.sentence.reading import Reading
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.numbers import count_pattern, count_value
from nec_extract.language.people import minuted_name_re
from nec_extract.models import MotionKind, Outcome


def amendments_told(drafts: list[Draft], readings: list[Reading]) -> list[Draft]:
    """The drafts with the amendments added before each item the sentence says was amended, or carried with
    amendments."""
    result: list[Draft] = []
    for draft in drafts:
        if draft.first == draft.last and draft.kind is not MotionKind.AMENDMENT:
            result.extend(_amendments(draft, readings[draft.first], drafts))
        result.append(draft)
    return result


def _amendments(draft: Draft, reading: Reading, drafts: list[Draft]) -> list[Draft]:
    if any(d.first == draft.first and d.kind is MotionKind.AMENDMENT for d in drafts):
        return []  # the amendment is a draft of its own already
    amended = _amended_then_decided(draft, reading)
    return [amended] if amended is not None else _taken_with_the_item(draft, reading, drafts)


def _amended_then_decided(draft: Draft, reading: Reading) -> Draft | None:
    told = _amended_then().search(reading.sentence.text)
    if told is None or not any(o.start == told.end() and not o.hedged for o in reading.outcomes):
        return None
    people = People()
    people.add("mover", told["who"])
    return _drafted(draft, reading, told, people)


def _taken_with_the_item(draft: Draft, reading: Reading, drafts: list[Draft]) -> list[Draft]:
    text = reading.sentence.text
    taken = _taken_with_amendment().search(text)
    if taken is None or draft.outcome is not Outcome.CARRIED or _fell().search(text, taken.start()):
        return []
    awaiting = [d for d in drafts if is_amendment(d.kind, d.noun) and d.first < draft.first and d.unsettled]
    if (taken["known"] or taken["owner"]) and awaiting:
        # "Jo moved an amendment ... The paper was agreed with the amendment": the one told before, carried with it
        awaiting[-1].outcome, awaiting[-1].last = Outcome.CARRIED, draft.first
        return []
    if _vague(taken):
        return []
    count = count_value(taken["count"]) if taken["count"] else 1
    people = find_people(taken[0])
    return [_drafted(draft, reading, taken, people) for _ in range(min(count or 1, _MOST_COUNTED))]


def _vague(taken: re.Match[str]) -> bool:
    """ "agreed with amendments", "with the amendments discussed": no amendment told as put (no article, count,
    owner, mover or effect; "the" alone points back to one, if any)."""
    return not (taken["one"] or taken["count"] or taken["owner"] or taken["source"] or taken["how"])


_MOST_COUNTED = 4  # "with two amendments": one motion each; a larger count is a summary, not a list of decisions


def _drafted(draft: Draft, reading: Reading, told: re.Match[str], people: People) -> Draft:
    """The amendment ``told`` (a match with a ``how`` group: what it did), carried, moved by ``people``."""
    how = (told["how"] or "").strip(" ,")
    who = people.movers[0] if people.movers else None
    summary = f"amendment {how}" if how else f"amendment by {who}" if who else "amendment"
    kind = MotionKind.AMENDMENT
    amendment = Draft(draft.first, draft.first, kind, summary, people, Outcome.CARRIED, noun="amendment")
    amendment.start, amendment.end = reading.sentence.start + told.start(), reading.sentence.start + told.end()
    return amendment


@cache
def _amended_then() -> re.Pattern[str]:
    """ "was amended by Jo Reid and then ", "was amended to add a fund, and the amended motion was ": the amending told
    in the passive, whoever did it and what it did, then a coordinated result (which must follow right after)."""
    return re.compile(
        rf"\b(?:was|were)\s+(?:\w+ly\s+)?amended(?:\s+by\s+(?:(?P<who>(?-i:{minuted_name_re()}))|(?:the|its|his|her|their)\s+[\w-]+(?:\s+[\w-]+)?))?"
        r"(?P<how>\s+(?:to|so\s+as\s+to|so\s+that)\s+[^.;]{3,120}?)?"
        r",?\s+and\s+(?:then\s+|subsequently\s+|later\s+)?(?:(?:the\s+|this\s+)?amended\s+[\w-]+\s+)?(?:(?:was|were)\s+)?"
        r"(?:(?:then|duly|\w+ly)\s+)?",
        re.IGNORECASE,
    )


@cache
def _taken_with_amendment() -> re.Pattern[str]:
    """ "with an amendment from Jo Bell adding a review", "subject to two amendments", "with Unite's amendment":
    amendments named in a phrase of the item's decision, how many, and what they did. Not "with no amendments",
    "without amendment", or "with amendments to follow"."""
    owner = r"(?-i:(?:[A-Z][\w-]+\s+){0,2}[A-Z][\w-]+)['’]s"
    words = decisions_vocabulary().motions
    what = either(words.amendment_effect_openers)
    return re.compile(
        rf"\b(?:{either(words.amendment_taken_openers)})\s+(?!(?:no|any|none)\b)"
        rf"(?:(?P<one>an?|one|a\s+single)\s+|(?:(?P<count>{count_pattern()})|(?P<known>the|this|that|its)|(?P<owner>{owner}))\s+)?"
        r"(?:[\w-]+\s+)?amendments?\b(?!\s+to\s+(?:follow|come)\b)"
        rf"(?P<source>\s+(?:from|by|(?:moved|proposed|tabled)\s+by)\s+[^.;,]*?(?=\s+(?:{what})\b|[.;,]|$))?"
        rf"(?P<how>\s+(?:{what})\s+[^.;,]{{3,120}})?",
        re.IGNORECASE,
    )


@cache
def _fell() -> re.Pattern[str]:
    """The amendment itself lost or withdrawn after all: "with an amendment from Jo Bell, which fell"."""
    return re.compile(r"\b(?:defeated|rejected|fell|fallen|falling|lost|withdrawn|voted\s+down)\b", re.IGNORECASE)
