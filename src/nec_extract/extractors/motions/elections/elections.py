"""Elections and appointments by the meeting: one motion per person chosen ("X was elected Chair, Y
Vice-Chair and Z as Treasurer", "X, our delegate, was appointed", "The following were co-opted: X, Y")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from nec_extract.extractors.another_time import told_of_another_time
from nec_extract.extractors.motions.records.draft import Draft
from nec_extract.extractors.motions.sentence.patterns import patterns
from nec_extract.extractors.motions.sentence.reading import Reading
from nec_extract.extractors.motions.this_meeting.bodies import passive_agent
from nec_extract.extractors.votes.patterns import patterns as tally_patterns
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.decisions import decisions_vocabulary, either
from nec_extract.language.lexicon.first_letters import first_letters_ahead
from nec_extract.language.lexicon.grammar import grammar_vocabulary
from nec_extract.language.lexicon.trie import trie_alternation
from nec_extract.language.people import clean_name, minuted_name_re
from nec_extract.language.spaces import ONE_OR_TWO_SPACES
from nec_extract.models import MotionKind, Outcome


@dataclass(frozen=True)
class _Chosen:
    who: str  # as written, "I" for the author
    role: str  # "" when the words name none
    start: int  # the clause within the sentence
    end: int


def election_drafts(index: int, reading: Reading) -> list[Draft]:
    """One motion per person the sentence says the meeting elected or appointed."""
    text = reading.sentence.text
    chosen = [person for person in _chosen(text, reading.body.is_ours) if not _chosen_at_another_time(reading, person)]
    drafts = []
    for person in chosen:
        name = "the author" if person.who == "I" else (clean_name(person.who) or person.who)
        summary = f"election of {name}" + (f" as {person.role}" if person.role else "")
        draft = Draft(index, index, MotionKind.OTHER, summary, reading.people, Outcome.CARRIED)
        draft.vote = reading.votes[-1] if reading.votes and len(chosen) == 1 else None
        draft.start = reading.sentence.start + (0 if person is chosen[0] else person.start)
        draft.end = reading.sentence.start + person.end
        drafts.append(draft)
    return drafts


def elects_someone(reading: Reading) -> bool:
    """Whether the sentence tells the meeting choosing a person: a decision of its own, never a further result of the
    item before ("The budget was endorsed. / Elected to the panel: Ann Lee and Raj Dev.")."""
    return bool(_chosen(reading.sentence.text, reading.body.is_ours))


def _chosen_at_another_time(reading: Reading, person: _Chosen) -> bool:
    """ "our candidate, Jo Reid, who was selected in February", "Sam, elected chair last year, ...": the choice is
    dated by its own clause to before the meeting."""
    verb = _CHOOSING_VERB.search(reading.sentence.text, person.start, person.end)
    return verb is not None and told_of_another_time(reading.report, reading.sentence, verb.start(), verb.end())


_CHOOSING_VERB = re.compile(
    r"\b(?:re-?)?(?:elected|selected|appointed|chosen|co-?opted|named|made|installed|became|becomes|took|takes|won)\b"
)


def _chosen(text: str, ours: Callable[[str], bool]) -> list[_Chosen]:
    if not _choosing().search(text):
        return []
    found = [*_elected(text), *_appointed(text), *_listed(text), *_role_first(text), *_posts_listed(text)]
    found += _elected_in_passing(text) + _posts_paired(text) + _minuted_elected(text)
    found += _also_elected_to(text, found)
    found = [person for person in found if not _chosen_by_another_body(text, person, ours)]
    found += _made_by_us(text)
    found += _contest_won(text) + _became_ours(text) + _took_the_post(text)
    found.sort(key=lambda person: person.start)
    kept: list[_Chosen] = []
    for person in found:
        if not any(k.start <= person.start < k.end for k in kept):
            kept.append(person)
    # each clause runs to the next one
    return [
        _Chosen(p.who, p.role, p.start, _clause_end(text, p, kept[i + 1].start if i + 1 < len(kept) else len(text)))
        for i, p in enumerate(kept)
    ]


def _chosen_by_another_body(text: str, person: _Chosen, ours: Callable[[str], bool]) -> bool:
    """ "We welcomed Preet Gill, who was elected as Vice-Chair of the Parliamentary Group": a post of another body,
    told of a person the sentence is about, was filled there, not by the meeting ("Congratulations to Jo Reid, who
    was elected chair of the NEC" in the NEC's report is the meeting's own post)."""
    relative = re.match(r"[^,]*,\s*who\b", text[person.start : person.end])
    where = re.match(_FROM_WHERE, text[person.end :]) if relative is not None else None
    if where is not None and not ours(re.sub(r"^\s*(?:of|from)\s+", "", where.group())):
        return True
    stop = _CLAUSE_STOP.search(text, person.end)
    clause_end = stop.start() if stop is not None else len(text)
    # "appointed by the union as its delegate": who chose, told before the post; else after it, "X has been
    # appointed regional director by the general secretary": chosen by someone else
    inside = _AGENT_INSIDE.search(text, person.start, clause_end)
    agent = inside["agent"] if inside is not None else passive_agent(text[person.end : clause_end])
    return agent is not None and not _A_COUNT.search(agent) and not ours(agent)


_A_COUNT = re.compile(r"\b(?:votes?|ballots?|majority|show|acclamation|margins?|hands)\b", re.IGNORECASE)


def _clause_end(text: str, person: _Chosen, limit: int) -> int:
    clause = text[person.start : limit]
    clause = re.sub(r"(?:[\s,;]+(?:and|with))?[\s,;]*$", "", clause)
    return person.start + len(clause.rstrip())


@cache
def _qualifier() -> re.Pattern[str]:
    return re.compile(rf"(?:{either(decisions_vocabulary().motions.election_qualifier_openers)})\b")


@cache
def _qualifier_after() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{decisions_vocabulary().motions.election_qualifiers.regex()})$")


