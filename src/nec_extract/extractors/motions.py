"""Motions put to the meeting: what, who moved and seconded it, how it ended (SPEC: Motions).

A motion is introduced by a mover ("X moved a motion ...", "proposed by X", "I tabled an amendment")
or stated as a decision of the meeting ("The NEC agreed ...", "A motion ... was carried", "X was
elected chair"). An introduction without an outcome takes the outcome of a following sentence that
refers back to it ("This amendment fell.", "Agreed unanimously.", a tally). Vocabulary lives in
``models/motions.json``; outcome phrases and tallies come from :mod:`nec_extract.extractors.votes`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cache

from nec_extract.extractors.votes import OutcomePhrase, find_outcomes, vocab
from nec_extract.language import names
from nec_extract.language.text import Sentence, make_span, normalise_space
from nec_extract.models import UNNAMED_AUTHOR, Motion, MotionKind, Outcome, Speaker, Vote
from nec_extract.page.context import ReportContext

_FLAGS = re.IGNORECASE
AUTHOR = UNNAMED_AUTHOR
# How far a following sentence may be from its introduction and still be its outcome.
_NEAR = 5
_FAR = 30
# Evidence stops at the introduction when its outcome is further away than this.
_EVIDENCE_GAP = 4

_VERB_OUTCOME = {
    "nominated": Outcome.UNKNOWN,
    "remitted": Outcome.REMITTED,
    "referred": Outcome.REMITTED,
    "deferred": Outcome.DEFERRED,
}


def _alt(phrases: list[str]) -> str:
    return "|".join(sorted(phrases, key=len, reverse=True))


# ---------------------------------------------------------------- patterns


@dataclass(frozen=True)
class _Patterns:
    name: str
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
    titles: re.Pattern[str]
    suffixes: re.Pattern[str]


@cache
def patterns() -> _Patterns:
    v = vocab()
    token = r"[A-Z][A-Za-z'’-]+"
    titles = _alt(v["name_titles"])
    name = (
        # possessive repeats: a long run of titles cannot make the match backtrack exponentially
        rf"(?:(?:{titles})\.?\s+)*+{token}(?:\s+(?:{token}|de|van|von|da|al))*+(?:\s+(?:{_alt(v['name_suffixes'])})\b)?"
    )
    kinds = [
        (MotionKind(kind), re.compile(rf"\b(?:{_alt(nouns)})\b", _FLAGS)) for kind, nouns in v["motion_nouns"].items()
    ]
    decision_verbs = (
        rf"{v['agree_family']}|{v['active_defeat_verbs']}|voted (?:to|for)|(?:re-?)?elected|appointed|nominated|"
        r"remitted|referred|deferred"
    )
    adverbs = r"(?:(?:\w+ly|then|also|finally|duly|formally|now|just|did|has|have|at least|all|both|subsequently)\s+)*"
    return _Patterns(
        name=name,
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
        titles=re.compile(rf"^(?:(?:{titles})\.?\s+)+"),
        suffixes=re.compile(rf"\s+(?:{_alt(v['name_suffixes'])})$"),
    )


# ---------------------------------------------------------------- names


def _clean_name(raw: str) -> str | None:
    p = patterns()
    name = p.suffixes.sub("", p.titles.sub("", re.sub(r"^.*['’]s\s+", "", raw.strip())))
    stop = set(vocab()["name_stopwords"])
    tokens = name.replace("’s", "").replace("'s", "").split()
    while tokens and tokens[0] in stop:
        tokens = tokens[1:]
    if not tokens or tokens[-1] in stop:
        return None
    return " ".join(tokens)


def resolve_name(name: str, page: str, speakers: list[Speaker]) -> str:
    """The fullest form of ``name``: a speaker whose name extends it, else the page's fullest form;
    initials ("SI") resolve to the name they abbreviate."""
    if re.fullmatch(r"[A-Z]{2,3}", name):
        return names.initials_map(page).get(name, name)
    words = name.split()
    for speaker in speakers:
        full = (speaker.name or "").split()
        if len(full) > len(words) and (full[: len(words)] == words or full[-len(words) :] == words):
            return " ".join(full)
    return names.resolve_name(name, page)


# ---------------------------------------------------------------- movers and seconders


@dataclass
class _People:
    movers: list[str] = field(default_factory=list)
    seconders: list[str] = field(default_factory=list)
    strong: bool = False  # moved, proposed, tabled: a motion even with no outcome found
    # movers named only by office ("The General Secretary moved ..."), resolved through the speakers
    offices: list[str] = field(default_factory=list)

    def add(self, role: str, raw: str | None) -> None:
        name = AUTHOR if raw == "I" else (_clean_name(raw) if raw else None)
        target = self.movers if role == "mover" else self.seconders
        if name and name not in target:
            target.append(name)
        elif name is None and raw and role == "mover" and _office(raw):
            self.offices.append(_office(raw))

    @property
    def introduced(self) -> bool:
        return bool(self.movers or self.offices)


# Every mover and seconder pattern contains one of these: a cheap test before the name patterns run.
_PEOPLE_CUE = re.compile(
    r"\b(?:mov|propos|second|tabl|nominat|present|puts? forward|brought|bring|submit|introduc|request)"
    r"|\bfrom\b|['’]s\s",
    _FLAGS,
)


@cache
def _people_patterns() -> list[tuple[str, re.Pattern[str]]]:
    p = patterns()
    name, verbs = p.name, p.mover_verbs
    return [
        (
            "pair",
            re.compile(
                rf"(?P<a>{name}|\bI\b)\s+and\s+(?P<b>{name})\s+(?:then\s+|also\s+|jointly\s+)?moved\s+and\s+seconded"
            ),
        ),
        (
            "pair",
            re.compile(rf"(?P<a>{name})[^.;()]{{0,60}}?\s+and\s+(?P<b>{name})\s+for\s+proposing\s+and\s+seconding"),
        ),
        (
            "mover",
            re.compile(
                rf"\b(?i:(?:{verbs})\s+by|(?:proposer|mover|moved|proposed)\s*[:\-]|proposer|(?:its|the)\s+(?:mover|proposer),?)"
                rf"\s+(?P<a>{name})"
            ),
        ),
        ("seconder", re.compile(rf"\b(?i:seconded\s+by|seconded\s*[:\-]|seconder\s*[:\-]?)\s+(?P<a>{name})")),
        (
            "mover",
            re.compile(
                rf"\b(?i:(?:motion|amendment|proposal|paper|rule change|resolution|nomination)s?,?\s+from)"
                rf"\s+(?P<a>{name})"
            ),
        ),
        (
            "mover",
            re.compile(
                rf"(?P<a>{name})['’]s\s+(?i:(?:(?:emergency|own|first|second)\s+)?(?:motion|amendment|proposal))"
            ),
        ),
        ("seconder", re.compile(rf"(?<!by )(?P<a>{name})\s+(?:then\s+|duly\s+)?seconded\b(?!\s+by)")),
    ]


def find_people(text: str) -> _People:
    """Movers and seconders named in one sentence ("I" for the author)."""
    people = _People()
    if not _PEOPLE_CUE.search(text):
        return people
    taken: list[tuple[int, int]] = []
    for role, regex in _people_patterns():
        for match in regex.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            taken.append((match.start(), match.end()))
            if role == "pair":
                people.add("mover", match["a"])
                people.add("seconder", match["b"])
                people.strong = True
            else:
                people.add(role, match["a"])
                by_strong = re.match(rf"(?:{vocab()['strong_mover_verbs']})\s+by", match.group(), _FLAGS)
                people.strong = people.strong or bool(by_strong)
    for verb in re.finditer(rf"\b(?P<verb>{patterns().mover_verbs}|requested)\b", text, _FLAGS):
        if re.match(r"\s+(?:by|in (?:his|her|their) absence)\b", text[verb.end() :]):
            continue
        subject = _subject_before(text[: verb.start()])
        if subject and not any(s <= verb.start() < e for s, e in taken):
            people.add("mover", subject)
            strong = re.fullmatch(vocab()["strong_mover_verbs"], verb["verb"], _FLAGS)
            people.strong = people.strong or bool(strong)
    return people


def _office(raw: str) -> str:
    """ "The General Secretary" → "General Secretary"; "" when the words are no office."""
    words = re.sub(r"^(?:the|our)\s+", "", raw.strip(), flags=_FLAGS)
    return words if re.fullmatch(rf"(?:[\w-]+\s+)?(?:{vocab()['election_roles']})", words, _FLAGS) else ""


def _after_preposition(text: str) -> bool:
    return bool(re.search(r"\b(?:by|from|to|with|of|for)\s+$", text))


def _subject_before(before: str) -> str | None:
    """The person just before a mover verb: "Seth Pilling, moved", "Ines, new to the committee, moved"."""
    name = patterns().name
    adverbs = r"(?:(?:then|also|formally|later|finally|successfully|duly|subsequently)\s+)*"
    if re.search(rf"\b(?:have|has|had|would|will|to)\s+{adverbs}$", before):
        return None
    if re.search(rf"(?:^|[^\w])I\s+{adverbs}$", before):
        return "I"
    appositive = re.search(rf"(?P<a>{name})\s*,\s*(?P<inner>[a-z][^,]{{0,80}}),\s*{adverbs}$", before)
    if appositive and not _after_preposition(before[: appositive.start()]):
        return appositive["a"]
    match = re.search(rf"(?P<a>{name}),?\s+{adverbs}$", before)
    if match and not _after_preposition(before[: match.start()]):
        return match["a"]
    return None


# ---------------------------------------------------------------- per-sentence reading


@dataclass
class _Reading:
    sentence: Sentence
    outcomes: list[OutcomePhrase]
    people: _People
    kind: MotionKind | None
    kind_at: int
    votes: list[Vote]
    reference: str | None  # how the outcome's subject refers back: "pronoun", "none", a noun, or None
    noun: str | None
    hedged_outcome: int | None
    excluded: bool


def _kind(text: str) -> tuple[MotionKind | None, int]:
    """The kind named first in the sentence (a rule change before a plain amendment at the same place)."""
    best: tuple[int, int, MotionKind] | None = None
    for order, (kind, regex) in enumerate(patterns().kinds):
        match = regex.search(text)
        if match and (best is None or (match.start(), order) < best[:2]):
            best = (match.start(), order, kind)
    return (best[2], best[0]) if best else (None, -1)


def _read(report: ReportContext, sentence: Sentence, votes: list[Vote]) -> _Reading:
    text = sentence.text
    content = _content_span(text)
    outcomes = [o for o in find_outcomes(text) if not o.hedged and not (content and content[0] <= o.start < content[1])]
    kind, kind_at = _kind(text)
    inside = [v for v in votes if sentence.start <= v.evidence.start < sentence.end]
    first_event = outcomes[0].start if outcomes else min((v.evidence.start - sentence.start for v in inside), default=0)
    hedged = [
        o.start
        for o in find_outcomes(text)
        if o.hedged
        and re.search(r"\b(?:appear|seem|look)(?:s|ed)?\s+(?:to|like)\s+(?:\w+\s+)?$", text[: o.start], _FLAGS)
    ]
    return _Reading(
        sentence=sentence,
        outcomes=outcomes,
        people=find_people(text),
        kind=kind,
        kind_at=kind_at,
        votes=inside,
        reference=_reference(text, first_event) if outcomes or inside else None,
        noun=_noun(text, kind_at),
        hedged_outcome=hedged[0] if hedged else None,
        excluded=_about_elsewhere(report, text),
    )


def _reference(text: str, event: int) -> str | None:
    """How the outcome's subject refers back: absent ("Agreed unanimously."), a pronoun or demonstrative
    ("It fell", "This amendment fell"), "the <noun>" (returned), or not at all (None)."""
    before = text[:event]
    bare = re.sub(
        r"^\W*(?:(?:\w+ly|then|finally|after\b.*?,|when\b.*?,|on a show of hands,?)\s*)*", "", before, flags=_FLAGS
    )
    if not re.search(r"[A-Za-z0-9]", bare):
        return "none"
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(before)), default=0)
    clause = text[clause_start : event + 12]
    if _pronoun_subject(text[clause_start:event], at_start_only=True) or _pronoun_subject(text[:event], True):
        return "pronoun"
    if _pronoun_subject(text[clause_start:event]):
        return "near"
    noun = patterns().noun_reference.search(clause)
    return noun["noun"].lower() if noun else None


def _pronoun_subject(segment: str, at_start_only: bool = False) -> bool:
    """A pronoun or "this amendment" opening the clause ("and it was lost") or just before the outcome
    ("which was then carried")."""
    pronoun = patterns().pronoun.pattern
    if re.match(rf"^\W*(?:\w+\s+){{0,2}}?{pronoun}", segment, _FLAGS):
        return True
    return not at_start_only and bool(re.search(rf"{pronoun}\s+(?:\w+\s+){{0,3}}$", segment, _FLAGS))


def _noun(text: str, at: int) -> str | None:
    if at < 0:
        return None
    match = re.match(r"[\w-]+(?:\s+changes?)?", text[at:])
    return match.group().lower() if match else None


_CLAUSE_BREAK = re.compile(r";|:|,\s+(?:and|but|so)\b|\s+but\b|\s[–—]\s")
# Where a motion's own words end: "moved that X[, seconded by Y]", "a motion calling for X[; it was lost]".
_CONTENT_END = re.compile(
    r",\s*(?:and\s+)?(?:it|this|which|seconded|but|after|so)\b|,\s+and\s+(?:the\s+)?[A-Z]|\.\s|;|\s[–—]\s|"
    r"\s(?:was|were)\s+(?:\w+ly\s+|then\s+)?(?=\w+ed\b)"
)


def _content_span(text: str) -> tuple[int, int] | None:
    """The motion's own words after a mover or consideration verb, whose outcome words are not its outcome."""
    verb = next(
        (
            m
            for m in re.finditer(
                rf"\b(?:{patterns().mover_verbs}|requested|considered|discussed|debated)\b", text, _FLAGS
            )
            if not re.search(r"\b(?:was|were|been|is|are)\s+(?:\w+\s+)?$", text[: m.start()])
            and not re.match(r"\s+by\b", text[m.end() :])
        ),
        None,
    )
    if verb is None:
        return None
    end = _CONTENT_END.search(text, verb.end())
    return verb.end(), end.start() if end else len(text)


