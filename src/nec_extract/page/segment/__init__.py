"""Split a page into meeting reports: headings that name a meeting start one; teasers, comment threads,
footers and other articles end one; clutter before the first heading belongs to none.

- :mod:`.lines`: the page's lines and their look; :mod:`.headings`: which name a meeting;
- :mod:`.ends`: the lines that end a report; :mod:`.furniture`: bylines, datelines, breadcrumbs;
- :mod:`.reading`: the page read line by line into reports; :mod:`.untitled`: a page without a heading;
- :mod:`.numbered`: a circular's numbered sections that name meetings; :mod:`.body_headings`: a body's name over
  the day it met.
"""

from nec_extract.page.segment.block import ReportBlock
from nec_extract.page.segment.headings import is_article_headline, names_meeting, titles_page
from nec_extract.page.segment.reading import segment

__all__ = ["ReportBlock", "is_article_headline", "names_meeting", "segment", "titles_page"]
