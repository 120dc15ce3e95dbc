"""A motion moved, an amendment to it moved and decided, then the motion's own result told of it again (round 29):
"103.1 Moved by A ... / 103.2 Amendment: moved B ... / 103.3 The amendment was lost. / 103.4 The motion was put and
carried", "Cllr A moved ...; Cllr B seconded. / An amendment ... fell, 3 votes to 5. / The substantive motion was
carried 5-3." Two motions: the amendment with its result, and the motion whose evidence is its own result, not the
whole debate (so that it is not read as the amendment's). Written for these tests in union, council, CLP and NEC
voices; near-miss: with no amendment between, the motion's evidence still runs from its moving to its result."""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def motions(text: str) -> list[tuple[str, str, str]]:
    document = extract(text, "page.txt")
    found = [m for r in document.reports for m in r.motions]
    return sorted((m.kind.value, m.outcome.value, m.evidence.text) for m in found)


PAGES = [
    (
        "MINUTES OF THE NATIONAL EXECUTIVE COMMITTEE HELD ON 10 SEPTEMBER 2025\n\n"
        "103.1  Moved by Derek Ankrah, seconded by Irene Coutts:\n"
        '"That the NEC submits a claim for a 9% increase on all pay points."\n'
        '103.2  Amendment: moved Leroy Banks, seconded Farah Siddiqui, to replace "9%" with "RPI plus 2%".\n'
        "103.3  The amendment was lost.\n"
        "103.4  The motion was put and carried: 21 for, 4 against, 2 abstentions.\n",
        "103.4  The motion was put and carried: 21 for, 4 against, 2 abstentions.",
    ),
    (
        "Minutes of the Full Council Meeting of Fenbury Town Council held on Monday 24 November 2025\n\n"
        "FC 104/25 Budget and precept\nThe Clerk presented the draft budget. Cllr Ahern moved that the precept be "
        "set at £412,000; Cllr Forbes seconded.\n"
        "An amendment (Cllr Blackwood / Cllr Grant) to cap the increase at 3% fell, 3 votes to 5.\n"
        "The substantive motion was carried 5-3.\n",
        "The substantive motion was carried 5-3.",
    ),
    (
        "Harrowgate CLP General Committee – minutes, Tuesday 11 November 2025\n\n"
        "5. Motion on the winter fuel payment, moved by Geraint Howells and seconded by Precious Ugwu.\n"
        "An amendment from Tina Oduya to delete the second paragraph was defeated.\n"
        "The original motion was then carried, 27 votes to 6.\n",
        "The original motion was then carried, 27 votes to 6.",
    ),
]


@pytest.mark.parametrize(("text", "result"), PAGES)
def test_the_motions_evidence_is_its_result_after_an_amendment(text: str, result: str) -> None:
    found = motions(text)
    assert ("motion", "carried", result) in found
    assert [outcome for kind, outcome, _ in found if kind == "amendment"] == ["defeated"]


def test_with_no_amendment_between_the_evidence_runs_from_the_moving() -> None:
    text = (
        "Minutes of the Regional Committee held on 8 November 2025\n\n"
        "16. Moved by Ruth Gallagher, seconded by Tom Beech:\n"
        '"That the region donates £1,000 to the strike fund."\n'
        "16.1 The motion was put and carried unanimously.\n"
    )
    [(_kind, outcome, evidence)] = motions(text)
    assert outcome == "carried" and evidence.startswith("Moved by Ruth Gallagher")
