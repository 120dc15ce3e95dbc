"""When the page was published: a dateline above the first report or just below its heading."""

from __future__ import annotations

import bisect
import re
from datetime import date

from nec_extract.language.calendar import WEEKDAY_RE
from nec_extract.language.dates import (
    DATE_STAMP,
    WRITTEN_DAY_KINDS,
    candidates_in,
    iso_to_date,
    month_span,
    normalise,
    parse_parts,
)
from nec_extract.language.grammar import ORDINAL_SUFFIX_RE
from nec_extract.language.lexicon import alternation
from nec_extract.language.lexicon.pages import pages_vocabulary
from nec_extract.page.segment import ReportBlock, names_meeting
from nec_extract.page.segment.ends import ends_report, opens_what_follows_the_article
from nec_extract.page.segment.furniture import ends_in_a_linked_date
from nec_extract.page.segment.headings import names_a_body_word
from nec_extract.page.segment.lines import is_sentence, names_a_bodys_write_up
from nec_extract.reading.url_date import date_in_url

HEADER_CHARS = 600
# how far under a later post's heading its dateline is looked for
REPORT_HEADER_CHARS = 200
_WORDS = pages_vocabulary()
_VERBS = alternation(_WORDS.dateline_verbs)
# a date ending in a year: "Tuesday, 5 March 2019", "March 12th 2021", "12.03.19"
_DATE = r"[^\n|]{3,30}?\b(?:19|20)\d\d|\d{1,2}[./]\d{1,2}[./]\d\d\b"
_BYLINE_DATE = re.compile(
    rf"\|\s*(?P<date>{_DATE})\b"
    rf"|\b(?i:{alternation(_WORDS.byline_verbs)})\s+(?i:by)\s+[^\n]{{2,40}}?\s+(?i:on)\s+(?P<date2>{_DATE})\b"
)
# a labelled stamp anywhere in the header, also mid-line: "Published: 17th March 2020"
_LABELLED = re.compile(rf"\b(?:{_VERBS})(?:\s+on)?\s*:\s*(?P<date>[^\n|]{{3,30}}?\b(?:19|20)\d\d)\b", re.IGNORECASE)
# a time of day, also of a timestamp with its seconds and zone ("2010-07-22T09:41", "@ 09:41",
# "2023-06-08T09:14:00+01:00", "T09:14:00.000Z")
_TIME = re.compile(
    r"(?:\b(?:at\s+)?|@\s*|(?<=\d)T)(?<![\d./])\d{1,2}[:.]\d\d(?::\d\d(?:\.\d+)?)?(?![./]\d)"
    r"(?:Z|[+-]\d\d:?\d\d)?(?:\s*[ap]m)?\b",
    re.IGNORECASE,
)
_TAGS = re.compile(r"\([^()\n]*\)\s*$")
# a social post's header: "Jo Bloggs @jobloggs · 15 Mar 2022"
_HANDLE = re.compile(r"@\w+\s*[·•]?")
_STAMP_OPENING = re.compile(
    rf"^\s*(?:(?:{alternation(_WORDS.stamp_qualifiers)})\s+)?"
    rf"(?:{_VERBS}|{alternation(_WORDS.update_verbs)}|{alternation(_WORDS.stamp_line_verbs)})\b\s*(?:on\b)?\s*:?\s*",
    re.IGNORECASE,
)
# a sentence saying when the page was published, anywhere on it: "This entry was posted on Thursday, 14
# December 2019", "This article was first published on 14 December 2019."
_PUBLISHED_SENTENCE = re.compile(
    rf"\b(?:this|the)\s+(?:{alternation(_WORDS.published_things)})\s+was\s+(?:(?:first|originally)\s+)?"
    rf"(?:{_VERBS})\s+(?:on\s+)?(?P<date>[^\n|]{{3,30}}?\b(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# a line that opens with a posting word: "Posted 14 December 2019 in NEC reports", "First published on ..."
_STAMP_LINE = re.compile(
    rf"^[^\S\n]*(?:(?:{alternation(_WORDS.stamp_qualifiers)})\s+)?(?:{_VERBS})\b[^\n]{{0,120}}$",
    re.IGNORECASE | re.MULTILINE,
)
# a stamp as the last sentence of a line: "... agreed to support the ballot. Posted 11 October 2022."
_STAMP_SENTENCE = re.compile(
    rf"(?<=[.!?])[^\S\n]+(?:{_VERBS})\s+(?:on\s+)?(?P<date>[^\n|.]{{3,30}}?\b(?:19|20)\d\d)\.?[^\S\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
# the parts of a line a blog sets apart with separators: "Jo Bloggs · December 14, 2019 · 3 min read", "28th
# March 2023 / Ann Black / 3 comments"
_SEPARATOR = re.compile(r"\s[·•|—–/]\s")
# a stamp that names the post's category before its day: "Posted in NEC reports on 19 July 2023", "Filed under
# Executive news on 3 May 2021"
_CATEGORY_LEAD = re.compile(rf"^\s*(?:{_VERBS}|filed)\s+(?:in|under)\s+[^\n]{{1,40}}?\s+on\s+(?=\S)", re.IGNORECASE)
# a news agency's dateline opening the lede: "LONDON, 9 March 2023 – The union's executive ...", "CARDIFF (PA) -"
_NEWS_DATELINE = re.compile(
    r"^\s*(?-i:[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){0,2})(?:\s*\([^)\n]{1,20}\))?,\s+"
    rf"(?P<date>(?:{WEEKDAY_RE},?\s+)?[^\n–—]{{3,20}}?\b(?:19|20)\d\d)\s*[–—-]\s",
    re.IGNORECASE,
)
# a byline before the date: "By Jo Bloggs, 14 March 2018", "Written by Jo Bloggs on 3 May 2021", "Posted by Jo
# Bloggs (co-chair), 14.03.18" (an affiliation in brackets, whose hyphen is no separator)
_BYLINE_LEAD = re.compile(
    rf"^\s*(?:(?:{alternation(_WORDS.byline_verbs)})\s+)?by\s+[^\d,|(\n]{{2,40}}?(?:\s*\([^)\n]{{1,60}}\))?"
    rf"(?:\s+on\s+|\s*[,|—]\s*|\s+[–-]\s*)(?=\S)",
    re.IGNORECASE,
)
# what may follow a post's date: its author, its category, a separator ("by admin", "in NEC reports", "| News")
_TAIL = re.compile(
    rf"\s*(?:[|·•]|,?\s+(?:{alternation(_WORDS.post_metadata_after_date)})\s)",
    re.IGNORECASE,
)
# a capitalised word, also with a letter beyond ASCII ("Siân Lewis, 10th July 2024", "Zoë Hart")
_DATE_WORDS = re.compile(rf"\b{WEEKDAY_RE}\b|\b[A-ZÀ-ÖØ-Þ][^\W\d_]*\b|\d+(?i:{ORDINAL_SUFFIX_RE})?|\bof\b|[,.:\s/-]")
_MOST_WORDS = 6
# a dateline is a short line that writes a year (in full, or two digits after a day and month in figures)
_LONGEST_DATELINE = 200
_HAS_A_YEAR = re.compile(r"(?:19|20)\d\d|\d[./-]\d\d?[./-]\d\d")
# a writer's name and "on" before the day, as a blog theme writes its byline: "Jo Bloggs on 14 March 2019"
_NAME_ON = re.compile(r"^\s*(?-i:(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’.-]+\s+){1,3}[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)\s+on\s+(?=\S)")
# a quoted message's header, as a mailing list's archive gives it: "On 14 March 2019, Jo Bloggs wrote:"
_WROTE = re.compile(
    r"^\s*On\s+(?P<date>[^\n]{3,30}?\b(?:19|20)\d\d)(?:,?\s+at\s+\d{1,2}[:.]\d\d(?:\s*[ap]m)?)?\s*,?\s+"
    r"(?-i:(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)(?:\s+<[^>\n]+>)?\s+wrote:?\s*$",
    re.IGNORECASE,
)
# a signer's affiliation in brackets before the day ("Jo Bloggs (NEC member), 14/03/2019"): no heading's words
_SIGNER_AFFILIATION = re.compile(
    r"^(?P<name>\s*(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)\s*\([^)\n]{1,60}\)(?=\s*[,–—-])"
)


def find_published(page: str, first_report_start: int | None) -> date | None:
    """A publication date: a scraper's stamp, a byline's or a labelled date, or a dateline, above the first
    report or just below its heading."""
    limit = (first_report_start or 0) + HEADER_CHARS
    header = page[: _above_what_follows(page, first_report_start or 0, min(len(page), limit))]
    stamp = DATE_STAMP.search(header)
    if stamp:
        return _day(stamp.group("date"))
    listed = _in_lists_of_dated_links(header)
    line_starts = [0, *(index + 1 for index, char in enumerate(header) if char == "\n")]
    for pattern in (_BYLINE_DATE, _LABELLED):
        for match in pattern.finditer(header):
            if bisect.bisect_right(line_starts, match.start()) - 1 in listed:
                continue
            found = _day(match.group("date") or match.groupdict()["date2"])
            if found is not None:
                return found
    for index, line in enumerate(header.splitlines()):
        found = None if index in listed else _dateline_day(line) or _address_day(line) or _news_dateline_day(line)
        if found is not None:
            return found
    sentence = _PUBLISHED_SENTENCE.search(page)
    if sentence:
        return _day(sentence.group("date"))
    return _footer_stamp(page)


def _above_what_follows(page: str, start: int, end: int) -> int:
    """Where the header ends: at ``end``, or above the comments, the site's other posts or a footer under the
    post's prose when they begin before it (a short post's header would otherwise reach a comment's date or a
    listed article's)."""
    offset = start
    read_a_sentence = False
    for line in page[start:end].splitlines(keepends=True):
        text = line.strip()
        # a footer ("Posted in NEC reports | 2 comments") ends the article once its prose has begun
        if opens_what_follows_the_article(text) or (read_a_sentence and ends_report(text)):
            return offset
        read_a_sentence = read_a_sentence or (is_sentence(text) and not _dateline_text(text))
        offset += len(line)
    return end


def _in_lists_of_dated_links(header: str) -> set[int]:
    """The numbers of the header's lines that stand in a list of dated links, two lines or more in a row each
    ending in a date after a dash or a bar ("Pay ballot opens – 20 February 2024" / "AGM date set – 3 January
    2024"): other articles' dates, not the page's."""
    ends_dated = [ends_in_a_linked_date(line.strip()) for line in header.splitlines()]
    return {
        index
        for index, dated in enumerate(ends_dated)
        if dated and ((index and ends_dated[index - 1]) or (index + 1 < len(ends_dated) and ends_dated[index + 1]))
    }


def _footer_stamp(page: str) -> date | None:
    """A stamp at the foot of a post, further down than the header: "Posted 14 December 2019 in NEC reports", or
    the last sentence of a paragraph ("... to support the ballot. Posted 11 October 2022.")."""
    for stamp in _STAMP_LINE.finditer(page):
        found = _dateline_day(stamp.group())
        if found is not None:
            return found
    sentence = _STAMP_SENTENCE.search(page)
    return _day(sentence.group("date")) if sentence else _last_line_dateline(page)


def _last_line_dateline(page: str) -> date | None:
    """A dateline as the last line of the page's article, the writer's sign-off ("Jo Bloggs, 16 March 2023",
    "16th March 2023"); not below the comments, a footer or the site's other posts, nor a listed link's."""
    article = page[: _above_what_follows(page, 0, len(page))]
    lines = article.splitlines()
    listed = _in_lists_of_dated_links(article)
    last = max((index for index, line in enumerate(lines) if line.strip()), default=None)
    return _dateline_day(lines[last]) if last is not None and last not in listed else None


def reports_published(page: str, blocks: list[ReportBlock], published: date | None) -> list[date | None]:
    """The publication date of each report: the page's for the first; for a later post of an archive page its
    own dateline, else the page's."""
    days = []
    for index, block in enumerate(blocks):
        own = _report_published(page, blocks[index - 1].end, block.body_start, block.end) if index else None
        days.append(own or published)
    return days


def _report_published(page: str, above_start: int, body_start: int, end: int) -> date | None:
    """A dateline between the post above and this one's body, or in the first lines under its heading."""
    header = page[above_start : min(end, body_start + REPORT_HEADER_CHARS)]
    for pattern in (_BYLINE_DATE, _LABELLED):
        for match in pattern.finditer(header):
            found = _day(match.group("date") or match.groupdict()["date2"])
            if found is not None:
                return found
    return next((day for line in header.splitlines() if (day := _dateline_day(line)) is not None), None)


# the page's own address on a line of its own, as a saved page or a printout gives it
_ADDRESS = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$|^\s*[\w-]+(?:\.[\w-]+)+/\S*\s*$", re.IGNORECASE)


def _address_day(line: str) -> date | None:
    """The day the page's address names in its path ("https://example.org/2023/03/15/nec-update/")."""
    return date_in_url(line.strip()) if _ADDRESS.match(line) else None


def _news_dateline_day(line: str) -> date | None:
    """The day of a news agency's dateline opening a lede ("LONDON, 9 March 2023 – The executive ...")."""
    match = _NEWS_DATELINE.match(line)
    if match is None or names_meeting(match.group()):
        return None  # "NEC, 22 November 2009 – Southport": a heading
    return _day(match.group("date"))


def news_dateline_length(page: str, line_start: int) -> int:
    """How many characters a news agency's dateline takes at the start of the line at ``line_start`` ("LONDON, 9
    March 2023 – "), 0 when the line opens with none (nor with a heading's body and day: "NEC, 22 November 2009 –
    ")."""
    line_end = page.find("\n", line_start)
    line = page[line_start : len(page) if line_end < 0 else line_end]
    match = _NEWS_DATELINE.match(line)
    return match.end() if match is not None and not names_meeting(match.group()) else 0


def _day(expression: str) -> date | None:
    value = normalise(expression)
    return iso_to_date(value.start) if value.start is not None and len(value.start) == 10 else None


def _dateline_day(line: str) -> date | None:
    """The day of a dateline, or of the one part of a line with separators that is a dateline."""
    text = _dateline_text(line)
    # a line with the meeting's hours ("Saturday 16 February 11am – 1pm") is no dateline, in parts or whole
    hours = len(_TIME.findall(line)) > 1
    if text is None and not hours and not names_meeting(_without_time_and_tags(line)):
        parts = (_dateline_text(part) for part in _SEPARATOR.split(line))
        text = next((part for part in parts if part is not None), None)
    return _day(text) if text is not None else None


# a byline that dates the write-up to a month or a year, on a line of its own: "Report by Mick Doyle, December
# 2022", "by Jo Bloggs (youth rep) – March 2019", "By Gareth Lewis, constituency rep for North Wales, 2017",
# "— Jo Bloggs, branch secretary, May 2022", "Words: Jo Bloggs, May 2022", "Jo Bloggs | May 2022", "Report by Jo
# Bloggs, UCU NEC (Midlands), March 2023"
_CAPITALISED_NAME = r"(?-i:[A-ZÀ-ÖØ-Þ][^\s\d,|(]*(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][^\s\d,|(]*){1,3})"
_PERIOD_BYLINE = re.compile(
    rf"^[^\S\n]*(?P<name>(?:(?:{alternation(_WORDS.month_byline_leads)})\s+)?by\s+[^\d,|(\n]{{2,40}}?"
    rf"|(?:[—–-]+|(?:{alternation(_WORDS.byline_labels)})\s*:)[^\S\n]*{_CAPITALISED_NAME}"
    rf"|{_CAPITALISED_NAME}(?=[^|\n]{{0,60}}\|)"
    rf"|(?P<category>(?:{_VERBS}|filed)\s+(?:in|under)\s+[^\d,|(\n]{{1,40}}?))"
    r"(?:\s*\([^)\n]{1,60}\))?(?:\s*,\s*[^\d,|(\n]{2,60}?(?:\s*\([^)\n]{1,60}\))?)?\s*[,|—–-]\s*"
    r"(?P<date>(?:[A-Za-z]{3,9}\.?\s+)?(?:19|20)\d\d)[^\S\n]*$",
    re.IGNORECASE | re.MULTILINE,
)
# how many lines under a heading a byline is looked for
_BYLINE_LINES = 2


def byline_period(page: str, body_start: int, end: int) -> tuple[date, date] | None:
    """The month or year (first and last day) a byline dates the write-up to, when it gives no day: right under
    the report's heading ("Report by Mick Doyle, December 2022") or signing it off on its last line ("Report by
    Kay Hill, NEC member, January 2023"). The meeting it reports was held by then."""
    text = page[body_start:end].strip()
    lines = text.split("\n", _BYLINE_LINES)[:_BYLINE_LINES] + text.rsplit("\n", 1)[-1:]
    for line in lines:
        match = _byline(line)
        parts = parse_parts(match.group("date")) if match else None
        if parts is None or parts.day is not None or parts.year is None:
            continue
        if parts.month is None:
            return date(parts.year, 1, 1), date(parts.year, 12, 31)
        return month_span(date(parts.year, parts.month, 1))
    return None


def is_byline(line: str) -> bool:
    """A line naming the write-up's author and dating it to a month or a year ("Report by Kay Hill, NEC member,
    January 2023"): the day of writing, no meeting's."""
    return _byline(line) is not None


def _byline(line: str) -> re.Match[str] | None:
    """The byline's match, not a body's heading written so ("Executive Committee | May 2022")."""
    match = _PERIOD_BYLINE.match(line)
    if match is None or match.group("category"):
        return match  # "Posted in WEC reports, September 2023": a category's name may name the body
    if names_meeting(match.group("name")) or names_a_body_word(match.group("name")):
        return None
    return match


def is_dateline(line: str) -> bool:
    """A line that is only a date (maybe a time, a 'Posted on', a byline, a blog's tags in brackets, a
    blog's name before a colon, the post's category after it), not a heading with a date."""
    return _dateline_text(line) is not None


def _dateline_text(line: str) -> str | None:
    """The date part of a dateline, or None when the line is not one."""
    if len(line) > _LONGEST_DATELINE or not _HAS_A_YEAR.search(line):
        return None
    text = _SIGNER_AFFILIATION.sub(r"\g<name>", _HANDLE.sub("", _without_time_and_tags(line)))
    text = _CATEGORY_LEAD.sub("", text)
    if not text.strip() or names_meeting(text):
        return None
    wrote = _WROTE.match(text)
    text = wrote.group("date") if wrote else text
    text = _without_tail(_NAME_ON.sub("", _BYLINE_LEAD.sub("", _STAMP_OPENING.sub("", text))))
    parts = parse_parts(text)
    if parts is None or parts.day is None or parts.year is None:
        return None
    if len(text.split()) <= _MOST_WORDS and not _DATE_WORDS.sub("", text):
        return text
    return None


def _without_time_and_tags(line: str) -> str:
    return _TAGS.sub("", _TIME.sub("", line))


def _without_tail(text: str) -> str:
    """The line up to the end of its date when what follows is the post's author, category or counts; not when it
    is a heading written after its day ("14 March 2021 | Regional Board summary", "3/5/2022 / Branch minutes")."""
    days = [c for c in candidates_in(text) if c.kind in WRITTEN_DAY_KINDS]
    tail = _TAIL.match(text, days[0].end) if days else None
    if tail is None:
        return text
    if _SEPARATOR_TAIL.match(tail.group()) and names_a_bodys_write_up(text[tail.end() :]):
        return text
    return text[: days[0].end]


_SEPARATOR_TAIL = re.compile(r"\s*[|·•]")
