"""An item named again rather than a new one: a decision told by its verb and named in the next sentence by a bare
noun ("The NEC voted to cut the fee. The change was backed by 22 votes to 12."), and a sentence that opens with an
item it calls another ("Another motion ...")."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.records.draft import Draft
from nec_extract.extractors.motions.sentence.reading import Reading
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.grammar import grammar_vocabulary

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
