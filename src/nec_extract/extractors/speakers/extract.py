"""Speakers of one report: each sentence worth parsing is read for mentions in speaking slots, pronouns carry
the last speaker, minutes' lists are added, and mentions merge into one speaker per person."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from nec_extract.extractors.speakers.chunks import Chunk, chunks_of_sentences
from nec_extract.extractors.speakers.cues import worth_parsing
from nec_extract.extractors.speakers.heard import Heard, merge
from nec_extract.extractors.speakers.minutes import minutes_speakers
from nec_extract.extractors.speakers.offices import gazetteer_role, role_holder
from nec_extract.extractors.speakers.pairing import lend_report_roles, linked_appositions
from nec_extract.extractors.speakers.roll_calls import roll_call_speakers
from nec_extract.extractors.speakers.slots import anchor_of, slot_of, speaks
from nec_extract.extractors.speakers.sources import is_report_heading, thanked_for_acting
from nec_extract.extractors.speakers.tables import table_speakers
from nec_extract.extractors.speakers.vocabulary import vocabulary
from nec_extract.language.lexicon import alternation
from nec_extract.language.people import NAME_WORD, gazetteer, page_names, person_words, resolve_name, single_author
from nec_extract.language.people.gender import agrees_with
from nec_extract.language.people.signed import edge_author
from nec_extract.language.people.titles import personal_titles
from nec_extract.language.text import Sentence, make_span
from nec_extract.models import Speaker
from nec_extract.page.context import ReportContext

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass
class _ReportState:
    report: ReportContext
    author: str | None  # the one person "I" is
    writers: frozenset[str]  # everyone the byline names ("A report from your representatives: A, B and C")
    quotes: list[tuple[int, int]]
    antecedent: Heard | None = None
    heard: list[Heard] = field(default_factory=list)
    recent: list[Heard] = field(default_factory=list)  # the last people named, latest first
    last_named: list[Heard] = field(default_factory=list)  # the people the last sentence naming anyone named
    exchange: list[Heard] | None = None  # people named in this sentence after the author spoke in it


def extract_speakers(report: ReportContext) -> list[Speaker]:
    """Speakers of the report, first mention first."""
    sentences = report.sentences
    candidates = [s for s in sentences if worth_parsing(s.text) and not _is_title(report, s)]
    report.parse(candidates)
    byline = report.author or edge_author(report.text, report.start, report.end)
    writers = frozenset(byline.split(", ")) if byline else frozenset()
    state = _ReportState(report, single_author(byline), writers, _quote_ranges(report))
    # chunked first, all of them, so that the entity recogniser reads in one batch the few sentences that need it
    chunks = chunks_of_sentences(report, candidates) if report.parser is not None else {}
    for sentence in sentences:
        if sentence.start in chunks:
            _read_sentence(state, sentence, report.doc(sentence), chunks[sentence.start])
        else:
            _note_names(state, sentence)
    state.heard.extend(minutes_speakers(report))
    state.heard.extend(roll_call_speakers(report))
    state.heard.extend(table_speakers(report))
    return merge(report, state.heard)


def _is_title(report: ReportContext, sentence: Sentence) -> bool:
    """The heading names the report ("Luke Akehurst reports from ..."); it is not the meeting speaking."""
    if report.title is None:
        return False
    title, text = " ".join(report.title.split()), " ".join(sentence.text.split())
    return text in title or text.startswith(title)


_RECENT = 6
_QUOTE = re.compile(r"“[^”\n]{1,800}”|\"[^\"\n]{1,800}\"")


def _quote_ranges(report: ReportContext) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTE.finditer(report.text, report.start, report.end)]


def _in_quote(state: _ReportState, offset: int) -> bool:
    return any(start < offset < end for start, end in state.quotes)


def _read_sentence(state: _ReportState, sentence: Sentence, doc: Doc, found: list[Chunk]) -> None:
    chunks = lend_report_roles(linked_appositions(found))
    owner = {token.i: chunk for chunk in chunks for token in chunk.tokens}
    thanked = thanked_for_acting(sentence.text, doc, chunks)
    state.exchange = None
    named_here: list[Heard] = []
    for chunk in chunks:
        if _in_quote(state, sentence.start + chunk.name_start):
            continue
        slot = slot_of(anchor_of(chunk), owner, chunk)
        if chunk.kind == "pair":
            state.heard.extend(_the_pair(state, chunk, sentence) if speaks(slot, chunk) else [])
            continue
        heard = _as_heard(state, chunk, sentence)
        if heard is None:
            continue
        acted = (id(chunk) in thanked or speaks(slot, chunk)) and not _the_write_up(state, chunk, slot)
        if acted:
            state.heard.append(heard)
        # a later "he"/"she" means a speaker or a main clause's subject, not someone in a side clause
        subject = slot.dep_ in ("nsubj", "nsubjpass") and _in_main_clause(slot.head)
        if chunk.kind in ("name", "role") and (acted or subject):
            state.antecedent = heard
        if chunk.kind == "name":
            state.recent = [heard, *state.recent[: _RECENT - 1]]
            named_here.append(heard)
        _note_exchange(state, chunk, heard, acted=acted)
    state.last_named = named_here or state.last_named


def _the_pair(state: _ReportState, chunk: Chunk, sentence: Sentence) -> list[Heard]:
    """ "Candidates: Jess Moran, Owen Tait. Both gave a speech": "both" acts for the two people the last sentence
    naming anyone named, each by name; for anyone else (a group, one person) it names no one."""
    page = state.report.text
    pair = _final_list(page, state.last_named)
    if len({h.name for h in pair}) != 2:
        return []
    span = make_span(page, sentence.start + chunk.name_start, sentence.start + chunk.name_end)
    return [Heard(h.name, h.role, h.is_author, span) for h in pair]


@cache
def _list_join() -> re.Pattern[str]:
    """What joins two names of a list: a comma, "and" or "&", and maybe the next one's title ("and Sis. Ruth Okoye")."""
    title = alternation(personal_titles())
    return re.compile(rf"\s*(?:,|&|\band\b|,\s*and\b)\s*(?:(?i:{title})\.?\s+)?")


