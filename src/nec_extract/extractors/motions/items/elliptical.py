"""A second item's result told with its verb left out, after the first's: "The first amendment was lost 10-22, the
second 12-20", "Motion 3 was carried 18-6 and motion 4 by 15 votes to 9", "The rule change fell by 19 votes to 14,
and the reference back by 21 to 12". The second is a motion of its own, with the second tally; the first keeps the
first tally."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.records.draft import Draft
from nec_extract.extractors.motions.sentence.people import People
from nec_extract.extractors.motions.sentence.reading import Reading, kind_of
from nec_extract.extractors.votes.tallies import sentence_tallies
from nec_extract.language.lexicon.decisions import either
from nec_extract.language.lexicon.grammar import grammar_vocabulary


@cache
def _second_item() -> re.Pattern[str]:
    """After the first tally: a comma or "and", a short naming phrase (two to five words, the first a determiner, an
    ordinal or a motion noun), an optional "by", then the second tally ending the sentence."""
    return re.compile(
        r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<item>(?:the|motion|amendment|resolution|proposal|item)\b[\w\s'’-]{2,40}?)"
        r"\s+(?:by\s+)?$",
        re.IGNORECASE,
    )


def elliptical_seconds(drafts: list[Draft], readings: list[Reading]) -> list[Draft]:
    """The drafts with the second item of each such sentence added after its first."""
    taken = {id(d.vote) for d in drafts if d.vote is not None}
    told = [d.first for d in drafts if d.first == d.last]
    result: list[Draft] = []
    for draft in drafts:
        result.append(draft)
        if draft.first != draft.last or told.count(draft.first) > 1:
            continue  # "One was carried 20-3, the other lost 5-18": both items are drafts already
        reading = readings[draft.first]
        if len(reading.votes) != 2 or (id(reading.votes[0]) in taken and draft.vote is not reading.votes[0]):
            continue
        first, second = reading.votes
        if id(second) in taken and draft.vote is not second:
            continue
        pairs = [t for t in sentence_tallies(reading.sentence.text) if t.is_pair]
        if len(pairs) != 2:
            continue
        match = _second_item().match(reading.sentence.text[pairs[0].end : pairs[1].start])
        if match is None or _verb_in(re.sub(r"\bas\s+amended\b", "", match["item"], flags=re.IGNORECASE)):
            continue
        draft.vote = first
        kind, _ = kind_of(match["item"])
        extra = Draft(draft.first, draft.last, kind or draft.kind, match["item"], People(), second.outcome, second)
        at = reading.sentence.start + pairs[0].end
        extra.start, extra.end = at + match.start("item"), reading.sentence.start + pairs[1].end
        draft.end = draft.end if draft.end is not None else at
        result.append(extra)
    return result


def _verb_in(words: str) -> bool:
    """ "and the meeting then voted": a clause with a verb of its own is no bare naming phrase."""
    return (
        re.search(
            rf"\b(?:{either(grammar_vocabulary().decisions.summary_end_be_forms)})\b|\w+ed\b", words, re.IGNORECASE
        )
        is not None
    )
