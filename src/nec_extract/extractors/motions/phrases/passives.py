"""Decisions stated of the item decided: "A motion ... was carried", "The revised code was agreed without a
vote", "those changes passed easily", "The panel was elected", "Minutes of the last meeting: agreed"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from nec_extract.extractors.motions.clause.clause_grammar import main_clause_subject
from nec_extract.extractors.motions.items.antecedents import (
    PROPOSED,
    paired_before,
    proposal_named_before,
    rest_of_a_set,
)
from nec_extract.extractors.motions.phrases.decisions import anaphoric_subject, habitual
from nec_extract.extractors.motions.sentence.patterns import LINE_LABEL, adverbs_before, patterns
from nec_extract.extractors.motions.sentence.reading import Reading, kind_of
from nec_extract.extractors.motions.sentence.reference import without_a_closing_comment
from nec_extract.extractors.motions.this_meeting.bodies import passive_agent
from nec_extract.extractors.motions.this_meeting.set_against import contrast_lead
from nec_extract.extractors.votes import OutcomePhrase
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.language.people import written_name_re
from nec_extract.models import MotionKind, Outcome

_FLAGS = re.IGNORECASE


@cache
def _not_an_item() -> re.Pattern[str]:
    return re.compile(rf"(?:^|\s)(?:{either(grammar_vocabulary().decisions.not_an_item_words)})$", _FLAGS)


@cache
def _a_share() -> re.Pattern[str]:
    """ "Most of the rule changes", "Of the 40 amendments submitted, roughly three-quarters": a share of many items,
    no one of them named (not "all the amendments", not "two of the motions")."""
    return re.compile(
        rf"(?:^|,)\W*(?:\w+ly\s+)?(?:{either(decisions_vocabulary().motions.share_words)})(?:\s+of\b[^,]*)?\W*$", _FLAGS
    )


def _antecedent(subject: str) -> str:
    """ "... some amendments to the policy that were accepted": the item a relative "that" or "which" stands
    for, when a motion noun ends the words before it; else the words unchanged."""
    relative = re.search(r"\s+(?:that|which)$", subject, _FLAGS)
    if relative is None:
        return subject
    before = subject[: relative.start()]
    _, at = kind_of(" ".join(before.split()[-_ANTECEDENT_WORDS:]))
    return " ".join(before.split()[-_ANTECEDENT_WORDS:]) if at >= 0 else subject


_ANTECEDENT_WORDS = 6


@dataclass(frozen=True)
class _Clause:
    """An outcome phrase with what stands before and after it."""

    before: str
    subject: str
    after: str
    passive: bool  # "was carried" rather than "carried"


def passive_decision(reading: Reading) -> tuple[MotionKind, str] | None:
    """The kind and words of the item an outcome phrase is said of, if it is an item decided at the meeting."""
    for phrase in reading.outcomes:
        acted = _acted_on_then_result(reading, phrase)
        if acted is not None:
            return _item_kind(acted) or MotionKind.PROPOSAL, acted
        clause = _clause(reading.sentence.text, phrase)
        if clause is None or (clause.passive and _by_another_body(reading, clause.after)):
            continue
        decided = _decided(reading, phrase, clause)
        if decided is not None and not tally_alone(decided[1]):
            return decided
    return None


@cache
def _label_then_tally() -> re.Pattern[str]:
    return re.compile(r"\S(?P<label>:|\s[–—-])\s*(?P<tally>\d[^:;–—]*?)[\s,–—-]*$")


def _a_result_label(label: str) -> bool:
    """ "Result", "The vote": a label for the result of the item put before, not an item."""
    v = decisions_vocabulary().motions
    words = re.sub(r"^\W*(?:the\s+)?", "", label.strip(" :–—-"), flags=_FLAGS).lower()
    return words in (*v.result_labels, *v.vote_subjects)


def tally_alone(words: str) -> bool:
    """ "14 for, 8 against", "20-9", "by 12 votes to 3": a count and its labels, no item ("Budget: 20-9, agreed" is
    the budget's result; the count is its tally, not a second item)."""
    words = words.strip(" ,;:–—-")
    tally, counted = _tally_words()
    return bool(tally.fullmatch(words)) and counted.search(words) is not None


@cache
def _tally_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words of a count alone, and what makes them a tally rather than numbers ("4 and 6" are items): a label, or two
    counts set against each other ("20-9", "12 votes to 3")."""
    v = decisions_vocabulary().tallies.labels
    labels = either(v.for_, v.against, v.abstentions)
    word = rf"(?:\d{{1,3}}|{labels}|votes?|to|by|with|and|nil|none|no)"
    tally = re.compile(rf"(?:{word})(?:[\s,;:()–—-]+(?:{word}))*", _FLAGS)
    counted = re.compile(rf"\d\s*[-–—]\s*\d|\d\s+(?:votes?\s+)?to\s+\d|\b(?:{labels})\b", _FLAGS)
    return tally, counted


def _by_another_body(reading: Reading, after: str) -> bool:
    """ "The target seat list has been signed off by the campaign committee": the passive's agent a body other than
    the meeting's, which decided it there."""
    said = passive_agent(after, at_start=True)
    if said is None:
        return False
    nouns = decisions_vocabulary().clauses.bodies
    return said.split()[-1].lower() in nouns and not reading.body.is_ours_or_the_partys(said)


def _acted_on_then_result(reading: Reading, phrase: OutcomePhrase) -> str | None:
    """ "The recognition agreement ... was then renewed for three years, agreed unanimously": a passive clause telling
    an act on a thing, then its result alone after a comma at the sentence's end: the act is the item decided."""
    text = reading.sentence.text
    after = text[phrase.end :]
    before = text[: phrase.start].rstrip()
    if not before.endswith(",") or len(after.split()) > _TRAILING_WORDS or phrase is not reading.outcomes[-1]:
        return None
    if _undertaking().match(after):
        return None  # "..., agreed to look at it again next year": an undertaking, not the act's result
    act = before.rstrip(" ,")
    return act if _acted_on().fullmatch(act) else None


_TRAILING_WORDS = 6  # "agreed unanimously", "carried without a vote", "carried by 30 votes to 12"


@cache
def _acted_on() -> re.Pattern[str]:
    g = grammar_vocabulary()
    v = decisions_vocabulary().motions
    determiners = either(g.decisions.own_item_determiners)
    adverbs = adverbs_before()
    participle = rf"(?!(?:{either(v.not_acts_on_an_item)})\b)[a-z]+(?:ed|en|wn)"
    return re.compile(
        rf"\W*(?:{determiners})\s+[^,;:]{{2,80}}?\s+(?:{either(g.past_be_forms)})\s+{adverbs}{participle}\b[^;:]*",
        _FLAGS,
    )


def _clause(text: str, phrase: OutcomePhrase) -> _Clause | None:
    g = grammar_vocabulary().decisions
    # "Motion 4 from the Wales region – not agreed": the negator belongs to the result, not to the item's words
    before = _bare_negator().sub("", text[: phrase.start])
    # "Affiliation to the trades council: 14 for, 8 against, carried": a tally between the label and the result is
    # the item's count, no words of it; the label is the item
    told = _label_then_tally().search(before)
    if told is not None and tally_alone(told["tally"]) and not _a_result_label(before[: told.start("label") + 1]):
        before = before[: told.end("label")] + " "
    aux = patterns().passive.search(before) or _SHARED_AUXILIARY.search(before)
    subject = before[: aux.start()] if aux else before
    # "The headline – that all sitting members face an open selection – was carried": the item before its dashed aside
    aside = _DASHED_ASIDE_AT_END.search(subject) if aux is not None else None
    subject = subject[: aside.start()] if aside is not None and subject[: aside.start()].strip() else subject
    # "..., with a motion to lift the suspension failing by one vote": the item of an absolute clause
    pieces = [
        p.strip(" ,")
        for p in re.split(
            rf"[;:]|\s[–—](?:\s|$)|\s\((?=\W*$)|,\s+with\s+(?=(?:{either(g.absolute_clause_determiners)})\s)", subject
        )
    ]
    label = pieces[-2] if len(pieces) > 1 and _a_label(pieces[-2]) else ""
    subject = pieces[-1] or _labelled(pieces) or label  # "Proposal to affiliate: agreed"
    subject = _antecedent(subject)
    if not subject or anaphoric_subject(subject) or _not_an_item().search(subject) or _a_share().search(subject):
        return None
    # "Following a short debate, the motion was put and carried": a participle phrase closed by a comma opens the
    # sentence; the item follows it
    opener = re.match(rf"\W*\w+ing\s+(?:{either(g.participle_object_determiners)})\b[^,]*", subject, _FLAGS)
    if opener and opener.end() == len(subject):
        return None  # "Recalling the policies adopted ...": a participle clause, not an item decided
    subject = subject[opener.end() :].strip(" ,") if opener else subject
    if habitual(before[-80:]):
        return None  # "The report usually goes through": what happens as a rule, not at this meeting
    # "was not moved", "were successful": the phrase may hold its own auxiliary
    passive = aux is not None or bool(
        re.match(rf"(?:{either(grammar_vocabulary().past_be_forms)})(?:n['’]t)?\b", text[phrase.start :], _FLAGS)
    )
    return _Clause(before, subject, without_a_closing_comment(text[phrase.end :]), passive)


# "The plan was opposed by the group's representative but carried": the auxiliary the result shares with the verb
# before it, across "but" or "and"
_SHARED_AUXILIARY = re.compile(
    r"\b(?:was|were)\s+(?:\w+ly\s+)?[a-z]+ed\b[^,;:.–—]{0,80}?\s(?:but|and|yet)\s+(?:then\s+)?$"
)
# an aside between dashes right before the auxiliary, the item's own words: " – that all sitting members face an open
# selection – ", " – moving meetings to Thursdays – " (not a label's item: "Ash CLP – £800 for leaflets – approved")
_DASHED_ASIDE_AT_END = re.compile(r"\s[–—]\s(?:that|to|[a-z]+ing)\s[^–—;:]{3,160}?\s[–—]\s*$", _FLAGS)


def _a_label(piece: str) -> bool:
    """The words before a result that stands alone after a colon or dash: a short label, or an item named at its
    head however long the rest ("Proposal from the treasurer to raise the membership rate to £5 a month: agreed")."""
    words = piece.split()
    return len(words) <= _LABEL_WORDS or kind_of(" ".join(words[:_ITEM_HEAD]))[0] is not None


_ITEM_HEAD = 4  # "12.2 HMRC group motion", "Proposal from the treasurer"


@cache
def _bare_negator() -> re.Pattern[str]:
    """A negator alone after a label's dash, just before the result ("– not agreed", "— not carried")."""
    return re.compile(r"(?<=[–—:-])\s*not\s+$", _FLAGS)


def _labelled(pieces: list[str]) -> str:
    """ "Rule change: officer terms – Carried", "Motion 4: buses – Lost": a short label naming the item, its subject
    after the colon, then the result alone: the item is label and subject together."""
    if len(pieces) < _LABELLED_PIECES or pieces[-1]:
        return ""
    label, subject = pieces[-3], pieces[-2]
    return f"{label}: {subject}" if 0 < len(label.split()) <= _LABEL_WORDS and subject else ""


_LABELLED_PIECES = 3


def _decided(reading: Reading, phrase: OutcomePhrase, clause: _Clause) -> tuple[MotionKind, str] | None:
    if not clause.passive and _the_body_acting(reading, clause):
        return None  # "I am pleased to report that the NEC endorsed ...": the body decides; "report" is no item
    v = decisions_vocabulary().motions
    text = reading.sentence.text
    short = not clause.passive and (_short_item(clause) or _put_off_alone(clause, phrase))
    agreed = (
        phrase.outcome is Outcome.CARRIED and re.match(either(v.agree_verbs), text[phrase.start :], _FLAGS) is not None
    )
    # "The proposed merger was rejected", as "The merger was agreed": a thing decided, no motion noun needed
    agreed = agreed or (
        clause.passive and phrase.outcome is Outcome.DEFEATED and _rejected().match(text[phrase.start :]) is not None
    )
    # kind of the item, or of the words an outcome is said of ("those changes passed")
    kind = _item_kind(clause.subject) or _postponed_process(clause.subject, phrase)
    appointed = re.match(either(v.appointment_verbs), text[phrase.start :], _FLAGS)
    # "The officers were re-elected", "All the branch officers were confirmed in post": a group chosen again or kept
    appointed = appointed or _group_kept().match(text, _word_start(text, phrase.start))
    headline = not clause.passive and agreed and _headline(clause)
    decided_on = _decided_on(reading, phrase, clause)
    # "officers agreed to redraft it": people undertaking something (the meeting's own "agreed to" is read as its
    # decision elsewhere), not an item agreed
    if agreed and not clause.passive and re.match(r"\s+to\s+[a-z]", clause.after):
        return None
    # "Code of conduct: the full definition adopted": a line's label, then the item and its agreement
    labelled_agreed = agreed and not clause.passive and _after_a_label(clause) and _said_alone_after(clause)
    if not (clause.passive or short or headline or decided_on or labelled_agreed) and not (
        kind and (agreed or _noun_phrase(clause))
    ):
        return _parsed(reading, phrase) if kind else None
    if appointed and clause.passive and kind is None:
        kind = MotionKind.OTHER if _elected_group(clause) else None
        return (kind, clause.subject) if kind else None
    # "Membership fell.", "The Tories lost.": a short subject with no motion noun is an item only under a label
    # or with a number ("13/4 lost", "A7: carried")
    numbered = bool(_LABEL_END.search(clause.before) or re.search(r"\d", clause.subject))
    passive_agreed = agreed and not short and not _looks_like_person(clause)
    if kind is not None or (short and numbered) or passive_agreed or decided_on or labelled_agreed:
        return (kind or (MotionKind.OTHER if not short else MotionKind.MOTION), clause.subject)
    standing_for = _elliptical_item(reading, clause)
    return (standing_for, clause.subject) if standing_for else None


def _after_a_label(clause: _Clause) -> bool:
    """ "Code of conduct: the full IHRA definition adopted, with ...": a short label opening the line, then the item
    (a determiner first) right before its result."""
    before, subject = clause.before.rstrip(), clause.subject.strip()
    if not subject or not before.endswith(subject) or len(subject.split()) > _LABEL_WORDS:
        return False
    return LINE_LABEL.fullmatch(before[: -len(subject)]) is not None and _DETERMINED.match(subject) is not None


def _said_alone_after(clause: _Clause) -> bool:
    """The result with no object after it ("adopted.", "agreed, with ...", "approved unanimously"): not "agreed with
    the leadership", "agreed that ..."."""
    return _INTRANSITIVE_AFTER.match(clause.after) is not None and not re.match(r"\s*with\s+(?!a\b|an\b)", clause.after)


_DETERMINED = re.compile(r"(?:the|a|an|its|their|our|all|both)\s", _FLAGS)


def _the_body_acting(reading: Reading, clause: _Clause) -> bool:
    """Whether the meeting's own body opens the clause that tells the result, as the active verb's subject ("I can
    report that the NEC agreed ..."); not "Minutes of last AGM agreed", where the body's name ends an item's."""
    body = reading.body.subject(clause.before)
    return re.search(rf"\bthat\s+(?:{body})(?:\s+\w+ly|\s+also|\s+then)*\s*$", clause.before, _FLAGS) is not None


def _decided_on(reading: Reading, phrase: OutcomePhrase, clause: _Clause) -> bool:
    """ "The levy was put to the vote and carried", "The new rota got the nod", "The levy was carried.": a thing
    named by any noun is the item when its result is one only a proposal has, or a vote was taken on it."""
    subject = clause.subject.strip()
    if not _named_thing().fullmatch(subject) or _looks_like_person(clause) or _a_role(subject):
        return False
    said = reading.sentence.text[phrase.start : phrase.end]
    # "The panel turned down the bid": in the active voice the subject gives the verdict, it does not get it
    if _received_verdict().search(said) or (clause.passive and _passive_verdict().search(said)):
        return True
    if phrase.outcome not in (Outcome.CARRIED, Outcome.DEFEATED):
        return False
    # "Our candidate defeated the Tory by 40 votes": an active verb with an object is said by a winner, not of an item
    if not clause.passive and not _INTRANSITIVE_AFTER.match(clause.after):
        return False
    if reading.votes or _vote_mark().search(reading.sentence.text):
        return True
    return clause.passive and _carried_alone().fullmatch(said.strip()) is not None and _said_alone(clause.after)


# what may follow a result with no object: its manner, margin or time ("passed unanimously", "won by 12 votes")
_INTRANSITIVE_AFTER = re.compile(r"\s*(?:[.,;:)–—]|$|(?:by|with|without|on|in|at|after|nem)\b|to\s+\d|\w+ly\b)", _FLAGS)


def _a_role(subject: str) -> bool:
    """ "Our candidate lost by 300 votes", "The chair was defeated": a person named by a post wins or loses."""
    words = decisions_vocabulary()
    # the head before what follows it: "The vote to suspend the officers" is a vote, "The chair of the branch" a chair
    head = re.split(r"\s+(?:to|of|on|for|from|in|at|with)\s+", subject, maxsplit=1)[0].split()[-1]
    head = head.lower().removesuffix("s")
    return head in words.motions.election_roles or head in words.clauses.meeting_people


def _said_alone(after: str) -> bool:
    return re.fullmatch(r"\s*[.;]?\s*", after) is not None


@cache
def _named_thing() -> re.Pattern[str]:
    """ "the levy", "our new rota", "the bid for a second office": a determiner, then a few words with no clause."""
    determiners = either(grammar_vocabulary().decisions.own_item_determiners)
    return re.compile(rf"(?:{determiners})\s+[\w'’-]+(?:\s+[\w'’£%-]+){{0,{_NAMED_THING_WORDS - 1}}}", _FLAGS)


_NAMED_THING_WORDS = 8


@cache
def _received_verdict() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{either(decisions_vocabulary().item_verdicts.received_verdicts)})\b", _FLAGS)


