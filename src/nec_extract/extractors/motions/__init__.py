"""Motions put to the meeting: what, who moved and seconded it, how it ended (SPEC: Motions).

A motion is introduced by a mover ("X moved a motion ...", "proposed by X", "I tabled an amendment")
or stated as a decision of the meeting ("The NEC agreed ...", "A motion ... was carried", "X was
elected chair"). An introduction without an outcome takes the outcome of a following sentence that
refers back to it ("This amendment fell.", "Agreed unanimously.", a tally). Vocabulary lives in
``models/decisions.json``; outcome phrases and tallies come from :mod:`nec_extract.extractors.votes`.

Sub-packages, in the order a sentence meets them:

- :mod:`.sentence`: what one sentence says (its reading, movers and seconders, the patterns);
- :mod:`.this_meeting`: whether a decision is this meeting's (its body), or background, another body's, members
  polled elsewhere, a motion's own words;
- :mod:`.phrases`: the phrase rules, motions one sentence introduces or states, by regular expressions;
- :mod:`.clause`: the clause layer, decisions read from the dependency parse; :mod:`.acts`: what a verb does that
  makes it a decision;
- :mod:`.items`: several motions told together in prose (counted, numbered, coded, listed, summed up);
- :mod:`.layout`: motions the page's layout tells (lists, tables, bullets, tally lines);
- :mod:`.elections`: elections, appointments and ballots;
- :mod:`.walk`: the walk through the sentences that links introductions to later outcomes;
- :mod:`.records`: the draft of a motion and the record made of it (summary, names).
"""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.motions.clause.clause_filter import worth_parsing_text
from nec_extract.extractors.motions.elections.ballot_results import ballot_results
from nec_extract.extractors.motions.items.amended import amendments_told
from nec_extract.extractors.motions.items.counted import ordinal_parts
from nec_extract.extractors.motions.items.elliptical import elliptical_seconds
from nec_extract.extractors.motions.items.numbered_items import numbered_items
from nec_extract.extractors.motions.items.results_in_turn import results_in_turn
from nec_extract.extractors.motions.items.summed_up import summed_up_items
from nec_extract.extractors.motions.layout.tally_lines import tally_lines_to_decisions
from nec_extract.extractors.motions.records.names import resolve_name
from nec_extract.extractors.motions.records.records import to_motion
from nec_extract.extractors.motions.sentence.reading import read_sentence
from nec_extract.extractors.motions.this_meeting.bodies import meeting_body
from nec_extract.extractors.motions.this_meeting.quoted_words import inside_quoted_motions
from nec_extract.extractors.motions.walk.later_fates import later_fates
from nec_extract.extractors.motions.walk.restated import named_again_alone, told_again_below_the_lede, told_twice
from nec_extract.extractors.motions.walk.walk import SentenceWalk
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.text import Sentence
from nec_extract.models import Motion, Speaker, Vote
from nec_extract.page.context import ReportContext

__all__ = ["extract_motions", "resolve_name", "sentences_to_parse"]


@cache
def _pronoun_coordinated() -> re.Pattern[str]:
    """A main clause joined to the one before with its own body pronoun ("..., but it agreed", "; they then voted"),
    not a clause of time or reason ("last met in May, when it approved ...": another meeting)."""
    pronouns = either(decisions_vocabulary().motions.body_pronouns)
    return re.compile(rf"(?:[,;]?\s+(?:and|but|yet|so)|;)\s+(?:then\s+|also\s+|instead\s+)?(?:{pronouns})\s", re.I)


@cache
def _pronoun_acts() -> re.Pattern[str]:
    """A sentence opening with a body pronoun as the subject of an active verb ("It also rejected ...", not "It was
    carried", whose "it" is the item)."""
    pronouns = either(decisions_vocabulary().motions.body_pronouns)
    return re.compile(
        rf"\W*(?:{pronouns})\s+(?:(?:then|also|\w+ly)\s+)*(?!(?:was|were|is|are|had|has|have)\b)[a-z]", re.I
    )


def extract_motions(report: ReportContext, votes: list[Vote], speakers: list[Speaker]) -> list[Motion]:
    """Motions of the report in text order, linked to their tallies."""
    body = meeting_body(report)
    readings = [read_sentence(report, part, votes, body) for part in _parts(report)]
    quoted = inside_quoted_motions(readings)  # a motion's own words, not decisions of the meeting
    readings = [reading for index, reading in enumerate(readings) if index not in quoted]
    opens = [body.opens(reading.sentence.text) for reading in readings]
    for index, reading in enumerate(readings):
        # "The NEC met. It agreed ...", and "The executive would not back the strike, but it agreed a ballot"
        reading.after_our_body = (index > 0 and opens[index - 1]) or (
            opens[index] and _pronoun_coordinated().search(reading.sentence.text) is not None
        )
        # "The NEC agreed X. It rejected Y. It also ...": the body's pronoun acting carries the body on
        opens[index] = opens[index] or (reading.after_our_body and bool(_pronoun_acts().match(reading.sentence.text)))
    drafts = told_again_below_the_lede(report, SentenceWalk(report, readings, votes).run(), readings)
    tally_lines_to_decisions(drafts, readings)
    later_fates(drafts, readings)
    drafts = named_again_alone(drafts, readings)
    drafts = ballot_results(drafts, readings)
    drafts = elliptical_seconds(drafts, readings)
    drafts = numbered_items(drafts, readings)
    drafts = summed_up_items(drafts, readings)
    drafts = amendments_told(drafts, readings)
    drafts = told_twice(report, drafts, readings)
    return [to_motion(report, readings, d, speakers) for d in drafts]


def sentences_to_parse(report: ReportContext) -> list[Sentence]:
    """The sentences (or their ordinal parts) whose parse the decisions' clause layer may read, so that the pipeline
    parses them in the speakers' batch."""
    body = meeting_body(report)
    # not the report's heading: the walk, which reads these parses, passes over it (SentenceWalk._is_heading); a
    # reader that asks for its parse all the same has it parsed then
    heading_end = report.start + len(report.title) if report.title is not None else report.start
    return [part for part in _parts(report) if part.start >= heading_end and worth_parsing_text(part.text, body)]


def _parts(report: ReportContext) -> list[Sentence]:
    """The report's sentences, one per item where a sentence tells counted items in turn, or two items each with its
    result ("Amendment ... defeated, substantive motion carried")."""
    return [
        part for sentence in report.sentences for whole in results_in_turn(sentence) for part in ordinal_parts(whole)
    ]