def _elected(text: str) -> list[_Chosen]:
    """ "X was elected Chair, Y Vice-Chair and Z as Treasurer": the first clause and those it gaps."""
    found = []
    for match in patterns().election.finditer(text):
        told = text[match.end("who") : match.end()].split("elected", 1)[-1].strip()
        role = re.sub(r"^(?:as\s+|to\s+)?(?:the\s+|its\s+|their\s+)?", "", told)
        role = "" if _qualifier().match(role) else _qualifier_after().sub("", role)  # "Speaker unopposed"
        found.append(_Chosen(match["who"], role, match.start("who"), match.end()))
        found.extend(_gapped(text, match.end()))
    return found


def _gapped(text: str, start: int) -> list[_Chosen]:
    """ ", Y Vice-Chair and Z as Treasurer" after a first election: the verb is left out."""
    found = []
    position = start
    while match := _gap().match(text, position):
        found.append(_Chosen(match["who"], match["role"], match.start("who"), match.end()))
        position = match.end()
    return found


def _appointed(text: str) -> list[_Chosen]:
    """ "X, the current secretary of the union, was appointed (as Y)"."""
    return [
        _Chosen(m["who"], (m["role"] or m["post"] or "").strip(), m.start("who"), m.end())
        for m in _appointment().finditer(text)
    ]


def _listed(text: str) -> list[_Chosen]:
    """ "The following were co-opted to the committee: A, B and C": one election per name."""
    match = _following().search(text)
    if match is None:
        return []
    role = (match["role"] or match["active_role"] or match["lead_role"] or "").strip()
    rest = text[match.end() :]
    if match["lead_role"] and _one_of_ours().search(role):
        # "Elected to the appeals panel: A, B and C": the panel was chosen, one decision (the gold's reading)
        return [_Chosen(rest.strip().rstrip("."), role, match.start(), len(text.rstrip()))]
    pairs = list(_post_and_person().finditer(rest))
    if pairs:  # "Chair – Ann Lee; Treasurer – Bob Hill": each person with the post beside them
        return [_Chosen(p["who"], p["post"], match.end() + p.start(), match.end() + p.end()) for p in pairs]
    names = re.finditer(rf"(?P<who>{minuted_name_re()})", rest)
    roles = decisions_vocabulary().motions.election_roles
    return [
        _Chosen(n["who"], role, match.end() + n.start(), match.end() + n.end())
        for n in names
        if n["who"].lower() not in roles  # "Chair – Ann Lee; Secretary – Bob Hill": the posts are no people
        and not _bracketed(rest, n.start())  # "Ann Lee (North)": where she serves, no second person
    ]


@cache
def _post_and_person() -> re.Pattern[str]:
    return re.compile(rf"(?P<post>[A-Z][^;,:–—()]{{1,40}}?)\s+[–—-]\s+(?P<who>{minuted_name_re()})")


def _bracketed(text: str, at: int) -> bool:
    return text.count("(", 0, at) > text.count(")", 0, at)


def _posts_listed(text: str) -> list[_Chosen]:
    """ "We then elected our officers: A as Chair, B as Secretary and C as Treasurer": each person with a post."""
    colon = _election_colon().search(text)
    if colon is None:
        return []
    pairs = list(_person_as_post().finditer(text, colon.end())) or list(_person_post_bracketed().finditer(text))
    # "Officers elected: Chair, Ann Lee; Secretary, Bob Hill": each post before its person, set off by a comma
    pairs = pairs or list(_post_comma_person().finditer(text, colon.end()))
    return [_Chosen(p["who"], p["role"], p.start(), p.end()) for p in pairs] if len(pairs) > 1 else []