@cache
def _passive_verdict() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{either(decisions_vocabulary().item_verdicts.passive_verdicts)})\b", _FLAGS)


@cache
def _vote_mark() -> re.Pattern[str]:
    return re.compile("|".join(decisions_vocabulary().item_verdicts.vote_marks), _FLAGS)


@cache
def _carried_alone() -> re.Pattern[str]:
    return re.compile(
        rf"(?:(?:{either(grammar_vocabulary().past_be_forms)})\s+)?(?:{either(decisions_vocabulary().item_verdicts.carried_alone)})",
        _FLAGS,
    )


def _elliptical_item(reading: Reading, clause: _Clause) -> MotionKind | None:
    """ "One on Trident was lost", "Another, on rents, fell", "the one on Gaza was carried", "a third, calling for
    a ballot, was remitted": "one", "another" or an ordinal standing for the proposal named just before it; "the
    other" or "the second" alone after a clause or sentence opening with "one" or "the first" ("One motion was
    carried but the other was lost")."""
    at = clause.before.rfind(clause.subject)
    rest = rest_of_a_set(reading, clause.subject, clause.before[:at] if at >= 0 else "")
    if rest is not None:
        return rest  # "four of the six rule changes ...; the other two were sent back"
    if not _elliptical_head().match(clause.subject) and not (
        _bare_next().fullmatch(clause.subject) and paired_before(reading)
    ):
        return None
    return proposal_named_before(reading, clause.before[:at]) if at >= 0 else None


