"""Mentions of people in a parsed sentence: capitalised runs split into a role and a name, the author's "I",
a he/she pronoun, or a role noun ("the treasurer")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from nec_extract.extractors.speakers.offices import gazetteer_role
from nec_extract.extractors.speakers.tokens import word_in
from nec_extract.extractors.speakers.vocabulary import vocabulary
from nec_extract.language.nlp import recognise_entities, with_entities
from nec_extract.language.people import (
    CAPITALS_WORD,
    NAME_WORD,
    declared_initials,
    gazetteer,
    initials_map,
    is_name_word,
    person_words,
    resolve_name,
)
from nec_extract.language.people.gender import is_common_first_name
from nec_extract.language.people.roles import role_title
from nec_extract.language.people.titles import strip_possessive
from nec_extract.language.spaces import before_second_space, is_second_space, word_after
from nec_extract.language.text import Sentence
from nec_extract.page.context import ReportContext

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass
class Chunk:
    """A mention of someone in a parsed sentence: a name (maybe with role and titles), a role alone,
    the author's "I", or a he/she pronoun."""

    tokens: list[Token]
    kind: str  # "name" | "role" | "author" | "pronoun" | "pair"
    name: str | None = None
    role: str | None = None
    name_start: int = 0  # sentence offsets of the part that names the person
    name_end: int = 0


ALL_CAPS = re.compile(r"[A-Z]{2,4}")
_INITIAL = re.compile(r"[A-Z]\.?")
_CAPITALS = re.compile(CAPITALS_WORD)
_NAME_OR_CAPS = re.compile(rf"{NAME_WORD}|[A-Z]{{2,4}}")  # is_name_word or ALL_CAPS, in one try


def _is_capital_token(token: Token) -> bool:
    return _NAME_OR_CAPS.fullmatch(token.text) is not None or _is_title(token)


def _is_title(token: Token) -> bool:
    return token.text.casefold().strip(".") in vocabulary().titles


def _continues_name(run: list[Token], token: Token) -> bool:
    """An initial or a surname in capitals inside a titled name: "Councillor B Orme", "Bro. T WOODHOUSE"."""
    if not run:
        return False
    previous = run[-1]
    if token.text == "." and _is_title(previous) and not previous.whitespace_:
        return True  # "Bro." split in two
    if previous.text == "." and len(run) > 1:
        previous = run[-2]
    if _INITIAL.fullmatch(token.text):
        following = word_after(token)
        return (_is_title(previous) or bool(_INITIAL.fullmatch(previous.text))) and (
            following is not None and (is_name_word(following.text) or bool(_CAPITALS.fullmatch(following.text)))
        )
    return bool(_CAPITALS.fullmatch(token.text)) and bool(_INITIAL.fullmatch(previous.text))


def _runs(doc: Doc) -> Iterator[list[Token]]:
    """Maximal runs of capitalised tokens, joined across hyphens ("Barros-Curtis") and across
    "of (the)" after a role word ("Director of Legal Affairs Alex Barros-Curtis")."""
    vocab = vocabulary()
    run: list[Token] = []
    tokens = [token for token in doc if not is_second_space(token)]  # "Director of  Legal Affairs Alex Barros-Curtis"
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.is_space and "\n" in token.text:  # a line break inside a hard-wrapped sentence
            i += 1
            continue
        if (
            _is_capital_token(token)
            or _continues_name(run, token)
            or (run and token.text in ("-", "–") and not run[-1].whitespace_)
        ):
            run.append(token)
            i += 1
            continue
        joins_role = (
            run
            and token.lower_ == "of"
            and run[-1].lower_ in vocab.head_role_words
            and i + 1 < len(tokens)
            and (_is_capital_token(tokens[i + 1]) or (tokens[i + 1].lower_ == "the" and i + 2 < len(tokens)))
        )
        if joins_role:
            run.append(token)
            if tokens[i + 1].lower_ == "the":
                run.append(tokens[i + 1])
                i += 1
            i += 1
            continue
        if run:
            yield _trim_run(run)
        run = []
        i += 1
    if run:
        yield _trim_run(run)


