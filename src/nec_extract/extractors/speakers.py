"""People who speak at the meeting, resolved to full names, with roles (SPEC: Speakers).

A speaker is found from the dependency parse, not from a list of PERSON entities: the subject of a
speech or act verb ("Keir said", "Zainab and I both spoke"), the agent of a passive one ("seconded by
Wanjiru Kamau"), the source of a report or proposal ("a proposal from Fergus Dunn", "Tom Watson's
report covered"), or the one thanked for moving or seconding. Verb classes and word lists live in
``models/speakers.json``; minutes' recorded votes and "proposer: XX" notes are read by pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from nec_extract.language import gazetteer
from nec_extract.language.calendar import FULL_MONTH_RE
from nec_extract.language.lexicon import load_json
from nec_extract.language.names import (
    NAME_WORD,
    declared_initials,
    initials_map,
    is_name_word,
    names_on_page,
    nearest_role_holder,
    person_words,
    resolve_name,
    role_key,
)
from nec_extract.language.text import Sentence, make_span
from nec_extract.models import Span, Speaker
from nec_extract.page.context import ReportContext

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NOMINAL = {"PROPN", "NOUN", "PRON"}


@dataclass(frozen=True)
class Vocabulary:
    speech_verbs: frozenset[str]
    particle_verbs: dict[str, frozenset[str]]
    transitive_only: frozenset[str]
    locomotion_preps: frozenset[str]
    light_verbs: frozenset[str]
    speech_nouns: frozenset[str]
    from_nouns: frozenset[str]
    possessive_nouns: frozenset[str]
    possessive_gap_words: frozenset[str]
    receive_verbs: frozenset[str]
    opening_verbs: frozenset[str]
    meeting_nouns: frozenset[str]
    join_objects: frozenset[str]
    lead_in_verbs: frozenset[str]
    gerund_preps: frozenset[str]
    thank_words: frozenset[str]
    elsewhere_nouns: frozenset[str]
    media_nouns: frozenset[str]
    modal_auxiliaries: frozenset[str]
    titles: frozenset[str]
    role_words: frozenset[str]
    head_role_words: frozenset[str]
    role_abbreviations: dict[str, str]
    edge_words: frozenset[str]
    non_person_words: frozenset[str]
    personal_pronouns: frozenset[str]
    vote_list_labels: tuple[str, ...]
    minute_roles: tuple[str, ...]
    procedural_verbs: frozenset[str]
    stance_verbs: frozenset[str]
    passive_act_verbs: frozenset[str]
    non_person_entity_labels: frozenset[str]
    roster_labels: frozenset[str]
    author_possessive_nouns: frozenset[str]
    walkthrough_verbs: frozenset[str]
    speech_forms: frozenset[str]
    cue_forms: frozenset[str]


def _forms(lemma: str, irregular: dict[str, list[str]]) -> set[str]:
    """Inflected forms of a verb, generously: they only pick the sentences worth parsing."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing", lemma + lemma[-1] + "ed"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    return forms | set(irregular.get(lemma, []))


@cache
def vocabulary() -> Vocabulary:
    data = load_json("speakers.json")

    def words(key: str) -> frozenset[str]:
        return frozenset(data[key])

    irregular = data["irregular_forms"]
    # light verbs, "from" and "by" only matter beside a speech noun or a name, so they are no cue alone
    verbs = set(data["speech_verbs"]) | set(data["opening_verbs"]) | {"hear", "join"}
    nouns = set(data["speech_nouns"]) | set(data["from_nouns"])
    cue_forms = {form for verb in verbs for form in _forms(verb, irregular)}
    cue_forms |= nouns | {n + "s" for n in nouns} | {"chair", "through"}
    return Vocabulary(
        speech_verbs=words("speech_verbs"),
        particle_verbs={k: frozenset(v) for k, v in data["particle_verbs"].items()},
        transitive_only=words("transitive_only"),
        locomotion_preps=words("locomotion_preps"),
        light_verbs=words("light_verbs"),
        speech_nouns=words("speech_nouns"),
        from_nouns=words("from_nouns"),
        possessive_nouns=words("possessive_nouns"),
        possessive_gap_words=words("possessive_gap_words"),
        receive_verbs=words("receive_verbs"),
        opening_verbs=words("opening_verbs"),
        meeting_nouns=words("meeting_nouns"),
        join_objects=words("join_objects"),
        lead_in_verbs=words("lead_in_verbs"),
        gerund_preps=words("gerund_preps"),
        thank_words=words("thank_words"),
        elsewhere_nouns=words("elsewhere_nouns") | words("media_nouns"),
        media_nouns=words("media_nouns"),
        modal_auxiliaries=words("modal_auxiliaries"),
        titles=words("titles"),
        role_words=words("role_words"),
        head_role_words=words("head_role_words"),
        role_abbreviations=dict(data["role_abbreviations"]),
        edge_words=words("edge_words"),
        non_person_words=words("non_person_words"),
        personal_pronouns=words("personal_pronouns"),
        vote_list_labels=tuple(data["vote_list_labels"]),
        minute_roles=tuple(data["minute_roles"]),
        procedural_verbs=words("procedural_verbs"),
        stance_verbs=words("stance_verbs"),
        passive_act_verbs=words("passive_act_verbs"),
        non_person_entity_labels=words("non_person_entity_labels"),
        roster_labels=words("roster_labels"),
        author_possessive_nouns=words("author_possessive_nouns"),
        walkthrough_verbs=words("walkthrough_verbs"),
        speech_forms=frozenset(form for verb in data["speech_verbs"] for form in _forms(verb, irregular)),
        cue_forms=frozenset(cue_forms),
    )