@cache
def _bare_next() -> re.Pattern[str]:
    ordinals = either(tuple(w for w, n in decisions_vocabulary().motions.ordinals.items() if n != 1))
    return re.compile(rf"\W*(?:{contrast_lead()}|and\s+)?the\s+(?:{ordinals})\s*", _FLAGS)


@cache
def _elliptical_head() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    ordinals = either(tuple(word for word in v.ordinals if word != "former"))
    described = rf"(?:\s*,|\s+(?:{either(v.description_openers)})\b)"
    # a new item ("another", "a third") may stand alone; "one" or "the second" alone is one of items counted before,
    # which the walk shares out ("We had three motions. One was carried.")
    heads = rf"(?:(?:the\s+)?one|the\s+(?:{ordinals})){described}|(?:{either(v.new_item_openers)})(?:{described}|\s*$)"
    return re.compile(rf"\W*(?:{contrast_lead()}|and\s+)?(?:{heads})", _FLAGS)


@cache
def _rejected() -> re.Pattern[str]:
    """The past participles of the verbs that reject a thing ("rejected", "turned down", "voted down")."""
    words = decisions_vocabulary().motions.defeat_verbs.words
    return re.compile(rf"(?:{either(tuple(w for w in words if w.endswith(('ed', 'down', 'out'))))})\b", _FLAGS)


