"""The motions extractor's regular expressions, built once from the vocabulary."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from nec_extract.extractors.motions.names import name_pattern
from nec_extract.extractors.votes.vocabulary import vocab
from nec_extract.models import MotionKind

_FLAGS = re.IGNORECASE


def alternation(phrases: list[str]) -> str:
    return "|".join(sorted(phrases, key=len, reverse=True))


@dataclass(frozen=True)
class MotionPatterns:
    kinds: list[tuple[MotionKind, re.Pattern[str]]]
    mover_verbs: str
    pronoun: re.Pattern[str]
    noun_reference: re.Pattern[str]
    meeting_decision: re.Pattern[str]
    impersonal: re.Pattern[str]
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
    v = vocab()
    name = name_pattern()
    kinds = [
        (MotionKind(kind), re.compile(rf"\b(?:{alternation(nouns)})\b", _FLAGS))
        for kind, nouns in v["motion_nouns"].items()
    ]
    decision_verbs = (
        rf"{v['agree_family']}|{v['active_defeat_verbs']}|voted (?:to|for)|(?:re-?)?elected|appointed|nominated|"
        r"remitted|referred|deferred"
    )
    adverbs = r"(?:(?:\w+ly|then|also|finally|duly|formally|now|just|did|has|have|at least|all|both|subsequently)\s+)*"
    return MotionPatterns(
        kinds=kinds,
        mover_verbs=v["mover_verbs"],
        pronoun=re.compile(
            rf"\b(?:{v['anaphors']['pronouns']}|(?:this|that|these|those)\s+(?:\w+\s+)?(?:{v['anaphors']['nouns']}))\b",
            _FLAGS,
        ),
        noun_reference=re.compile(rf"\bthe\s+(?:\w+\s+)?(?P<noun>{v['anaphors']['nouns']})\b", _FLAGS),
        meeting_decision=re.compile(
            rf"\b(?:{v['meeting_subjects']})\s+(?:[^,.;]{{0,80}}?\s+and\s+)?{adverbs}(?P<verb>{decision_verbs})\b",
            _FLAGS,
        ),
        impersonal=re.compile(
            r"\b(?:it|this)\s+(?:was|is|had been|has been)\s+(?:then\s+|also\s+|now\s+|unanimously\s+)?"
            r"(?P<verb>agreed|decided|resolved|proposed|suggested)\b",
            _FLAGS,
        ),
        election=re.compile(
            rf"(?P<who>\bI\b|{name})\s+(?:was|were)\s+(?:then\s+|also\s+|duly\s+|unanimously\s+)?"
            rf"(?:(?:{v['glad_to_be']})\s+to\s+be\s+)?(?:re-?)?elected\s+(?:as\s+)?(?:the\s+)?"
            rf"(?i:(?:new\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{v['election_roles']})\b|(?:{v['election_qualifiers']}))",
        ),
        passive=re.compile(
            rf"\b(?:was|were|has been|have been|had been|is|are|got|be)\s+{adverbs}"
            r"(?:(?:[\w-]+\s+){0,6}?and\s+)?$",
            _FLAGS,
        ),
        past=re.compile(rf"\b(?:{v['past_reference']})\b", _FLAGS),
        other_body=re.compile(v["other_body_agent"]),
        discussed=re.compile(rf"\b(?:{v['discussed_verbs']})\b", _FLAGS),
        following=re.compile(
            r"\bthe following\s+(?:[\w-]+\s+){0,3}?"
            r"(?P<noun>rule changes|motions|amendments|proposals|recommendations|changes)\b",
            _FLAGS,
        ),
        never_put=re.compile(rf"\b(?:{v['never_put']})\b", _FLAGS),
        agenda=re.compile(rf"\b(?:{v['agenda_item']})\b.*?\b(?P<noun>{v['agenda_nouns']})\b", _FLAGS),
    )