def _about_elsewhere(report: ReportContext, text: str) -> bool:
    """Decisions of other times or bodies: "had agreed", "last year", "passed by Annual Conference", a past year."""
    p = patterns()
    if p.past.search(text) or p.other_body.search(text):
        return True
    day = report.meeting_day or report.page.published
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)]
    return bool(
        day
        and years
        and all(y < day.year for y in years)
        and re.match(r"^\W*(?:\w+\s+)?(?:19|20)\d\d\b|.*\bin (?:19|20)\d\d\b", text)
    )


# ---------------------------------------------------------------- building motions


@dataclass
class _Draft:
    first: int  # index of the introducing sentence
    last: int  # index of the sentence that gave the outcome
    kind: MotionKind
    summary: str
    people: _People
    outcome: Outcome = Outcome.UNKNOWN
    vote: Vote | None = None
    noun: str | None = None  # the word the report uses for it ("amendment"), to follow "the amendment" later
    start: int | None = None  # evidence limits within the page, where narrower than sentences
    end: int | None = None


def extract_motions(report: ReportContext, votes: list[Vote], speakers: list[Speaker]) -> list[Motion]:
    """Motions of the report in text order, linked to their tallies."""
    readings = [_read(report, s, votes) for s in report.sentences]
    drafts: list[_Draft] = []
    open_draft: _Draft | None = None  # introduced, outcome not yet known
    recent: _Draft | None = None  # settled just now: a further "The motion was declared carried." confirms it
    following: _Draft | None = None
    for index, reading in enumerate(readings):
        if reading.excluded:
            continue
        if patterns().never_put.search(reading.sentence.text):
            # "The Chair ruled it out of order": never put, so no motion, neither this one nor the one just moved
            if open_draft is not None and open_draft in drafts:
                drafts.remove(open_draft)
            open_draft = recent = None
            continue
        if following is not None and _is_bullet(report, reading.sentence):
            _close(drafts, open_draft)
            open_draft = None
            if _starts_line(report, reading.sentence) or recent is None:
                recent = _bullet_draft(index, reading, following)
                drafts.append(recent)
            else:
                following.last = index
                if reading.outcomes or reading.votes:
                    _settle(recent, reading, index)
            continue
        if open_draft is not None and _settles(open_draft, readings, index):
            _settle(open_draft, reading, index)
            open_draft, recent = None, open_draft
            continue
        if (
            open_draft is not None
            and reading.people.seconders
            and not reading.people.movers
            and index - open_draft.first <= _NEAR
        ):
            open_draft.people.seconders += [s for s in reading.people.seconders if s not in open_draft.people.seconders]
            continue
        if recent is not None and index - recent.last <= 3 and _confirms(recent, readings, index):
            _settle(recent, reading, index)
            continue
        new = _drafts_of_clauses(report, index, reading, votes) or _drafts_of(index, reading)
        new = new or _orphan_outcome(readings, index)
        if new and _MINUTES_MOVER.match(reading.sentence.text) and index and readings[index - 1].kind:
            # "Motion on rail fares. Moved: Jane Doe. ..." : the item names the motion, the next line its mover
            new[0].first, new[0].summary = index - 1, readings[index - 1].sentence.text
            new[0].kind = readings[index - 1].kind or new[0].kind
        following = _following_intro(readings, index, following)
        if not new:
            continue
        _close(drafts, open_draft)
        open_draft = recent = None
        drafts.extend(new)
        if new[-1].outcome is Outcome.UNKNOWN and new[-1].vote is None:
            open_draft = new[-1]
        else:
            recent = new[-1]
    _close(drafts, open_draft)
    return [_motion(report, readings, d, speakers) for d in drafts]