# ---------------------------------------------------------------------------------------------------
# What a sentence says about who spoke


@dataclass
class Chunk:
    """A mention of someone in a parsed sentence: a name (maybe with role and titles), a role alone,
    the author's "I", or a he/she pronoun."""

    tokens: list[Token]
    kind: str  # "name" | "role" | "author" | "pronoun"
    name: str | None = None
    role: str | None = None
    name_start: int = 0  # sentence offsets of the part that names the person
    name_end: int = 0


@dataclass
class Heard:
    """One mention that makes someone a speaker."""

    name: str | None
    role: str | None
    is_author: bool
    span: Span


@dataclass
class _ReportState:
    report: ReportContext
    author: str | None
    quotes: list[tuple[int, int]]
    antecedent: Heard | None = None
    heard: list[Heard] = field(default_factory=list)


def extract_speakers(report: ReportContext) -> list[Speaker]:
    """Speakers of the report, first mention first."""
    sentences = report.sentences
    candidates = [s for s in sentences if _worth_parsing(s.text) and not _is_title(report, s)]
    report.parse(candidates)
    state = _ReportState(report=report, author=_author_name(report.page.author), quotes=_quote_ranges(report))
    chosen = {s.start for s in candidates}
    for sentence in sentences:
        if sentence.start in chosen and report.parser is not None:
            _read_sentence(state, sentence, report.doc(sentence))
        else:
            _note_opening_name(state, sentence)
    state.heard.extend(_minutes_speakers(report))
    return _merge(report, state.heard)


def _is_title(report: ReportContext, sentence: Sentence) -> bool:
    """The heading names the report ("Luke Akehurst reports from ..."); it is not the meeting speaking."""
    if report.title is None:
        return False
    title, text = " ".join(report.title.split()), " ".join(sentence.text.split())
    return text in title or text.startswith(title)


_WORD = re.compile(r"[\w’'&-]+")
_CAPITALISED = re.compile(rf"{NAME_WORD}|\b[A-Z]{{2,4}}\b")


def _worth_parsing(text: str) -> bool:
    """A sentence with a speech or act cue and someone who could be speaking in it."""
    vocab = vocabulary()
    label = text.split(":", 1)[0].strip().casefold() if ":" in text[:30] else ""
    if label in vocab.roster_labels:
        return False  # "Present: ...", "Apologies: ..." list people, not what they said
    words = _WORD.findall(text)
    if not any(w.casefold() in vocab.cue_forms for w in words) and not _BY_SOMEONE.search(text):
        return False
    if any(w in ("I", "He", "She", "he", "she", "My", "my") for w in words):
        return True
    if any(w.casefold() in vocab.head_role_words for w in words):
        return True
    not_names = vocab.edge_words | vocab.non_person_words
    return any(m.group().casefold() not in not_names for m in _CAPITALISED.finditer(text))


_BY_SOMEONE = re.compile(r"\bby\s+(?:the\s+)?[A-Z]")


def _author_name(raw: str | None) -> str | None:
    """The page's author when it is one person's name (first line only, e.g. a byline)."""
    if not raw:
        return None
    line = raw.strip().splitlines()[0].strip()
    if "," in line or " and " in line or "&" in line:
        return None
    words = line.split()
    if not 2 <= len(words) <= 4 or not all(is_name_word(w) for w in words) or person_words(line) != words:
        return None  # "the group secretary", "Matters Arising"
    return line


_QUOTE = re.compile(r"“[^”\n]{1,800}”|\"[^\"\n]{1,800}\"")


def _quote_ranges(report: ReportContext) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTE.finditer(report.text, report.start, report.end)]


def _in_quote(state: _ReportState, offset: int) -> bool:
    return any(start < offset < end for start, end in state.quotes)


def _read_sentence(state: _ReportState, sentence: Sentence, doc: Doc) -> None:
    chunks = _lend_report_roles(_linked_appositions(_chunks(state, sentence, doc)))
    owner = {token.i: chunk for chunk in chunks for token in chunk.tokens}
    thanked = _thanked_for_acting(doc, chunks)
    for chunk in chunks:
        if _in_quote(state, sentence.start + chunk.name_start):
            continue
        slot = _slot(_anchor(chunk), owner, chunk)
        heard = _as_heard(state, chunk, sentence)
        if heard is None:
            continue
        speaks = id(chunk) in thanked or _speaks(slot, chunk)
        if speaks:
            state.heard.append(heard)
        # a later "he"/"she" means a speaker or a main clause's subject, not someone in a side clause
        subject = slot.dep_ in ("nsubj", "nsubjpass") and _in_main_clause(slot.head)
        if chunk.kind in ("name", "role") and (speaks or subject):
            state.antecedent = heard


def _in_main_clause(verb: Token) -> bool:
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


