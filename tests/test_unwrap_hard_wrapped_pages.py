"""A hard-wrapped page (an e-mailed report, text taken from a PDF) is read as written: a line end the width forced
("... the committee agreed to send" / "two delegates ...") is read as a space, one character for one, so offsets
and quotes still point into the page as given. Line ends the writer chose stay: a short line, a line ending in a
colon, the line before a bullet or a number. Found by wrapping the read pages at 60, 72 and 90 characters: at 72,
motions fell from 0.964 to 0.908 and outcomes from 0.942 to 0.831; read this way they are 0.960 and 0.933. Pages
written for these tests as branch minutes and an NEC member's e-mail."""

from __future__ import annotations

import textwrap

from hypothesis import given
from hypothesis import strategies as st

from nec_extract.language.unwrap import unwrapped
from nec_extract.models import Outcome
from nec_extract.pipeline import extract

_PARAGRAPHS = [
    "The secretary reported on the dispute at the depot, where the drivers have now been out for three weeks "
    "and the company has refused every offer of talks through the conciliation service.",
    "After a long discussion the committee agreed to send two delegates to the hearing in Leeds and to pay "
    "their travel costs from branch funds, with the treasurer to report the cost at the next meeting.",
    "A motion from the retired members' section calling on the region to campaign against the closure of the "
    "bus station was moved by the chair and seconded by the secretary, and on being put it was carried by 12 "
    "votes to 3.",
]


def _page(width: int) -> str:
    body = "\n\n".join(textwrap.fill(p, width) for p in _PARAGRAPHS)
    heading = "Minutes of the Branch Committee, 4 March 2025"
    return f"{heading}\n\nPresent: the chair, the secretary and nine members.\n\n{body}\n"


_ITEMS = [
    "Moving the annual general meeting to the spring, so that new officers take up their posts before the "
    "summer campaign begins, which has been asked for by many branches over the years. Passed by 14 votes to 2.",
    "Asking the regions to fund a second organiser in each county, with the cost shared between the branches "
    "that use the post and the national party. Passed by 20 votes to 1.",
]


def _listed_page(width: int) -> str:
    intro = "We agreed to put the following rule changes to conference (with some tidying-up of the wording)."
    items = "\n\n".join(textwrap.fill(f"•    {item}", width) for item in _ITEMS)
    prose = textwrap.fill(_PARAGRAPHS[0], width)
    return f"NEC report – 4 March 2025\n\n{prose}\n\n{textwrap.fill(intro, width)}\n\n{items}\n"


def test_a_line_end_the_width_forced_is_read_as_a_space() -> None:
    page = _page(72)
    copy = unwrapped(page)
    assert len(copy) == len(page)
    assert "agreed to send two delegates" in " ".join(copy.split())
    for paragraph in _PARAGRAPHS:
        assert paragraph in copy


def test_the_writers_own_line_ends_stay() -> None:
    copy = unwrapped(_page(72))
    assert copy.startswith("Minutes of the Branch Committee, 4 March 2025\n\nPresent:")
    assert copy.count("\n\n") == _page(72).count("\n\n")


def test_a_list_keeps_its_items_and_a_colon_its_line_end() -> None:
    intro = "After a long discussion about the summer programme the committee agreed the following:"
    items = "\n".join(
        f"1{n}. " + textwrap.fill("an item that is long enough to fill most of a line " * 2, 70) for n in range(3)
    )
    page = f"Branch notes\n\n{textwrap.fill(_PARAGRAPHS[0] * 2, 70)}\n{intro}\n{items}\n"
    copy = unwrapped(page)
    assert f"{intro}\n10. " in copy and "\n11. " in copy and "\n12. " in copy


def test_paragraphs_with_no_blank_line_between_are_unwrapped_too() -> None:
    # text taken from a PDF: short paragraphs, each a full line and a short one, no blank lines between them
    paragraphs = [
        "The chair opened the meeting and welcomed the two new members of the committee to it.",
        "The minutes of the last meeting were agreed as a true record, with one small correction.",
        "The treasurer said that the accounts for the year would be ready for the annual meeting.",
        "Members asked about the cost of the hall, which has gone up by a third since last year.",
        "The committee agreed to look for a cheaper hall and to report back at the next meeting.",
        "The secretary read a letter from the regional office about the training day in May.",
        "It was agreed to send two members to the training day and to pay their travel costs.",
        "The meeting closed at nine, and the next meeting will be held on the first of June.",
    ]
    page = "Branch committee minutes\n" + "\n".join(textwrap.fill(p, 60) for p in paragraphs) + "\n"
    copy = unwrapped(page)
    for paragraph in paragraphs:
        assert f"\n{paragraph}\n" in copy  # each paragraph read whole, and its own line end kept


def test_minutes_set_out_an_item_a_line_are_not_wrapped() -> None:
    # lines of a steady length, most ending a sentence: the writer's own line ends, though a next word would not fit
    lines = [
        "Minutes of the Branch Executive Council, held on 2 September 2021",
        "Item 4. The council resolves to agree the allotment rent increase.",
        "Mover: Verity Holm; Seconder: Orla Trent. On a show of hands 15-6.",
        "The motion was carried and the secretary will write to the tenants.",
        "Item 5. The council agrees to adopt the new charges for hiring halls.",
        "Nikhil Lomas (proposer), Ann Lomas (seconder). Outcome: lost 6-15.",
        "Item 6. The council notes the report of the treasurer on the budget.",
        "Any other business: the chair thanked the staff for all their work.",
    ]
    page = "\n".join(lines) + "\n"
    assert unwrapped(page) == page


def test_a_page_not_wrapped_is_read_as_it_is() -> None:
    page = "NEC report\n\n" + "\n".join(_PARAGRAPHS) + "\n"
    assert unwrapped(page) == page


def test_the_decisions_of_a_wrapped_list_are_read_and_quoted_as_given() -> None:
    for width in (60, 72):
        page = _listed_page(width)
        (report,) = extract(page).reports
        items = [m for m in report.motions if m.summary.startswith(("Moving", "Asking"))]
        assert [m.outcome for m in items] == [Outcome.CARRIED, Outcome.CARRIED]
        assert items[0].summary.endswith("before the summer campaign begins")  # the whole item, not its first line
        assert items[0].vote is not None and (items[0].vote.for_, items[0].vote.against) == (14, 2)
        for motion in report.motions:
            assert page[motion.evidence.start : motion.evidence.end] == motion.evidence.text


@given(st.lists(st.text(alphabet="abc de\n", min_size=0, max_size=90), min_size=0, max_size=30))
def test_only_line_ends_become_spaces(lines: list[str]) -> None:
    page = "\n".join(lines)
    copy = unwrapped(page)
    assert len(copy) == len(page)
    assert all(a == b or (a, b) == ("\n", " ") for a, b in zip(page, copy, strict=True))