@cache
def _post_comma_person() -> re.Pattern[str]:
    roles = either(decisions_vocabulary().motions.election_roles)
    return re.compile(rf"(?<![\w'’-])(?P<role>(?i:{roles}))\s*,\s*(?P<who>{minuted_name_re()})(?=\s*(?:[;.(]|and\b|$))")


@cache
def _person_post_bracketed() -> re.Pattern[str]:
    """ "Jo Reid (chair), Sam Patel (vice-chair)": each person with their post in brackets after the name."""
    return re.compile(rf"(?P<who>{minuted_name_re()})\s*\((?P<role>{post_fragment()})\)")


def _elected_in_passing(text: str) -> list[_Chosen]:
    """ "Congratulations to Sam Patel, our new chair, elected unopposed", "Sam takes over as treasurer, having been
    elected unopposed": a participle after the person's clause tells the election, with the manner of this meeting's
    choosing ("unopposed", "by 9 votes to 4"); the post is the one named between ("our new chair", "as treasurer")."""
    found = []
    for m in _in_passing().finditer(text):
        clause_start = max(text.rfind(mark, 0, m.start()) for mark in ".;(:") + 1
        clause = text[clause_start : m.start()]
        # the person is the last name before the clause's first comma: "Well done to Rhys Ede, our new secretary"
        head = clause.split(",", 1)[0]
        names = [n for n in re.finditer(minuted_name_re(), head) if n.group().lower() not in _roles()]
        if not names:
            continue
        who = names[-1]
        post = _post_named().search(clause, who.end())
        start = clause_start + who.start()
        found.append(_Chosen(who.group(), post["role"] if post else "", start, m.end()))
    return found


def _also_elected_to(text: str, found: list[_Chosen]) -> list[_Chosen]:
    """ "Sian Bevan was elected vice-chair, and I was elected to the Procedures Committee": a seat on a committee
    named after an election the meeting made in the same sentence is its choice too (alone, "elected to the
    committee" may be a ballot elsewhere)."""
    if not found:
        return []
    return [
        _Chosen(m["who"], m["role"], m.start("who"), m.end())
        for m in _elected_to_a_committee().finditer(text, min(p.end for p in found))
    ]


@cache
def _elected_to_a_committee() -> re.Pattern[str]:
    nouns = either(decisions_vocabulary().motions.committee_nouns)
    past_be = either(grammar_vocabulary().past_be_forms)
    return re.compile(
        rf",?\s+and\s+(?P<who>\bI\b|{minuted_name_re()})\s+(?:{past_be})\s+(?:re-?)?elected\s+to\s+(?:the\s+|its\s+)?"
        rf"(?P<role>(?:[A-Z][\w'’&-]*\s+){{0,4}}(?i:{nouns}))\b"
    )


def _minuted_elected(text: str) -> list[_Chosen]:
    """ "Elections: Amira Said elected as youth rep to the National Policy Forum (unopposed).", "Amira Said elected
    treasurer.": minutes' shorthand, the verb "be" left out, a name opening the line (or its label) and the post; or
    the name and the verb alone closing the sentence ("Sarah Kim endorsed.", after the vote on her), with an aside in
    brackets ("Tom Pike elected (14 votes to 9 for Ann Bell).")."""
    match = _minuted_election().match(text) or _minuted_chosen_alone().fullmatch(text)
    if match is None:
        return []
    return [_Chosen(match["who"], match.groupdict().get("role") or "", match.start("who"), match.end())]


@cache
def _minuted_chosen_alone() -> re.Pattern[str]:
    verbs = either(decisions_vocabulary().motions.chosen_alone_verbs)
    return re.compile(
        rf"\W*(?:[^:.;]{{1,40}}:\s*)?(?P<who>{minuted_name_re()})\s+(?:re-?)?(?i:{verbs})"
        r"(?:\s+(?:unopposed|unanimously|nem\.?\s*con\.?))?(?:\s*\([^()]{1,80}\))?\W*"
    )


@cache
def _minuted_election() -> re.Pattern[str]:
    # the post after "as"/"to": its head is a role ("youth rep"), its words after it ("to the National Policy Forum")
    return re.compile(
        rf"\W*(?:[^:.;]{{1,40}}:\s*)?(?!(?i:{either(grammar_vocabulary().decisions.own_item_determiners)})\s)"
        rf"(?P<who>{minuted_name_re()})\s+(?:re-?)?elected\s+(?:as\s+|to\s+)?"
        rf"(?:the\s+)?(?P<role>{post_fragment()}{_POST_TAIL})"
    )


@cache
def _roles() -> frozenset[str]:
    return frozenset(decisions_vocabulary().motions.election_roles)


