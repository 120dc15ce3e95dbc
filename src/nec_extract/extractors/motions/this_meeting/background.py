"""What a sentence tells of another time or body: the clause giving background to this meeting's decision ("after
it was pointed out that the SEC had approved a similar freeze", "passed by Annual Conference last year"), and a
sentence whose every decision was taken at another time ("agreed in March", at a June meeting)."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.another_time import compared_before, fronted_consequence_end, told_of_another_time
from nec_extract.extractors.motions.sentence.patterns import patterns
from nec_extract.extractors.motions.this_meeting.bodies import MeetingBody
from nec_extract.extractors.motions.this_meeting.set_against import in_an_opening_contrast, opening_clause_end
from nec_extract.extractors.news_lead import backshifted
from nec_extract.extractors.votes import OutcomePhrase, find_outcomes
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.language.spaces import ONE_OR_TWO_SPACES
from nec_extract.language.text import Sentence
from nec_extract.page.context import ReportContext

_FLAGS = re.IGNORECASE


def background_clause(text: str, body: MeetingBody) -> int | None:
    """Where the clause about another time or body starts ("had agreed", "last year", "passed by Annual
    Conference"), or None when the sentence has none."""
    p = patterns()
    # "the minutes of the last meeting": the time names the item, not when it was decided
    markers = [
        m.start()
        for m in p.past.finditer(text)
        if not re.search(r"\b(?:of|from)\s+$", text[: m.start()])
        and not _fronted_past_thing(text, m.start(), m.end())
        and not _reporters_past_perfect(text, m)
        and not compared_before(text, m.start())  # "a larger deficit than last year": a time compared with
    ]
    markers += [
        m.start()
        for m in p.other_body.finditer(text)
        if not body.is_ours_or_the_partys(m["agent"])
        and not _presiding(m["agent"])
        and not _an_aside(text, m.start(), m.end())
        and not _then_the_meetings_result(text, m.end())
    ]
    markers += [m.start("news") for m in _reported().finditer(text)]
    if not markers:
        return None
    first = min(markers)
    return max((m.end() for m in _clause_opener().finditer(text, 0, first)), default=0)


def _presiding(agent: str) -> bool:
    """ "accepted by the Chair": the person presiding acts for the meeting, not another body."""
    words = re.sub(r"^the\s+", "", agent.strip(), flags=_FLAGS).lower()
    return words in decisions_vocabulary().motions.presiding_officers


def outside_background(text: str, body: MeetingBody, outcomes: list[OutcomePhrase]) -> tuple[list[OutcomePhrase], bool]:
    """The outcomes of the sentence's own clauses, and whether it is background all through. "This was agreed after
    it was pointed out that the SEC had approved a similar freeze": the main clause decides; the outcome words of the
    clause about another time or body are not this meeting's. "While the national party rejected the idea two years
    ago, the NEC agreed X": a background clause opening the sentence with a contrast word ends at its comma."""
    opening = opening_clause_end(text)
    background = background_clause(text, body)
    if opening is not None and background is not None and background < opening:
        # the background is the opening clause (and whatever the main clause holds of its own)
        rest = background_clause(text[opening:], body)
        main = [o for o in outcomes if o.start >= opening and (rest is None or o.start < opening + rest)]
        end = opening + (rest or len(text))
        return main, not main and not body.decision(text[:end]).search(text, opening, end)
    if background is None:
        return outcomes, False
    main = [o for o in outcomes if o.start < background]
    return main, not main and not body.decision(text[:background]).search(text, 0, background)


def _reporters_past_perfect(text: str, marker: re.Match[str]) -> bool:
    """ "Sources said the committee had agreed ...": the past perfect is the news report's tense, no earlier time."""
    return marker.group().lower().startswith("had ") and backshifted(text, marker.start())


# " and ", " and then was ": the item's next result coordinated with the agent's act, the same subject going on
_AND_THEN = re.compile(r"\s+and\s+(?:then\s+)?(?:(?:was|were)\s+)?(?:\w+ly\s+)?", _FLAGS)


def _then_the_meetings_result(text: str, end: int) -> bool:
    """ "This was accepted by the General Secretary and carried without dissent": the act of the agent at ``end``
    is one step; the result coordinated after it, with no agent of its own, is the meeting's."""
    joined = _AND_THEN.match(text, end)
    if joined is None:
        return False
    result = next((o for o in find_outcomes(text[joined.end() :]) if not o.hedged), None)
    if result is None or result.start != 0:
        return False
    return not re.match(r"\s+by\b", text[joined.end() + result.end :], _FLAGS)


def _an_aside(text: str, start: int, end: int) -> bool:
    """ "The motion on rents, supported by Unison, was carried": another body's act set off by commas after the item,
    the sentence's own clause going on after it (not "The rule change was passed by Conference, and ...")."""
    return text[:start].rstrip().endswith(",") and re.match(r"[^,;.()]{0,40},\s+[a-z]", text[end:]) is not None


def _fronted_past_thing(text: str, start: int, end: int) -> bool:
    """ "After last year's fiasco, I put forward ...": a past thing named in a phrase that opens the sentence and ends
    at a comma, so it does not date the main clause (not "Last year's conference agreed ...")."""
    opener = _fronted_opener().fullmatch(text, 0, start)
    if opener is not None and re.match(r"['’]s\s+[^,;.]{1,40},", text[end:]) is not None:
        return True
    # "Following the motion carried at last year's conference, the NEC set up ...": what the meeting acts on
    return fronted_consequence_end(text, start, end) is not None


@cache
def _fronted_opener() -> re.Pattern[str]:
    return re.compile(rf"\W*(?:\w+\W+)?(?:{either(decisions_vocabulary().motions.fronted_past_openers)})\s+", _FLAGS)


@cache
def _reported() -> re.Pattern[str]:
    """A decision someone reports as news, told in the perfect: "our rep explained that the trust board has agreed
    to consult" (not "the chair announced that the motion was carried", the meeting's own result)."""
    v = decisions_vocabulary().motions
    verbs = either(v.agree_verbs, v.decide_verbs, v.defeat_verbs.words, ("voted",))
    return re.compile(
        rf"\b(?:{either(v.reporting_verbs)})\s+that\s+(?P<news>(?:[\w'’-]+\s+){{1,5}}?(?:has|have)\s+(?:\w+ly\s+)?"
        rf"(?:{verbs}))\b",
        _FLAGS,
    )


@cache
def _clause_opener() -> re.Pattern[str]:
    return re.compile(
        rf"[;:,]\s*|\s[–—]\s|\b(?:{either(grammar_vocabulary().clause_opening_words)})\s+",
        _FLAGS,
    )


def about_elsewhere(report: ReportContext, sentence: Sentence, body: MeetingBody) -> bool:
    """Decisions of other times: a decision "agreed in March" at a June meeting, one told of a past year, one in a
    paragraph that opens at another time."""
    text = sentence.text
    if _in_a_past_paragraph(report, sentence):
        return True
    outcomes = find_outcomes(text)
    if outcomes and all(told_of_another_time(report, sentence, o.start, o.end) for o in outcomes):
        # every result the sentence tells is dated before the meeting, unless the body decides after them: "Following
        # the motion carried at last year's conference, the NEC agreed to set up a working group"
        return not body.decision(text).search(text, outcomes[-1].end)
    day = report.meeting_day or report.page.published
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)]
    return bool(day and years and all(y < day.year for y in years) and _dated_main_clause(text))


