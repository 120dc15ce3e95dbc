"""The people service: how people are named on a page and who they are.

Name forms and the page's full names (:mod:`.forms`), fullest-form resolution (:mod:`.fullest`), initials
(:mod:`.initials`), titles, honours and role words (:mod:`.titles`), roles and their holders (:mod:`.roles`),
names as running text writes them (:mod:`.written`),
the gazetteer of known people (:mod:`.gazetteer`), the author as a person (:mod:`.author`) and the name a text
signs with at its close or a page gives only at its edges (:mod:`.signed`). Used by the
speakers and motions extractors and by the page's byline.
"""

from __future__ import annotations

from nec_extract.language.people.author import author_names, single_author
from nec_extract.language.people.forms import (
    CAPITALS_WORD,
    FULL_NAME,
    NAME_WORD,
    PageName,
    is_name_word,
    page_names,
    person_words,
)
from nec_extract.language.people.fullest import names_on_page, resolve_name
from nec_extract.language.people.initials import declared_initials, initials_map
from nec_extract.language.people.roles import RoleHolder, nearest_role_holder, role_holders, role_key, role_title
from nec_extract.language.people.titles import strip_titles
from nec_extract.language.people.written import SHORTHAND_ROLE_START, clean_name, minuted_name_re, written_name_re

__all__ = [
    "CAPITALS_WORD",
    "FULL_NAME",
    "NAME_WORD",
    "SHORTHAND_ROLE_START",
    "PageName",
    "RoleHolder",
    "author_names",
    "clean_name",
    "declared_initials",
    "initials_map",
    "is_name_word",
    "minuted_name_re",
    "names_on_page",
    "nearest_role_holder",
    "page_names",
    "person_words",
    "resolve_name",
    "role_holders",
    "role_key",
    "role_title",
    "single_author",
    "strip_titles",
    "written_name_re",
]
