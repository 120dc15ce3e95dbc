"""Every tally of one sentence: unlabelled pairs, labelled counts and unanimity words."""

from __future__ import annotations

import re
from functools import cache

from nec_extract.extractors.votes.candidates import election_tallies, is_a_members_ballot
from nec_extract.extractors.votes.direction import defeat_if_short_of_a_majority, read_outcome
from nec_extract.extractors.votes.outcomes import hedged_before, outcome_matches, outcome_regex
from nec_extract.extractors.votes.patterns import clause, patterns, voter_words
from nec_extract.extractors.votes.tally import Tally, field_of, label_of
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.first_letters import first_letters
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.language.numbers import count_value

_FLAGS = re.IGNORECASE


def _pairs(text: str) -> list[Tally]:
    """Unlabelled pairs: "22 votes to 12", "22-12", "by 15 to 14"."""
    p = patterns()
    found: list[Tally] = []
    for regex in (p.slashed, p.dash_triple, p.votes_to, p.dash, p.bare_to):
        for match in regex.finditer(text):
            if any(t.start < match.end() and match.start() < t.end for t in found):
                continue
            if regex is not p.votes_to and not _plausible_range(text, match):
                continue
            if regex is p.dash_triple and _could_be_a_date(match):
                continue
            if regex is p.slashed and _could_be_a_time_or_date(match):
                continue
            first = match["a"] if match["a"] is not None else match["d"]
            a, b = count_value(first), count_value(match["b"])
            if a is None or b is None:
                continue
            start = (
                match.start("a" if match["a"] is not None else "d")
                if regex in (p.bare_to, p.slashed)
                else match.start()
            )
            third = int(match["c"]) if regex in (p.dash_triple, p.slashed) and match["c"] is not None else None
            found.append(Tally(start, match.end(), first=a, second=b, abstentions=third))
    return found + _each_side(text, found)


@cache
def _tie() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{either(decisions_vocabulary().tallies.tie_words)})\b", _FLAGS)


def _each_side(text: str, found: list[Tally]) -> list[Tally]:
    """ "The vote was tied at 15 each", "15 votes apiece": the same count on both sides."""
    tie = _tie().search(text)
    pairs = []
    for match in patterns().each_side.finditer(text):
        n = count_value(match["n"])
        # "15 votes apiece", "the vote was 12 all": the count said to be a vote's
        said = tie or re.search(r"\bvotes?\b", match.group(), _FLAGS) or _the_vote_was().search(text, 0, match.start())
        if n is not None and said and not any(t.start < match.end() and match.start() < t.end for t in found):
            pairs.append(Tally(match.start(), match.end(), first=n, second=n))
    return pairs


@cache
def _the_vote_was() -> re.Pattern[str]:
    # "the vote was", "the vote on it was", "the count on the amendment stood at"
    pronouns = either(grammar_vocabulary().decisions.vote_on_pronouns)
    return re.compile(
        rf"\b(?:the\s+)?(?:vote|result|count)(?:\s+on\s+(?:{pronouns}|the\s+[\w-]+))?\s+"
        r"(?:was|were|stood\s+at|ended)\s+(?:at\s+)?$",
        _FLAGS,
    )


def _could_be_a_date(match: re.Match[str]) -> bool:
    """ "12-3-24", "01-04-23": a day, a month and a two-digit year, not for, against and abstentions."""
    a, b, c = match["a"], match["b"], match["c"]
    return any(part.startswith("0") and len(part) > 1 for part in (a, b, c)) or (
        len(c) == 2 and int(a) <= 31 and int(b) <= 12
    )


def _could_be_a_time_or_date(match: re.Match[str]) -> bool:
    """ "agreed 7:30", "approved 23/24", "carried 12/3/24": a time, a year span or a date, not a tally."""
    a, b, c = match["a"], match["b"], match["c"]
    if c is not None:
        return _could_be_a_date(match)
    separator = match.group()[match.end("a") - match.start() : match.start("b") - match.start()].strip()
    return (separator == ":" and len(b) == 2) or (len(a) == len(b) == 2 and int(b) == int(a) + 1)


