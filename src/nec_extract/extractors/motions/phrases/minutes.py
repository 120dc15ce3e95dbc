"""Minutes conventions for a decision: "RESOLVED: that ...", "Agreed: to ...", "It was RESOLVED – That ..."."""

from __future__ import annotations

import itertools
import re
from functools import cache

from nec_extract.extractors.motions.items.listed_decisions import enumerated
from nec_extract.extractors.motions.phrases.agreed_to_nothing import to_nothing
from nec_extract.extractors.motions.phrases.decisions import decided_outcome
from nec_extract.extractors.motions.records.draft import Draft, strong
from nec_extract.extractors.motions.sentence.reading import Reading, kind_of
from nec_extract.extractors.votes import find_outcomes
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.language.list_items import PARAGRAPH_PART_NUMBER, PART_NUMBER, unnumbered
from nec_extract.models import MotionKind, Outcome

_FLAGS = re.IGNORECASE


@cache
def _label() -> re.Pattern[str]:
    """A decision label opening the sentence, capitalised as minutes write it, and what follows it."""
    v = decisions_vocabulary().motions
    labels = v.minutes_labels
    # "RECOMMENDED TO CABINET – That ...": the committee's decision, with the body it goes to
    recommended = rf"(?:{either(v.recommended_labels)})(?:\s+(?i:to)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*){{1,3}}?)?"
    shouted = either(tuple(label for label in labels if label.isupper()))
    # "GPEx DECIDED to ...", "The Committee AGREED the accounts": a body, then the label in capitals
    subject = rf"(?:[A-Z][\w'’-]*\s+){{1,4}}(?:{shouted})\b\s*[:–—-]*\s*"
    # "Application 24/0112 (extension at 4 Church Lane): Resolved to raise no objection": an item, then its label
    item = r"(?:[^:.;]{1,80}:\s+)?"
    # "RESOLVED unanimously that ...", "RESOLVED (unanimously): That ...": how the decision was taken, between the
    # label and what it decides
    adverbs = either(decisions_vocabulary().motions.label_adverbs)
    adverb = rf"(?:\s+(?i:{adverbs})|\s*\((?i:{adverbs})\))?"
    # "Agreed by 16 votes to 11: capping the fee", "Lost (9-20): our call for ...": the count between label and item
    tally = r"(?:\s*,?\s*(?i:by\s+)?\(?\d{1,3}(?:\s+(?i:votes?))?\s*(?:[-–—]|(?i:to))\s*\d{1,3}(?:\s+(?i:votes?))?\)?)?"
    # "Lost 9-20: our call for ...": a result as the label, its mark always written
    results = either(v.results_labelling_an_item)
    # "resolved: that ...", "decision – to ...": a one-word label in lower case, its colon or dash making it one
    lowered = either(tuple(label.lower() for label in labels if label.isalpha() and label.istitle()))
    # "2.3 AGREED: that ...", "4.1.2 RESOLVED – That ...": minutes number their paragraphs in parts
    paragraph = rf"(?:{PARAGRAPH_PART_NUMBER}\s+)?"
    # "Not agreed: the proposal to ...": the label negated, the item defeated
    return re.compile(
        rf"^\W*{paragraph}{item}(?P<negated>(?i:not)\s+)?(?:{subject}|(?:(?i:it\s+was)\s+)?(?:{either(labels)}|{recommended}){adverb}{tally}\s*(?:[:–—-]+\s*|(?=(?i:that|to)\b))"
        rf"|(?:{lowered}){adverb}\s*[:–—]+\s*"
        rf"|(?P<result>{results}){adverb}{tally}\s*[:–—]+\s*)"
    )