def _parsed(reading: Reading, phrase: OutcomePhrase) -> tuple[MotionKind, str] | None:
    """The item as the parse finds it, when the words before the outcome are too long for the patterns."""
    subject = main_clause_subject(reading.report, reading.sentence, reading.sentence.start + phrase.start)
    kind = _item_kind(subject) if subject else None
    return (kind, subject) if kind and subject else None


def _item_kind(words: str) -> MotionKind | None:
    """The kind of item the words name: a motion noun, or words an outcome is said of ("those changes"); not a body
    named by what it deals with ("the national policy forum agreed ...": a body deciding, read elsewhere)."""
    if _body_named_by_an_item().search(words):
        return None
    items = re.search(rf"\b(?:{either(decisions_vocabulary().motions.passive_items)})\b", words, _FLAGS)
    return kind_of(words)[0] or (MotionKind.PROPOSAL if items else None)


def _postponed_process(subject: str, phrase: OutcomePhrase) -> MotionKind | None:
    """ "Consideration of the new charges was deferred", "Discussion of the quote was referred to the officers": the
    meeting's handling of an item put off or sent on; the item put off is put, as a motion is."""
    if phrase.outcome not in (Outcome.DEFERRED, Outcome.REMITTED):
        return None
    return MotionKind.OTHER if _postponed_head().match(subject) else None