def _plausible_range(text: str, match: re.Match[str]) -> bool:
    """A bare "15-14" or "15 to 14" is a tally only where nothing marks it as a date, time or range."""
    p = patterns()
    first_at = match.start("a") if match["a"] is not None else match.start()
    if p.unit_after.match(text, match.end()):
        return False
    if p.verdict_and_item.search(text, 0, match.start()):
        return True  # "carried the motion 23-1-2": the motion's counts, not motion number 23
    if p.month_before.search(text, 0, first_at):
        return False
    # before the pair's "by": "rose by 12 to 40" is a range, "the motion by 20 to 3" (its verb left out) a tally
    before = p.month_before.search(text, 0, match.start())
    numbering = either(decisions_vocabulary().tallies.numbering_nouns)
    if before and not re.fullmatch(rf"(?:{numbering})\s*", before.group(), _FLAGS):
        return False
    first = match["a"] or match.groupdict().get("d") or ""
    return not (first.isdigit() and len(first) > 3)


def _labelled(text: str, taken: list[Tally]) -> list[tuple[int, int, str, int]]:
    """Labelled counts ``(start, end, label, n)``: "16 for", "7 against", "3 abstentions", "For 14"."""
    p = patterns()
    items: list[tuple[int, int, str, int]] = []
    label_first = _label_first_run(text)
    for match in p.labelled_after.finditer(text):
        n = count_value(match["n"])
        if match["other"] and _A_SET_BEFORE.search(text, 0, match.start()):
            continue  # "Councillors from all 3 wards voted for it": the count of a set, not of voters
        if n is not None and not any(s < match.end() and match.start() < e for s, e in label_first):
            items.append((match.start(), match.end(), label_of(match["label"]), n))
    items += _stances(text, items)
    items = _one_of(text, items)
    items += [
        (m.start(), m.end(), "for", n)
        for m in p.received.finditer(text)
        if p.motion_counted.search(text) and (n := count_value(m["n"])) is not None
    ]
    items += _supported_by(text, items)
    if items:  # "11 in favour, none against, 3 abstentions": "none" is a count among counts
        items += [(m.start(), m.end(), "against", 0) for m in p.none_against.finditer(text)]
    before = []
    for match in p.labelled_before.finditer(text):
        n = count_value(match["n"])
        if n is None or any(s < match.end() and match.start() < e for s, e, _, _ in items):
            continue
        before.append((match.start(), match.end(), label_of(match["label"]), n, bool(match["colon"]), match["label"]))
    # "For 14, Against 3": a count after its label needs a colon, a capital (not "No 10"), or a second such label.
    if len({b[2] for b in before}) >= 2 or any(b[4] or (b[5][0].isupper() and not _answer(b[5])) for b in before):
        items.extend((s, e, label, n) for s, e, label, n, _, _ in before)
    if items or taken:  # "26 for, 9 against, no abstentions", "by 31 votes to 12, no abstentions"
        items += [(m.start(), m.end(), "abstentions", 0) for m in p.none_abstaining.finditer(text)]
        items += _named_abstainers(text)
    return sorted(i for i in items if not any(t.start <= i[0] < t.end for t in taken))


# the words before a count of places or bodies the voters come from
_A_SET_BEFORE = re.compile(r"\b(?:all|from|in|across|of)\s+$", _FLAGS)


def _answer(word: str) -> bool:
    answers = decisions_vocabulary().tallies.answers
    return word.lower() in (*answers.for_, *answers.against)


def _both_answers_counted(text: str) -> bool:
    """ "Yes 10, No 5": each side counted after its answer is a vote whatever else the sentence says."""
    answered = {label_of(m["label"]) for m in patterns().labelled_before.finditer(text) if _answer(m["label"])}
    return len(answered) == 2


def _label_first_run(text: str) -> list[tuple[int, int]]:
    """ "For 9 Against 2 Abs 1", "For: 9  Against: 2": where the first count of the text follows its label and two
    sides are so labelled, each count is its label's, never the next label's ("9 Against")."""
    p = patterns()
    before = [m for m in p.labelled_before.finditer(text) if count_value(m["n"]) is not None]
    first_after = next(iter(p.labelled_after.finditer(text)), None)
    if len({label_of(m["label"]) for m in before}) < 2 or (first_after and first_after.start() < before[0].start()):
        return []
    return [(m.start("n"), m.end("n")) for m in before]