@cache
def _in_passing() -> re.Pattern[str]:
    qualifiers = decisions_vocabulary().motions.election_qualifiers.regex()
    return re.compile(rf",\s*(?:having\s+been\s+|after\s+being\s+)?(?:re-?)?elected\s+(?:{qualifiers})")


@cache
def _post_named() -> re.Pattern[str]:
    roles = either(decisions_vocabulary().motions.election_roles)
    return re.compile(rf"\b(?:as|our|the|its|their)\s+(?:new\s+)?(?P<role>(?i:(?:[\w'’-]+\s+)?(?:{roles})))\b")


def _posts_paired(text: str) -> list[_Chosen]:
    """ "Officers: Chair – Ann Lee; Secretary – Bob Hill (both elected unopposed)", "The new officers are Ann Lee
    (chair) and Bob Hill (secretary), elected unopposed": posts each beside a person, two or more, in a sentence that
    says they were elected."""
    if not _ELECTED_WORD.search(text):
        return []
    pairs = [_Chosen(p["who"], p["post"], p.start(), p.end()) for p in _post_and_person().finditer(text)]
    pairs = [p for p in pairs if role_head(p.role) in _roles()]
    pairs = pairs or [_Chosen(p["who"], p["role"], p.start(), p.end()) for p in _person_post_bracketed().finditer(text)]
    return pairs if len(pairs) > 1 else []


_ELECTED_WORD = re.compile(r"\b(?:re-?)?elected\b|\bunopposed\b", re.IGNORECASE)


def role_head(post: str) -> str:
    """ "Chair", "Vice-Chair", "Youth Officer" -> the post's last word, lower case, as the roles list it."""
    return post.split()[-1].lower() if post.split() else ""


def _contest_won(text: str) -> list[_Chosen]:
    """ "Ann Lee beat Tom Hart for the chair by 18 votes to 13", "The election for vice-chair was won by Raj
    Patel": a contest the meeting decided, told by its winner."""
    if tally_patterns().not_tally.search(text):
        return []  # "Our five-a-side team beat their rival, Castle Rovers, 3-1": a score, no contest of the meeting
    found = []
    for m in _winner_of_contest().finditer(text):
        if any(int(n.replace(",", "")) >= _MEETING_SIZE for n in re.findall(r"\d[\d,]*", m.group())):
            continue  # "beat Owen Smith by 313,209 votes to 193,229": a ballot of the members, not the meeting
        # the winner's name ends where the verb starts (names are matched possessively, so not before the verb)
        before = None if m["winner"] or m["winner4"] else _winner_told_before(text[: m.start()])
        who = m["winner"] or m["winner4"] or (before["who"] if before else None)
        if who is not None:
            start = m.start() if before is None else before.start("who")
            post = m["role"] or m["role3"] or m["post"] or m["post2"] or ""
            found.append(_Chosen(who, post.strip(), start, m.end()))
    return found


# a candidate's total in brackets after the name: "Jo Reid (14) beat Sam Lee (9 votes)"
_BRACKETED_TOTAL = r"\s*\(\d{1,3}(?:\s+votes?)?\)"


def _winner_told_before(words: str) -> re.Match[str] | None:
    """The winner, told before the winning verb: the subject of an election it follows ("Ann Lee was elected to the
    panel, defeating"), the name right before it ("Jo Reid (14) beat"), or a name in apposition ("The officers'
    choice, Nell Kerr, beat")."""
    return _elected_then_winning().search(words) or _winner_before().search(words) or _winner_apposed().search(words)


@cache
def _winner_before() -> re.Pattern[str]:
    """The winner's name right before the winning verb, maybe with their total in brackets ("Jo Reid (14) beat"), or
    with a relative clause about them between ("Jo Reid, who joined last year, beat")."""
    aside = r",\s+(?:who|whose)\b[^,;.()]{1,80},"
    return re.compile(rf"(?P<who>{minuted_name_re()})(?:{_BRACKETED_TOTAL}|{aside})?\s+$")


@cache
def _winner_apposed() -> re.Pattern[str]:
    return re.compile(rf",\s*(?P<who>{minuted_name_re()}),\s+$")


@cache
def _elected_then_winning() -> re.Pattern[str]:
    """The winner elected in the main clause, the winning verb a participle after it: "Ann Lee was elected to the
    Disputes Panel, defeating"."""
    past_be = either(grammar_vocabulary().past_be_forms)
    return re.compile(rf"(?P<who>{minuted_name_re()})\s+(?:{past_be})\s+(?:re-?)?elected\b[^.;:]{{0,80}}?,\s*$")


