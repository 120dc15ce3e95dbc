"""An amendment told by the verb "amended" on the item then decided: "The motion was amended by Jo Reid and then
carried", "The budget was amended to add a hardship fund and then agreed", "The motion was amended, and the amended
motion was carried 12-3". Two decisions (SPEC Rulings: each decision is one motion): the amendment, carried (the item
was amended), moved by whoever the sentence says amended it, and the item with its own result. Not "carried as
amended" (no amending told), nor an item amended with no result of its own told after it."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.records.draft import Draft
from nec_extract.extractors.motions.sentence.people import People
from nec_extract.extractors.motions.sentence.reading import Reading
from nec_extract.language.people import minuted_name_re
from nec_extract.models import MotionKind, Outcome


def amendments_told(drafts: list[Draft], readings: list[Reading]) -> list[Draft]:
    """The drafts with an amendment added before each item the sentence says was amended and then decided."""
    result: list[Draft] = []
    for draft in drafts:
        if draft.first == draft.last and draft.kind is not MotionKind.AMENDMENT:
            amendment = _amendment(draft, readings[draft.first], drafts)
            if amendment is not None:
                result.append(amendment)
        result.append(draft)
    return result


def _amendment(draft: Draft, reading: Reading, drafts: list[Draft]) -> Draft | None:
    if any(d.first == draft.first and d.kind is MotionKind.AMENDMENT for d in drafts):
        return None  # the amendment is a draft of its own already
    text = reading.sentence.text
    told = _amended_then().search(text)
    if told is None or not any(o.start == told.end() and not o.hedged for o in reading.outcomes):
        return None
    people = People()
    people.add("mover", told["who"])
    how = (told["how"] or "").strip(" ,")
    summary = f"amendment {how}" if how else f"amendment by {told['who']}" if told["who"] else "amendment"
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