def _linked_appositions(chunks: list[Chunk]) -> list[Chunk]:
    """A role and a name in apposition are one person: "The General Secretary, Callum Reid," or
    "Vidhya Alakeson, Director of External Relations,"; the name takes the role."""
    by_token = {token.i: chunk for chunk in chunks for token in chunk.tokens}
    dropped: set[int] = set()
    for index, chunk in enumerate(chunks):
        anchor = _anchor(chunk)
        other = by_token.get(anchor.head.i) if anchor.dep_ == "appos" else None
        if other is None and index > 0 and _set_off_after(chunks[index - 1], chunk):
            other = chunks[index - 1]
        if other is None or other is chunk or {chunk.kind, other.kind} != {"name", "role"}:
            continue
        name, role = (chunk, other) if chunk.kind == "name" else (other, chunk)
        name.role = role.role or name.role
        # one person in one clause slot: the pair's tokens together find that slot
        name.tokens = sorted(name.tokens + role.tokens, key=lambda t: t.i)
        dropped.add(id(role))
    return [c for c in chunks if id(c) not in dropped]


def _lend_report_roles(chunks: list[Chunk]) -> list[Chunk]:
    """ "David Evans gave his General Secretary's report", "In his Leader's report, Ed said": the role
    owning the report is the role of the clause's subject, not a second speaker."""
    vocab = vocabulary()
    lent: set[int] = set()
    for chunk in chunks:
        anchor = _anchor(chunk)
        if chunk.kind != "role" or anchor.dep_ != "poss" or not _word_in(anchor.head, vocab.speech_nouns):
            continue
        verb = _clause_verb(anchor.head)
        subjects = [
            c
            for c in chunks
            if c is not chunk
            and c.kind != "role"
            and (
                (_anchor(c).head == verb and _anchor(c).dep_ == "nsubj")
                or (_anchor(c).head == anchor.head and _anchor(c).dep_ == "appos")
            )
        ]
        for subject in subjects:
            subject.role = chunk.role
            lent.add(id(chunk))
    return [c for c in chunks if id(c) not in lent]


def _clause_verb(token: Token) -> Token:
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _set_off_after(first: Chunk, second: Chunk) -> bool:
    """ "the Chair of the Committee (CAC), Harry Donaldson": only commas or a bracketed acronym between."""
    doc = first.tokens[0].doc
    between = doc[first.tokens[-1].i + 1 : second.tokens[0].i]
    return any(t.text == "," for t in between) and all(
        t.is_punct or _ALL_CAPS.fullmatch(t.text) is not None for t in between
    )


_OPENING_NAME = re.compile(rf"(?P<name>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}})[ \t]+(?:[a-z]|’s|'s)")


def _note_opening_name(state: _ReportState, sentence: Sentence) -> None:
    """An unparsed sentence that opens with a person's name ("Gil Moran was elected ...") still sets
    who a following "He thanked ..." refers to."""
    match = _OPENING_NAME.match(sentence.text)
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
        state.antecedent = Heard(name, _gazetteer_role(name, state.report), False, span)


def _as_heard(state: _ReportState, chunk: Chunk, sentence: Sentence) -> Heard | None:
    page = state.report.text
    span = make_span(page, sentence.start + chunk.name_start, sentence.start + chunk.name_end)
    if chunk.kind == "author":
        return Heard(state.author, None, True, span)
    if chunk.kind == "pronoun":
        before = state.antecedent
        if before is None:
            return None
        return Heard(before.name, before.role, before.is_author, span)
    if chunk.kind == "role":
        return Heard(_role_holder(state.report, chunk.role or "", span.start), chunk.role, False, span)
    return Heard(chunk.name, chunk.role, False, span)


# ---------------------------------------------------------------------------------------------------
# Chunks: runs of capitalised words split into role, name and titles


def _is_capital_token(token: Token) -> bool:
    text = token.text
    is_title = text.casefold().strip(".") in vocabulary().titles
    return is_name_word(text) or is_title or _ALL_CAPS.fullmatch(text) is not None


_ALL_CAPS = re.compile(r"[A-Z]{2,4}")


def _runs(doc: Doc) -> Iterator[list[Token]]:
    """Maximal runs of capitalised tokens, joined across hyphens ("Barros-Curtis") and across
    "of (the)" after a role word ("Director of Legal Affairs Alex Barros-Curtis")."""
    vocab = vocabulary()
    run: list[Token] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if token.is_space:  # a line break inside a hard-wrapped sentence
            i += 1
            continue
        if _is_capital_token(token) or (run and token.text in ("-", "–") and not run[-1].whitespace_):
            run.append(token)
            i += 1
            continue
        joins_role = (
            run
            and token.lower_ == "of"
            and run[-1].lower_ in vocab.head_role_words
            and i + 1 < len(doc)
            and (_is_capital_token(doc[i + 1]) or (doc[i + 1].lower_ == "the" and i + 2 < len(doc)))
        )
        if joins_role:
            run.append(token)
            if doc[i + 1].lower_ == "the":
                run.append(doc[i + 1])
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