def _named_abstainers(text: str) -> list[tuple[int, int, str, int]]:
    """ "21 to 9, with Cllr Reid abstaining", "the President and Vice-President abstaining": one abstention per person
    named beside a tally; a group named ("with the Lib Dems abstaining") gives no count."""
    found = []
    for match in patterns().named_abstaining.finditer(text):
        names = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", match["names"])
        if not any(re.match(r"the\s+.*s$", name) for name in names):
            found.append((match.start("names"), match.end(), "abstentions", len(names)))
    return found


def _one_of(text: str, items: list[tuple[int, int, str, int]]) -> list[tuple[int, int, str, int]]:
    """ "one of three who voted against", "I and five others voted against": that side's count, read in place of
    any count it overlaps."""
    sides = [
        (m.start(), m.end(), label_of(m["label"]), n)
        for m in patterns().one_of.finditer(text)
        if (n := count_value(m["n"])) is not None
    ]
    sides += [
        (m.start(), m.end(), label_of(m["label"]), n + 1)  # "I and five others": six
        for m in patterns().with_the_writer.finditer(text)
        if (n := count_value(m["n"] or m["m"])) is not None
    ]
    kept = [i for i in items if not any(s < i[1] and i[0] < e for s, e, _, _ in sides)]
    return kept + sides


def _supported_by(text: str, taken: list[tuple[int, int, str, int]]) -> list[tuple[int, int, str, int]]:
    """ "The motion won the support of 24 members", "backed by only five councillors": the voters for it, in a
    sentence about a vote or its result (not "the campaign had the support of 12 councillors")."""
    if not (re.search(r"\bvot", text, _FLAGS) or outcome_matches(text)):
        return []
    return [
        (m.start(), m.end(), "for", n)
        for m in patterns().supported_by.finditer(text)
        if (n := count_value(m["n"])) is not None and not any(s < m.end() and m.start() < e for s, e, _, _ in taken)
    ]


def _stances(text: str, taken: list[tuple[int, int, str, int]]) -> list[tuple[int, int, str, int]]:
    """ "In the vote, 21 members supported the motion and 4 opposed it": counts of voters on each side, in a
    sentence about a vote or its result, or beside a count of the other side ("Fifteen councillors supported the
    recommendation and four opposed it")."""
    voted = bool(re.search(r"\bvot", text, _FLAGS) or outcome_matches(text))
    against = decisions_vocabulary().tallies.stance_labels.against
    items = []
    for match in patterns().stance.finditer(text):
        n = count_value(match["n"])
        if n is None or any(s < match.end() and match.start() < e for s, e, _, _ in taken):
            continue
        label = "against" if " ".join(match["label"].lower().split()) in against else "for"
        if voted or any(side not in (label, "abstentions") for _, _, side, _ in taken):
            items.append((match.start(), match.end(), label, n))
    return items


def _group_labelled(items: list[tuple[int, int, str, int]], pairs: list[Tally]) -> list[Tally]:
    """Abstentions join the pair just before them; other labelled counts form tallies, a repeated label
    starting a new one."""
    tallies: list[Tally] = []
    current: Tally | None = None
    for start, end, label, n in items:
        before = [t for t in pairs if t.end <= start]
        if (
            label == "abstentions"
            and before
            and before[-1].abstentions is None
            and (current is None or current.end < before[-1].start)
        ):
            before[-1].abstentions = n
            before[-1].end = max(before[-1].end, end)
            continue
        if current is None or getattr(current, field_of(label)) is not None:
            current = Tally(start, end)
            tallies.append(current)
        setattr(current, field_of(label), n)
        current.end = end
    return tallies


@cache
def _tally_cue() -> re.Pattern[str]:
    """Every tally form holds a digit or one of these words: a cheap test before the full patterns run. Only whether
    it finds one is asked, so a look-ahead for a digit or a letter the words can start with goes first: most places
    of a sentence fail that one test instead of every word."""
    v = decisions_vocabulary().tallies
    words = (
        rf"{v.cue_words.regex()}|\bvotes?\b|\b(?:{either(v.stance_labels.for_)})\b"
        rf"|\bvot\w*\s+(?:{either(v.answers.for_, v.answers.against)})\b"
        rf"|\b(?:{voter_words()})\s+vot\w*\s+for\b"  # "five Labour councillors voting for it"
        rf"|\b(?:{either(v.verdicts_before_a_pair)})\s+[a-z]+\s+to\s"
    )
    letters = first_letters(words, _FLAGS)
    ahead = rf"(?=[\d{''.join(re.escape(letter) for letter in sorted(letters))}])" if letters else ""
    return re.compile(rf"{ahead}(?:\d|{words})", _FLAGS)


