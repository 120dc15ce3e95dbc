"""The body a figure counts (extractors/membership/organisation.py): named in the clause, else the body of the
report (its title, the owner of the meeting its opening reports), else Labour. Sentences written for these tests."""

from __future__ import annotations

import pytest

from membership_support import figures_of


@pytest.mark.parametrize(
    ("title", "body", "organisation"),
    [
        ("NEC Report – 14 March 2023", "The party has 402,118 members.", "Labour"),
        ("UNISON NEC – 14 March 2023", "Membership increased by 8,413 this year.", "UNISON"),
        (
            "Going from strength to strength",
            "UNISON's national executive council met on Wednesday. Membership increased by 8,413 this year.",
            "UNISON",
        ),
        ("Minutes of EMLD AGM", "The chair said that membership had increased and was now 335.", "EMLD"),
        ("GMB Congress 2022: our report", "Membership stands at 460,000.", "GMB"),
        (
            "Report from the executive",
            "Unite's executive council met in London. Membership was reported at 1.2 million.",
            "Unite",
        ),
        (
            "NUCW National Executive – 14 March 2023",
            "The National Union of Care Workers' executive met in Leeds. The union has 88,000 members.",
            "National Union of Care Workers",
        ),
        (
            "Riverside Green Party – Committee minutes, 14 March 2023",
            "The party now has 3,350 members.",
            "Riverside Green Party",
        ),
        (
            "Harbourside Liberal Democrats – Executive, 14 March 2023",
            "Membership is 830.",
            "Harbourside Liberal Democrats",
        ),
        (
            "NEC report – March",
            "The NEC met on Tuesday. Unite's executive had earlier voted on the matter. Membership is 410,000.",
            "Labour",
        ),
        (
            "By a CLP representative",
            "Labour's National Executive Committee met on Tuesday. Membership is 410,000.",
            "Labour",
        ),
    ],
)
def test_the_body_of_the_report(title: str, body: str, organisation: str) -> None:
    (figure,) = figures_of(body, title)
    assert figure.organisation == organisation


def test_the_party_of_a_clp_report_is_labour_and_we_are_the_clp() -> None:
    found = figures_of("The party nationally has 400,000 members; we have 1,200.", "Westmoor CLP – AGM, 14 March 2023")
    assert [(f.value, f.organisation) for f in found] == [(400000, "Labour"), (1200, "Westmoor CLP")]


def test_a_body_named_in_the_clause_wins() -> None:
    found = figures_of("GMB members number more than 460,000.", "Riverside Green Party – Committee, 14 March 2023")
    assert [f.organisation for f in found] == ["GMB"]