def _chunks(state: _ReportState, sentence: Sentence, doc: Doc) -> list[Chunk]:  # noqa: C901 (to split: issue 11)
    vocab = vocabulary()
    chunks: list[Chunk] = []
    taken: set[int] = set()
    for run in _runs(doc):
        if not run:
            continue
        chunk = _name_chunk(state, sentence, doc, run)
        if chunk is not None:
            chunks.append(chunk)
            taken.update(t.i for t in chunk.tokens)
    for token in doc:
        if token.i in taken:
            continue
        chunk = None
        if token.text == "I" and token.pos_ == "PRON":
            chunk = Chunk([token], "author")
        elif token.lower_ == "my" and _word_in(token.head, vocab.author_possessive_nouns):
            chunk = Chunk([token], "author")  # "my amendment was carried"
        elif token.lower_ in vocab.personal_pronouns and token.dep_ in ("nsubj", "conj"):
            chunk = Chunk([token], "pronoun")
        elif token.pos_ == "NOUN" and token.lower_ in vocab.head_role_words and _has_determiner(token):
            # "the general secretary", "our deputy leader"
            words = [c for c in token.lefts if c.dep_ in ("compound", "amod") and c.lower_ in vocab.role_words]
            chunk = Chunk([*words, token], "role", role=_role_text([*words, token]))
        if chunk is not None:
            first = chunk.tokens[0]
            chunk.name_start, chunk.name_end = first.idx, token.idx + len(token.text)
            chunks.append(chunk)
    return sorted(chunks, key=lambda c: c.tokens[0].i)


def _has_determiner(token: Token) -> bool:
    """ "the secretary", "our treasurer", "the party's chair"."""
    return any((c.dep_ == "det" and c.lower_ in _ROLE_DETERMINERS) or c.dep_ == "poss" for c in token.children)


def _role_text(tokens: list[Token]) -> str | None:
    vocab = vocabulary()
    words = [t.text for t in tokens]
    while words and words[0].casefold() in vocab.edge_words | vocab.titles:
        words.pop(0)
    if not any(_strip_possessive(w).casefold() in vocab.head_role_words for w in words):
        return None
    text = " ".join(words).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    abbreviation = vocab.role_abbreviations.get(text.casefold())
    if abbreviation:
        return abbreviation
    # "general secretary" -> "General Secretary"; "Chair of the NPF" keeps its small words
    return " ".join(
        w if w in ("of", "the", "and") or not w[:1].islower() else w[0].upper() + w[1:] for w in text.split()
    )


def _name_chunk(state: _ReportState, sentence: Sentence, doc: Doc, run: list[Token]) -> Chunk | None:
    """Split a capitalised run into its role (front) and the person's name (back)."""
    page = state.report.text
    initials = _initials_name(page, run)
    if initials:
        return _chunk_for(run, run, "name", initials, None)
    name_tokens = _name_tokens(run)
    role_tokens = run[: run.index(name_tokens[0])] if name_tokens else run
    role = _role_text(role_tokens)
    if not name_tokens:
        introduced = _preceded_by_article(doc, run) or _is_abbreviation(run) or _is_possessive(doc, run)
        if role is None or not introduced:
            return None
        return _chunk_for(run, role_tokens, "role", None, role)
    raw = _join(name_tokens)
    name = resolve_name(raw, page, sentence.start + name_tokens[0].idx)
    # "the Hard Left", "a Labour Together report": a name takes no article
    after_article = not role and _previous(doc, run).lower_ in ("the", "a", "an")
    if after_article or not _is_person(raw, name, name_tokens):
        return Chunk(run, "role", role=role) if role else None
    role = role or _gazetteer_role(name, state.report)
    return _chunk_for(run, name_tokens, "name", name, role)


def _chunk_for(run: list[Token], shown: list[Token], kind: str, name: str | None, role: str | None) -> Chunk:
    start, end = shown[0].idx, shown[-1].idx + len(shown[-1].text)
    return Chunk(run, kind, name=name, role=role, name_start=start, name_end=end)


def _preceded_by_article(doc: Doc, run: list[Token]) -> bool:
    """A role run like "The General Secretary" or "the Chair" names a role; a bare capitalised noun
    at a sentence start ("Campaign launch") does not."""
    first = run[0]
    if first.lower_ in _ROLE_DETERMINERS:
        return True
    before = doc[first.i - 1] if first.i > 0 else None
    # "the Chair", "the party's Treasurer", "Vera Lindgren, Director of Digital Campaigns,"
    return before is not None and (before.lower_ in _ROLE_DETERMINERS or before.tag_ == "POS" or before.text == ",")


_ROLE_DETERMINERS = ("the", "our", "its", "his", "her", "their")


def _previous(doc: Doc, run: list[Token]) -> Token:
    return doc[run[0].i - 1] if run[0].i > 0 else run[0]


def _is_possessive(doc: Doc, run: list[Token]) -> bool:
    """ "Leader's report": a role owning something."""
    after = run[-1].i + 1
    return after < len(doc) and doc[after].tag_ == "POS"


def _is_abbreviation(run: list[Token]) -> bool:
    return len(run) == 1 and run[0].lower_ in vocabulary().role_abbreviations


def _join(tokens: list[Token]) -> str:
    return "".join(t.text + t.whitespace_ for t in tokens).strip()