def minutes_decisions(index: int, reading: Reading) -> list[Draft]:
    """One carried motion per item the label decides: "RESOLVED: that A; that B" is two."""
    text = reading.sentence.text
    label = _label().match(text)
    opening = label.end() if label else _resolution_under_a_label(index, reading)
    if opening is None or not re.search(r"\w", text[opening:]):
        return []
    # "RESOLVED: That the NEC (a) receives the report; (b) endorses its decisions": the parts go on from the stem
    stem = _STEM_BEFORE_PART.match(text, opening)
    items = numbered_parts(text, stem.end() if stem else opening) or enumerated(text, opening, len(text))
    # "Agreed to note the report.", "(a) to note the report;": a report noted decides nothing (SPEC: Motions)
    items = [(start, end) for start, end in items if not to_nothing(unnumbered(text[start:end]))]
    # "Decision: noted.", "Decision: Cabinet noted the performance report.", "(a) notes the draft;": noting under the
    # label decides nothing
    items = [(start, end) for start, end in items if not _noting(unnumbered(text[start:end]))]
    # "AGREED: that the branch recommends rejection; 14 for, 5 against": the count after the semicolon is the
    # decision's own tally, no second item
    items = [(start, end) for start, end in items if not _only_its_tally(reading, start, end)]
    # "Decision: not accepted at this time; the Secretary to explain the criteria": an officer's action after it
    items = items[:1] + [(start, end) for start, end in items[1:] if not _officers_action(text[start:end])]
    drafts = []
    for start, end in items:
        kind, _ = kind_of(text[start:end])
        words = unnumbered(text[start:end])
        outcome = decided_outcome(words) or _outcome_named_first(words) or _labelled_result(label) or Outcome.CARRIED
        if label is not None and label["negated"] and outcome is Outcome.CARRIED:
            outcome = Outcome.DEFEATED
        draft = Draft(index, index, kind or MotionKind.PROPOSAL, text[start:end], strong(), outcome)
        if reading.votes:
            draft.vote = reading.votes[-1]
        if len(items) > 1 or stem:
            draft.start, draft.end = reading.sentence.start + start, reading.sentence.start + end
        drafts.append(draft)
    return drafts


def _only_its_tally(reading: Reading, start: int, end: int) -> bool:
    """The part holds nothing but counts and their labels ("14 for, 5 against, 2 abstentions"), in a sentence with a
    tally."""
    return bool(reading.votes) and _tally_words().fullmatch(reading.sentence.text[start:end]) is not None


@cache
def _tally_words() -> re.Pattern[str]:
    labels = decisions_vocabulary().tallies.labels
    words = either((*labels.for_, *labels.against, *labels.abstentions, *decisions_vocabulary().tallies.voter_nouns))
    return re.compile(rf"(?:\W*(?:\d+|{words})\b)+\W*", _FLAGS)


def _noting(words: str) -> bool:
    return only_noted(words) or noting_part(words)


def noting_part(words: str) -> bool:
    """Whether a resolution's part only notes ("notes the forecast gap;", "to receive the report"), with no result
    of its own ("notes the report and approves the plan" decides)."""
    return _noting_part().match(words) is not None and not find_outcomes(words)


@cache
def _noting_part() -> re.Pattern[str]:
    return re.compile(rf"\W*(?:{either(decisions_vocabulary().motions.noting_parts)})\b", _FLAGS)


def resolution_stem(reading: Reading) -> bool:
    """ "RESOLVED: That the County Council" over "(a) notes ...;" / "(b) adopts ...": the label and the body alone,
    the stem of the parts on the lines below, each of which decides (or only notes) on its own."""
    text = reading.sentence.text
    label = _label().match(text)
    if label is None or _STEM.fullmatch(text, label.end()) is None:
        return False
    after = next((s for s in reading.report.sentences if s.start >= reading.sentence.end), None)
    if after is None:
        return False
    page = reading.report.page.text
    line_start = page.rfind("\n", 0, after.start) + 1  # "(i)" may stand split off the part it numbers
    return _PART_LINE_OPENING.match(page, line_start, after.end) is not None


# the body a resolution's parts go on from: "That the County Council", "that Cabinet", "That the Board:"
_STEM = re.compile(r"\W*(?i:that)\s+(?:(?i:the)\s+)?(?:[A-Z][\w'’&-]*\s*){1,5}[:–—-]?\s*")
_STEM_BEFORE_PART = re.compile(rf"{_STEM.pattern}(?={PART_NUMBER}\s)")
_PART_LINE_OPENING = re.compile(rf"[ \t]*{PART_NUMBER}\s+[a-z]")


def only_noted(words: str) -> bool:
    """Whether the words under a decision label only note the item ("noted.", "Received and noted.", "Cabinet noted
    the performance report."), with no result of their own ("Noted, and the recommendations agreed" decides)."""
    return _noted().fullmatch(words) is not None and not find_outcomes(words)


@cache
def _noted() -> re.Pattern[str]:
    """The noting verb, a short subject before it ("Cabinet", "The Board", "Members") and what was noted after."""
    noting = either(decisions_vocabulary().motions.noting_results)
    determiners = either(grammar_vocabulary().decisions.own_item_determiners)
    subject = r"(?:(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+)?"
    return re.compile(rf"\W*{subject}(?:{noting})\b(?:\s+(?:{determiners})\b[^;:]*)?\W*", _FLAGS)