def _became_ours(text: str) -> list[_Chosen]:
    """ "After a contested election, Ann Cole became our new secretary", "Sam Patel is our new chair": a person
    taking the body's own post, new, told as what they became."""
    return [_Chosen(m["who"], m["role"], m.start(), m.end()) for m in _became_our_new().finditer(text)]


@cache
def _became_our_new() -> re.Pattern[str]:
    return re.compile(
        rf"(?P<who>{minuted_name_re()})\s+(?:became|becomes|is)\s+(?:our|its|their)\s+new\s+"
        rf"(?P<role>{post_fragment()})\b"
    )


def _took_the_post(text: str) -> list[_Chosen]:
    """ "Cathy Ross became Chair, with Ali Khan as Vice-Chair", "Raj Dev takes over as treasurer", "Bea Klein takes the
    vice-chair", "Sam Ortiz will chair the finance committee", "Jo Pike won the election to chair the executive", "Nina
    Rao was the committee's choice as general secretary": a person taking a post, told by what they became, took or
    won, and those named with them. Not "since Jo became chair" (a clause of time), nor "took the chair" (of the
    meeting)."""
    found = []
    for m in _post_taken().finditer(text):
        # the words before the person, and the first of the name itself ("Since Jo Bell became chair")
        before = text[: m.start()]
        if _not_taken_here().search(before) or _not_taken_here().search(f"{before}{m['who'].split()[0]} "):
            continue
        if m["role"] and _another_bodys_post(re.split(r"[.,;:(]", text[m.start("role") :], maxsplit=1)[0]):
            continue  # "became the new chair of the county association": a post elsewhere
        role = " ".join((m["role"] or m["seat"] or m["choice_role"] or m["won_role"] or "").split())
        if chaired := m["chaired"] or m["won_chaired"]:  # "will chair the finance committee": its chair
            role = re.sub(r"^(\S+)\s+(?=the\b)", r"\1 of ", " ".join(chaired.split()))
        found.append(_Chosen(m["who"], role, m.start(), m.end()))
        found.extend(_gapped(text, m.end()))
    return found


def _another_bodys_post(post: str) -> bool:
    """A post "of" a body that is not one of the meeting's committees or units ("chair of the county association",
    "leader of the council"), against "chair of the disputes panel", "vice-chair of the NEC"."""
    of = re.search(r"\bof\s+(?:the\s+|its\s+|our\s+)?(?P<body>.+)$", post, re.DOTALL)
    return of is not None and _one_of_ours().search(of["body"]) is None


@cache
def _one_of_ours() -> re.Pattern[str]:
    """The meeting's committees and units: a post of one of them is the meeting's to fill."""
    return re.compile(rf"\b(?i:{either(decisions_vocabulary().motions.meeting_units)})s?\b")


@cache
def _not_taken_here() -> re.Pattern[str]:
    """ "since Jo became chair", "until Raj took over as treasurer" (another time's choice, told as a clause of time),
    "we hope Raj becomes treasurer" (a wish): the words right before the person."""
    return re.compile(rf"\b(?i:{either(decisions_vocabulary().motions.post_not_taken_openers)})\s+$")


# the verbs of leading a body a person is chosen to ("will chair the finance committee", "to convene the group")
_CHAIRING = r"(?:chair|co-chair|convene|lead)"


@cache
def _post_taken() -> re.Pattern[str]:
    v = decisions_vocabulary()
    m = v.motions
    post = rf"(?:the\s+|its\s+|their\s+|our\s+)?{post_fragment(new=True)}\b{_POST_TAIL}"
    body = rf"the\s+(?:[\w'’&-]+\s+){{0,3}}?(?i:{either(m.committee_nouns, m.own_units)}|executive)\b"
    chairing = _CHAIRING
    owner = r"(?:the\s+(?:[\w'’&-]+\s+){0,3}?[\w&-]+['’]s|our|its|their|the)"
    return re.compile(
        rf"(?P<who>\bI\b|{minuted_name_re()})(?:\s*,[^,]{{1,100}},)?\s+(?:\w+ly\s+|then\s+|now\s+)?(?:"
        rf"(?:{either(m.post_taken_verbs)})\s+(?P<role>{post})"
        # "takes the vice-chair", not "took the chair" of a meeting
        rf"|(?:{either(m.post_seat_verbs)})\s+(?!chair\b)(?P<seat>{post_fragment()})\b"
        rf"|(?:{either(m.post_held_modals)})\s+(?P<chaired>{chairing}\s+{body})"
        rf"|(?:won|wins|has\s+won)\s+the\s+(?i:{either(v.tallies.contest_nouns)}|vote|contest)\s+"
        rf"(?:(?:for|as)\s+(?P<won_role>{post})|to\s+(?P<won_chaired>{chairing}\s+{body}))"
        rf"|(?:was|is)\s+{owner}\s+(?i:{either(m.choice_nouns)})\s+(?:as|for)\s+(?P<choice_role>{post}))"
    )


