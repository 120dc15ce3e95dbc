"""The one date engine: date expressions found on a page, checked, and turned into ISO values.

- :mod:`.parts`: what one expression says (day, month, year, weekday, quarter), as numbers;
- :mod:`.years`: the year of a date written without one, from the hints around it;
- :mod:`.values`: ISO values from parts; :mod:`.ranges`: two ends of a range; :mod:`.normalise`: one
  expression in, its values out;
- :mod:`.forms`, :mod:`.checks`, :mod:`.finding`: every date expression of a stretch of page (found once per
  report, held by its context);
- :mod:`.tense` and :mod:`.relative`: the side of the meeting a date lies, and dates counted from a day;
- :mod:`.mentions`: each mention's value from what its report says.

Used by the meeting date, the date mentions, the dateline, segmentation and membership figures.
"""

from nec_extract.language.dates.finding import candidates_in, find_candidates
from nec_extract.language.dates.forms import RELATIVE_DAY_KINDS, WRITTEN_DAY_KINDS, Candidate
from nec_extract.language.dates.mentions import DateResolver, ReportSetting
from nec_extract.language.dates.normalise import normalise, written_value
from nec_extract.language.dates.parts import (
    DATE_STAMP,
    DAY_MONTH,
    DAY_RE,
    MONTH_DAY,
    MONTH_YEAR,
    NUMERIC,
    WRITTEN_YEAR,
    YEAR_RE,
    Parts,
    month_number,
    parse_parts,
    parse_quarter,
    years_written,
)
from nec_extract.language.dates.tense import tense_around
from nec_extract.language.dates.values import DateValue, first_day, iso_to_date
from nec_extract.language.dates.years import Tense, YearHints, infer_year, month_span, nearest_weekday

__all__ = [
    "DATE_STAMP",
    "DAY_MONTH",
    "DAY_RE",
    "MONTH_DAY",
    "MONTH_YEAR",
    "NUMERIC",
    "RELATIVE_DAY_KINDS",
    "WRITTEN_DAY_KINDS",
    "WRITTEN_YEAR",
    "YEAR_RE",
    "Candidate",
    "DateResolver",
    "DateValue",
    "Parts",
    "ReportSetting",
    "Tense",
    "YearHints",
    "candidates_in",
    "find_candidates",
    "first_day",
    "infer_year",
    "iso_to_date",
    "month_number",
    "month_span",
    "nearest_weekday",
    "normalise",
    "parse_parts",
    "parse_quarter",
    "tense_around",
    "written_value",
    "years_written",
]