def _final_list(page: str, named: list[Heard]) -> list[Heard]:
    """The last list of names in what a sentence named: "(to replace Sam Whitford) Candidates: Jess Moran, Owen
    Tait" ends with two."""
    ordered = sorted(named, key=lambda h: h.span.start)
    listed = ordered[-1:]
    for earlier in reversed(ordered[:-1]):
        if not _list_join().fullmatch(page, earlier.span.end, listed[0].span.start):
            break
        listed.insert(0, earlier)
    return listed


def _note_exchange(state: _ReportState, chunk: Chunk, heard: Heard, *, acted: bool) -> None:
    """After the author speaks in a sentence, whom they speak with: "I asked X about Y; he said ..."."""
    if chunk.kind == "author" and acted:
        state.exchange = []
    elif chunk.kind == "name" and state.exchange is not None:
        state.exchange.append(heard)


def _the_write_up(state: _ReportState, chunk: Chunk, slot: Token) -> bool:
    """ "Jo Bloggs's report from the NEC", "Report from Jo Bloggs", "A report from your representatives: Jo Bloggs,
    ...": the writers' own account, not a speech."""
    return (
        chunk.kind == "name"
        and chunk.name in state.writers
        and (slot.dep_ in ("poss", "pobj") or is_report_heading(slot))
    )


def _in_main_clause(verb: Token) -> bool:
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


_OPENING_NAME = re.compile(rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}})[ \t]+(?:[a-z]|’s|'s)")


@cache
def _opening_role_and_name() -> re.Pattern[str]:
    """ "The deputy leader, Gil Moran, stood in ...": the name in apposition to an opening role is the subject
    too; the role opens with one of the determiners that tie a role to the body ("The", "Our", "Its")."""
    determiners = alternation(word.capitalize() for word in vocabulary().role_determiners)
    return re.compile(
        rf"(?:{determiners})[ \t]+[a-z][a-z' -]{{2,40}},[ \t]+(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}}),"
    )


def _note_names(state: _ReportState, sentence: Sentence) -> None:
    """An unparsed sentence still names people a following "he" or "she" may mean: its opening name is the
    main subject ("Gil Moran was elected ..."), its other full names are the latest named ("The appointment of
    Ravi Kandola was confirmed. He then ...", when the last speaker was a woman)."""
    page = state.report.text
    inside = [n for n in page_names(page) if sentence.start <= n.start < sentence.end]
    named_here = []
    for named in inside:
        span = make_span(page, named.start, named.start + len(named.text))
        if page[span.start : span.end] == named.text:
            named_here.append(Heard(named.text, None, False, span))
            state.recent = [named_here[-1], *state.recent[: _RECENT - 1]]
    state.last_named = named_here or state.last_named
    _note_opening_name(state, sentence)


def _note_opening_name(state: _ReportState, sentence: Sentence) -> None:
    match = _opening_role_and_name().match(sentence.text) or _OPENING_NAME.match(sentence.text)
    if match is None:
        return
    words = person_words(match.group("name"))
    raw = " ".join(words)
    if not words or raw not in match.group("name"):
        return
    page = state.report.text
    offset = sentence.start + match.group("name").find(raw)
    name = resolve_name(raw, page, offset)
    if len(name.split()) >= 2 or gazetteer.is_first_name(name):
        span = make_span(page, offset, offset + len(raw))
        state.antecedent = Heard(name, gazetteer_role(name, state.report), False, span)


def _antecedent(state: _ReportState, pronoun: str) -> Heard | None:
    """Who "he" or "she" is: the last speaker or main subject, unless their first name says otherwise and
    someone just named fits ("The Leader welcomed Ana Reyes. She said ...")."""
    # the author is "I", never "he" or "she": "I asked the General Secretary, Rhodri Evans, ...; he said ..."
    answering = [h for h in reversed(state.exchange or []) if agrees_with(h.name or "", pronoun) is not False]
    if answering:
        return answering[0]
    before = state.antecedent
    if before is None:
        return None
    fits = agrees_with(before.name or "", pronoun)
    if fits or (fits is None and before.name):
        return before
    # a role or a name of the other gender: someone named since who fits; never a name of the other gender
    later = [h for h in state.recent if h.span.start > before.span.start or fits is False]
    fitting = next((h for h in later if agrees_with(h.name or "", pronoun)), None)
    if fitting is not None or fits is None:
        return fitting or before
    return next((h for h in later if h.name and agrees_with(h.name, pronoun) is None), None)


def _as_heard(state: _ReportState, chunk: Chunk, sentence: Sentence) -> Heard | None:
    page = state.report.text
    span = make_span(page, sentence.start + chunk.name_start, sentence.start + chunk.name_end)
    if chunk.kind == "author":
        return Heard(state.author, None, True, span)
    if chunk.kind == "pronoun":
        before = _antecedent(state, chunk.tokens[0].lower_)
        if before is None:
            return None
        return Heard(before.name, before.role, before.is_author, span)
    if chunk.kind == "role":
        return Heard(role_holder(state.report, chunk.role or "", span.start), chunk.role, False, span)
    return Heard(chunk.name, chunk.role, False, span)
