"""The date of the meeting each report is about (SPEC: Dates, meeting_date).

- :mod:`.source`: what one report's meeting date is read from;
- :mod:`.heading`, :mod:`.opening`, :mod:`.relative`: the date its heading, its opening lines, or a relative
  reference gives; :mod:`.report` chooses among them;
- :mod:`.page`: the page's reports in two passes (neighbours give the year the others lack).
"""

from nec_extract.page.meeting_date.page import meeting_dates
from nec_extract.page.meeting_date.report import find_meeting_date
from nec_extract.page.meeting_date.source import MeetingDateInput

__all__ = ["MeetingDateInput", "find_meeting_date", "meeting_dates"]