_MINUTES_MOVER = re.compile(r"^\W*(?:moved|proposed|proposer|mover)\s*[:\-]", _FLAGS)


def _drafts_of_clauses(report: ReportContext, index: int, reading: _Reading, votes: list[Vote]) -> list[_Draft]:
    """ "Her amendment fell, but the substantive motion was carried.": clauses that each name a motion and
    its outcome are read as sentences of their own."""
    if len(reading.outcomes) < 2:
        return []
    text, start = reading.sentence.text, reading.sentence.start
    cuts = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(text)), len(text)]
    clauses = [Sentence(start + a, start + b, text[a:b]) for a, b in itertools.pairwise(cuts)]
    own = [_read(report, clause, votes) for clause in clauses]
    own = [r for r in own if r.kind is not None and r.outcomes and r.kind_at < r.outcomes[0].start]
    if len(own) < 2:
        return []
    drafts = []
    for clause in own:
        for draft in _drafts_of(index, clause):
            draft.start, draft.end = clause.sentence.start, clause.sentence.end
            drafts.append(draft)
    return drafts


def _close(drafts: list[_Draft], draft: _Draft | None) -> None:
    """An introduction whose outcome never came is kept only when something was clearly moved."""
    if draft is not None and draft.outcome is Outcome.UNKNOWN and not draft.people.strong and draft in drafts:
        drafts.remove(draft)


