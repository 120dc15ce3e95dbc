"""Membership figures of a report: each count of a sentence about membership, read against its clause."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from nec_extract.extractors.membership.as_of import as_of, rest_of_clause
from nec_extract.extractors.membership.clause import clause_around, words_after
from nec_extract.extractors.membership.metrics import Context, Found, classify
from nec_extract.extractors.membership.organisation import organisation_of, report_organisation
from nec_extract.extractors.membership.vocabulary import sentence_cue, words_of
from nec_extract.extractors.membership.words import Tagger, Word, kind_of, words_in
from nec_extract.extractors.votes.tallies import sentence_tallies
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.membership import membership_vocabulary
from nec_extract.language.numbers import Quantity, find_quantities
from nec_extract.language.text import Sentence, make_span
from nec_extract.models import MembershipFigure, Metric
from nec_extract.page.context import ReportContext


def extract_membership(report: ReportContext) -> list[MembershipFigure]:
    """Membership figures of the report in text order, each (metric, value) once."""
    organisation = report_organisation(report)
    figures: list[MembershipFigure] = []
    seen: set[tuple[Metric, int]] = set()
    previous = Context()
    for sentence in report.sentences:
        found: list[Found] = []
        cued = bool(sentence_cue().search(sentence.text))
        quantities = (
            _quantities(sentence) if cued or previous.about_members or _refers_back(sentence.text, previous) else []
        )
        if quantities:
            found = read_sentence(sentence.text, quantities, _tagger(report, sentence), previous)
        for item in found:
            key = (item.metric, item.quantity.value)
            if key not in seen:
                seen.add(key)
                figures.append(_figure(report, sentence, item, organisation))
        # the cue (a stem of every noun and topic word) spares the word-by-word reading of most sentences
        about_members = cued and _mentions_members(words_in(sentence.text))
        previous = Context(previous=found[-1] if found else None, about_members=about_members)
    return _place_as_the_whole(figures, report)


def _place_as_the_whole(figures: list[MembershipFigure], report: ReportContext) -> list[MembershipFigure]:
    """ "Membership in the region stood at 23,815" with no total beside it: the area of the body reporting (a
    regional council, a district party), named by a common noun, so its own membership, not a part of a whole the
    report never gives. So is "membership in Wales" when the report names the place elsewhere as its own ("the
    Welsh Executive Committee met", "West of Scotland rep"). Any other named place, or two places, stay parts."""
    places = [i for i, f in enumerate(figures) if f.metric is Metric.OTHER and _in_its_own_area(f.qualifier)]
    parts = [i for i, f in enumerate(figures) if f.metric is Metric.OTHER and _named_place(f.qualifier)]
    named = parts if len(parts) == 1 and _names_it(figures[parts[0]], report) else []
    if len(places) + len(named) != 1 or any(f.metric is Metric.MEMBERS for f in figures):
        return figures
    at = (places or named)[0]
    # "membership in Wales" keeps where it is ("in Wales"); the region named by a common noun keeps nothing
    where = None if places else " ".join(w.text for w in words_in(figures[at].qualifier or "")[1:3])
    whole = figures[at].model_copy(update={"metric": Metric.MEMBERS, "qualifier": where})
    return [whole if i == at else f for i, f in enumerate(figures)]


def _named_place(qualifier: str | None) -> str | None:
    """ "membership in Wales": the place (lower case) after the membership noun and a place preposition."""
    words = words_in(qualifier or "")
    if len(words) < 3 or not words[0].lower.startswith("membership"):
        return None
    if words[1].lower not in words_of("locative_prepositions") or not words[2].text[:1].isupper():
        return None
    return words[2].lower


def _names_it(figure: MembershipFigure, report: ReportContext) -> bool:
    """Whether the report names the figure's place (or its adjective, ``own_place_names``) outside the figure."""
    names = _names_of_place(_named_place(figure.qualifier) or "")
    if not names:
        return False
    evidence = figure.evidence
    rest = report.text[report.start : evidence.start] + " " + report.text[evidence.end : report.end]
    return any(w.lower in names for w in words_in(rest))


def _names_of_place(place: str) -> tuple[str, ...]:
    """The place and the other words that name it ("wales", "welsh", "cymru"); none for a place not listed."""
    others = membership_vocabulary().own_place_names.get(place)
    return () if others is None else (place, *others)


def _in_its_own_area(qualifier: str | None) -> bool:
    """ "membership in the region", "[members] across the district": a place preposition, "the" and the noun of an
    area a body covers, after a member noun or alone; or that noun's adjective before it ("regional membership")."""
    words = words_in(qualifier or "")
    if len(words) == 2 and words[0].lower in words_of("own_area_adjectives") and kind_of(words[1]) == "member":
        return True
    if words[:1] and kind_of(words[0]) == "member":
        words = words[1:]  # "membership in the region", or the place alone: "[9,812 members] in the region"
    if len(words) < 3 or words[0].lower not in words_of("locative_prepositions"):
        return False
    return words[1].lower == "the" and words[2].lower in words_of("own_area_nouns")


_NO_CONTEXT = Context()
_TOPIC_KINDS = ("member", "supporter", "joiner", "leaver")


def read_sentence(
    text: str, quantities: Sequence[Quantity], pos_at: Tagger, previous: Context = _NO_CONTEXT
) -> list[Found]:
    """The membership figures a sentence states; ``pos_at`` tags the word at a sentence offset; ``previous``
    says what the sentence before held."""
    words = words_in(text)
    if _lists_attendance(words):
        return []
    if _labelled_attendance(words):
        # "Attendance was good: 23 of 28 members": the whole of those attending is the committee's own size
        quantities = [q for q in quantities if q.value > _LARGEST_COMMITTEE]
    about_members = previous.about_members or previous.previous is not None or _mentions_members(words)
    found: list[Found] = []
    for index, quantity in enumerate(quantities):
        clause = clause_around(words, quantity, quantities[:index], quantities[index + 1 :])
        context = Context(
            before=found[-1] if found else None,
            previous=previous.previous,
            about_members=about_members or bool(found),
        )
        result = classify(clause, quantity, pos_at, context, following=words_after(clause))
        if result is not None:
            metric, qualifier = result
            found.append(Found(metric, qualifier, clause, quantity))
    return found


def _refers_back(text: str, previous: Context) -> bool:
    """ "Of these, 160 are under 30" after a sentence that held a figure."""
    opening = " ".join(w.lower for w in words_in(text[:40])[:2])
    return previous.previous is not None and opening in words_of("subgroup_openers")


def _mentions_members(words: Sequence[Word]) -> bool:
    """A sentence about membership names members, supporters, joiners or leavers, or recruitment."""
    return any(kind_of(w) in _TOPIC_KINDS or w.lower in words_of("membership_topics") for w in words)


def _lists_attendance(words: Sequence[Word]) -> bool:
    """ "Present: ...", "In attendance – ...": a list of those at the meeting, whose counts are no figures."""
    opening = " ".join(w.lower for w in words[:4])
    for label in words_of("attendance_labels"):
        size = len(label.split())
        if opening.startswith(label) and len(words) > size and words[size].text in (":", "-", "–", "—"):
            return True
    return False


# the most seats a committee has ("23 of 28 members" at an NCG, "38 of 42" at a council group); "31 of our 410
# members" at a branch meeting counts the branch's membership
_LARGEST_COMMITTEE = 60
# the most words between an attendance label and its colon ("Attendance was good:", "Turnout tonight:")
_LABEL_WORDS = 3


def _labelled_attendance(words: Sequence[Word]) -> bool:
    """ "Attendance was good: 23 of 28 members", "Attendance tonight: 19": a sentence that opens with an attendance
    label and a few words on it, then a colon; the counts after it are those at the meeting."""
    opening = " ".join(w.lower for w in words[:3])
    for label in words_of("attendance_labels"):
        size = len(label.split())
        if opening == label or opening.startswith(label + " "):
            marks = [w.text for w in words[size : size + _LABEL_WORDS + 1]]
            return ":" in marks
    return False


def _quantities(sentence: Sentence) -> list[Quantity]:
    """The counts of a sentence, less those a vote tally reads ("asked for a vote and lost 13 to 22")."""
    quantities = [q for q in find_quantities(sentence.text) if q.value > 0]
    if not quantities:
        return quantities
    tallies = [t for t in sentence_tallies(sentence.text) if not t.unanimous]
    return [
        q
        for q in quantities
        if not any(t.start <= q.start < t.end for t in tallies) and not _identifier().search(sentence.text, 0, q.start)
    ]


@cache
def _identifier() -> re.Pattern[str]:
    """ "an interest in item 4 as a member of ...", "motion 12 on members' rights": a number that names, not counts."""
    words = alternation(sorted(words_of("identifier_nouns")))
    return re.compile(rf"\b(?:{words})\.?\s*$", re.IGNORECASE)


def _tagger(report: ReportContext, sentence: Sentence) -> Tagger:
    """Parts of speech from the sentence's spaCy doc, parsed only if a rule asks (most figures need none)."""

    def pos_at(offset: int) -> str:
        if report.parser is None:
            return ""
        for token in report.doc(sentence):
            if token.idx <= offset < token.idx + max(len(token.text), 1):
                return str(token.pos_)
        return ""

    return pos_at


def _figure(report: ReportContext, sentence: Sentence, item: Found, default_organisation: str) -> MembershipFigure:
    clause = item.clause
    at = sentence.start
    rest = rest_of_clause(sentence.text, item.quantity.end)
    start = min(clause.start, item.quantity.start)
    end = max(clause.end, item.quantity.end + len(rest))
    before = sentence.text[: item.quantity.start][-120:].rpartition(";")[2]  # the subject is in the same clause
    subject_text = before + sentence.text[item.quantity.start : end]
    return MembershipFigure(
        metric=item.metric,
        value=item.quantity.value,
        approximate=item.quantity.approximate,
        organisation=organisation_of(subject_text, default_organisation),
        qualifier=item.qualifier,
        as_of=as_of(
            report,
            [(at + item.quantity.end, at + item.quantity.end + len(rest)), (at + start, at + item.quantity.start)],
        ),
        evidence=make_span(report.text, sentence.start + start, sentence.start + end),
    )
