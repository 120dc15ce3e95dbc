"""The motions extractor's regular expressions, built once from the vocabulary."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.language.people import minuted_name_re
from nec_extract.models import MotionKind

_FLAGS = re.IGNORECASE
# the number an item goes by: "12", "3b"
ITEM_NUMBER = r"\d{1,3}[a-z]?"
# the code a conference gives a motion or rule amendment: "13/4", "NR/8", "A7", "EM2"
CODE = r"(?:[A-Z]{1,4}/\d{1,3}[a-z]?|\d{1,3}/\d{1,3}[a-z]?|[A-Z]{1,2}\d{1,3}[a-z]?)"


@cache
def numbered_item() -> str:
    """ "Motion 12", "amendment 3b": an item noun and the number it goes by (a regex fragment, no groups)."""
    return rf"(?:{either(decisions_vocabulary().motions.put_nouns)})\s+{ITEM_NUMBER}"


# a short label opening a line, closed by its colon: "Code of conduct: ...", "Budget: ..."
LINE_LABEL = re.compile(r"\W*[A-Za-z][^:;.,]{0,40}:\s*")


@cache
def adverbs_before() -> str:
    """ "then unanimously", "also": any adverbs before a verb of deciding (a regex fragment, no groups)."""
    return rf"(?:(?:\w+ly|{either(decisions_vocabulary().motions.decision_adverbs)})\s+)*"


@dataclass(frozen=True)
class MotionPatterns:
    kinds: list[tuple[MotionKind, re.Pattern[str]]]
    mover_verbs: str
    mover_or_request: str  # "moved", "requested": a person brings something to the meeting
    introduction_verbs: str  # those, or "considered": what was moved or considered follows
    content_verbs: str  # those, or "debated": the motion's own words follow
    pronoun: re.Pattern[str]
    noun_reference: re.Pattern[str]
    reference_nouns: str  # the nouns an outcome's subject or object refers back with ("motion", "amendment", ...)
    impersonal: re.Pattern[str]
    decision_opener: re.Pattern[str]  # "It was agreed that ...", "RESOLVED – that ...": minutes opening with a decision
    election: re.Pattern[str]
    passive: re.Pattern[str]
    past: re.Pattern[str]
    other_body: re.Pattern[str]
    discussed: re.Pattern[str]
    following: re.Pattern[str]
    agenda: re.Pattern[str]
    never_put: re.Pattern[str]


@cache
def patterns() -> MotionPatterns:
    v = decisions_vocabulary().motions
    g = grammar_vocabulary()
    past_be = either(g.past_be_forms)
    name = minuted_name_re()
    kinds = [
        (MotionKind(kind), re.compile(rf"\b(?:{getattr(v.nouns, kind).regex()})\b", _FLAGS))
        for kind in type(v.nouns).model_fields
    ]
    adverbs = adverbs_before()
    # "the procedures", "the timetable": any word of a kind names the item a result is said of
    kind_words = [getattr(v.nouns, kind).words for kind in type(v.nouns).model_fields]
    anaphoric_nouns = either(v.anaphoric_nouns)
    reference_nouns = rf"{anaphoric_nouns}|{either(v.back_reference_nouns, *kind_words)}"
    impersonal_verbs = either(v.impersonal_verbs.decided, v.impersonal_verbs.proposed)
    return MotionPatterns(
        kinds=kinds,
        mover_verbs=either(v.mover_verbs),
        mover_or_request=either(v.mover_verbs, v.request_verbs),
        introduction_verbs=either(v.mover_verbs, v.request_verbs, v.consideration_verbs),
        content_verbs=either(v.mover_verbs, v.request_verbs, v.consideration_verbs, v.debate_verbs),
        pronoun=re.compile(
            rf"\b(?:{either(v.anaphoric_pronouns, v.counted_pronouns)}"
            rf"|(?:{either(g.demonstratives)})\s+(?:\w+\s+)?(?:{anaphoric_nouns}))\b",
            _FLAGS,
        ),
        noun_reference=re.compile(
            # "the motion", "the executive's motion", "my proposal"
            rf"\b(?:{either(g.decisions.item_back_determiners)})\s+(?:[\w'’]+\s+)?(?P<noun>{reference_nouns})\b",
            _FLAGS,
        ),
        reference_nouns=reference_nouns,
        impersonal=re.compile(
            rf"\b(?:{either(g.decisions.impersonal_subjects)})\s+(?:{either(g.decisions.impersonal_be_forms)})\s+"
            rf"(?:(?:{either(v.impersonal_adverbs)})\s+)?"
            # "It was moved and seconded that ...", "It was moved, seconded and carried that ...": the seconding is no
            # part of what was put
            rf"(?P<verb>{impersonal_verbs})\b{_seconded()}",
            _FLAGS,
        ),
        decision_opener=_decision_opener(),
        election=re.compile(
            # "X was the only nominee and was duly elected": a first predicate may stand between
            # "Maud Kettle (13) was elected": the candidate's total in brackets after the name
            # "Sam Patel, who was elected as youth officer": the relative "who" is the person named before it
            # "The chair, Sam Patel, was re-elected": a name in apposition, closed by its comma before the verb
            # "Kit Lowe (Unison) was elected": who the person is, in brackets
            rf"(?P<who>\bI\b|{name})(?:\s*\([^()]{{1,40}}\)|\s*,\s*who\b|\s*,(?=\s+(?:{past_be})\s))?"
            # "I stood for vice-chair and was elected", "X was nominated and elected", "has been elected"
            rf"(?:\s+(?:{past_be})\s+[^.;,]{{1,60}}?\s+and|\s+(?:stood|ran)\s+for\s+(?:the\s+)?(?:post\s+of\s+)?"
            rf"(?i:(?:[\w'’-]+\s+){{0,2}}?(?:{either(v.election_roles)}))\s+and)?\s+(?:{past_be}|has\s+been|have\s+been)\s+"
            rf"(?:(?:{either(v.election_adverbs)})\s+)?(?:(?:nominated|proposed)\s+and\s+(?:(?:{either(v.election_adverbs)})\s+)?)?"
            rf"(?:(?:{either(v.glad_to_be)})\s+to\s+be\s+)?(?:re-?)?elected(?:\s+to\s+(?:{either(v.role_verbs)})\b"
            rf"|\s+(?:as\s+)?(?:the\s+|its\s+|their\s+)?"
            # "was elected female Principal Speaker unopposed": a post of any words, closed by how it was filled
            rf"(?:(?i:(?:new\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{either(v.election_roles)})s?\b)"
            rf"|(?:[A-Za-z'’-]+\s+){{0,4}}?(?i:{v.election_qualifiers.regex()}))"
            # "..., so Imran was elected.": the election told at the end of its clause
            # "Maya was declared elected and takes office in May": "and" with no comma ends the clause too
            # "Priti was elected, 10 votes to 8", "P. Grant was elected (4 votes to 1)": a tally after a comma or in
            # brackets
            rf"|(?=\s*(?:[.;]|,\s+(?:{either(g.decisions.end_of_clause_joiners)})\b|[,(]\s*(?:by\s+)?\d+\s*(?:votes?\s+)?"
            rf"(?:to|[-–—])\s*\d|\s+and\s+[a-z]|\s+over\s+[A-Z]|$)))",
        ),
        passive=re.compile(
            # "was not supported": a negated outcome is still said of the item (a defeat)
            rf"\b(?:(?:{either(g.decisions.participle_be_forms)})(?:\s+not)?|(?:{either(g.have_forms)})(?:\s+not)?\s+been|wasn['’]t|weren['’]t|got|be)\s+"
            rf"{adverbs}"
            # "was moved, seconded and carried": participles in a list before the last; "debated and then approved"
            r"(?:(?:[\w-]+,?\s+){0,6}?and\s+(?:then\s+|\w+ly\s+)?)?$",
            _FLAGS,
        ),
        past=re.compile(rf"\b(?:{v.past_reference.regex()})\b", _FLAGS),
        other_body=re.compile(
            rf"\b(?:{either(v.other_body_verbs)})\s+by\s+(?P<agent>(?:the\s+)?(?:"
            rf"(?i:(?:[a-z'’-]+\s+){{0,2}}?(?:{either(v.other_bodies)}))\b|[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+)*))"
        ),
        discussed=re.compile(rf"\b(?:{either(v.discussed_verbs)})\b", _FLAGS),
        # "the following rule changes", and "these rule changes:" closing the sentence over the list
        following=re.compile(
            rf"\b(?:the following|these(?=[^:]*:\s*$))\s+(?:[\w-]+\s+){{0,3}}?(?P<noun>{either(v.list_heads)})\b",
            _FLAGS,
        ),
        never_put=re.compile(rf"\b(?:{v.never_put.regex()})\b", _FLAGS),
        agenda=re.compile(
            # "Other items on the agenda were proposed changes to ...", "The final item was the climate motion", "Next
            # came a rule change on ..."
            rf"(?:\b(?:{either(v.agenda_items)})\b.*?"
            rf"|\b(?:{either(v.agenda_positions)})\s+(?:was|were)\s+(?:[^\s.;:]+\s+){{0,12}}?"
            rf"|\b(?:{either(v.agenda_openers)})\s+(?:[^\s.;:,]+\s+){{0,8}}?)"
            rf"\b(?P<noun>{either(v.agenda_nouns)})\b",
            _FLAGS,
        ),
    )


def _decision_opener() -> re.Pattern[str]:
    """ "It was agreed that ...", "Agreed: to ...", "RESOLVED – that ...": minutes opening with the decision itself,
    whose words then name an item of their own; also "It was proposed that ...", "It was moved, seconded and carried
    to ...": an item put, with the result coordinated with the proposing verb."""
    g = grammar_vocabulary().decisions
    v = decisions_vocabulary().motions
    put = rf"(?:{either(v.impersonal_verbs.proposed)})\b{_seconded()}"
    impersonal = (
        rf"(?i:it)\s+(?:{either(g.impersonal_be_forms)})\s+(?:(?:{either(v.impersonal_adverbs)})\s+)?"
        rf"(?i:(?:{either(v.impersonal_verbs.decided)})\b|{put}(?:(?:,\s*|,?\s+and\s+)(?:\w+ly\s+)?[a-z]+\b(?:\s+\w+ly\b)?)?)"
    )
    # "Not agreed: the proposal to ...": a negated label decides its item too
    return re.compile(rf"^\W*(?:{impersonal}|(?:(?i:not)\s+)?(?:{either(v.minutes_labels)})\s*[:–—-]+)")


def _seconded() -> str:
    """ "... and seconded", ", seconded": the seconding after a proposing verb, no part of what was put."""
    return rf"(?:(?:\s+and|\s*,)\s*(?:{either(decisions_vocabulary().motions.seconding_words)})\b)?"