def _settles(draft: _Draft, readings: list[_Reading], index: int) -> bool:
    """Whether this sentence gives the outcome of the open introduction."""
    reading = readings[index]
    if not (reading.outcomes or reading.votes) or reading.people.strong:
        return False
    distance = index - draft.first
    reference = reading.reference
    if distance <= _NEAR:
        if reference in ("pronoun", "near", "none") or _same_noun(draft, reference):
            return True
        if reading.votes and reading.kind is None:
            return True
        if _names_again(draft, readings, reading):
            return True
        if _mover_withdraws(reading):
            return True
    return distance <= _FAR and _same_noun(draft, reference)


def _confirms(draft: _Draft, readings: list[_Reading], index: int) -> bool:
    """A second outcome sentence about a motion just settled ("The motion was declared carried.")."""
    reading = readings[index]
    if not reading.outcomes or reading.people.movers:
        return False
    if any(r.kind is not None for r in readings[draft.last + 1 : index]):
        return False
    return reading.reference in ("pronoun", "none") or _same_noun(draft, reading.reference)


def _same_noun(draft: _Draft, reference: str | None) -> bool:
    if reference in (None, "pronoun", "near", "none"):
        return False
    assert reference is not None
    wanted = (draft.noun or "motion proposal").rstrip("s")
    return reference.rstrip("s") in wanted or wanted in reference


