"""Project-wide checks that belong in every test run: system checks, migrations, catalogs."""

import os
import shutil
from io import StringIO
from pathlib import Path

from django.conf import settings
from django.core.management import call_command

import polib
import pytest

from translations.wagtail_messages import admin_only_keys, needed_in

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
CATALOGS = sorted(LOCALE_DIR.glob("*/LC_MESSAGES/django.po"))
# Folders whose strings are extracted (tests and the virtualenv are not).
SOURCE_DIRS = [
    p.name
    for p in Path(settings.BASE_DIR).iterdir()
    if p.is_dir() and ((p / "apps.py").exists() or p.name == "cms")
]


def entry_keys(catalog):
    return {(e.msgctxt, e.msgid, e.msgid_plural) for e in catalog if not e.obsolete}


def test_system_checks_are_clean():
    out = StringIO()
    call_command("check", fail_level="WARNING", stdout=out)
    assert "no issues" in out.getvalue()


@pytest.mark.django_db
def test_no_missing_migrations():
    call_command("makemigrations", check=True, dry_run=True, stdout=StringIO())


def test_there_is_a_complete_swedish_catalog():
    assert LOCALE_DIR / "sv" / "LC_MESSAGES" / "django.po" in CATALOGS


def test_every_configured_language_has_a_catalog():
    """Django activates a language only if some catalog for it exists; it ships none for
    Somali, Tigrinya or Syriac, so a configured language without ours would fall back to
    Swedish. `make messages` creates the catalog of a newly configured language."""
    for code, _name in settings.LANGUAGES:
        assert LOCALE_DIR / code / "LC_MESSAGES" / "django.po" in CATALOGS, code


@pytest.mark.parametrize("po_path", CATALOGS, ids=lambda p: p.parent.parent.name)
def test_catalog_is_complete_and_compiled(po_path):
    catalog = polib.pofile(str(po_path))
    language = po_path.parent.parent.name
    # Wagtail's admin strings (translations/wagtail_messages.py) only where the admin is.
    admin_only = set() if needed_in(language) else admin_only_keys()
    untranslated = [e.msgid for e in catalog.untranslated_entries() if e.msgid not in admin_only]
    fuzzy = [e.msgid for e in catalog.fuzzy_entries()]
    assert not untranslated, f"{len(untranslated)} untranslated in {po_path}: {untranslated[:10]}"
    assert not fuzzy, f"{len(fuzzy)} fuzzy in {po_path}: {fuzzy[:10]}"
    compiled = polib.mofile(str(po_path.with_suffix(".mo")))
    assert translations(compiled) == translations(catalog), (
        f"{po_path.with_suffix('.mo')} is out of date: run `make messages`"
    )


def translations(catalog):
    """msgid → translation(s) of every translated entry, comparable between .po and .mo."""
    return {
        (e.msgctxt, e.msgid): e.msgstr or tuple(v for _, v in sorted(e.msgstr_plural.items()))
        for e in catalog
        if e.msgid and (e.msgstr or any(e.msgstr_plural.values()))
    }


def test_makemessages_would_not_change_the_catalogs(tmp_path, settings):
    """Every gettext string in the code is in the catalogs, and none is left over."""
    if not shutil.which("xgettext"):
        if os.environ.get("CI") == "true":
            pytest.fail("xgettext is missing in CI: .ci/run must install gettext")
        pytest.skip("xgettext (Debian package gettext) is not installed")
    # makemessages writes into the locale folder nearest to the sources, so it
    # runs in a scratch tree: links to the apps and a copy of the catalogs.
    base = Path(settings.BASE_DIR)
    for source in SOURCE_DIRS:
        (tmp_path / source).symlink_to(base / source, target_is_directory=True)
    shutil.copytree(LOCALE_DIR, tmp_path / "locale")
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    languages = [p.parent.parent.name for p in CATALOGS]
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        call_command(
            "makemessages",
            locale=languages,
            no_obsolete=True,
            no_location=True,
            symlinks=True,
            verbosity=0,
        )
    finally:
        os.chdir(cwd)
    for language in languages:
        relative = Path(language) / "LC_MESSAGES" / "django.po"
        committed = entry_keys(polib.pofile(str(LOCALE_DIR / relative)))
        regenerated = entry_keys(polib.pofile(str(tmp_path / "locale" / relative)))
        assert committed == regenerated, (
            f"locale/{relative} is out of date: run `make messages`. "
            f"Missing: {sorted(regenerated - committed)}; "
            f"left over: {sorted(committed - regenerated)}"
        )