def _trim_run(run: list[Token]) -> list[Token]:
    """Without a dangling hyphen or "of" at the end, nor sentence words at the front ("Later Rowan")."""
    while run and run[-1].text in ("-", "–", "of", "the"):
        run = run[:-1]
    vocab = vocabulary()
    while len(run) > 1 and run[0].lower_ in vocab.edge_words and run[0].lower_ not in vocab.role_words:
        run = run[1:]
    return run


class _EntitiesWanted(Exception):
    """Chunking came to a one-word name that only the entity recogniser can vouch for, and it is not to run yet."""


def chunks_of_sentences(report: ReportContext, sentences: list[Sentence]) -> dict[int, list[Chunk]]:
    """:func:`chunks_of` for each parsed sentence, by its start. The sentences that need the entity recogniser are
    chunked again after it has read them all in one batch: one sentence at a time costs it about a third more."""
    chunks: dict[int, list[Chunk]] = {}
    waiting: list[Sentence] = []
    for sentence in sentences:
        try:
            chunks[sentence.start] = chunks_of(report, sentence, report.doc(sentence), recognise=False)
        except _EntitiesWanted:
            waiting.append(sentence)
    recognise_entities([report.doc(sentence) for sentence in waiting])
    for sentence in waiting:
        chunks[sentence.start] = chunks_of(report, sentence, report.doc(sentence))
    return chunks


def chunks_of(report: ReportContext, sentence: Sentence, doc: Doc, *, recognise: bool = True) -> list[Chunk]:
    """Every mention of someone in the sentence, in sentence order. With ``recognise`` false, a name that needs the
    entity recogniser on a doc it has not read raises :class:`_EntitiesWanted` instead."""
    chunks = [
        chunk for run in _runs(doc) if run and (chunk := _name_chunk(report, sentence, doc, run, recognise=recognise))
    ]
    taken = {t.i for chunk in chunks for t in chunk.tokens}
    chunks += [chunk for token in doc if token.i not in taken and (chunk := _word_chunk(token))]
    return sorted(chunks, key=lambda c: c.tokens[0].i)


def _word_chunk(token: Token) -> Chunk | None:
    """A one-word mention: the author's "I" or "my", a he/she subject, or a role noun with its role words."""
    if token.lower_ not in _one_word_mentions():
        return None  # asked of every token of a parsed sentence: most are none of the words below
    vocab = vocabulary()
    chunk = None
    if token.text == "I" and token.pos_ == "PRON":
        chunk = Chunk([token], "author")
    elif token.lower_ in vocab.author_possessives and word_in(token.head, vocab.author_possessive_nouns):
        chunk = Chunk([token], "author")  # "my amendment was carried"
    elif token.lower_ in vocab.author_agent_pronouns and token.dep_ == "pobj" and token.head.lower_ == "by":
        chunk = Chunk([token], "author")  # "the amendment, moved by me, ..."
    elif token.lower_ in vocab.personal_pronouns and token.dep_ in ("nsubj", "conj"):
        chunk = Chunk([token], "pronoun")
    elif token.lower_ in vocab.pair_pronouns and token.dep_ == "nsubj":
        chunk = Chunk([token], "pair")  # "Candidates: A, B. Both gave a speech"
    elif token.pos_ == "NOUN" and token.lower_ in vocab.head_role_words and _has_determiner(token):
        # "the general secretary", "our deputy leader"
        words = [c for c in token.lefts if c.dep_ in ("compound", "amod") and c.lower_ in vocab.role_words]
        chunk = Chunk([*words, token], "role", role=role_title([t.text for t in [*words, token]]))
    if chunk is not None:
        chunk.name_start, chunk.name_end = chunk.tokens[0].idx, token.idx + len(token.text)
    return chunk


