"""Holidays that name a day of the year ("Christmas", "Boxing Day", "Easter Monday"), in the year the hints
give (the one nearest the meeting, on the side its clause's tense says)."""

from __future__ import annotations

from datetime import timedelta

from dateutil.easter import easter

from nec_extract.language.dates.parts import Parts
from nec_extract.language.dates.values import DateValue, resolve
from nec_extract.language.dates.years import YearHints, infer_year
from nec_extract.language.lexicon.dates import dates_vocabulary
from nec_extract.models import Precision

_EASTER = "easter"
# Easter falls in March or April: its year is the one April is given
_EASTER_MONTH = 4


def holiday_value(name: str, hints: YearHints) -> DateValue:
    day = dates_vocabulary().holidays[" ".join(name.lower().split())]
    if not day.startswith(_EASTER):
        month, day_of_month = (int(piece) for piece in day.split("-"))
        return resolve(Parts(None, month, day_of_month), hints)
    year = infer_year(Parts(None, _EASTER_MONTH), hints)
    if year is None:
        return DateValue.unresolved()
    found = easter(year) + timedelta(days=int(day.removeprefix(_EASTER)))
    return DateValue(found.isoformat(), None, Precision.DAY)