# a contest counted in thousands was a ballot of the members, not a vote of the meeting
_MEETING_SIZE = 1000


def election_intro(text: str) -> bool:
    """ "The following were elected unopposed:", "Officers elected for the year:": words that open a list of the
    people the meeting chose."""
    return _following().search(text) is not None or _election_colon().search(text) is not None


@cache
def _election_colon() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    verbs = alternation([*v.appointed_words, "elected"])
    # "the following appointments were made for the year:": the noun of the act opens the list as its verb does
    return re.compile(rf"\b(?:(?:re-?)?(?:{verbs})|{either(v.appointment_nouns)})\b[^:;.]{{0,60}}:\s*", re.IGNORECASE)


@cache
def _person_as_post() -> re.Pattern[str]:
    return re.compile(rf"(?P<who>{minuted_name_re()})\s+as\s+(?:the\s+)?(?P<role>{post_fragment()})\b")


@cache
def _winner_of_contest() -> re.Pattern[str]:
    v = decisions_vocabulary()
    winners = either(v.tallies.winner_verbs)
    of_what = r"(?:\s+of\s+(?:the\s+)?[\w'’ -]{1,40}?)?"  # "the chair of the disputes panel"
    post = rf"(?:the\s+)?(?:post\s+of\s+)?{post_fragment()}\b{of_what}"
    tally = r"(?:\s+(?:by\s+)?\d+(?:\s+votes?)?(?:\s+to\s+|\s*[-–—]\s*)\d+(?:\s+votes?)?)"
    # "beat the other candidate, Tom Hart, by 21 votes to 14": the rival named in apposition; "beat the sitting
    # holder, Tom Hart, ...", "beat long-serving chair Tom Hart ...": the rival described by the post they held
    rivals = either(v.motions.rival_nouns)
    described = rf"(?:[a-z][\w'’-]*\s+){{0,2}}?(?:{rivals}|{post_fragment()})"
    rival = (
        rf"(?:(?:the|her|his|their)\s+(?:other\s+|only\s+)?(?:{rivals})\s*,\s*"
        rf"|(?:the\s+)?{described}(?:\s*,\s*|\s+(?=[A-Z])))?"
    )
    # "a vote between Ann Lee and Tom Hart; Ann won by 21 votes to 12": the rivals named first, then the winner
    between = rf"\b(?i:between)\s+{minuted_name_re()}\s+(?i:and)\s+{minuted_name_re()}\s*[;:,]\s*"
    return re.compile(
        rf"\b(?:{winners})\s+{rival}{minuted_name_re()},?"
        rf"(?:(?:\s+(?:for|as)\s+(?P<role>{post}))?{tally}|{_BRACKETED_TOTAL}(?:\s+(?:for|as)\s+(?P<role3>{post}))?)"
        rf"(?:\s+to\s+become\s+(?P<post>{post}))?"
        rf"|\b(?i:election|contest|ballot|vote)\s+for\s+(?P<post2>{post})\s+was\s+won\s+by\s+(?P<winner>{minuted_name_re()})"
        rf"|{between}(?:(?i:and|then)\s+)?(?P<winner4>{minuted_name_re()})\s+won(?:\s+\w+ly)?{tally}"
    )


def _role_first(text: str) -> list[_Chosen]:
    """ "Chair: Ann Lee (elected unopposed)": a post, the person, and the word that they were chosen."""
    match = _post_then_person().match(text) or _post_then_totals().match(text)
    return [_Chosen(match["who"], match["role"], match.start(), match.end())] if match else []


@cache
def _choosing() -> re.Pattern[str]:
    """Every election or appointment form holds one of these words: a cheap test before the patterns run. Only
    whether it finds one is asked, so the words are one prefix tree (tried by their first letters once, not word by
    word at every place of every sentence), behind a look-ahead for the letters any of its forms can start with."""
    v = decisions_vocabulary()
    words = [
        *("elected", "unopposed", "nominated"),
        *(*v.motions.post_taken_verbs, *v.motions.post_seat_verbs, *v.motions.choice_nouns),
        *(*v.motions.appointed_words, *v.motions.appointed_to_role_words, *v.motions.made_to_role_verbs),
        *(*v.tallies.winner_verbs, *v.motions.appointment_nouns, *v.motions.chosen_alone_verbs),
    ]
    forms = (
        rf"{trie_alternation(words)}|won by|won \d|(?:became|becomes|is)\s+(?:our|its|their)\s+new\b"
        rf"|\b(?:{either(v.motions.post_held_modals)})\s+{_CHAIRING}\b|\bwon\s+the\b"
        rf"|\b(?:{either(_before_as(v.motions.appointed_words))})\s+by\s"  # "confirmed by the NEC as ..."
    )
    return re.compile(rf"{first_letters_ahead(forms, re.IGNORECASE)}(?:{forms})", re.IGNORECASE)


