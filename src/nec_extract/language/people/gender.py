"""Whether "he" or "she" can stand for a person, by their first name: enough to choose between two people named
together, never a guess about anyone."""

from __future__ import annotations

from functools import cache

from nec_extract.language.lexicon.names import names_vocabulary

_PRONOUNS = {"he": "male", "she": "female"}


@cache
def _first_names() -> dict[str, str]:
    vocabulary = names_vocabulary()
    names = {name: "female" for name in vocabulary.female_first_names}
    names.update({name: "male" for name in vocabulary.male_first_names})
    return names


def agrees_with(name: str, pronoun: str) -> bool | None:
    """True or False when the first name is a common one of the pronoun's gender or of the other; None when the
    first name, or the pronoun, says nothing."""
    wanted = _PRONOUNS.get(pronoun.casefold())
    words = [w for w in name.split() if len(w.strip(".")) > 1]
    known = _first_names().get(words[0].casefold()) if words else None
    if wanted is None or known is None:
        return None
    return known == wanted


def is_common_first_name(word: str) -> bool:
    """Whether the word is a common first name ("Tamsin", "Mark"): evidence that a one-word name on the page is
    a person's."""
    return word.casefold() in _first_names()
