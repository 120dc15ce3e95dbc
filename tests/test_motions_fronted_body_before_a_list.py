"""A body alone before a colon, after a phrase fronted with no comma ("In other business the Board:", "At the same
meeting the Executive:"), is the subject of the verb phrases its bullets go on with, as with the comma (issue 13,
round 26): each bullet that decides is a motion of its own ("• agreed to ...", "- confirmed the appointment of ..."),
a bullet that only heard or noted is none, and the first two bullets are not read as one. Near-misses: a fronted
phrase that is no preposition's ("Other business the Board:" is left as it was), and bullets of no decision.
Sentences written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from support import page_motions

_BULLETS = (
    "{m} heard a report from the General Secretary on the May elections;\n"
    "{m} agreed to hold a consultation on the digital strategy;\n"
    "{m} confirmed the appointment of Ann Lee as chair of the Audit Committee.\n"
)


@pytest.mark.parametrize("marker", ["•", "-"])
@pytest.mark.parametrize(
    ("title", "intro"),
    [
        ("NEC Report – 9 March 2024", "In other business the NEC:"),
        ("Federal Board report, 9 March 2024", "In other business the Board:"),
        ("Minutes of the National Executive Council, 9 March 2024", "At the same meeting the Executive also:"),
        ("Minutes of the Policy Committee, 9 March 2024", "Under any other business the Committee:"),
    ],
)
def test_each_deciding_bullet_is_a_motion(title: str, intro: str, marker: str) -> None:
    body = f"The meeting opened with apologies.\n\n{intro}\n{_BULLETS.format(m=marker)}"
    summaries = [m.summary for m in page_motions(body, title)]
    assert any(s.startswith("agreed to hold a consultation") for s in summaries)
    assert any(s.startswith("confirmed the appointment of Ann Lee") for s in summaries)
    assert not any("heard a report" in s for s in summaries)


def test_bullets_of_no_decision_give_none() -> None:
    body = (
        "The meeting opened with apologies.\n\nIn other business the NEC:\n"
        "• heard a report from the General Secretary;\n• noted the accounts for the year.\n"
    )
    assert page_motions(body, "NEC Report – 9 March 2024") == []
