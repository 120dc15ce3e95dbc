"""The word sets of ``models/membership.json``, read once through the lexicon."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.language.lexicon.first_letters import alternation_by_first_letter
from nec_extract.language.lexicon.membership import MembershipVocabulary, membership_vocabulary


@cache
def words_of(key: str) -> frozenset[str]:
    """The words listed under ``key`` of ``models/membership.json``."""
    assert key in MembershipVocabulary.model_fields, key
    words: tuple[str, ...] = getattr(membership_vocabulary(), key)
    return frozenset(words)


@cache
def sentence_cue() -> re.Pattern[str]:
    """A sentence may state a figure only if it holds a number and some stem of the subject ("memb", "join"); the stems
    sorted under their first letters, as every sentence of a report is searched."""
    stems = alternation_by_first_letter(membership_vocabulary().sentence_cues, re.IGNORECASE, group="cue")
    return re.compile(stems.pattern, re.IGNORECASE)


def body_name_heads() -> tuple[str, ...]:
    """The last words of a body's name ("Union", "CLP"), as case-sensitive patterns."""
    return membership_vocabulary().body_name_heads


def own_body_markers() -> tuple[str, ...]:
    """What marks a Labour NEC report ("NEC"), as case-sensitive patterns."""
    return membership_vocabulary().own_body_markers