def _names_again(draft: _Draft, readings: list[_Reading], reading: _Reading) -> bool:
    """ "X nominated Cllr Uma Pillai ... and Uma was elected": the outcome's subject was named in the introduction."""
    text = reading.sentence.text
    first = reading.outcomes[0].start if reading.outcomes else 0
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, first)), default=0)
    subject = re.findall(r"\b[A-Z][a-z]{2,}\b", text[clause_start:first])
    intro = readings[draft.first].sentence.text
    return any(re.search(rf"\b{re.escape(word)}\b", intro) for word in subject)


def _mover_withdraws(reading: _Reading) -> bool:
    """ "She agreed to withdraw it": only a mover withdraws, so "he" or "she" here is the mover."""
    last = reading.outcomes[-1] if reading.outcomes else None
    text = reading.sentence.text
    return (
        last is not None
        and last.outcome is Outcome.WITHDRAWN
        and bool(re.search(r"\b(?:he|she|they)\b", text[: last.start], _FLAGS))
    )


def _settle(draft: _Draft, reading: _Reading, index: int) -> None:
    draft.last = index
    outcome, vote = _outcome(reading.outcomes, reading.votes)
    if outcome is not Outcome.UNKNOWN or draft.outcome is Outcome.UNKNOWN:
        draft.outcome = outcome
    draft.vote = vote or draft.vote
    for name in reading.people.movers:
        if name not in draft.people.movers:
            draft.people.movers.append(name)
    for name in reading.people.seconders:
        if name not in draft.people.seconders:
            draft.people.seconders.append(name)


def _outcome(phrases: list[OutcomePhrase], votes: list[Vote]) -> tuple[Outcome, Vote | None]:
    """The final outcome: the last outcome phrase, else the last tally's outcome."""
    vote = votes[-1] if votes else None
    if phrases:
        return phrases[-1].outcome, vote
    return (vote.outcome if vote else Outcome.UNKNOWN), vote


def _orphan_outcome(readings: list[_Reading], index: int) -> list[_Draft]:
    """ "Clause 9 (youth sections). Referred back to the EC." : a bare outcome after an item naming a proposal."""
    reading = readings[index]
    if reading.reference != "none" or not reading.outcomes or index == 0:
        return []
    previous = readings[index - 1]
    if previous.kind is None or previous.excluded or previous.outcomes:
        return []
    outcome, vote = _outcome(reading.outcomes, reading.votes)
    return [_Draft(index - 1, index, previous.kind, previous.sentence.text, _People(), outcome, vote, previous.noun)]


