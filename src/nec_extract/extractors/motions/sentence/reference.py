"""How a sentence's result refers back to the item it settles: not at all ("Agreed unanimously."), by a pronoun or a
demonstrative ("It fell", "This amendment fell", "the committee rejected them"), or by "the <noun>" ("The amendment was
lost"); "as amended" makes it the motion's."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.sentence.patterns import patterns
from nec_extract.extractors.motions.this_meeting.bodies import MeetingBody
from nec_extract.extractors.votes import find_outcomes
from nec_extract.language.clauses import clauses
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either, pointing_pronouns
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.language.list_items import PARAGRAPH_PART_NUMBER

_FLAGS = re.IGNORECASE


# a result set as a label before the item it decides: "AGREED: that ...", "RESOLVED – To ..."
_LABEL_AFTER = re.compile(r"\s*[:–—-]\s*\S")


def reference(text: str, event: int, event_end: int, body: MeetingBody) -> str | None:
    """How the outcome's subject refers back: absent ("Agreed unanimously."), a pronoun or demonstrative
    ("It fell", "This amendment fell", "the committee rejected them"), "the <noun>" (returned), or not at all
    (None)."""
    text = _without_attribution(text, event)
    if re.match(rf"\s+(?:{pointing_pronouns()})\b", text[event_end:], _FLAGS):
        return "pronoun"
    told = _object_told().search(text, event, event_end)  # "she was happy to accept that", "... accept the amendment"
    if told is not None:
        return _noun(told["noun"]) if told["noun"] else "pronoun"
    before = text[:event]
    if _demonstrative_subject().search(before) and not find_outcomes(text[event_end:]):
        return "pronoun"  # "After a short debate, that went through" (one result; of two, each has its item)
    # "NOT AGREED.": a negator opening the bare result, which the outcome phrase has already read as a defeat; "5.2
    # Remitted to the Pay Committee": minutes number their paragraphs in parts, no words of the result (but "2.4
    # AGREED: that ..." labels an item of its own)
    number = "" if _LABEL_AFTER.match(text, event_end) else rf"|{PARAGRAPH_PART_NUMBER}"
    bare = re.sub(
        rf"^\W*(?:(?:\w+ly|{either(grammar_vocabulary().decisions.lead_in_adverbs, grammar_vocabulary().negators)}"
        rf"|after\b.*?,|when\b.*?,|on a show of hands,?{number})\s*)*",
        "",
        before,
        flags=_FLAGS,
    )
    labels = either(decisions_vocabulary().motions.result_labels)
    if not re.search(r"[A-Za-z0-9]", bare) or re.fullmatch(rf"\W*(?:{labels})\s*[:–—-]\s*", bare, _FLAGS):
        return "none"
    if re.fullmatch(rf"\W*(?:{either(decisions_vocabulary().motions.bare_result_heads)})\s+", bare, _FLAGS):
        return "none"  # "Decision deferred to the July meeting.": minutes' shorthand, no determiner
    shorthand = re.fullmatch(rf"\W*(?P<noun>{patterns().reference_nouns})\s+", bare, _FLAGS)
    if shorthand is not None:
        return _noun(shorthand["noun"])  # "Motion carried.", "Amendment lost.": minutes' "the motion"
    if _body_alone(bare, body) and _no_object().match(text, event_end):
        return "none"  # "The meeting agreed.", "Members agreed unanimously": the body's yes to what was just put
    clause_start = clauses("decision").start_of(before, len(before))
    clause = text[clause_start : event + 12]
    # "I'm glad to say it went through", "Needless to say, this was voted down": the pronoun after the writer's comment
    after_comment = before[comment_frame_end(before) :]
    if any(_pronoun_subject(words, at_start_only=True) for words in (text[clause_start:event], before, after_comment)):
        return "pronoun"
    if _pronoun_subject(text[clause_start:event]):
        return "near"
    after = event_end + (2 if text.startswith("  ", event_end) else 1)  # "agreed  the rule change" too
    noun = patterns().noun_reference.search(clause) or patterns().noun_reference.match(text, after)
    return _noun(noun["noun"]) if noun else None


def _noun(words: str) -> str:
    """The noun referred back with, as the vocabulary writes it ("the rule  change": "rule change")."""
    return " ".join(words.lower().split())


@cache
def _object_told() -> re.Pattern[str]:
    """An outcome phrase that names its own object at its end: a pronoun, or "the <noun>"."""
    pronouns = either(grammar_vocabulary().decisions.told_object_pronouns)
    return re.compile(rf"\s(?:{pronouns}|the\s+(?P<noun>{patterns().reference_nouns}))$", _FLAGS)


@cache
def _demonstrative_subject() -> re.Pattern[str]:
    """A demonstrative alone opening the clause whose verb is the outcome: "After a short debate, that went through",
    "..., and those were agreed" (not "agreed that", where "that" opens what was agreed)."""
    return re.compile(
        rf"(?:^\W*|[,;:]\s*|\b(?:and|but|so)\s+)(?:{either(grammar_vocabulary().demonstratives)})\s+"
        r"(?:(?:was|were|has\s+been|have\s+been|then|also|duly|\w+ly)\s+)*$",
        _FLAGS,
    )


def comment_frame_end(text: str) -> int:
    """Where the writer's comment opening the sentence ends ("I'm pleased to report that it passed": its words name
    no item, "report" no paper); 0 when there is none."""
    framed = _comment_frame().match(text)
    return framed.end() if framed is not None else 0


def without_a_closing_comment(words: str) -> str:
    """The words before the writer's comment that closes the sentence: ", I need hardly add.", ", needless to say."."""
    closing = _closing_comment().search(words)
    return words[: closing.start()] + words[-1:] if closing is not None and words.rstrip()[-1:] in ".!" else words