# "elected chair of the NEC, and Raj Singh vice-chair", "as mayor for the year, and appointed ...": the first post's
# own words before the next person's clause
_POST_TAIL = r"(?:\s+(?:of|for|on)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"


@cache
def _gap() -> re.Pattern[str]:
    roles = either(decisions_vocabulary().motions.election_roles)
    # a name that stops before the role: "Cara Hilton Vice-Chair"
    word = rf"(?!(?i:{roles})\b)[A-Z][A-Za-z'’-]+"
    # "... and Omar Said was elected vice-chair": a clause with its own verb is no gap
    own_verb = rf"(?!(?:{either(grammar_vocabulary().past_be_forms)})\s)"
    return re.compile(
        # "..., with Ali Khan as vice-chair and Sue Grant taking secretary": the post taken, its verb a participle
        rf"{_POST_TAIL}\s*(?:,|;|\band\b|,\s*and\b|,?\s*with\b)\s*(?P<who>{word}(?:\s+{word}){{0,3}})"
        rf"(?:\s*\([^()]{{1,40}}\))?\s+{own_verb}(?:as\s+|taking\s+(?:the\s+)?)?"
        rf"(?:the\s+)?"
        rf"(?P<role>{post_fragment()})\b(?:\s*\([^()]*\))?"
    )


@cache
def _appointment() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    role = rf"{post_fragment(new=True)}\b"
    past_be = either(grammar_vocabulary().past_be_forms)
    owner = rf"(?:{_OWNER}\s+)?"  # "was made its vice-chair", "as the branch's new equality officer"
    return re.compile(
        # "Sam Patel, who was elected as youth officer": the relative "who" is the person named before it; "The
        # auditor, John Pike, was re-appointed": a name in apposition, closed by its comma before the verb
        rf"(?P<who>\bI\b|{minuted_name_re()})(?:\s*,[^,]{{1,100}},|{_FROM_WHERE}|\s*,\s*who\b"
        rf"|\s*,(?=\s+(?:{past_be})\s))?\s+(?:{past_be})\s+"
        rf"(?:\w+ly\s+|(?:{either(v.passive_adverbs)})\s+)?(?:(?:{either(v.glad_to_be)})\s+to\s+be\s+)?(?:re-?)?"
        # "appointed to the policy committee" is where one sits, not the meeting's choice; "co-opted to fill the
        # vacancy", "chosen to chair the panel" are the meeting's
        # "co-opted to the NC", "co-opted onto the committee": co-opting is the act of the body the person joins
        rf"(?:(?:(?i:co-?opted)\b(?:\s+(?:on)?to\s+(?:the\s+|its\s+|their\s+)?[\w'’ -]{{1,40}}?(?=\s*[.,;]|$))?"
        # "was confirmed by the NEC as campaign manager": the body choosing named before the post
        rf"|(?i:(?:{either(_before_as(v.appointed_words))}){_AGENT}\s+as|{either(v.appointed_words)})\b"
        rf"(?!\s+(?:on)?to\b(?!\s+(?:{either(v.role_verbs)})\b)))"
        rf"(?:{_AGENT}\s+(?:as\s+|to\s+)?{owner}(?P<role>(?!by\b){role}))?"
        # "was made vice-chair": these words choose someone only with the post named
        rf"|(?i:{either(v.appointed_to_role_words)})\s+(?:as\s+)?{owner}(?P<post>{role}))"
    )


def _before_as(words: tuple[str, ...]) -> tuple[str, ...]:
    """The participles of the words that choose with "as" ("confirmed as" gives "confirmed")."""
    return tuple(word[: -len(" as")] for word in words if word.endswith(" as"))


# who chose, told between the participle and the post: "appointed by the executive as", "confirmed by its
# board as"
_AGENT_WORDS = r"(?:the|its|their)\s+[\w'’&-]+(?:\s+[\w'’&-]+){0,3}?"
_AGENT = rf"(?:\s+by\s+{_AGENT_WORDS}(?=\s+as\b))?"
_CLAUSE_STOP = re.compile(r"[.;]")
_AGENT_INSIDE = re.compile(rf"\bby\s+(?P<agent>{_AGENT_WORDS})\s+as\b")