def _drafts_of(index: int, reading: _Reading) -> list[_Draft]:
    """Motions this sentence introduces or states."""
    text = reading.sentence.text
    p = patterns()
    elections = list(p.election.finditer(text))
    if elections:
        return _election_drafts(index, reading, elections)
    outcome, vote = _outcome(reading.outcomes, reading.votes)
    people = reading.people
    if people.introduced:
        kind = _introduced_kind(text, reading)
        return [_Draft(index, index, kind, _summary_of_introduction(text), people, outcome, vote, reading.noun)]
    impersonal = p.impersonal.search(text)
    if impersonal:
        summary = text[impersonal.end() :]
        if impersonal["verb"].lower() in ("proposed", "suggested"):
            return [_Draft(index, index, reading.kind or MotionKind.PROPOSAL, summary, _strong(), noun=reading.noun)]
        return [_Draft(index, index, reading.kind or MotionKind.PROPOSAL, summary, people, Outcome.CARRIED, vote)]
    decisions = _meeting_decisions(index, reading)
    if decisions:
        return decisions
    passive = _passive_decision(reading)
    if passive is not None:
        kind, summary = passive
        return [_Draft(index, index, kind, summary, people, outcome, vote, reading.noun)]
    if reading.kind is not None and reading.hedged_outcome and reading.kind_at < reading.hedged_outcome:
        # "An amendment ... seemed to be lost on a show of hands": a vote was held, its result may follow.
        return [_Draft(index, index, reading.kind, text[: reading.hedged_outcome], _strong(), noun=reading.noun)]
    refers_back = reading.reference in ("pronoun", "near")
    if reading.kind is not None and refers_back and reading.outcomes and reading.kind_at < reading.outcomes[0].start:
        # "Three members spoke against the motion, but it passed anyway."
        return [_Draft(index, index, reading.kind, text[reading.kind_at :], people, outcome, vote, reading.noun)]
    if reading.votes and reading.kind is not None:
        # "Twelve members voted for the motion and nine against."
        return [_Draft(index, index, reading.kind, text[reading.kind_at :], people, outcome, vote, reading.noun)]
    agenda = p.agenda.search(text)
    if agenda:
        # "Other items on the agenda were proposed changes to ...": put to the meeting, outcome not reported
        kind = (
            MotionKind.PROPOSAL if agenda["noun"].lower().startswith("propos") else reading.kind or MotionKind.PROPOSAL
        )
        return [_Draft(index, index, kind, text[agenda.start("noun") :], _strong(), outcome, vote, reading.noun)]
    if reading.kind in (MotionKind.MOTION, MotionKind.AMENDMENT, MotionKind.RULE_CHANGE, MotionKind.PROPOSAL):
        considered = p.discussed.search(text)
        if (
            considered
            and considered.start() < reading.kind_at
            and not re.search(r"\bwhether\b", text[: reading.kind_at], _FLAGS)
        ):
            return [_Draft(index, index, reading.kind, text[reading.kind_at :], _strong(), outcome, vote, reading.noun)]
    return []


def _introduced_kind(text: str, reading: _Reading) -> MotionKind:
    """ "X moved that ..." is a motion and "X proposed that ..." a proposal, whatever nouns the proposal
    itself contains; otherwise the motion noun named."""
    verb = re.search(rf"\b(?P<verb>{patterns().mover_verbs})\s+(?P<that>that\b)?", text, _FLAGS)
    if verb and verb["verb"].lower().startswith("nominat"):
        return MotionKind.OTHER
    if verb and verb["that"] and not (reading.kind and reading.kind_at < verb.start()):
        return MotionKind.PROPOSAL if verb["verb"].lower().startswith("propos") else MotionKind.MOTION
    return reading.kind or MotionKind.MOTION


def _strong() -> _People:
    return _People(strong=True)


def _meeting_decisions(index: int, reading: _Reading) -> list[_Draft]:
    """ "We agreed X", "The NEC endorsed X and appointed Y": one motion per decision verb."""
    text = reading.sentence.text
    v = vocab()
    first = patterns().meeting_decision.search(text)
    if first is None or _anaphoric_subject(first.group()):
        return []
    # "When the NEC agreed ...": background, not this meeting's decision; "the NEC would ... agree": not yet one
    if re.search(rf"\b(?:{v['decision_subordinators']})\s+(?:the\s+)?$", text[: first.start()], _FLAGS):
        return []
    if re.search(rf"\b(?:{v['decision_modals']})\b", text[first.start() : first.start("verb")], _FLAGS):
        return []
    coordinated = re.compile(
        rf"(?:\band\b|,)\s+(?:[^,]{{0,40}},\s+)?(?P<verb>{v['agree_family']}|appointed|elected|nominated)\b", _FLAGS
    )
    verbs = [first, *coordinated.finditer(text, first.end())]
    drafts = []
    for number, match in enumerate(verbs):
        end = verbs[number + 1].start() if number + 1 < len(verbs) else len(text)
        clause = re.sub(r"[\s,]+and\s*$", "", text[match.end("verb") : end]).strip(" ,.;")
        if _not_a_decision(clause):
            continue
        verb = match["verb"].lower()
        outcome = _VERB_OUTCOME.get(verb, Outcome.CARRIED)
        if re.fullmatch(v["active_defeat_verbs"], verb, _FLAGS):
            outcome = Outcome.DEFEATED
        later = [o for o in reading.outcomes if o.start > match.start("verb")]
        if later and later[-1].outcome is not Outcome.CARRIED:
            outcome = later[-1].outcome  # "agreed ... but sent them to a working group"
        # the kind is what was agreed ("a number of rule changes"), not whatever the clause goes on to mention
        head = " ".join(clause.split()[:8])
        kind = MotionKind.OTHER if verb in ("appointed", "elected", "nominated") else _kind(head)[0]
        vote = reading.votes[-1] if reading.votes else None
        draft = _Draft(index, index, kind or MotionKind.OTHER, clause, _strong(), outcome, vote)
        if len(verbs) > 1:
            draft.start = reading.sentence.start + (0 if number == 0 else match.start("verb"))
            draft.end = reading.sentence.start + end
        drafts.append(draft)
    return drafts


