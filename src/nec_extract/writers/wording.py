"""How records read to a person (the review page, `show`): a report's title and meeting date, a tally in the SPEC's
words, a speaker's name."""

from __future__ import annotations

from nec_extract.models import UNNAMED_AUTHOR, Report, Speaker, Vote


def report_title(report: Report) -> str:
    return report.title or "(untitled)"


def meeting_date_words(report: Report, missing: str = "-") -> str:
    """The meeting date's ISO start, or ``missing`` when the report has none."""
    date = report.meeting_date
    return date.start if date and date.start else missing


def vote_words(vote: Vote) -> str:
    """``for 22 / against 12 (carried)``: the tally and its outcome."""
    return f"{tally_words(vote)} ({vote.outcome.value})"


def tally_words(vote: Vote) -> str:
    """``for 22 / against 12``, ``for 12 / against ?``, ``abstentions 2``, ``unanimous``: only the counts the
    text gives, with ``?`` for the other side of a half-given count."""
    parts: list[str] = []
    if vote.for_ is not None or vote.against is not None:
        parts += [f"for {_count(vote.for_)}", f"against {_count(vote.against)}"]
    if vote.abstentions is not None:
        parts.append(f"abstentions {vote.abstentions}")
    if vote.unanimous:
        parts.append("unanimous")
    return " / ".join(parts) or "no counts"


def speaker_name(speaker: Speaker) -> str | None:
    """A speaker's name as movers and seconders give it: the author unnamed on the page is ``(author)``."""
    return speaker.name or (UNNAMED_AUTHOR if speaker.is_author else None)


def speaker_label(speaker: Speaker) -> str:
    """``Colin Marsh, General Secretary``, ``Harriet Cole (author)``, ``(author)``, ``(unnamed), Chair``."""
    label = speaker_name(speaker) or "(unnamed)"
    if speaker.role:
        label += f", {speaker.role}"
    if speaker.is_author and speaker.name:
        label += " (author)"
    return label


def _count(value: int | None) -> str:
    return "?" if value is None else str(value)