def sentence_tallies(text: str) -> list[Tally]:
    """Every tally of one sentence, with outcome and direction read from its words."""
    p = patterns()
    if not _tally_cue().search(text) or p.not_tally.search(text):
        return []
    if p.candidates.search(text) and not p.motion_counted.search(text):
        found = [t for t in election_tallies(text) if not is_a_members_ballot(text, t)]
        for tally in found:  # "It got 20 votes to 13, which was not enough": the item's votes, not a candidate's
            defeat_if_short_of_a_majority(text, tally, items_only=True)
        return found
    has_context = bool(
        p.context.search(text) or outcome_matches(text) or _both_answers_counted(text) or _split_count().search(text)
    )
    pairs = _pairs(text) if has_context else []
    pairs = [
        t
        for i, t in enumerate(pairs)
        if _pair_has_context(text, t) or _continues(text, pairs[:i], t) or _next_item(text, pairs[:i], t)
    ]
    pairs = [t for t in pairs if not is_a_members_ballot(text, t)]
    labelled = _group_labelled(_labelled(text, pairs), pairs) if has_context or is_recorded_line(text) else []
    labelled = [t for t in labelled if _enough_labels(text, t) and not _one_side_of_a_pair(text, t, pairs)]
    tallies = sorted(pairs + labelled, key=lambda t: t.start)
    tallies += _votes_for_only(text, tallies)
    tallies += _word_tallies(text, tallies)
    tallies = sorted((t for t in tallies if not is_a_members_ballot(text, t)), key=lambda t: t.start)
    for index, tally in enumerate(tallies):
        read_outcome(text, tally, tallies[index - 1].end if index else 0, _next_start(tallies, index, len(text)))
    return tallies


@cache
def _split_count() -> re.Pattern[str]:
    """ "Delegates split 10-10 on the amendment", "the committee divided 6-5": the meeting split by its counts."""
    return re.compile(rf"\b(?:{either(decisions_vocabulary().tallies.split_words)})\s+\d", _FLAGS)


def _one_side_of_a_pair(text: str, tally: Tally, pairs: list[Tally]) -> bool:
    """ "carried 14-3; I and two others voted against": one side's count beside a pair that holds it is that
    pair's side, not a second tally; "passed by 34 votes to 29, with six Labour members voting in favour": a count
    within the pair's is a group among its voters."""
    sides = [n for n in (tally.for_, tally.against) if n is not None]
    if len(sides) != 1 or tally.abstentions is not None:
        return False
    return any(sides[0] in (pair.first, pair.second) or _within(text, tally, pair, sides[0]) for pair in pairs)


def _within(text: str, tally: Tally, pair: Tally, n: int) -> bool:
    """A count no larger than the pair's, in a "with" phrase right after it: a group among the pair's voters."""
    return n <= max(pair.first or 0, pair.second or 0) and bool(_WITH_AFTER.fullmatch(text, pair.end, tally.start))


_WITH_AFTER = re.compile(r"\s*,?\s*with\s+", _FLAGS)


def _next_start(tallies: list[Tally], index: int, default: int) -> int:
    return tallies[index + 1].start if index + 1 < len(tallies) else default


def _pair_has_context(text: str, tally: Tally) -> bool:
    """A pair must sit in a clause about a vote, not merely in a sentence that mentions one, and not in a
    forecast ("it would be 3-2 at best")."""
    if hedged_before(text, max(0, tally.start - 40), tally.start):
        return False
    if re.search(rf"\b(?:{either(decisions_vocabulary().tallies.split_words)})\s+$", text[: tally.start], _FLAGS):
        return True
    lo, hi = clause(text, tally.start, tally.end)
    if _after_an_aside(text, lo, tally.start):  # "It was carried – after a long debate – by 20 to 4"
        lo = clause(text, *_aside_opening(text, lo))[0]
    elif _after_a_dash(text, lo, tally.start):  # "We were outvoted on our proposal to ... – 16 to 17, so close"
        dash = len(text[:lo].rstrip()) - 1
        lo = clause(text, dash - 1, dash - 1)[0] if dash > 0 else lo
    return bool(patterns().context.search(text, lo, hi) or outcome_regex().search(text, lo, hi))


