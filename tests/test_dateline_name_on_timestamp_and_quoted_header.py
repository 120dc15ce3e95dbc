"""Publication stamps of kinds the round-14 pages bank found unread (pages written here: a regional rep's blog, a
union's scraped news page, a mailing list's archive):

- a byline that gives the writer's name and "on" before the day, as many blog themes write it ("Jo Bloggs on 14
  March 2019", "Priya Shah on March 14, 2019 at 10:22"); not a heading's "Meeting on 14 March 2019";
- a timestamp with its seconds and zone ("2023-06-08T09:14:00+01:00", "2019-03-14T10:22:00.000Z"), also listed as
  the day it names;
- a quoted message's header ("On 14 March 2019, Jo Bloggs wrote:", "On Thu, Mar 14, 2019 at 10:22 AM Jo Bloggs
  <jo@example.org> wrote:").

Each gives the day a relative meeting date ("Yesterday's executive") is counted from."""

from __future__ import annotations

import pytest

from nec_extract.language.dates import find_candidates
from nec_extract.page.dateline import is_dateline
from support import published_and_meeting


@pytest.mark.parametrize(
    ("stamp", "sentence", "published", "meeting"),
    [
        ("Sam Malhotra on 17 October 2021", "Yesterday’s regional board was a long one.", "2021-10-17", "2021-10-16"),
        ("Priya Shah on March 14, 2019 at 10:22", "The executive met last night.", "2019-03-14", "2019-03-13"),
        ("Jo Bloggs on Thursday 14 March 2019", "On Tuesday the executive met in Leeds.", "2019-03-14", "2019-03-12"),
    ],
)
def test_a_byline_of_a_name_and_on_before_the_day(stamp: str, sentence: str, published: str, meeting: str) -> None:
    assert published_and_meeting(stamp, sentence) == (published, [meeting])


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("2023-06-08T09:14:00+01:00", "2023-06-08"),
        ("2019-03-14T10:22:00.000Z", "2019-03-14"),
        ("2020-11-25T18:03:11-05:00", "2020-11-25"),
    ],
)
def test_a_timestamp_with_its_zone_is_the_post_day(stamp: str, published: str) -> None:
    assert published_and_meeting(stamp, "Last night’s executive was a long one.")[0] == published


def test_a_timestamps_day_is_a_date_mention() -> None:
    text = "Saved 2023-06-08T09:14:00+01:00 from the site."
    assert [c.match.group() for c in find_candidates(text, 0, len(text), [])] == ["2023-06-08"]


@pytest.mark.parametrize(
    ("stamp", "published"),
    [
        ("On 14 March 2019, Jo Bloggs wrote:", "2019-03-14"),
        ("On Thu, 14 Mar 2019 at 10:22, Jo Bloggs <jo@example.org> wrote:", "2019-03-14"),
        ("On Thu, Mar 14, 2019 at 10:22 AM Jo Bloggs <jo@example.org> wrote:", "2019-03-14"),
    ],
)
def test_a_quoted_messages_header_is_the_messages_day(stamp: str, published: str) -> None:
    assert published_and_meeting(stamp, "Yesterday’s executive was a long one.") == (published, ["2019-03-13"])


@pytest.mark.parametrize(
    "line",
    [
        "Meeting on 14 March 2019",  # a heading, not a byline
        "Report on 14 March 2019",
        "On 14 March 2019 the NEC met and wrote to the minister:",  # a sentence
        "Posted by the NEC on the day of the meeting",  # no day
    ],
)
def test_what_is_no_name_on_a_day_or_quoted_header_is_no_dateline(line: str) -> None:
    assert not is_dateline(line)