@cache
def _one_word_mentions() -> frozenset[str]:
    """Every word :func:`_word_chunk` may take, in lower case."""
    vocab = vocabulary()
    pronouns = vocab.author_possessives | vocab.author_agent_pronouns | vocab.personal_pronouns | vocab.pair_pronouns
    return frozenset({"i"} | pronouns | vocab.head_role_words)


def _has_determiner(token: Token) -> bool:
    """ "the secretary", "our treasurer", "the party's chair"."""
    determiners = vocabulary().role_determiners
    return any((c.dep_ == "det" and c.lower_ in determiners) or c.dep_ == "poss" for c in token.children)


def _name_chunk(
    report: ReportContext, sentence: Sentence, doc: Doc, run: list[Token], *, recognise: bool = True
) -> Chunk | None:
    """Split a capitalised run into its role (front) and the person's name (back)."""
    page = report.text
    initials = _initials_name(page, run)
    if initials:
        return _chunk_for(run, run, "name", initials, None)
    name_tokens = _name_tokens(run)
    role_tokens = run[: run.index(name_tokens[0])] if name_tokens else run
    role = role_title([t.text for t in role_tokens])
    if not name_tokens:
        introduced = (
            _preceded_by_article(doc, run) or _is_abbreviation(run) or _is_possessive(doc, run) or _opens(doc, run)
        )
        if role is None or not introduced:
            return None
        return _chunk_for(run, role_tokens, "role", None, role)
    raw = _join(name_tokens)
    name = resolve_name(raw, page, sentence.start + name_tokens[0].idx)
    # "the Hard Left", "a Labour Together report": a name takes no article
    after_article = not role and _previous(doc, run).lower_ in ("the", "a", "an")
    titled = _titled(doc, run, name_tokens)
    if after_article or not _is_person(raw, name, name_tokens, titled=titled, recognise=recognise):
        # "VP Education", "Head of Digital": the words after the role are its department, not a name
        role = role and (role_title([t.text for t in run]) or role)
        return Chunk(run, "role", role=role) if role else None
    role = role or gazetteer_role(name, report)
    return _chunk_for(run, name_tokens, "name", name, role)


def _chunk_for(run: list[Token], shown: list[Token], kind: str, name: str | None, role: str | None) -> Chunk:
    start, end = shown[0].idx, shown[-1].idx + len(shown[-1].text)
    return Chunk(run, kind, name=name, role=role, name_start=start, name_end=end)


def _preceded_by_article(doc: Doc, run: list[Token]) -> bool:
    """A role run like "The General Secretary" or "the Chair" names a role; a bare capitalised noun
    at a sentence start ("Campaign launch") does not."""
    determiners = vocabulary().role_determiners
    first = run[0]
    if first.lower_ in determiners:
        return True
    before = _previous(doc, run) if first.i > 0 else None
    # "the Chair", "the party's Treasurer", "Vera Lindgren, Director of Digital Campaigns,"
    return before is not None and (before.lower_ in determiners or before.tag_ == "POS" or before.text == ",")


def _opens(doc: Doc, run: list[Token]) -> bool:
    """Minutes name an office bare at a sentence's start: "Chair thanked ...", "4. Treasurer gave the balance"."""
    return all(t.is_punct or t.is_space or t.like_num for t in doc[: run[0].i])


def _titled(doc: Doc, run: list[Token], name_tokens: list[Token]) -> bool:
    """A title goes before the name, inside its run or just before it ("Councillor B Orme", "Mr. Penrose")."""
    before = _previous(doc, run)
    if before.text == "." and before.i > 0:
        before = doc[before.i - 1]
    return any(_is_title(t) for t in run[: run.index(name_tokens[0])]) or (before.i < run[0].i and _is_title(before))