_DASHES = ("–", "—")


def _after_an_aside(text: str, lo: int, start: int) -> bool:
    """The pair's clause is "by 15 to 18" right after a dashed aside that closes there."""
    opening = text[lo:start].strip().lower()
    return opening in ("", "by") and text[:lo].rstrip().endswith(_DASHES) and _aside_opening(text, lo)[0] > 0


def _after_a_dash(text: str, lo: int, start: int) -> bool:
    """The pair opens its clause right after a dash: the count of the clause before the dash."""
    return not text[lo:start].strip() and text[:lo].rstrip().endswith(_DASHES)


def _aside_opening(text: str, lo: int) -> tuple[int, int]:
    """The offsets of the dash that opens the aside whose closing dash ends ``text[:lo]`` (0, 0 if none)."""
    closing = len(text[:lo].rstrip()) - 1
    opening = max(text.rfind(dash, 0, closing) for dash in _DASHES)
    return (opening, opening + 1) if opening > 0 else (0, 0)


def _votes_for_only(text: str, found: list[Tally]) -> list[Tally]:
    """ "With 20 votes, the NEC voted to ...": a count of the votes for alone."""
    match = patterns().with_votes.match(text)
    if match is None or found:
        return []
    count = count_value(match["n"])
    return [Tally(match.start("n"), match.end(), for_=count)] if count is not None else []


def _continues(text: str, earlier: list[Tally], tally: Tally) -> bool:
    """ "It fell 10-14, and 9-15 on the paper itself", "agreed by 20-11, and by 19-12 on the report itself": a second
    pair joined to a first tally."""
    return bool(earlier) and bool(_joined().fullmatch(text[earlier[-1].end : tally.start]))


def _next_item(text: str, earlier: list[Tally], tally: Tally) -> bool:
    """ "The first, opposing X, was carried 24-3; the second, calling for Y, 22-5": a pair whose clause opens with
    the next of items counted together, after a first tally, has that tally's context; so has a pair whose clause
    is only an item named before it, its verb left out ("The amendment fell 5-12, and the motion as amended 16-1")."""
    if not earlier:
        return False
    lo = clause(text, tally.start, tally.end)[0]
    return bool(_ordinal_item().match(text, lo) or _item_alone().fullmatch(text, lo, tally.start))


@cache
def _item_alone() -> re.Pattern[str]:
    items = either(decisions_vocabulary().motions.moved_items)
    determiners = either(grammar_vocabulary().decisions.item_alone_determiners)
    return re.compile(
        rf"[\s,;]*(?:(?:and|then|while)\s+)?(?:{determiners})\s+(?:[\w'’-]+\s+){{0,3}}?(?:{items})s?"
        r"(?:\s+as\s+amended|\s+itself)?[\s,]*(?:by\s+)?",
        _FLAGS,
    )


@cache
def _ordinal_item() -> re.Pattern[str]:
    ordinals = either(tuple(decisions_vocabulary().motions.ordinals))
    return re.compile(rf"\s*(?:and\s+)?(?:the\s+)?(?:{ordinals})\b", _FLAGS)


@cache
def _joined() -> re.Pattern[str]:
    return re.compile(rf"[\s,;]*(?:(?:{either(decisions_vocabulary().tallies.pair_joiners)})\s+)*(?:by\s+)?")


def _enough_labels(text: str, tally: Tally) -> bool:
    """A count "for" alone is a tally only when it says votes ("16 votes for"): "thanked 12 members for
    their work" is not one."""
    if tally.against is not None or tally.abstentions is not None:
        return True
    words = text[tally.start : tally.end]
    said = patterns().stance.match(words) or patterns().supported_by.match(words)
    return tally.for_ is not None and ("vot" in words.lower() or bool(said))


def is_recorded_line(text: str) -> bool:
    return bool(patterns().recorded.match(text))


