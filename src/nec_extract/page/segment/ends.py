"""Lines that end a report: a teaser ("Continue reading"), a footer ("2 comments", "Share this"), a commenter's
signature ("Sam says:"); and the mark that ends a post's excerpt on an archive page ("[…]")."""

from __future__ import annotations

import re

from nec_extract.language.lexicon import alternation, pattern_alternation
from nec_extract.language.lexicon.pages import pages_vocabulary
from nec_extract.page.segment.furniture import bar_items
from nec_extract.page.segment.lines import is_sentence

_WORDS = pages_vocabulary()
# a teaser ends the report; a link inside an article under its label ("Read more: <another headline>", "READ
# MORE:" over it) or a marker that the article goes on ("Continue reading below") does not
_TEASER = re.compile(rf"^\s*(?:{alternation(_WORDS.teasers)})\b(?!\s*:|\s+below\b)", re.IGNORECASE)
_FOOTER = re.compile(rf"^\s*(?:{pattern_alternation(_WORDS.footer_lines)})", re.IGNORECASE)
# A commenter's signature line: a short name, "says:" (or "said..."); not a sentence like "He said:" or
# "A party spokesperson said:".
_COMMENT_AUTHOR = re.compile(
    rf"^\s*(?!(?:{alternation([*_WORDS.comment_pronouns, *_WORDS.speaker_openers])})\s)(?:[\w.'’@-]+\s{{1,2}}){{1,4}}"
    rf"(?:{alternation(_WORDS.comment_verbs)})(?::|\.\.\.|…)\s*$",
    re.IGNORECASE,
)
_OTHER_POSTS = re.compile(rf"^\s*(?:{pattern_alternation(_WORDS.other_posts_labels)})\s*:?\s*$", re.IGNORECASE)
_EXCERPT_END = re.compile(rf"(?:{pattern_alternation(_WORDS.excerpt_ends)})\s*$")


_SITE_LINK = re.compile(rf"(?:{pattern_alternation(_WORDS.site_links)})\s*$", re.IGNORECASE)


def ends_report(line: str) -> bool:
    return bool(_TEASER.match(line) or _FOOTER.match(line) or _COMMENT_AUTHOR.match(line) or counts_reactions(line))


# "46 likes", "9 comments", "3 shares": a count of a social post's reactions
_REACTION_COUNT = re.compile(rf"\b\d[\d,.]*[kK]?\s*(?:{pattern_alternation(_WORDS.reaction_nouns)})\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]")


def counts_reactions(line: str) -> bool:
    """A social post's bar of counts ("👍 46   💬 9 comments   ↗ 3 shares", "12 likes · 4 comments · 2 shares"):
    counts of its reactions, with only icons, figures and separators besides; the comments follow."""
    counts = _REACTION_COUNT.findall(line)
    return (
        bool(counts)
        and (len(counts) > 1 or not line.strip()[0].isalnum())
        and not _WORD.search(_REACTION_COUNT.sub("", line))
    )


# a social post's header: its writer's handle, a separator and its day ("Jo Bloggs @jobloggs · 14 Mar 2023")
_SOCIAL_POST_HEADER = re.compile(r"(?:^|\s)@\w{1,30}\s*[·•|]\s*\S")


def heads_a_social_post(line: str) -> bool:
    """ "Fionnuala Kerr @fkerr · 14 Mar 2023": the header of a social post, quoted inside an article or heading a
    scraped one."""
    return bool(_SOCIAL_POST_HEADER.search(line))


def is_footer_bar(line: str) -> bool:
    """A site's bar at the foot of a page, its items between separators: one of them an imprint or a footer's
    link ("Hallam CLP · Promoted by J. Bloggs ...", "The Institute · Privacy · Cookies"). It ends a report only
    below its body: above it, a bar is the site's header ("Home | News | Contact us")."""
    items = bar_items(line)
    return len(items) > 1 and any(_FOOTER.match(item) or _SITE_LINK.match(item) for item in items[1:])


_OPENS_A_QUOTE = re.compile(r"^\s*[\"“‘']")


def introduces_a_quote(line: str, following: str) -> bool:
    """ "Keir Starmer said:" over a line that opens a quotation: a speaker quoted in the report, not a
    commenter's signature."""
    return bool(_COMMENT_AUTHOR.match(line)) and bool(_OPENS_A_QUOTE.match(following))


def links_inside_an_article(line: str) -> bool:
    """ "Read the full statement on the union's website.": a sentence that points to more, not a teaser's link."""
    return bool(_TEASER.match(line)) and is_sentence(line)


def ends_excerpt(line: str) -> bool:
    """The last line of a post's excerpt on an archive page: the next heading starts another post."""
    return bool(_EXCERPT_END.search(line))


def labels_other_posts(line: str) -> bool:
    """ "Related", "You might also like": the site's list of its other posts follows."""
    return bool(_OTHER_POSTS.match(line))


def opens_what_follows_the_article(line: str) -> bool:
    """A line after which the page holds no more of the article: a commenter's signature ("Sam says:"), a social
    post's bar of counts, a label over the site's other posts ("Most read")."""
    return bool(_COMMENT_AUTHOR.match(line)) or counts_reactions(line) or labels_other_posts(line)