def _made_by_us(text: str) -> list[_Chosen]:
    """ "The executive made Dev Marsh its vice-chair", "We named Tina Wood as treasurer", "The board elected Ann Lee
    as chair and Raj Dev as secretary": the body (or "we") gives a person a post; these verbs choose only with the
    post named (a list of names after the verb is one decision, read elsewhere)."""
    found = []
    for m in _made_by_body().finditer(text):
        found.append(_Chosen(m["who"], m["role"].strip(), m.start("who"), m.end()))
        found.extend(_gapped(text, m.end()))  # "elected Ann Lee as chair and Raj Dev as secretary"
        # "re-elected Ann Lee as chair and elected Raj Dev as secretary": the verb again, its subject left out
        if more := _made_again().match(text, m.end()):
            found.append(_Chosen(more["who"], more["role"].strip(), more.start("verb"), more.end()))
    return found


@cache
def _made_by_body() -> re.Pattern[str]:
    bodies = either(decisions_vocabulary().clauses.bodies)
    body = rf"(?:\b[Ww]e|\b(?i:the\s+(?:[\w'’-]+\s+)?(?:{bodies})s?|(?:{bodies})s))"
    whose = r"(?:\s+(?:on|of|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"  # "the group on Bury Council"
    perfect = r"(?:(?:has|have)\s+)?"  # "has chosen"
    return re.compile(rf"{body}{whose}\s+(?:\w+ly\s+|then\s+|also\s+)?{perfect}{_made_to_role()}")


@cache
def _made_again() -> re.Pattern[str]:
    return re.compile(rf"{_POST_TAIL}\s*,?\s+and\s+(?:then\s+|also\s+)?{_made_to_role()}")


def _made_to_role() -> str:
    v = decisions_vocabulary().motions
    role = rf"{post_fragment(new=True)}\b"
    return (
        rf"(?P<verb>{either(v.made_to_role_verbs)})\s+"
        # "voted Jo Reid in as treasurer"
        rf"(?P<who>{minuted_name_re()})\s+(?:in\s+)?(?:as\s+)?(?:{_OWNER}\s+)?(?P<role>{role})"
    )


# whose post it is: "its", "our", "the branch's"
_OWNER = r"(?:the|its|their|our|his|her|the\s+[\w-]+['’]s)"


# "Priya Nandra of the PLP section", "Ann Lee from Unison": who she is, between the name and the verb
_FROM_WHERE = r"\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,2}?"


@cache
def _post_then_person() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    return re.compile(
        rf"\W*(?P<role>(?i:{either(v.election_roles)}))\s*[:–—-]\s*(?P<who>{minuted_name_re()})\s*"
        rf"(?:\(|,\s*)(?i:(?:re-?)?elected|(?:re-?)?appointed|unopposed)(?:[^()]*\)|[^;]*)"
    )


@cache
def _post_then_totals() -> re.Pattern[str]:
    """ "Secretary: Ann Lee 12 votes, Raj Dev 4 votes – Ann Lee elected": a post, the totals, then who was elected."""
    v = decisions_vocabulary().motions
    return re.compile(
        rf"\W*(?P<role>(?i:{either(v.election_roles)}))\s*:\s*[^.;:]{{3,120}}?\d[^.;:]{{0,40}}?[–—-]\s*"
        rf"(?P<who>{minuted_name_re()})\s+(?:was\s+)?(?i:(?:re-?)?elected)\b"
    )


@cache
def _following() -> re.Pattern[str]:
    v = decisions_vocabulary().motions
    verbs = alternation([*v.appointed_words, "elected", "nominated"])
    be_forms = either(grammar_vocabulary().decisions.list_be_forms)
    # "The following were elected unopposed:", "the executive appointed the following as delegates to X:"
    return re.compile(
        rf"\bthe{ONE_OR_TWO_SPACES}following(?:\s+[\w-]+){{0,2}}?\s+(?:{be_forms})\s+(?:\w+ly\s+)?(?:re-?)?"
        rf"(?:{verbs})(?:\s+(?:as|to)\s+(?P<role>[^:]{{1,80}}?)|\s+(?:{either(v.list_manner_words)}))?\s*:\s*"
        rf"|\b(?:re-?)?(?:{verbs})\s+the{ONE_OR_TWO_SPACES}following(?:\s+(?:as|to)\s+(?P<active_role>[^:]{{1,80}}?))?\s*:\s*"
        # "Elected to the standards panel: A, B and C", a line opening with the verb and the post
        rf"|^\W*(?:re-?)?(?:{verbs})\s+(?:to|onto|as)\s+(?P<lead_role>[^:.;]{{1,80}}?)\s*:\s*",
        re.IGNORECASE,
    )


@cache
def post_fragment(new: bool = False) -> str:
    """A regex fragment for a post: an election role after up to two words of its own ("Campaigns Coordinator",
    "female Principal Speaker"), perhaps "new" first."""
    new_first = r"(?:new\s+)?" if new else ""
    return rf"(?i:{new_first}(?:[\w'’-]+\s+){{0,2}}?(?:{either(decisions_vocabulary().motions.election_roles)}))"