@cache
def _postponed_head() -> re.Pattern[str]:
    processes = either(decisions_vocabulary().motions.postponed_processes)
    return re.compile(rf"\W*(?:(?:the|this|that|a|further|final)\s+)*(?:{processes})\b", _FLAGS)


@cache
def _body_named_by_an_item() -> re.Pattern[str]:
    """ "the policy committee", "the national policy forum": the words are a body named by what it deals with (not
    "two rule changes from the organisation committee")."""
    words = decisions_vocabulary()
    functions, bodies = either(words.motions.body_functions), either(words.clauses.bodies)
    return re.compile(rf"^\W*(?:the\s+)?(?:[\w-]+\s+)?(?:{functions})\s+(?:{bodies})s?\W*$", _FLAGS)


def _noun_phrase(clause: _Clause) -> bool:
    """ "Thankfully, those changes, which speed things up, passed": the item alone before its outcome."""
    bare = re.sub(
        rf"^\W*\w+ly,?\s+|,\s*(?:{either(grammar_vocabulary().relative_pronouns)})\b[^,]*(?:,|$)", "", clause.subject
    )
    bare = _partitive().sub("", bare, count=1)  # "None of the motions on rents", "Each of the reports": the items
    words = bare.split()
    if 0 < len(words) <= 6 and _item_kind(" ".join(words[-2:])) is not None:
        return True
    # "Motion 2 (NEU): Free school meals", "Composite 1 – Pay": an item named by its kind and number, its title after
    if len(words) > 1 and re.fullmatch(r"[A-Z]?\d+[a-z]?[.:]?", words[1]) and _item_kind(words[0]) is not None:
        return True
    # "a motion to lift the suspension (failing ...)": a motion noun and the words of what it proposes
    described = _described_item().match(bare)
    if described is None or len(words) > _DESCRIBED_WORDS:
        return False
    kind = kind_of(described["noun"])[0]
    return kind is not None and kind in PROPOSED


