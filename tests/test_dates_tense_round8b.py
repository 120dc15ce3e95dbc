"""The year and tense of a date mention on pages the tool had not seen (round 8), on pages written here in several
styles (NEC write-up, union branch, council minutes, news), each with negatives:

- a day the report writes with its year ("the strike called for 3 March 2025") keeps that year when the report
  writes it again without one ("the 3 March action"), whatever tense the later clause is in; a day written with
  two different years gives neither;
- a cue of the past or future right before a date of its own ("... the best result since 2012") gives that date
  its tense, not an earlier date's in the clause ("the 2 May elections");
- in reported speech a plan's past ("the clerk reported that the renewal was due on 1 June") is the speaker's
  present ("is due"), and says nothing of the past; said outside reported speech it still looks back.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract


def starts(page: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.start) for d in extract(page, "test.txt").reports[0].dates]


@pytest.mark.parametrize(
    ("page", "mention"),
    [
        (  # union branch
            "Branch meeting – 14 January 2025\n\nThe branch agreed to join the strike called for 3 March 2025. "
            "Members who had voted against the 3 March action were thanked for staying with the branch.\n",
            ("3 March", "2025-03-03"),
        ),
        (  # NEC write-up
            "NEC report – 28 November 2023\n\nThe NEC set the special conference for 6 April 2024. Those who had "
            "pressed for the 6 April conference were pleased with the outcome.\n",
            ("6 April", "2024-04-06"),
        ),
        (  # council minutes
            "Full Council – 20 February 2024\n\nThe consultation on the library will close on 30 June 2024. "
            "Residents who had asked for a later date than 30 June were disappointed.\n",
            ("30 June", "2024-06-30"),
        ),
    ],
)
def test_a_day_written_with_its_year_keeps_it_when_written_again_without(page: str, mention: tuple[str, str]) -> None:
    assert mention in starts(page)


@pytest.mark.parametrize(
    ("page", "mention"),
    [
        (  # another day, not written with a year, is judged as before
            "Branch meeting – 14 January 2025\n\nThe branch agreed to join the strike called for 3 March 2025. "
            "Members who had voted against the 4 March action were thanked for staying with the branch.\n",
            ("4 March", "2024-03-04"),
        ),
        (  # the same day written with two years: neither is taken, the day is judged by the meeting
            "NEC report – 28 November 2023\n\nThe conference of 6 April 2021 was recalled on 6 April 2025. Those "
            "who had pressed for the 6 April conference were pleased with the outcome.\n",
            ("6 April", "2024-04-06"),
        ),
    ],
)
def test_a_day_not_written_with_one_year_is_judged_as_before(page: str, mention: tuple[str, str]) -> None:
    assert mention in starts(page)


@pytest.mark.parametrize(
    ("page", "mention"),
    [
        (  # NEC write-up
            "NEC report – 10 April 2025\n\nThe general secretary said the 2 May elections were the best chance for "
            "the party since 2012.\n",
            ("2 May", "2025-05-02"),
        ),
        (  # union branch
            "Branch meeting – 9 January 2024\n\nThe 20 February lobby was the first the branch had backed since "
            "2016, the secretary said.\n",
            ("20 February", "2024-02-20"),
        ),
        (  # news
            "Council to vote on budget\n\nPublished 5 October 2023\n\nCampaigners say the 14 November vote was the "
            "most important for the town since 1998.\n",
            ("14 November", "2023-11-14"),
        ),
    ],
)
def test_a_cue_before_a_date_of_its_own_gives_no_tense_to_an_earlier_date(page: str, mention: tuple[str, str]) -> None:
    assert mention in starts(page)


def test_a_cue_after_a_date_with_no_date_of_its_own_still_gives_its_tense() -> None:
    page = "Branch meeting – 9 April 2024\n\nThe 20 February lobby had been planned since the autumn.\n"
    assert ("20 February", "2024-02-20") in starts(page)


@pytest.mark.parametrize(
    ("page", "mention"),
    [
        (  # parish council minutes
            "Parish council – 3 March 2025\n\nThe clerk reported that the insurance renewal was due on 1 June.\n",
            ("1 June", "2025-06-01"),
        ),
        (  # union branch
            "Branch meeting – 4 June 2024\n\nThe secretary said that the pay award was expected in September.\n",
            ("September", "2024-09"),
        ),
        (  # NEC write-up
            "NEC report – 21 May 2023\n\nThe general secretary reported that the review was scheduled for 14 July.\n",
            ("14 July", "2023-07-14"),
        ),
    ],
)
def test_a_plan_in_reported_speech_says_nothing_of_the_past(page: str, mention: tuple[str, str]) -> None:
    assert mention in starts(page)


@pytest.mark.parametrize(
    ("page", "mention"),
    [
        (  # a plan's past, not reported
            "Parish council – 3 March 2025\n\nThe insurance renewal was due on 1 June and was paid late.\n",
            ("1 June", "2024-06-01"),
        ),
        (  # reported speech, but of what happened, not of a plan
            "Parish council – 3 March 2025\n\nThe clerk reported that the audit took place on 1 June.\n",
            ("1 June", "2024-06-01"),
        ),
    ],
)
def test_a_plan_said_outside_reported_speech_still_looks_back(page: str, mention: tuple[str, str]) -> None:
    assert mention in starts(page)
