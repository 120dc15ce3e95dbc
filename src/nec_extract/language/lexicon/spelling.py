"""``models/spelling.json``: the other spellings of the vocabulary's British words ("favour" / "favor", "organise" /
"organize"); :mod:`nec_extract.language.spelling` gives every word list and pattern both."""

from __future__ import annotations

import re
from functools import cache

from pydantic import field_validator

from nec_extract.language.lexicon import Vocabulary, load


class SpellingVocabulary(Vocabulary):
    FILE = "spelling.json"
    other_spellings: dict[str, str]  # the British part of a word -> its other spelling ("favour" -> "favor")

    @field_validator("other_spellings")
    @classmethod
    def _letters(cls, spellings: dict[str, str]) -> dict[str, str]:
        for part in (*spellings, *spellings.values()):
            if not re.fullmatch(r"[a-z]+", part):
                raise ValueError(f"{part!r}: a spelling is lower-case letters only")
        return spellings


@cache
def spelling_vocabulary() -> SpellingVocabulary:
    return load(SpellingVocabulary)