@cache
def _partitive() -> re.Pattern[str]:
    """ "None of ", "Not one of ", "Each of ": a quantity of the items named after it ("None of the motions on rents
    passed" is said of the motions on rents; a share, "Most of the rule changes", is no item and is read before)."""
    none = decisions_vocabulary().negative_item_determiners
    quantities = either(none, grammar_vocabulary().decisions.split_quantities)
    return re.compile(rf"^\W*(?:{quantities})\s+of\s+(?=(?:the|these|those|its|their|our)\b)", _FLAGS)


@cache
def _described_item() -> re.Pattern[str]:
    return re.compile(
        rf"\W*(?:{either(grammar_vocabulary().decisions.described_item_determiners)})\s+"
        r"(?:[\w-]+\s+){0,2}?(?P<noun>(?:[\w-]+\s+)?[\w-]+)\s+"
        rf"(?:{either(decisions_vocabulary().motions.item_description_openers)})\b",
        _FLAGS,
    )


_DESCRIBED_WORDS = 16


@cache
def _group_kept() -> re.Pattern[str]:
    return re.compile(rf"(?:{either(decisions_vocabulary().motions.group_kept_verbs)})\b", _FLAGS)


def _word_start(text: str, at: int) -> int:
    """Where the word holding this offset starts ("re-elected" for the outcome found at its "elected")."""
    while at > 0 and (text[at - 1].isalnum() or text[at - 1] == "-"):
        at -= 1
    return at


