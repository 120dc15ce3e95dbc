"""Membership figures: members, arrears, joined, left, supporters and counted subgroups (SPEC: Membership figures).

Every count of a sentence (:func:`nec_extract.language.numbers.find_quantities`) is read against the words
of its clause (``clause``):

* what it counts (``counted``): the noun after it ("489k members", "14,620 registered supporters") or, with
  no noun, the subject before it (``subject``: "membership stood at 552,000");
* what happened to those counted (``events``): "in arrears", "have joined", "had lapsed", "has lost ... members";
* how it hangs on the figure before it (``metrics``): "of whom 38k ...", "... and 900 are students",
  "down from 35,000".

Counts of anything else (staff, delegates, votes, seats), shares ("a third of members"), thresholds
("unions with more than 100,000 members") and counts of members doing something (voting, attending,
being suspended) are not figures (``exclusions``). The body counted comes from ``organisation``, the date
from ``as_of``. The words behind each rule live in ``models/membership.json`` (``vocabulary``).
"""

from nec_extract.extractors.membership.extract import extract_membership

__all__ = ["extract_membership"]
