"""Tidy the gettext catalogs after `makemessages`, list what is untranslated, fill it in.

`makemessages` leaves three chores that are the same every time: the
Plural-Forms header of each language, English entries (our msgids are
English, so the English catalog repeats them) and fuzzy guesses, which we
never ship because a wrong guess is worse than a missing one. This command
does those, and with `--missing` / `--fill` lets a translator (or a script)
work on a JSON file instead of five .po files:

    manage.py tidy_catalogs --missing > todo.json      # {"fi": {"msgid": ""}, ...}
    manage.py tidy_catalogs --fill done.json           # same shape, filled in

Keys are the msgid, or "context\x04msgid" for strings with a context; plural
entries take a list with one string per plural form of the language.
"""

import json
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

import polib

from translations.wagtail_messages import admin_only_keys, needed_in

# gettext's plural rules, as in the CLDR-derived tables gettext ships.
PLURAL_FORMS = {
    "ar": (
        "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : "
        "n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);"
    ),
}
DEFAULT_PLURAL_FORMS = "nplurals=2; plural=(n != 1);"
SOURCE_LANGUAGE = "en"


def catalog_paths():
    return sorted((Path(settings.BASE_DIR) / "locale").glob("*/LC_MESSAGES/django.po"))


def entry_key(entry):
    return f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt else entry.msgid


class Command(BaseCommand):
    help = "Fix catalog headers, copy English, drop fuzzy guesses; list or fill missing strings."

    def add_arguments(self, parser):
        parser.add_argument("--missing", action="store_true", help="Print untranslated as JSON.")
        parser.add_argument("--fill", metavar="JSON", help="Apply translations from a JSON file.")

    def handle(self, *args, missing=False, fill=None, **options):
        translations = json.loads(Path(fill).read_text()) if fill else {}
        todo = {}
        admin_only = admin_only_keys()
        for path in catalog_paths():
            language = path.parent.parent.name
            catalog = polib.pofile(str(path))
            catalog.metadata["Language"] = language
            catalog.metadata["Plural-Forms"] = PLURAL_FORMS.get(language, DEFAULT_PLURAL_FORMS)
            catalog.metadata["Content-Type"] = "text/plain; charset=UTF-8"
            # Dates change on every run and only make merges conflict.
            catalog.metadata.pop("POT-Creation-Date", None)
            catalog.metadata.pop("PO-Revision-Date", None)
            nplurals = int(catalog.metadata["Plural-Forms"].split(";")[0].split("=")[1])
            given = translations.get(language, {})
            for entry in catalog:
                if entry.obsolete:
                    continue
                if "fuzzy" in entry.flags:
                    entry.flags.remove("fuzzy")
                    entry.previous_msgid = entry.previous_msgid_plural = None
                    entry.previous_msgctxt = None
                    entry.msgstr = ""
                    entry.msgstr_plural = dict.fromkeys(entry.msgstr_plural, "")
                key = entry_key(entry)
                if language == SOURCE_LANGUAGE:
                    if entry.msgid_plural:
                        entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
                    else:
                        entry.msgstr = entry.msgid
                elif given.get(key):
                    value = given[key]
                    if entry.msgid_plural:
                        forms = value if isinstance(value, list) else [value]
                        forms = (forms + [forms[-1]] * nplurals)[:nplurals]
                        entry.msgstr_plural = dict(enumerate(forms))
                    else:
                        entry.msgstr = value
                if key in admin_only and not needed_in(language):
                    continue  # Wagtail's own catalog of a language the admin is not in
                if entry.msgid_plural:
                    if not all(entry.msgstr_plural.get(i) for i in range(nplurals)):
                        todo.setdefault(language, {})[key] = [""] * nplurals
                elif not entry.msgstr:
                    todo.setdefault(language, {})[key] = ""
            catalog.save(str(path))
        if missing:
            json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)
            sys.stdout.write("\n")
        else:
            count = sum(len(v) for v in todo.values())
            self.stdout.write(f"{count} untranslated entries" if count else "Catalogs complete.")
