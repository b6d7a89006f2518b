"""Month names in our catalogs, for languages Django ships no translations for.

Dates are written with Django's `date` filter ("3 March 2025"), whose month
names come from Django's own catalogs. Django has none for Somali (and other
languages we may configure), so without these the month would fall back to
Swedish. Marking them here puts them in `locale/`, where translators give
them; for languages Django does ship, the translations simply agree.
"""

from django.utils.translation import gettext_noop

MONTHS = [
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
]
