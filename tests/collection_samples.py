"""A small collection for the overview's tests: pages of our own to run through the pipeline, and the
same kind of collection as documents built by hand (no spaCy) for the page, CSV and database tests.
Each holds three meetings of one body with a membership series, one person under three name forms and
two people sharing a first name; the hand-built one can also carry text that must be escaped."""

from __future__ import annotations

from typing import Any

from nec_extract.models import Document

# Three meetings of one body: one person under three name forms ("Dora Pennick", "Dora", "Pennick") and
# two people who share a first name ("Sam Clark", "Sam Jones"), with a bare "Sam" who could be either.
PAGES = {  # pages to run through the whole pipeline
    "march.txt": """Fenmoor Trades Council – Executive, 12 March 2021

The chair, Dora Pennick, opened the meeting. Membership stood at 41,200, up from the winter.
Sam Clark moved a motion to fund the food bank appeal, seconded by Dora Pennick. It was carried by 14 votes to 3.
""",
    "july.txt": """Fenmoor Trades Council – Executive, 9 July 2021

Dora welcomed two new delegates. Membership now stands at 43,900.
Sam Jones moved that the council affiliate to the tenants' union. The motion fell by 6 votes to 11.
""",
    "november.txt": """Fenmoor Trades Council – Executive, 15 November 2021

Pennick reported on the autumn recruitment drive: membership reached 45,050.
Sam spoke against the budget cuts.
""",
}


HOSTILE = "<script>alert('x')</script> & $\\alpha$"


def _span(text: str, quote: str) -> dict[str, Any]:
    start = text.index(quote)
    return {"start": start, "end": start + len(quote), "text": quote}


def _meeting(
    day: str, value: int, speaker: str, motion: tuple[str, str, str, int, int] | None, extra: str = ""
) -> tuple[str, dict[str, Any]]:
    """The text of one meeting's page and its report: a membership figure, a speaker, maybe a motion."""
    heading = f"Fenmoor Executive, {day}"
    figure = f"Membership stood at {value:,}."
    said = f"{speaker} spoke on recruitment."
    text = f"{heading}\n\n{figure} {said}\n"
    report: dict[str, Any] = {
        "title": heading,
        "meeting_date": {
            "text": day,
            "span": _span(text, day),
            "start": _iso(day),
            "precision": "day",
        },
        "speakers": [{"name": speaker, "mentions": [_span(text, speaker)]}],
        "membership": [
            {"metric": "members", "value": value, "organisation": f"Fenmoor{extra}", "evidence": _span(text, figure)}
        ],
        "motions": [],
    }
    if motion is not None:
        mover, seconder, summary, votes_for, votes_against = motion
        sentence = f"{mover} moved {summary}{extra}, seconded by {seconder}: {votes_for} to {votes_against}."
        text += sentence + "\n"
        outcome = "carried" if votes_for > votes_against else "defeated"
        tally = {"for": votes_for, "against": votes_against, "outcome": outcome, "evidence": _span(text, sentence)}
        report["motions"] = [
            {
                "kind": "motion",
                "summary": summary + extra,
                "movers": [mover],
                "seconders": [seconder],
                "outcome": outcome,
                "vote": tally,
                "evidence": _span(text, sentence),
            }
        ]
        report["votes"] = [tally]
    report["span"] = {"start": 0, "end": len(text)}
    return text, report


def _iso(day: str) -> str:
    number, month, year = day.split()
    months = ["January", "February", "March", "April", "May", "June", "July"]
    return f"{year}-{months.index(month) + 1:02d}-{int(number):02d}"


def sample_documents(hostile: bool = False) -> list[tuple[Document, str]]:
    """(document, page text) pairs; with ``hostile``, a summary and a source hold markup and math."""
    meetings = [
        ("12 March 2021", 41200, "Dora Pennick", ("Sam Clark", "Dora Pennick", "to fund the food bank", 14, 3)),
        ("9 May 2021", 43900, "Dora", ("Sam Jones", "Sam", "to affiliate to the tenants' union", 6, 11)),
        ("15 July 2021", 45050, "Pennick", None),
    ]
    documents: list[tuple[Document, str]] = []
    for number, (day, value, speaker, motion) in enumerate(meetings, 1):
        text, report = _meeting(day, value, speaker, motion, extra=f" {HOSTILE}" if hostile else "")
        source = f"pages/{HOSTILE if hostile and number == 1 else ''}meeting-{number}.txt"
        data = {"source": source, "published": None, "reports": [report]}
        documents.append((Document.model_validate(data, context={"text": text}), text))
    documents.append((Document(source="pages/empty.txt"), ""))
    broken = {"source": "pages/broken.pdf", "error": {"type": "BinaryFile", "message": "binary content"}}
    documents.append((Document.model_validate(broken), ""))
    return documents
