"""A publication day from the address a page was saved from."""

from __future__ import annotations

from datetime import date

import pytest

from nec_extract.reading.url_date import date_in_url


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://example.org/2023/09/26/executive-report/", date(2023, 9, 26)),
        ("https://example.org/2014/10/08", date(2014, 10, 8)),
        ("http://example.org/articles/2017/7/28/branch-minutes", date(2017, 7, 28)),
        ("http://www.example.co.uk/nec/20100323", date(2010, 3, 23)),
        ("https://example.org/blog/council-group-report-2019-03-29", date(2019, 3, 29)),
        ("https://example.org/minutes_2021_11_30.html", date(2021, 11, 30)),
        ("https://example.org/2020/01/05/report-of-the-2019-12-10-meeting", date(2020, 1, 5)),
        ("https://example.org/page?published=2018-06-02", date(2018, 6, 2)),
        ("https://example.org/1999/12/31/end-of-year-update", date(1999, 12, 31)),
    ],
)
def test_a_whole_day_in_the_address_is_its_publication_day(url: str, day: date) -> None:
    assert date_in_url(url) == day


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/2023/09/",  # a month archive
        "https://example.org/?m=201703",  # a month archive again
        "https://example.org/2022/",
        "https://web.archive.org/web/20210208031323/http://example.org/",  # a capture stamp, not a day
        "https://example.org/doc/12745239/union-minutes",  # an article number
        "https://example.org/2023/02/30/no-such-day",
        "https://example.org/report-20231345",
        "https://example.org/nec-meeting-19-july-2016/",  # a meeting's day in the title: not a publication day
        "https://2023.example.org/",
        "",
        "not a url at all",
    ],
)
def test_no_whole_day_no_date(url: str) -> None:
    assert date_in_url(url) is None