def _labelled_result(label: re.Match[str] | None) -> Outcome | None:
    """ "Lost 9-20:", "Rejected:": the result the label itself gives."""
    return _outcome_named_first(label["result"]) if label is not None and label["result"] else None


def _officers_action(words: str) -> bool:
    """An action set for an officer ("the Secretary to explain the criteria", "Treasurer to circulate the figures"),
    not a decision of its own."""
    return _officer_to().match(words) is not None


@cache
def _officer_to() -> re.Pattern[str]:
    officers = either(decisions_vocabulary().undertaking_officers)
    return re.compile(rf"\W*(?:the\s+)?(?:{officers})\s+to\s+[a-z]", re.IGNORECASE)


# what a resolution set under its label opens with: "That ...", "(a) To ..."
_RESOLUTION_OPENING = re.compile(r"\W*(?:\(?(?:\d{1,2}|[a-h])[.)]\s*)?(?:that|to)\s", re.IGNORECASE)


def _resolution_under_a_label(index: int, reading: Reading) -> int | None:
    """ "DECISION:" or "RESOLVED –" alone on its line, the resolution ("That ...") on the next: the sentence under
    the bare label is what it decides."""
    sentences = reading.report.sentences
    if not 0 < index < len(sentences) or sentences[index].start != reading.sentence.start:
        return None
    if not _RESOLUTION_OPENING.match(reading.sentence.text):
        return None
    # "RESOLVED: / (a) That ... / (b) That ...": the parts numbered on their lines all stand under the label
    first = index
    while first > 1 and _PART_LINE.match(sentences[first].text) and _PART_LINE.match(sentences[first - 1].text):
        first -= 1
    above = sentences[first - 1]
    label = _label().match(above.text)
    if label is None or re.search(r"\w", above.text[label.end() :]) or not _on_its_own_line(reading, first):
        return None
    return 0


def _on_its_own_line(reading: Reading, index: int) -> bool:
    """The sentence at ``index`` opens a line, right under the one before."""
    sentences = reading.report.sentences
    gap = reading.report.page.text[sentences[index - 1].end : sentences[index].start]
    return "\n" in gap and not gap.strip()


# a numbered part of a resolution on a line of its own: "(a) That ...", "2. To ..."
_PART_LINE = re.compile(rf"\W*{PART_NUMBER}\s*(?:that|to)\s", re.IGNORECASE)
# a part's number opening it within the resolution
_PART_NUMBER = re.compile(rf"(?:^|(?<=\s)){PART_NUMBER}\s+(?=\S)", re.IGNORECASE)


def numbered_parts(text: str, start: int) -> list[tuple[int, int]]:
    """ "RESOLVED – (1) that A; (2) that B": each numbered part its own decision, from its number to the next."""
    numbers = [m.start() for m in _PART_NUMBER.finditer(text, start)]
    if len(numbers) < 2 or text[start : numbers[0]].strip(" :–—-\n"):
        return []
    cuts = [*numbers, len(text)]
    return [(a, a + len(re.sub(r"[\s;,]*(?:\band)?[\s;,]*$", "", text[a:b]))) for a, b in itertools.pairwise(cuts)]


def _outcome_named_first(words: str) -> Outcome | None:
    """ "Decision: deferred to the February meeting", "Resolved: referred to the Policy Committee"."""
    first = find_outcomes(words)[:1]
    # "Decision: Not agreed (3 for, 5 against)": the negated result opens the words too
    opens = first and (first[0].start <= 2 or re.fullmatch(r"\W*not\s+", words[: first[0].start], re.IGNORECASE))
    return first[0].outcome if opens and not first[0].hedged else None


def minutes_label(reading: Reading) -> bool:
    """Whether the sentence opens with a decision label ("RESOLVED:", "Agreed –")."""
    return _label().match(reading.sentence.text) is not None


def numbered_resolution(reading: Reading) -> bool:
    """ "RESOLVED – (1) That ...": the resolution numbers its parts, so "(2) That ..." after it is one more."""
    label = _label().match(reading.sentence.text)
    return label is not None and bool(re.match(r"\(?(?:1|a|i)[.)]\s", reading.sentence.text[label.end() :]))