def _name_tokens(run: list[Token]) -> list[Token]:
    """The tokens of the person's name in a run: after any role phrase, before trailing honours.
    After "Director of ..." the name is the PERSON entity, or the last two words."""
    tail = run
    if any(t.lower_ == "of" for t in run):
        after_of = run[max(i for i, t in enumerate(run) if t.lower_ == "of") + 1 :]
        # the department takes at least the first word after "of": "Head of Compliance Theo Marsh"
        person = [t for t in after_of[1:] if t.ent_type_ == "PERSON"]
        words = [t for t in after_of if is_name_word(t.text)]
        tail = person if len(person) >= 2 else (words[-2:] if len(words) >= 3 else [])
        if not tail:
            return []
        tail = run[run.index(tail[0]) : run.index(tail[-1]) + 1]
    text_words = person_words(_join(tail).replace(" - ", "-").replace("- ", "-").replace(" -", "-"))
    if not text_words:
        return []
    first_word = text_words[0].split("-")[0]
    last_word = text_words[-1].split("-")[-1]
    starts = [i for i, t in enumerate(tail) if t.text == first_word]
    ends = [i for i, t in enumerate(tail) if _strip_possessive(t.text) == last_word]
    if not starts or not ends or ends[-1] < starts[0]:
        return []
    return tail[starts[0] : ends[-1] + 1]


def _strip_possessive(text: str) -> str:
    return re.sub(r"['’]s?$", "", text)


def _initials_name(page: str, run: list[Token]) -> str | None:
    """ "TM reported": initials the page declares, or of one full name on it; a known abbreviation
    ("GS", "NEC") counts only when the page declares it as someone's initials."""
    if len(run) != 1 or not _ALL_CAPS.fullmatch(run[0].text):
        return None
    text = run[0].text
    vocab = vocabulary()
    known_word = text.casefold() in vocab.role_abbreviations.keys() | vocab.non_person_words | vocab.role_words
    if known_word:
        return declared_initials(page).get(text)
    return initials_map(page).get(text)


def _is_person(raw: str, resolved: str, tokens: list[Token]) -> bool:
    """A name that is a person's: a one-word name only when the page gives a fuller form, spaCy sees
    a PERSON or the gazetteer knows the first name; no run spaCy takes for a date or thing."""
    if gazetteer.lookup(resolved):
        return True
    if len(raw.split()) == 1:
        return len(resolved.split()) > 1 or any(t.ent_type_ == "PERSON" for t in tokens) or gazetteer.is_first_name(raw)
    # spaCy often takes unfamiliar names for places or organisations, so only some labels rule a run out
    labels = {t.ent_type_ for t in tokens if t.ent_type_}
    return not labels or not labels <= vocabulary().non_person_entity_labels


def _gazetteer_role(name: str, report: ReportContext) -> str | None:
    return gazetteer.role_on(name, report.meeting_day)


_GAZETTEER_ROLES = {"chair": "NEC Chair"}


def _role_holder(report: ReportContext, role: str, offset: int) -> str | None:
    """Who held the role a speaker is named by: as the page says, else as the gazetteer says for the
    meeting date when the page names that person in full."""
    named = nearest_role_holder(report.text, role, offset)
    if named:
        return named
    key = role_key(role)
    on_page = names_on_page(report.text)
    for holder in gazetteer.holders(_GAZETTEER_ROLES.get(key, key), report.meeting_day):
        if holder in on_page:
            return holder
    return None


# ---------------------------------------------------------------------------------------------------
# Syntax: is the chunk in a speaking slot?


def _anchor(chunk: Chunk) -> Token:
    """The chunk's token whose head lies outside it; when the parser splits a name ("Shabana" hung on
    another name, "Mahmood" the subject), the one that is not a mere modifier."""
    inside = {t.i for t in chunk.tokens}
    outward = [t for t in chunk.tokens if t.head.i not in inside or t.head.i == t.i]
    for token in outward:
        if token.dep_ not in ("compound", "conj", "cc", "punct", "nmod", "amod"):
            return token
    return outward[0] if outward else chunk.tokens[-1]


def _slot(token: Token, owner: dict[int, Chunk], chunk: Chunk) -> Token:
    """Climb coordination and apposition to the token that fills the clause slot: "Esi Boateng and
    Neil Orton moved", "The General Secretary, Callum Reid, reported"."""
    token = _past_affiliation_list(token, owner, chunk)
    seen = {token.i}
    while token.head.i not in seen:
        head = token.head
        climbs = (token.dep_ in ("conj", "appos") and head.pos_ in NOMINAL) or (
            token.dep_ in ("compound", "nmod") and head.pos_ == "PROPN" and owner.get(head.i) is not chunk
        )
        if not climbs:
            break
        token = _past_affiliation(head, owner) if token.dep_ == "conj" else head
        seen.add(token.i)
    return token


def _past_affiliation(head: Token, owner: dict[int, Chunk]) -> Token:
    """ "Ann Lowe from the GMB and Sam Okafor criticised": a name coordinated with the organisation
    of the person before it is coordinated with that person."""
    preposition = head.head
    if head.dep_ in ("pobj", "nmod") and head.i not in owner and preposition.lower_ in ("from", "of"):
        person = preposition.head
        if person.i in owner and owner[person.i].kind == "name":
            return person
    return head


def _past_affiliation_list(token: Token, owner: dict[int, Chunk], chunk: Chunk) -> Token:
    """The parser may read "Ann Lowe from the GMB and Sam Okafor" as "from (the GMB and Sam
    Okafor)": a name after "and" inside a from-phrase of a person is coordinated with that person."""
    preposition = token.head
    if token.dep_ != "pobj" or preposition.lower_ != "from":
        return token
    person = preposition.head
    between = token.doc[preposition.i + 1 : chunk.tokens[0].i]
    if person.i in owner and owner[person.i].kind == "name" and any(t.lower_ == "and" for t in between):
        return person
    return token


