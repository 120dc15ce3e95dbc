"""``models/pages.json``: the words of the page stage (headings, report ends, page furniture, meeting-date cues)."""

from __future__ import annotations

from functools import cache

from nec_extract.language.lexicon import Patterns, Vocabulary, Words, load


class PagesVocabulary(Vocabulary):
    FILE = "pages.json"
    update_verbs: Words
    words_after_an_outcome: Words
    stamp_qualifiers: Words
    # a heading that names a meeting
    nec_names: Words
    nec_other_names: Words
    deciding_members: Words  # "Councillors reject plan to ...": a body's members deciding, as a headline names them
    body_words: Words
    words_after_nec: Words
    words_before_nec: Words
    prepositions_before_nec: Words
    nec_after_report_words: Words
    body_meeting: Patterns
    # a minutes title names a meeting without a body's name: "Minutes of the Special General Meeting"
    minutes_openers: Patterns  # "Minutes of", "Draft minutes for": what opens a minutes title
    # a dated heading names a meeting with a body's acronym ("SEC", "WEC") or a meeting word ("Special Meeting")
    body_acronyms: Patterns
    dated_meeting_words: Words
    # a clipped body name ("Exec") names a body only right before a write-up word: "Exec notes", "Exec report"
    clipped_body_names: Words
    write_ups_after_a_clipped_body: Words
    # the first heading of a page (or of an article) also names a meeting as "<Body> report" or a news headline
    # about a decision ("<Body> votes to ...")
    page_title_words: Words
    recent_periods_in_a_title: Words
    # a line of a cover note pointing at a report ("Here is my NEC report") is no heading
    cover_note_openers: Words
    # an e-mail's header lines above its note ("Date: Mon, 19 Feb 2024 08:41", "Sent: 18 April 2024 09:12")
    mail_header_labels: Words
    decision_verbs: Words
    minutes_record_verbs: Words
    # a line ending in one of these runs on into the next (a hard-wrapped paragraph)
    open_line_endings: Words
    # a hyphen at a line's end after one of these parts, or before one of the others (after a part of three letters
    # or more), is a compound's ("co-" / "chair", "Labour-" / "run"), not a word broken for the width
    compound_first_parts: Words
    compound_last_parts: Words
    # a heading's bracketed aside dating a period by one of these is no date of its meeting ("(from January)")
    period_words_in_an_aside: Words
    # a date after one of these is a meeting to come, named in a label ("Next NEC: Tuesday 23 March")
    future_meeting_words: Words
    # a headline of another kind of article opens with one of these (capitalised), or asks a question
    question_words: Words
    # a label that heads another kind of article: "Explainer: how conference votes on rule changes"
    other_article_labels: Words
    # an election address's headline: "Vote Jo Bloggs for the NEC", "Re-elect Ann Lee to the Executive Council"
    election_appeal_verbs: Words
    # a line of a Q&A write-up ("Q: Did the NEC agree ...?", "A: Yes.") opens with one of these labels: it is part
    # of the account, never a heading
    interview_labels: Patterns
    # a digest telling the report's decisions again ("Key points", "TL;DR: ...", "To sum up, ...")
    recap_labels: Words
    update_labels: Words  # a live blog's later entry telling an earlier one's item again ("UPDATE: ...")
    # a minutes' agenda item is labelled by one of these and its number ("Item 2 – Minutes of 3 October", "Agenda
    # item 4: Treasurer's report"): like a numbered list item, part of the minutes, never a heading
    agenda_item_labels: Words
    # ... unless it tells what a meeting did, with one of these: "What happened at the NEC", "How the NEC voted"
    account_headline_verbs: Words
    account_question_words: Words  # "What happened at the NEC? (20 May 2025)": a dated question that tells an account
    answer_openers: Words  # "Were there any votes?" / "Yes, three. ...": an answer under a question in the body
    # a headline that tells who was elected to a body ("Healey and Rotheram elected to NEC", "Results of the NEC
    # ballot") is about an election, not a meeting of the body: these lead to its name
    elections_to_a_body: Patterns
    # ... or names the body's election ("NEC elections 2022", "Results of the executive ballot")
    election_nouns: Words
    # lines that end a report
    teasers: Words
    excerpt_ends: Patterns
    speaker_openers: Words
    footer_lines: Patterns
    # the counts under a social post ("👍 46  💬 9 comments  ↗ 3 shares", "12 likes · 4 comments")
    reaction_nouns: Patterns
    # an item of a site's bar at the foot of a page ("Privacy · Cookies · Page last updated 3 May 2021")
    site_links: Patterns
    # a label over a site's list of its other posts ("Related", "You might also like"): after a report, no
    # heading below it starts another
    other_posts_labels: Patterns
    comment_verbs: Words
    comment_pronouns: Words
    # page furniture: print buttons after a title, breadcrumbs, the lines above a report's first paragraph
    print_and_email_buttons: Patterns
    single_buttons: Patterns
    breadcrumb_labels: Patterns
    # a link to another article inside one, under a label: "READ MORE: NEC report – 24 May 2022"
    link_labels: Words
    furniture_openers: Patterns
    # a printed page's number in a running head or foot: "Page 2 of 4", "page 17", "p.2"
    page_number_marks: Patterns
    byline_roles: Words  # matched as written
    # a post's metadata line: "Posted 14 May 2018 in Executive Council", "14 May 2018 in NEC reports"
    post_metadata_openers: Patterns
    post_metadata_after_date: Words
    # a part of a post's metadata line anywhere in it: "3 comments", "Leave a comment", "4 min read"
    post_metadata_parts: Patterns
    # the meeting date: words that tie a date to the meeting, in the opening lines or a relative reference
    meeting_cues: Words
    # the cues that name the body, not its meeting: they tie only a day that follows them closely ("The NEC on
    # 14 March"), not the day of what the body spoke of ("The NEC discussed the elections on 5 May")
    meeting_cue_bodies: Words
    # words between the body and its verb that leave the verb the body's own: "The executive then voted on 28
    # March", "The NEC narrowly agreed on Tuesday" (besides any word in -ly)
    records_of_a_meeting: Words  # "MINUTES of the meeting of ... held in ... on 3 September": what opens such a line
    meeting_held_words: Words  # "the COMMITTEE held in the Council Chamber on 3 September": the meeting's own day
    adverbs_before_the_bodys_verb: Words
    # a member's joining or leaving the body, whose day is not a meeting's ("I was elected to the NEC on 1 May")
    joining_a_body: Words
    meeting_cue_links: Words
    # "On the evening of Tuesday 5 March", "met on the morning of the 14th"
    parts_of_a_day: Words
    # who a meeting named before a bare day is of: "At its meeting on the 12th", "at our meeting on the 3rd"
    meeting_owners: Words
    # "The board met Thursday, March 9": a meeting verb right before its day
    meeting_verbs_before_day: Words
    # a past perfect a few words before a day makes it another, earlier time's ("that I had proposed at the September
    # meeting", "which had already met on the 3rd"): an adverb may part "had" from its participle, which is regular
    # (the code reads "-ed", "-en", "-wn", "-ne", "-ught") or one of the irregular ones
    past_perfect_adverbs: Words
    irregular_past_participles: Words
    # the day of another, earlier meeting: "which last met on 8 June", "Following the meeting of the
    # Organisation Committee on 5 March", "moved from 25 January"; "the minutes of the meeting of 10 November
    # were agreed"
    earlier_meeting_patterns: Patterns
    # a body named right before its day stands for its meeting ("At the group on 13 May"); the cues already name
    # the committee, the council and the executive
    bodies_named_before_their_day: Words
    # what stands between an earlier meeting and its day set off after it: "The previous meeting, held on 5 March,"
    set_off_meeting_day_links: Words
    # "Following the NEC on 14 March, here is my report": the write-up follows this meeting, no earlier one
    report_follows_patterns: Patterns
    # a relative month of another meeting: "Since last month's NEC", "before this month's meeting"
    words_before_another_meetings_month: Words
    minutes_approved_words: Words
    # another event held on its day: "the local elections held on 5 May", "the ballot, which took place on ..."
    events_held: Words
    # a headline's day of what the meeting decided on: "NEC votes to hold special conference on 5 June"
    heading_future_words: Words
    # a present tense that puts the meeting to come: "the full NEC meets on Tuesday 25 May"
    meeting_verbs_to_come: Words
    # the words a sentence may open with before the day of the meeting ("On Tuesday 12 March the NEC met", the cleft
    # "It was on 12 March that the NEC met")
    day_openers: Words
    # "Today, 29 September, the NEC met ...": a relative word before a sentence's opening day
    relative_day_openers: Words
    month_cue_links: Words
    date_labels: Words
    # a label that names the meeting's own date ("Date of meeting: 12/03/2019"), read above an untitled report
    # a label that dates the meeting only among its other details ("Date: 15/03/2023" over "Venue: Unity House")
    bare_date_labels: Words
    # "Minutes of Policy Committee", "Record of Decisions – Cabinet": a title of minutes, dated by their meeting; as a
    # label ("Minutes – Thursday 12 September 2024") it opens the meeting's date line
    minutes_titles: Words
    meeting_date_labels: Words
    # labels of a meeting's details ("Venue:", "Present:"): a bare "Date:" among them is the meeting's
    meeting_detail_labels: Words
    # "Report of the 2019 Annual Meeting", "Reports from the 2018 NEC": a year before the meeting's name in a heading
    meeting_nouns_after_a_heading_year: Words
    # "NEC 2019 report", "Branch AGM 2021 minutes": the write-up of that year's meeting, named after the year
    write_ups_after_a_heading_year: Words
    # "the minutes of the previous meeting (8 September 2020) were agreed": the day of the meeting before this one
    previous_minutes_nouns: Words
    previous_meeting_words: Words
    meeting_nouns_after_month: Words
    relative_meeting_words: Words
    body_names: Words
    # a page with no meeting heading is a report only when it gives an account of a meeting: it says the
    # meeting took place, what it decided, or what was reported and said there
    # a write-up of a day: "A quick round-up of Thursday night (11 September)", "notes from Tuesday's"
    write_ups_of_a_day: Words
    account_meeting_verbs: Words
    account_meeting_nouns: Words
    account_the_meeting: Words
    account_meeting_patterns: Patterns
    account_decision_verbs: Words
    account_subjects: Words
    account_tallies: Patterns
    account_unanimity: Patterns
    account_outcomes: Words
    account_proceedings: Words
    account_proceeding_patterns: Patterns
    account_not_cues: Words
    # "The NEC agreed last year to ...": a decision told of another time than a meeting of the page's own
    account_other_times: Words
    account_outcome_cells: Words  # matched as written
    # a notice of a meeting to come, in its heading or first sentences
    notice_phrases: Words
    # the section labels of a meeting's minutes ("Present:", "Matters arising"), and those that say who attended
    minutes_section_labels: Words
    minutes_attendance_labels: Words
    # a site's section named after a separator in its title ("Westmere CLP – News")
    site_section_words: Words
    # a label over a diary of meetings to come ("Upcoming meetings" / "NEC – 19 July 2022")
    diary_labels: Words
    # the publication date
    dateline_verbs: Words
    # a verb that opens a stamp only as its line's first word ("Submitted by admin on 3 May 2021"), never in prose
    stamp_line_verbs: Words
    byline_verbs: Words
    # the words before "by" in a byline that dates the write-up to a month: "Report by Jo Bloggs, December 2022"
    month_byline_leads: Words
    # a byline's label before the writer's name: "Words: Jo Bloggs, May 2022"
    byline_labels: Words
    # "This entry was posted on ...": a sentence anywhere on the page stating its publication
    published_things: Words


@cache
def pages_vocabulary() -> PagesVocabulary:
    return load(PagesVocabulary)