def _dated_main_clause(text: str) -> bool:
    """The sentence's own clause is dated to a year: it opens with one ("In 2019 the NEC agreed ..."), or says "in
    2019" before any clause of its own opens ("The NEC agreed the code in 2019"); not a year inside a clause on the
    item ("I moved a motion to restore the rebate that was cut in 2021")."""
    if re.match(r"^\W*(?:\w+\s+)?(?:19|20)\d\d\b", text):
        return True
    dated = re.search(rf"\bin{ONE_OR_TWO_SPACES}(?:19|20)\d\d\b", text)
    if dated is None or compared_before(text, dated.start()):
        return False  # "a bigger budget than in 2022": a year compared with
    if in_an_opening_contrast(text, dated.start()):
        return False  # "Although conference agreed X in 2019, the NEC deferred Y": the concession's year only
    if fronted_consequence_end(text, dated.start(), dated.end()) is not None:
        return False  # "In line with the motion carried at conference in 2024, the NEC agreed ...": what it acts on
    # a clause opening the sentence holds the date with the decision ("When the NEC agreed it in 2019, ...")
    opening = re.match(r"\W*\w+", text)
    return not _clause_opening().search(text, opening.end() if opening else 0, dated.start())


@cache
def _clause_opening() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{either(grammar_vocabulary().clause_opening_words)})\b", _FLAGS)


def _in_a_past_paragraph(report: ReportContext, sentence: Sentence) -> bool:
    """ "Last summer, the board changed how it works. The board decided to delegate ...": a sentence after one that
    opens its paragraph at another time ("Last summer", "Two years ago", "Some background."), unless it comes back to
    the meeting ("this meeting", "today")."""
    page = report.text
    opening = page.rfind("\n\n", report.start, sentence.start)
    opening = report.start if opening < 0 else opening + 2
    if opening >= sentence.start or not _past_paragraph().match(page, opening, sentence.start):
        return False
    return not _this_meeting().search(sentence.text)


@cache
def _past_paragraph() -> re.Pattern[str]:
    return re.compile(rf"\W*(?:{decisions_vocabulary().motions.past_paragraph_openers.regex()})\b", _FLAGS)


@cache
def _this_meeting() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{either(decisions_vocabulary().motions.this_meeting_markers)})\b", _FLAGS)