def _speaks(slot: Token, chunk: Chunk) -> bool:
    if chunk.kind == "pronoun" and slot.dep_ != "nsubj":
        return False
    if chunk.kind == "author" and slot.dep_ == "nsubj" and slot.head.tag_ == "VBP":
        return False  # "I apologise now that ...": the author writing, not speaking at the meeting
    if slot.dep_ == "nsubj":
        return _subject_acts(slot.head)
    if any(_misread_main_verb(c) for c in (*slot.children, *_anchor(chunk).children)):
        return True
    if _is_report_heading(slot) and _anchor(chunk).dep_ == "appos":
        return True  # "General Secretary's report (David Evans)", "Leader's Report – Keir Starmer"
    if slot.dep_ == "pobj" and slot.head.lower_ in ("including", "like", "notably"):
        return _speaks(_slot(slot.head.head, {}, chunk), chunk)  # "members, including X, spoke"
    if slot.dep_ == "pobj":
        return _object_of_preposition_acts(slot.head)
    if slot.dep_ == "poss" and chunk.kind == "author":
        governor = slot.head.head
        return governor.pos_ not in ("VERB", "AUX") or _at_this_meeting(governor, may_be_reported=True)
    if slot.dep_ == "poss":
        return _possessor_acts(slot, chunk)
    return False


def _is_report_heading(noun: Token) -> bool:
    """A verbless line whose head is a report noun: a section heading naming who reported."""
    return noun.dep_ == "ROOT" and _word_in(noun, vocabulary().from_nouns)


def _subject_acts(verb: Token) -> bool:
    if not _at_this_meeting(verb):
        return False
    return any(_is_act(v) and _at_this_meeting(v) for v in _sharing_subject(verb))


def _misread_main_verb(child: Token) -> bool:
    """ "Its mover, Ffion Gwyn, called for ...": a finite past verb the parser hung on the name as a
    modifier is the name's own verb."""
    return child.dep_ == "acl" and child.tag_ == "VBD" and _subject_acts(child)


def _sharing_subject(verb: Token) -> Iterator[Token]:
    """The verb and the verbs that take its subject: "moved and seconded", "took her seat and said",
    "opened by praising", "rose to speak"."""
    vocab = vocabulary()
    yield verb
    for child in verb.children:
        if _takes_subject_of(verb, child):
            yield from _sharing_subject(child)
        elif child.dep_ == "prep" and child.lower_ in vocab.gerund_preps:
            for gerund in child.children:
                if gerund.dep_ == "pcomp" and gerund.tag_ == "VBG":
                    yield from _sharing_subject(gerund)


def _takes_subject_of(verb: Token, child: Token) -> bool:
    if child.dep_ == "conj":
        return child.pos_ in ("VERB", "AUX") and not _own_subject(child)
    if child.dep_ == "xcomp":
        return verb.lemma_ in vocabulary().lead_in_verbs
    return child.dep_ == "advcl" and child.tag_ == "VBG" and not _own_subject(child)


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _is_act(verb: Token) -> bool:
    """A speech or act verb, a light verb with a speech noun ("gave a report", "paid tribute"), an
    opening verb ("opened the meeting"), "was in the chair" or "joined us"."""
    vocab = vocabulary()
    lemma = verb.lemma_.casefold()
    objects = _objects(verb)
    if lemma in vocab.speech_verbs and _speech_verb_fits(verb, lemma, objects):
        return True
    if lemma in vocab.light_verbs and any(_word_in(o, vocab.speech_nouns) for o in objects):
        return True
    if lemma in vocab.opening_verbs and (
        not objects or any(_word_in(o, vocab.meeting_nouns | vocab.speech_nouns) for o in objects)
    ):
        return True
    if lemma == "be":
        return any(
            c.dep_ == "prep" and c.lower_ == "in" and any(p.lower_ == "chair" for p in c.children)
            for c in verb.children
        )
    if lemma == "join":
        return any(o.lower_ in vocab.join_objects for o in objects)
    if lemma in vocab.walkthrough_verbs:  # "took the NEC through the plan"
        return any(c.dep_ == "prep" and c.lower_ == "through" for c in verb.children)
    return False


def _objects(verb: Token) -> list[Token]:
    found = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")]
    if verb.dep_ == "relcl" and verb.head.pos_ in NOMINAL:
        found.append(verb.head)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("with", "to", "about", "on"):
            found.extend(c for c in child.children if c.dep_ == "pobj")
    return found


def _speech_verb_fits(verb: Token, lemma: str, objects: list[Token]) -> bool:
    vocab = vocabulary()
    particles = vocab.particle_verbs.get(lemma)
    if particles is not None:
        attached = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep", "advmod")}
        if not attached & particles:
            return False
    if lemma in vocab.transitive_only:
        has_object = any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children) or verb.dep_ == "relcl"
        if not has_object:
            return False
    if lemma == "move":
        return not any(c.lower_ in vocab.locomotion_preps for c in verb.children if c.dep_ in ("prep", "advmod"))
    if lemma in vocab.stance_verbs:
        return verb.tag_ == "VBD"  # "supported the motion" at the meeting; "still supports" is a standing view
    return True