def _elected_group(clause: _Clause) -> bool:
    """ "The panel for the award was elected": a group chosen by the meeting."""
    groups = either(decisions_vocabulary().motions.elected_groups)
    return bool(re.search(rf"\b(?:{groups})\b", clause.subject, _FLAGS))


# a label's end before its result: "Rule change: carried", "Motion 4 – lost", "Rail nationalisation (carried)"
_LABEL_END = re.compile(r"(?::|\s[–—-]|\s\()\s*$")
_ITEM_WORDS = 6
_LABEL_WORDS = 12


def _a_line_label(clause: _Clause) -> bool:
    """ "Northside party – £800 for leaflets – approved": a name labelling the line, then the item, each closed by its
    dash (not "The chair – as usual – agreed", an aside between the subject and its verb)."""
    pieces = [p.strip() for p in re.split(r"\s[–—-]\s", clause.before.strip() + " ")]
    if len(pieces) != _LABELLED_PIECES or pieces[-1]:
        return False
    label, item = pieces[0], pieces[1]
    g = grammar_vocabulary().decisions
    openers = {*g.own_item_determiners, *g.line_label_asides}
    first_words = [piece.split()[0].lower() for piece in (label, item) if piece.split()]
    return label[:1].isupper() and len(first_words) == _LABELLED_PIECES - 1 and not openers & set(first_words)