def _previous(doc: Doc, run: list[Token]) -> Token:
    return before_second_space(doc[run[0].i - 1]) if run[0].i > 0 else run[0]


def _is_possessive(doc: Doc, run: list[Token]) -> bool:
    """ "Leader's report": a role owning something."""
    after = run[-1].i + 1
    return after < len(doc) and doc[after].tag_ == "POS"


def _is_abbreviation(run: list[Token]) -> bool:
    return len(run) == 1 and run[0].lower_ in vocabulary().role_abbreviations


def _join(tokens: list[Token]) -> str:
    """The tokens' words as written, a line break between two of them read as a space ("Cllr Viv\nOsterley")."""
    parts = []
    for token in tokens:
        broken = not token.whitespace_ and token.i + 1 < len(token.doc) and token.doc[token.i + 1].is_space
        parts.append(token.text + (" " if broken else token.whitespace_))
    return "".join(parts).strip()


def _name_tokens(run: list[Token]) -> list[Token]:
    """The tokens of the person's name in a run: after any role phrase, before trailing honours.
    After "Director of ..." the name is the last two words (the department takes at least one)."""
    tail = run
    if any(t.lower_ == "of" for t in run):
        after_of = run[max(i for i, t in enumerate(run) if t.lower_ == "of") + 1 :]
        # the department takes at least the first word after "of": "Head of Compliance Theo Marsh"
        words = [t for t in after_of if is_name_word(t.text)]
        tail = words[-2:] if len(words) >= 3 else []
        if not tail:
            return []
        tail = run[run.index(tail[0]) : run.index(tail[-1]) + 1]
    text_words = person_words(_join(tail).replace(" - ", "-").replace("- ", "-").replace(" -", "-"))
    if not text_words:
        return []
    first_word = text_words[0].split("-")[0]
    last_word = text_words[-1].split("-")[-1]
    starts = [i for i, t in enumerate(tail) if t.text == first_word]
    ends = [i for i, t in enumerate(tail) if strip_possessive(t.text) == last_word]
    if not starts or not ends or ends[-1] < starts[0]:
        return []
    return tail[starts[0] : ends[-1] + 1]


def _initials_name(page: str, run: list[Token]) -> str | None:
    """ "TM reported": initials the page declares, or of one full name on it; a known abbreviation
    ("GS", "NEC") counts only when the page declares it as someone's initials."""
    if len(run) != 1 or not ALL_CAPS.fullmatch(run[0].text):
        return None
    text = run[0].text
    vocab = vocabulary()
    known_word = text.casefold() in vocab.role_abbreviations.keys() | vocab.non_person_words | vocab.role_words
    if known_word:
        return declared_initials(page).get(text)
    return initials_map(page).get(text)


def _is_person(raw: str, resolved: str, tokens: list[Token], *, titled: bool, recognise: bool = True) -> bool:
    """A name that is a person's: any name of two words or more; a one-word name only when a title goes before
    it ("Mr Penrose"), the page gives a fuller form, the gazetteer or the list of common first names knows it,
    or, failing those, spaCy's entity recogniser takes it for a PERSON (run only then: it is costly)."""
    if gazetteer.lookup(resolved) or len(raw.split()) > 1:
        return True
    if titled or len(resolved.split()) > 1 or gazetteer.is_first_name(raw) or is_common_first_name(raw):
        return True
    return _recognised_as_person(tokens, recognise=recognise)


def _recognised_as_person(tokens: list[Token], *, recognise: bool = True) -> bool:
    """spaCy's entity recogniser takes the tokens for a PERSON (run on their sentence now: it is costly)."""
    if not tokens:
        return False
    if not recognise and not tokens[0].doc.has_annotation("ENT_IOB"):
        raise _EntitiesWanted
    doc = with_entities(tokens[0].doc)
    return any(token.ent_type_ == "PERSON" for token in doc[tokens[0].i : tokens[-1].i + 1])