def _at_this_meeting(verb: Token, *, may_be_reported: bool = False) -> bool:
    """Not negated, not modal or future, not past perfect ("had said"), not conditional, not reported
    inside someone else's speech, not said somewhere else ("in his written report", "on ITV")."""
    vocab = vocabulary()
    for child in verb.children:
        if child.dep_ == "neg":
            return False
        if child.dep_ in ("aux", "auxpass") and child.lower_ in vocab.modal_auxiliaries:
            return False
        if child.dep_ == "aux" and child.lower_ in ("had", "’d", "'d") and verb.tag_ in ("VBN", "VBG"):
            return False  # "had said", "had been arguing": before the meeting
        if child.dep_ == "mark" and child.lower_ in ("if", "unless"):
            return False
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "to", "at", "with") and _names_elsewhere(child):
            return False
        if child.dep_ in ("dobj", "dative") and _is_media(child):
            return False  # "told the BBC", "told Sky News"
        if child.dep_ in ("prep", "npadvmod", "advmod") and _OTHER_TIME.search(_text_of(child)):
            return False  # "in 2015", "last year", "at the January meeting"
    return may_be_reported or not _reported(verb)


def _reported(verb: Token) -> bool:
    """Inside what another speaker said ("Jeremy said that Paul had spoken ..."); a clause the parser
    hangs off a later verb across a semicolon is a sentence of its own."""
    head = verb
    while head.dep_ == "conj":
        head = head.head
    vocab = vocabulary()
    if verb.lemma_.casefold() in vocab.procedural_verbs:
        return False  # nobody reports a seconder second-hand; the parser often hangs "and Y seconded" low
    if head.dep_ != "ccomp" or head.head.lemma_.casefold() not in vocab.speech_verbs:
        return False
    low, high = sorted((head.i, head.head.i))
    return not any(t.text == ";" for t in head.doc[low:high])


_OTHER_TIME = re.compile(
    rf"^(?:in (?:19|20)\d\d$|last (?:year|month|week|time)|previously$|\w+ (?:years|months|weeks) ago$|"
    rf"(?:at|in) (?:the|its|our) (?:last|previous|{FULL_MONTH_RE}) (?:NEC|meeting|conference|session)$)",
    re.IGNORECASE,
)


def _word_in(token: Token, words: frozenset[str]) -> bool:
    """The word or its lemma is listed ("thanks" lemmatises to "thank")."""
    return token.lower_ in words or token.lemma_.casefold() in words


def _text_of(token: Token) -> str:
    return " ".join(t.text for t in token.subtree)


def _names_elsewhere(preposition: Token) -> bool:
    # "in his written report", "in an interview", "on Twitter", "to the press"
    written = preposition.lower_ == "in"
    return any(
        noun.dep_ == "pobj" and (_is_elsewhere(noun) or (written and _is_written(noun)))
        for noun in preposition.children
    )


def _is_elsewhere(noun: Token) -> bool:
    vocab = vocabulary()
    return noun.lower_ in vocab.elsewhere_nouns or noun.lemma_.casefold() in vocab.elsewhere_nouns


def _is_media(noun: Token) -> bool:
    nouns = vocabulary().media_nouns
    return noun.lower_ in nouns or any(c.dep_ == "compound" and c.lower_ in nouns for c in noun.children)


def _is_written(noun: Token) -> bool:
    return any(c.lower_ == "written" for c in noun.children)


def _object_of_preposition_acts(preposition: Token) -> bool:
    """ "seconded by X" (passive agent), "a proposal from X", "we heard from X"."""
    vocab = vocabulary()
    head = preposition.head
    if preposition.dep_ == "agent" or (preposition.lower_ == "by" and head.tag_ == "VBN"):
        return head.pos_ in ("VERB", "AUX") and _is_passive_act(head) and _at_this_meeting(head)
    if preposition.lower_ == "by" and head.pos_ == "NOUN" and _word_in(head, vocab.from_nouns):
        # "there was a presentation by X"; a bare "Report by X" line is a byline
        return head.head.pos_ in ("VERB", "AUX") and _at_this_meeting(head.head, may_be_reported=True)
    if preposition.lower_ != "from":
        return False
    if head.lower_ in ("back", "in") and head.dep_ in ("advmod", "prt"):
        head = head.head
    if _is_report_heading(head):
        return True  # "Report from the Treasurer, Dianne Hayter" (the parser may tag "Report" a verb)
    head = _noun_the_source_belongs_to(head)
    if head.pos_ == "NOUN" and _word_in(head, vocab.from_nouns):
        governor = head.head
        # "We had an update from X, she praised ...": the parser may hang the clause off the next verb
        return governor.pos_ not in ("VERB", "AUX") or _at_this_meeting(governor, may_be_reported=True)
    if head.pos_ == "VERB" and any(c.dep_ == "nsubj" and _word_in(c, vocab.from_nouns) for c in head.children):
        return _at_this_meeting(head)  # "contributions came from X"
    if head.pos_ == "VERB" and head.lemma_.casefold() in vocab.receive_verbs:
        heard_directly = head.lemma_.casefold() == "hear"
        return (heard_directly or any(_word_in(o, vocab.from_nouns) for o in _objects(head))) and _at_this_meeting(
            head, may_be_reported=heard_directly
        )
    return False


def _noun_the_source_belongs_to(noun: Token) -> Token:
    """ "an update on the conference timetable from X": the parser hangs "from X" on the nearest
    noun; climb back (at most three prepositional steps) to a report or proposal noun."""
    vocab = vocabulary()
    current = noun
    for _ in range(3):
        if _word_in(current, vocab.from_nouns) or current.dep_ != "pobj":
            break
        current = current.head.head
    return current if _word_in(current, vocab.from_nouns) else noun


