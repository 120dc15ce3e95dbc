"""Runs of two spaces inside a sentence ("the NEC  agreed", "carried by 20 votes  to 3"): a typist's habit, a line
joined from a mail sent format=flowed, a PDF's text. The tagger and parser read the second space as a word of its
own and move subjects and names, so a sentence that has such a run is parsed with one space there, and the doc the
stages read is rebuilt over the sentence as written: the second space comes back as the whitespace token spaCy makes
of it (tagged ``_SP``, attached to the word before it), so every token's offset still points at the page.

Only a run of exactly two spaces between two printed characters is read as one: a wider gap lines up the columns of a
table, and spaces at a line's start indent it; both are left as the page has them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_DOUBLE_SPACE = "  "
# what a plain space in a phrase's pattern matches: one, or a run of two in a line ("the NEC  agreed"); a wider gap
# lines up a table's columns and stays unmatched
ONE_OR_TWO_SPACES = " {1,2}"
# an in-line run of two spaces
_TWO_SPACES = re.compile(r"(?<=\S)  (?=\S)")
# a look-behind's ``\s`` between two words ("(?<!\bhad\s)")
_SPACE_CLASS = re.compile(r"(?<!\\)\\s")
_SPACE_TAG, _SPACE_POS, _SPACE_DEP = "_SP", "SPACE", "dep"
# where a rebuilt doc keeps the doc the parser read and where each of its tokens went
_READ = "nec_extract.one_spaced"


def one_spaced(text: str) -> str:
    """``text`` with each in-line run of two spaces read as one (the text itself when it has none)."""
    if _DOUBLE_SPACE not in text:
        return text
    return _TWO_SPACES.sub(" ", text)


def two_spaces_behind(*look_behinds: str) -> str:
    """Look-behinds written with ``\\s`` between words ("(?<!\\bhad\\s)", "(?<=\\bthere\\s)"), each also tried with an
    in-line run of two spaces for any of those ``\\s`` ("had  met", "there  was")."""
    return "".join(
        look_behind_two_spaces_too(look_behind, [match.start() for match in _SPACE_CLASS.finditer(look_behind)], 2)
        for look_behind in look_behinds
    )


def look_behind_two_spaces_too(look_behind: str, spaces: Sequence[int], width: int) -> str:
    """``look_behind`` with each of its spaces (written ``width`` characters long, at the offsets ``spaces``) also read
    as an in-line run of two, in every combination. A look-behind keeps one width, so each form is a look-behind of
    its own: all of them for one that must not match, any of them for one that must. A form of alternatives of
    unequal width (a space doubled in one alternative only) is left out; with no form left, ``look_behind`` itself."""
    forms = []
    for doubled in range(1, 2 ** len(spaces)):
        parts, at = [], 0
        for bit, space in enumerate(spaces):
            if doubled >> bit & 1:
                parts += [look_behind[at:space], _DOUBLE_SPACE]
                at = space + width
        form = "".join([*parts, look_behind[at:]])
        if _compiles(form):
            forms.append(form)
    if not forms:
        return look_behind
    if look_behind.startswith("(?<!"):
        return "".join([look_behind, *forms])
    return f"(?:{'|'.join([look_behind, *forms])})"


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


def as_written(doc: Doc, text: str) -> Doc | None:
    """``doc``, parsed over ``one_spaced(text)``, rebuilt over ``text``: each second space the copy left out comes back
    as a whitespace token after the word before it, with the tags, parse and lemmas of every other token kept. None
    if the rebuilt doc would not spell ``text``."""
    if doc.text == text:
        return doc
    from spacy.tokens import Doc

    seconds = {match.start() + 1 for match in _TWO_SPACES.finditer(text)}
    olds: list[int | None] = []  # for each token of the rebuilt doc, the doc's token it is, or None for a second space
    at = 0
    for token in doc:
        olds.append(token.i)
        at += len(token.text_with_ws)
        if at in seconds:
            olds.append(None)
            at += 1
    moved = [new for new, old in enumerate(olds) if old is not None]
    words, spaces, tags, pos, morphs, lemmas, deps, heads = [], [], [], [], [], [], [], []
    for new, old in enumerate(olds):
        if old is None:  # as spaCy reads a space after a space: a word of its own, on the word before it
            words.append(" ")
            spaces.append(False)
            tags.append(_SPACE_TAG)
            pos.append(_SPACE_POS)
            morphs.append("")
            lemmas.append(" ")
            deps.append(_SPACE_DEP)
            heads.append(new - 1)
            continue
        token = doc[old]
        words.append(token.text)
        spaces.append(bool(token.whitespace_))
        tags.append(token.tag_)
        pos.append(token.pos_)
        morphs.append(str(token.morph))
        lemmas.append(token.lemma_)
        deps.append(token.dep_)
        heads.append(moved[token.head.i])
    rebuilt = Doc(
        doc.vocab, words=words, spaces=spaces, tags=tags, pos=pos, morphs=morphs, lemmas=lemmas, heads=heads, deps=deps
    )
    if rebuilt.text != text:
        return None
    rebuilt.user_data[_READ] = (doc, moved)
    return rebuilt


def as_read(doc: Doc) -> Doc:
    """The doc the parser read: the single-spaced one a rebuilt doc was made from, else the doc itself. The entity
    recogniser reads it, so that a second space changes no entity either."""
    read = doc.user_data.get(_READ)
    return read[0] if read else doc


def entities_as_read(doc: Doc) -> None:
    """A rebuilt doc given the entities recognised on the doc the parser read, each over the same words."""
    read = doc.user_data.get(_READ)
    if not read:
        return
    from spacy.tokens import Span

    single, moved = read
    doc.ents = [Span(doc, moved[e.start], moved[e.end - 1] + 1, label=e.label_) for e in single.ents]


def is_second_space(token: Token) -> bool:
    """Whether the token is the second space of an in-line run of two (or any one space spaCy made a token of)."""
    return token.text == " "


def before_second_space(token: Token) -> Token:
    """The token itself, or the word before it when it is a second space ("the  Daily Mail": "the")."""
    while is_second_space(token) and token.i > 0:
        token = token.doc[token.i - 1]
    return token


def word_after(token: Token) -> Token | None:
    """The token after this one, past a second space ("A  Carter": "Carter"); None at the doc's end."""
    doc, at = token.doc, token.i + 1
    while at < len(doc) and is_second_space(doc[at]):
        at += 1
    return doc[at] if at < len(doc) else None
