"""The day a page was published, read from the address it was saved from: blogs and news sites put it in
the path (``/2023/09/26/slug``, ``/articles/2017/7/28/slug``, ``/nec/20100323``, ``/slug-2019-03-29``).

Only a whole day counts (``/2023/09/`` names a month archive, not a publication day), and a run of digits
longer than a date (a web archive's ``20210208031323`` capture stamp, an article number) is not one.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

_YEAR = r"(?P<year>(?:19|20)\d\d)"
# year / month / day as path segments, the month and day possibly of one digit
_SEGMENTS = re.compile(rf"/{_YEAR}/(?P<month>\d{{1,2}})/(?P<day>\d{{1,2}})(?=/|$)")
# year, month and day run together or joined by one separator: 20100323, 2019-03-29, 2019_03_29
_RUN = re.compile(
    rf"(?<!\d){_YEAR}(?P<separator>[-_.]?)(?P<month>0[1-9]|1[0-2])(?P=separator)(?P<day>0[1-9]|[12]\d|3[01])(?!\d)"
)


def date_in_url(url: str) -> date | None:
    """The first whole day the address's path names (else its query), or None."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    for where in (parts.path, parts.query):
        days = [(m.start(), _day(m)) for pattern in (_SEGMENTS, _RUN) for m in pattern.finditer(where)]
        found = sorted((start, day) for start, day in days if day is not None)
        if found:
            return found[0][1]
    return None


def _day(match: re.Match[str]) -> date | None:
    try:
        return date(int(match.group("year")), int(match.group("month")), int(match.group("day")))
    except ValueError:
        return None