def _anaphoric_subject(matched: str) -> bool:
    return bool(re.match(r"(?:it|this|which|they|these)\b", matched, _FLAGS))


def _not_a_decision(clause: str) -> bool:
    """Agreeing with words or opinions, or to look at something, is not deciding a proposal."""
    words = vocab()["not_a_decision"]
    return (
        not clause
        or bool(re.match(rf"(?:{words['clause_openers']})", clause, _FLAGS))
        or bool(re.match(rf"(?:[\w'’]+\s+){{0,3}}?(?:{words['objects']})\b", clause, _FLAGS))
    )


def _passive_decision(reading: _Reading) -> tuple[MotionKind, str] | None:
    """ "A motion ... was carried", "The revised code ... was agreed without a vote", "13/4 lost"."""
    text = reading.sentence.text
    p = patterns()
    for phrase in reading.outcomes:
        before = text[: phrase.start]
        aux = p.passive.search(before)
        subject = before[: aux.start()] if aux else before
        subject = re.split(r"[;:]|\s[–—]\s", subject)[-1].strip(" ,")
        if (
            not subject
            or _anaphoric_subject(subject)
            or re.search(r"(?:^|\s)(?:I|we|he|she|you|they|what|whatever)$", subject, _FLAGS)
        ):
            continue
        kind, _ = _kind(subject)
        short_item = (
            aux is None
            and len(subject.split()) <= 6
            and len(text[phrase.end :].split()) <= 3
            and not re.search(r"\b(?:the|a|an|this|that|its|their)\b", text[phrase.end :], _FLAGS)
            and subject == before.strip(" ,")
            and not re.search(r"\b(?:was|were|is|are|been|be|has|have|had)\b", subject, _FLAGS)
            # "The chair agreed to consider it" is an undertaking by a person, not a decision on an item
            and not re.match(r"\s+to\s+[a-z]", text[phrase.end :])
        )
        agreed = phrase.outcome is Outcome.CARRIED and re.match(vocab()["agree_family"], text[phrase.start :], _FLAGS)
        headline = (
            aux is None
            and agreed
            and subject == before.strip()
            and re.match(r"[A-Z]", subject)
            and "," not in subject
            and re.match(r"\s*(?:and|by|at|on|today|yesterday|[,.]|$)", text[phrase.end :])
        )
        if aux is None and not short_item and not headline and not (agreed and kind):
            continue
        if kind is not None or short_item or (agreed and not _looks_like_person(subject)):
            return (kind or (MotionKind.OTHER if not short_item else MotionKind.MOTION), subject)
    return None


def _looks_like_person(subject: str) -> bool:
    return bool(re.fullmatch(patterns().name, subject.strip())) and len(subject.split()) <= 4


# ---------------------------------------------------------------- lists of proposals


def _following_intro(readings: list[_Reading], index: int, current: _Draft | None) -> _Draft | None:
    """ "We agreed the following rule changes:" makes each bullet below it a motion of that kind."""
    match = patterns().following.search(readings[index].sentence.text)
    if match is None:
        return current if current is not None and index - current.last <= 1 else None
    kind, _ = _kind(match["noun"])
    outcome, _ = _outcome(readings[index].outcomes, [])
    return _Draft(index, index, kind or MotionKind.PROPOSAL, "", _People(), outcome)


def _starts_line(report: ReportContext, sentence: Sentence) -> bool:
    line_start = report.text.rfind("\n", 0, sentence.start) + 1
    return not re.search(r"[.!?]\s", report.text[line_start : sentence.start])


def _is_bullet(report: ReportContext, sentence: Sentence) -> bool:
    line_start = report.text.rfind("\n", 0, sentence.start) + 1
    return bool(re.match(r"\s*(?:[•·▪*–-]|\d+[.)])\s", report.text[line_start : sentence.end]))


def _bullet_draft(index: int, reading: _Reading, intro: _Draft) -> _Draft:
    intro.last = index
    outcome, vote = _outcome(reading.outcomes, reading.votes)
    text = reading.sentence.text.lstrip("•·▪*–- \t")
    return _Draft(
        index, index, intro.kind, text, reading.people, outcome if reading.outcomes or vote else intro.outcome, vote
    )


