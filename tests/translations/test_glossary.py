"""Each language's catalog uses its glossary's terms (locale/glossary/<code>.json).

A term translated two ways reads as two things ("cillad" and "dhibaato" for
one "problem"); a word replaced by the established one must not come back
("helppolukuinen" for "selkokieli").
"""

import json
import re
from pathlib import Path

from django.conf import settings

import polib
import pytest

LOCALE = Path(settings.BASE_DIR) / "locale"
CODES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def glossary(code):
    return json.loads((LOCALE / "glossary" / f"{code}.json").read_text(encoding="utf-8"))


def translations(entry):
    if entry.msgstr_plural:
        return list(entry.msgstr_plural.values())
    return [entry.msgstr]


def catalog(code):
    return [
        entry
        for entry in polib.pofile(str(LOCALE / code / "LC_MESSAGES" / "django.po"))
        if not entry.obsolete and entry.translated()
    ]


@pytest.mark.parametrize("code", CODES)
def test_every_language_has_a_glossary(code):
    data = glossary(code)
    assert set(data) >= {"terms", "forbidden_anywhere"}


@pytest.mark.parametrize("code", CODES)
def test_the_catalog_follows_its_glossary(code):
    data = glossary(code)
    problems = []
    for entry in catalog(code):
        english = " ".join(filter(None, [entry.msgid, entry.msgid_plural]))
        for text in translations(entry):
            for pattern in data["forbidden_anywhere"]:
                if re.search(pattern, text, re.IGNORECASE):
                    problems.append(f"{text!r} contains the replaced term {pattern!r}")
            for term in data["terms"]:
                if not re.search(term["en"], english, re.IGNORECASE):
                    continue
                if not re.search(term["required"], text):
                    problems.append(f"{english!r} → {text!r} lacks {term['required']!r}")
                for pattern in term["forbidden"]:
                    if re.search(pattern, text, re.IGNORECASE):
                        problems.append(f"{english!r} → {text!r} uses {pattern!r}")
    assert not problems, "\n".join(problems)