def _words_only(words: str) -> str:
    """The words without the marks between and around them (a label's colon or dash, a bullet's hyphen)."""
    return " ".join(re.sub(r"(?:^|\s)[–—-](?=\s|$)|[,:(]", " ", words).split())


def _short_item(clause: _Clause) -> bool:
    """ "Minutes of the last meeting agreed.", "Accounts: approved": a short item and its outcome alone."""
    g = grammar_vocabulary().decisions
    # "Emergency motion on the cost of living: carried.", "(c) Regrading of roles – withdrawn by the mover, as ..."
    labelled = bool(_LABEL_END.search(clause.before))
    said_alone = len(clause.after.split()) <= 3 and not re.search(
        rf"\b(?:{either(g.said_alone_determiners)})\b", clause.after, _FLAGS
    )
    return (
        len(clause.subject.split()) <= (_LABEL_WORDS if labelled else _ITEM_WORDS)
        and (said_alone or labelled)
        and not clause.after.lstrip().startswith(":")
        # "- Motion 11, on pay: withdrawn": a hyphen or dash opening a bulleted line is no word of the item
        and (
            clause.subject.strip(" ,:–—-(") == clause.before.strip(" ,:–—-(")
            or (_a_line_label(clause) and _words_only(clause.subject) == _words_only(clause.before))
        )
        # "Changing how the two reps are elected – agreed 20-9": a verb inside the item's own question is no subject's
        and not re.search(rf"\b(?:{either(g.subject_auxiliaries)})\b", _before_a_question(clause.subject), _FLAGS)
        # "The chair agreed to consider it" is an undertaking by a person, not a decision on an item ("deferred to
        # the next meeting" names where the item went)
        and not _undertaking().match(clause.after)
    )


def _before_a_question(subject: str) -> str:
    """The item's words before a question it holds ("Changing how the reps are elected": "Changing")."""
    return _embedded_question().split(subject, maxsplit=1)[0]


@cache
def _embedded_question() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{either(grammar_vocabulary().decisions.question_words)})\b", _FLAGS)


def _put_off_alone(clause: _Clause, phrase: OutcomePhrase) -> bool:
    """ "Decision deferred to the March meeting", "Item postponed until quotes are compared", "Matter referred to the
    officers": minutes' short item put off or sent on, then where or till when; the rest is no part of the item."""
    if phrase.outcome not in (Outcome.DEFERRED, Outcome.REMITTED) or not _WHERE_OR_WHEN.match(clause.after):
        return False
    return _short_item(_Clause(clause.before, clause.subject, ".", clause.passive))


# where it went or till when: "to the March meeting", "until ...", "pending ...", or, after "referred to", the body
_WHERE_OR_WHEN = re.compile(r"\s+(?:to|until|till|pending|back\s+to|the|its|our|their)\b", re.IGNORECASE)


@cache
def _undertaking() -> re.Pattern[str]:
    return re.compile(
        rf"\s+to\s+(?!(?:{either(grammar_vocabulary().decisions.undertaking_not_before)})\b)(?-i:[a-z])", _FLAGS
    )


def _headline(clause: _Clause) -> bool:
    """ "Rule changes agreed at NEC", "Members' pledge approved": a headline naming the item (a headline has no
    full stop: "Everyone agreed." is a sentence)."""
    return bool(
        not clause.after.rstrip().endswith(".")
        and clause.subject == clause.before.strip()
        and re.match(r"[A-Z]", clause.subject)
        and "," not in clause.subject
        and re.match(rf"\s*(?:{either(grammar_vocabulary().decisions.after_a_headline)}|[,.]|$)", clause.after)
    )


def _looks_like_person(clause: _Clause) -> bool:
    return bool(re.fullmatch(written_name_re(), clause.subject.strip())) and len(clause.subject.split()) <= 4