# ---------------------------------------------------------------- elections


def _election_drafts(index: int, reading: _Reading, matches: list[re.Match[str]]) -> list[_Draft]:
    """One motion per "X was elected ROLE" clause of the sentence."""
    text = reading.sentence.text
    drafts = []
    for number, match in enumerate(matches):
        start = match.start("who")
        end = matches[number + 1].start() if number + 1 < len(matches) else len(text)
        clause = text[start:end]
        clause = re.sub(r"\s+and\s+(?:[\w'’]+\s+){0,2}$", "", clause)
        who = match["who"]
        person = "the author" if who == "I" else (_clean_name(who) or who)
        role = text[match.end("who") : match.end()].split("elected", 1)[-1].strip()
        summary = f"election of {person}" + (
            "" if re.match(r"(?:by|unopposed|unanim|without|nem|on)\b", role) else f" as {role}"
        )
        draft = _Draft(index, index, MotionKind.OTHER, summary, reading.people, Outcome.CARRIED)
        draft.vote = reading.votes[-1] if reading.votes and len(matches) == 1 else None
        draft.start = reading.sentence.start + (0 if number == 0 else start)
        draft.end = reading.sentence.start + start + len(clause.rstrip())
        drafts.append(draft)
    return drafts


# ---------------------------------------------------------------- summaries and records


def _summary_of_introduction(text: str) -> str:
    """What was moved: the words after an active mover verb, or the subject before a passive one."""
    verb = re.search(rf"\b(?:{patterns().mover_verbs}|requested|considered|discussed)\b", text, _FLAGS)
    if verb is None:
        return text
    passive = re.match(r"\s+by\b", text[verb.end() :]) or re.search(
        r"\b(?:was|were|been)\s+(?:\w+\s+)?$", text[: verb.start()]
    )
    if passive and verb.start() > 10:
        return re.split(r",\s*(?:which|who)\b|,\s*$", text[: verb.start()])[0]
    return text[verb.end() :]


def _trim_summary(raw: str, kind: MotionKind) -> str:
    """The proposal in the report's words: what follows its motion noun, cut at the first clause break."""
    text = normalise_space(raw).strip(" ,.;:")
    text = re.sub(r"^(?:and\s+)?(?:the|a|an|our|their|his|her|its|this)\s+", "", text, flags=_FLAGS)
    noun = next((r for k, r in patterns().kinds if k is kind), None)
    found = noun.search(text, 0, 60) if noun is not None and kind is not MotionKind.OTHER else None
    if found is not None:
        rest = re.sub(
            r"^\s*(?:from\s+[^,]+?\s+(?=(?:to|that|on|calling|for)\b)|,\s*from\s+[^,]+,\s*)?", "", text[found.end() :]
        )
        if re.match(rf"(?:{vocab()['summary_openers']})\b", rest):
            text = rest
    cut = re.search(
        r"\s+and then\b|,\s*(?:seconded|moved|proposed|and\s+[A-Z]\w+\s+seconded|which|who|it was"
        r"|and (?:it|this|that)|after|but|also)\b|"
        r";|\s[–—]\s|\.\s|\(|"
        r"\s(?:was|were|has been|had been|is|are)\s",
        text,
    )
    if cut and cut.start() > 3:
        text = text[: cut.start()]
    return text.strip(" ,.;:") or normalise_space(raw)[:120]


def _motion(report: ReportContext, readings: list[_Reading], draft: _Draft, speakers: list[Speaker]) -> Motion:
    first, last = readings[draft.first].sentence, readings[draft.last].sentence
    if draft.last - draft.first > _EVIDENCE_GAP:
        last = first
    start = draft.start if draft.start is not None else first.start
    end = draft.end if draft.end is not None else last.end
    return Motion(
        kind=draft.kind,
        summary=_trim_summary(draft.summary, draft.kind),
        movers=[_person(n, report, speakers) for n in draft.people.movers] + _holders(draft.people.offices, speakers),
        seconders=[_person(n, report, speakers) for n in draft.people.seconders],
        outcome=draft.outcome,
        vote=draft.vote,
        evidence=make_span(report.text, start, end),
    )


def _holders(offices: list[str], speakers: list[Speaker]) -> list[str]:
    """The named speakers who hold these offices; an office whose holder the page does not name is left out."""
    names = []
    for office in offices:
        holder = next((s.name for s in speakers if s.name and s.role and s.role.lower() == office.lower()), None)
        if holder and holder not in names:
            names.append(holder)
    return names


def _person(name: str, report: ReportContext, speakers: list[Speaker]) -> str:
    if name == AUTHOR:
        return report.page.author or AUTHOR
    return resolve_name(name, report.text, speakers)