def _without_attribution(text: str, event: int) -> str:
    """ "It is understood that a proposal to ... was defeated": the frame's "it" is no item; the sentence is read as if
    it began after the frame, one character for one (so the offsets hold)."""
    framed = _attribution_frame_end(text)
    return " " * framed + text[framed:] if 0 < framed <= event else text


def _attribution_frame_end(text: str) -> int:
    """Where a news report's attribution opening the sentence ends ("It is understood that", "Sources say",
    "LabourList understands"); 0 when there is none."""
    framed = _attribution_frame().match(text)
    return framed.end() if framed is not None else 0


def attribution_frame() -> str:
    """A news report's attribution opening what it tells, with its comma and space ("It is understood that ",
    "Sources say, ", "LabourList understands ")."""
    return rf"(?:{decisions_vocabulary().motions.attribution_frames.regex()})\s*,?\s+"


@cache
def _attribution_frame() -> re.Pattern[str]:
    return re.compile(rf"\W*{attribution_frame()}", _FLAGS)


@cache
def _closing_comment() -> re.Pattern[str]:
    return re.compile(rf",\s*(?:{decisions_vocabulary().motions.comment_frames.regex()})\s*[.!]?\s*$", _FLAGS)


@cache
def _comment_frame() -> re.Pattern[str]:
    """The writer's comment opening the sentence before the result's subject: "I'm pleased to report that",
    "Needless to say,"."""
    return re.compile(rf"\W*(?:{decisions_vocabulary().motions.comment_frames.regex()})\s*,?\s*", _FLAGS)


def _body_alone(words: str, body: MeetingBody) -> bool:
    adverbs = rf"(?:(?:\w+ly|{either(decisions_vocabulary().motions.decision_adverbs)})\s+)*"
    return bool(re.fullmatch(rf"\s*(?:{body.subject(words)})\s+{adverbs}", words, _FLAGS))


# what may follow a verb with no object: "unanimously", "without a vote", "with one against", "by 12 votes to 3"
@cache
def _no_object() -> re.Pattern[str]:
    return re.compile(
        rf"(?:\s*,?\s*(?:\w+ly|without\s+(?:{either(decisions_vocabulary().motions.unopposed_after_without)})"
        r"|nem\.?\s*con\.?|on\s+a\s+show\s+of\s+hands"
        r"|(?:with|by)\s+[^.;:]*))*\s*[.;!]?\s*$",
        _FLAGS,
    )


def as_amended(text: str, reference: str | None) -> str | None:
    """ "Carried as amended.", "The motion as amended was agreed", "As amended, carried 41-6.": the result is the
    motion's, not the amendment's."""
    if reference in ("none", "pronoun", "near") and re.search(r"\bas\s+amended\b", text, _FLAGS):
        return "motion"
    if reference is None and re.match(r"\W*as\s+amended\s*,", text, _FLAGS):
        return "motion"
    return reference


def _pronoun_subject(segment: str, at_start_only: bool = False) -> bool:
    """A pronoun or "this amendment" opening the clause ("and it was lost") or just before the outcome
    ("which was then carried")."""
    pronoun = patterns().pronoun.pattern
    if re.match(rf"^\W*(?:\w+\s+){{0,2}}?{pronoun}", segment, _FLAGS):
        return True
    return not at_start_only and bool(re.search(rf"{pronoun}\s+(?:\w+\s+){{0,3}}$", segment, _FLAGS))