def _word_tallies(text: str, numeric: list[Tally]) -> list[Tally]:
    """Unanimity ("agreed unanimously", "nem con") and "no votes against", where no count says more. A unanimity
    word counts also beside a decision told as a noun ("The decision to strike was taken without dissent")."""
    p = patterns()
    found: list[Tally] = []
    if not (
        p.context.search(text) or outcome_matches(text) or _only_unanimity(text) or p.unanimity_context.search(text)
    ):
        return found
    for match in p.unanimous.finditer(text):
        if p.not_unanimous.search(text, 0, match.start()) or _overlapsclause(text, match, numeric + found):
            continue
        found.append(Tally(match.start(), match.end(), unanimous=True))
    for match in p.none_against.finditer(text):
        if _overlapsclause(text, match, numeric + found):
            continue
        found.append(Tally(match.start(), match.end(), against=0))
    return found


def _only_unanimity(text: str) -> bool:
    """ "Unanimous.", "Nem con.": a line of minutes that is the result alone, of the resolution above it."""
    match = patterns().unanimous.search(text)
    return match is not None and not text[: match.start()].strip(" \t\n(") and not text[match.end() :].strip(" .)")


def _overlapsclause(text: str, match: re.Match[str], tallies: list[Tally]) -> bool:
    lo, hi = clause(text, match.start(), match.end())
    return any(lo <= t.start < hi or lo < t.end <= hi for t in tallies)


def opening_count(text: str) -> tuple[str, int] | None:
    """ "Three of us abstained", "Two members voted against": the count of one side that opens a sentence giving
    no tally of its own, as (label, count)."""
    match = patterns().labelled_after.match(text.lstrip())
    if match is None or _pairs(text):
        return None
    n = count_value(match["n"])
    return (label_of(match["label"]), n) if n is not None else None


def elliptical_pair(text: str) -> Tally | None:
    """ "26 to 5.", "(11 to 15)", "Same outcome, 18-31.", "11 to 15, which is closer than last time.": a sentence that
    is a pair alone, its verb and item left to the sentence before; the pair in its written order, its outcome unread
    (``said`` is whether a same-result opener points back to a result told before)."""
    match = _elliptical_pair().fullmatch(text.rstrip())
    if match is None:
        return None
    a, b = count_value(match["a"]), count_value(match["b"])
    if a is None or b is None:
        return None
    return Tally(match.start("a"), match.end("b"), first=a, second=b, said=match["opener"] is not None)


@cache
def _elliptical_pair() -> re.Pattern[str]:
    v = decisions_vocabulary()
    opener = rf"(?:the\s+)?(?:{either(v.motions.same_result_openers)})(?:\s+again)?"
    asides = rf"(?:\s*[,:–—-]?\s*(?:{either(v.tallies.elliptical_pair_asides)}))*"
    pair = r"(?P<a>\d{1,3})\s*(?:[-–—]|\bto\b|\bvotes?\s+to\b)\s*(?P<b>\d{1,3})\b(?:\s+votes?\b)?"
    return re.compile(
        rf"\(?\s*(?:(?P<opener>{opener}){asides}\s*[,:–—-]?\s*)?{pair}\s*\)?(?:[.!]|\s*,\s*(?!\d)[^\d]*)?",
        _FLAGS,
    )


def count_fragments(text: str) -> list[tuple[str, int]] | None:
    """ "18 for.", "2 against. 1 abs.", "For 9.": a sentence that is nothing but labelled counts, as (field, count)
    pairs; None for any other sentence."""
    if _count_fragments().fullmatch(text.strip()) is None:
        return None
    found = []
    for match in _count_fragment().finditer(text):
        number, label = (match["n"], match["label"]) if match["n"] else (match["n2"], match["label2"])
        found.append((field_of(label_of(label)), int(number)))
    return found


@cache
def _count_fragment() -> re.Pattern[str]:
    labels = decisions_vocabulary().tallies.labels
    words = either(labels.for_, labels.against, labels.abstentions)
    return re.compile(
        rf"(?:(?P<n>\d{{1,3}})\s+(?P<label>{words})|(?P<label2>{words})\s*:?\s*(?P<n2>\d{{1,3}}))(?![\w-])\.?", _FLAGS
    )


@cache
def _count_fragments() -> re.Pattern[str]:
    return re.compile(rf"(?:{_count_fragment().pattern}\s*[,;]?\s*)+", _FLAGS)