def _is_passive_act(verb: Token) -> bool:
    vocab = vocabulary()
    lemma = verb.lemma_.casefold()
    if lemma in vocab.passive_act_verbs:
        return True
    return lemma in vocab.speech_verbs and lemma not in vocab.particle_verbs and lemma not in vocab.stance_verbs


def _possessor_acts(slot: Token, chunk: Chunk) -> bool:
    """ "Tom Watson's report covered ...": a report noun right after the name (role words between)."""
    vocab = vocabulary()
    noun = slot.head
    if not _word_in(noun, vocab.possessive_nouns):
        return False
    between = [t for t in noun.doc[chunk.tokens[-1].i + 1 : noun.i] if t.dep_ != "case"]
    allowed = vocab.possessive_gap_words | vocab.role_words
    if not all(_strip_possessive(t.lower_) in allowed or t.is_punct for t in between) or len(between) > 3:
        return False
    governor = noun.head
    return governor.pos_ not in ("VERB", "AUX") or _at_this_meeting(governor)


def _thanked_for_acting(doc: Doc, chunks: list[Chunk]) -> set[int]:
    """Chunks thanked for an act: "thanks to Tom Warnett and Ann Black for proposing and seconding me"."""
    vocab = vocabulary()
    found: set[int] = set()
    for token in doc:
        if token.lower_ not in vocab.thank_words:
            continue
        for later in doc[token.i + 1 :]:
            if later.lower_ != "for":
                continue
            gerunds = [c for c in later.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]
            if any(_is_act(g) for g in gerunds):
                found.update(
                    id(c) for c in chunks if c.kind == "name" and token.i < c.tokens[0].i and c.tokens[-1].i < later.i
                )
            break
    return found


# ---------------------------------------------------------------------------------------------------
# Minutes: recorded votes ("For: A, B") and "(proposer: SI, seconder: JA)"


def _minutes_speakers(report: ReportContext) -> list[Heard]:
    vocab = vocabulary()
    page = report.text
    labels = "|".join(re.escape(w) for w in vocab.vote_list_labels)
    vote_line = re.compile(rf"^[ \t]*(?:{labels})[ \t]*[:–-][ \t]*(?P<names>[^\n]+)$", re.IGNORECASE | re.MULTILINE)
    roles = "|".join(re.escape(w) for w in vocab.minute_roles)
    minute_role = re.compile(
        rf"\b(?:{roles})[ \t]*:[ \t]*(?P<names>{NAME_WORD}(?:[ \t]+{NAME_WORD}){{0,3}}|[A-Z]{{2,4}}\b)", re.IGNORECASE
    )
    heard: list[Heard] = []
    for pattern in (vote_line, minute_role):
        for match in pattern.finditer(page, report.start, report.end):
            heard.extend(_listed_people(report, match.start("names"), match.end("names")))
    for match in _MINUTE_LINE.finditer(page, report.start, report.end):
        if match.group("verb").casefold() in vocab.speech_forms:
            heard.extend(_listed_people(report, match.start("names"), match.end("names")))
    return heard


# a minutes line led by who spoke: "SC: Suggested we ...", "Jo Bloggs: reported that ..."
_MINUTE_LINE = re.compile(
    rf"^[ \t]*(?P<names>[A-Z]{{2,4}}|{NAME_WORD}[ \t]+{NAME_WORD})[ \t]*:[ \t]*(?P<verb>[A-Za-z]+)", re.MULTILINE
)


_LIST_ITEM = re.compile(r"[^,;.()]+")


def _listed_people(report: ReportContext, start: int, end: int) -> Iterator[Heard]:
    page = report.text
    for item in _LIST_ITEM.finditer(page, start, end):
        for part in re.split(r"\s+and\s+", item.group()):
            text = part.strip()
            if not text:
                continue
            offset = page.find(text, item.start())
            words = person_words(text)
            name: str | None = None
            if re.fullmatch(r"[A-Z]{2,4}", text):
                name = initials_map(page).get(text)
            elif len(words) >= 2 and " ".join(words) in text:
                name = resolve_name(" ".join(words), page, offset)
            if name:
                yield Heard(name, _gazetteer_role(name, report), False, make_span(page, offset, offset + len(text)))


# ---------------------------------------------------------------------------------------------------
# One speaker per person


def _merge(report: ReportContext, heard: Iterable[Heard]) -> list[Speaker]:
    speakers: dict[str, Speaker] = {}
    for item in sorted(heard, key=lambda h: h.span.start):
        key = _key(item)
        speaker = speakers.get(key)
        if speaker is None:
            role = item.role or (_gazetteer_role(item.name, report) if item.name else None)
            speaker = Speaker(name=item.name, role=role, is_author=item.is_author, mentions=[])
            speakers[key] = speaker
        if item.is_author:
            speaker.is_author = True
        if speaker.role is None and item.role:
            speaker.role = item.role
        if all(m.start != item.span.start for m in speaker.mentions):
            speaker.mentions.append(item.span)
    return list(speakers.values())


def _key(item: Heard) -> str:
    if item.name:
        return "name:" + " ".join(item.name.split()).casefold()
    if item.is_author:
        return "author"
    return "role:" + role_key(item.role or "")
