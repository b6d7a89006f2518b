"""Arabic pages read in Arabic order: glosses after names, Arabic commas, dual forms.

A Swedish name with an Arabic gloss ("Kommunfullmäktige (المجلس البلدي)")
isolated as one left-to-right run puts the gloss where an Arabic reader starts;
the decision line must not mix Latin commas into Arabic text; and counts of
one and two read as Arabic says them ("مشكلة واحدة", "مشكلتان"), not "2
مشكلتان" ("2 two-problems").
"""

import re
from pathlib import Path

from django.conf import settings
from django.utils import translation

import polib
import pytest
from bs4 import BeautifulSoup

from agreements.models.decisions import Decision, DecisionKind
from tests import clock
from tests.agreements.conftest import translate_tree

pytestmark = pytest.mark.django_db

GLOSSED = "Kommunfullmäktige (المجلس البلدي)"
UNIT = "Kultur- och fritidskontoret (مكتب الثقافة والترفيه)"


def decided_by(page, body):
    """`page` with one decision, adopted by `body` a year ago, § 31."""
    page.decisions = [
        Decision(kind=DecisionKind.ADOPTED, body=body, date=clock.years_ago(1), paragraph="§ 31")
    ]
    page.save_revision().publish()
    return page


@pytest.fixture
def arabic_agreement(agreement):
    decided_by(agreement, GLOSSED)
    translated = translate_tree(agreement, "ar")
    decisions = list(translated.decisions.all())
    for decision in decisions:
        decision.body = GLOSSED
    translated.decisions = decisions
    translated.save_revision().publish()
    return translated


def adopted_line(client, page):
    html = BeautifulSoup(client.get(page.url).content, "html.parser")
    return html.select_one(".facts__decisions li")


def translation_of(message, language="ar"):
    with translation.override(language):
        return translation.gettext(message)


def test_a_gloss_is_read_after_the_name_it_explains(client, arabic_agreement):
    line = adopted_line(client, arabic_agreement)
    name, gloss = line.find_all("bdi")[:2]
    assert name.get_text() == "Kommunfullmäktige"
    assert gloss.get_text() == "المجلس البلدي"
    assert "(" not in name.get_text() and "(" not in gloss.get_text()


def test_the_decision_line_uses_arabic_commas(client, arabic_agreement):
    text = " ".join(adopted_line(client, arabic_agreement).get_text().split())
    assert "،" in text
    assert "," not in text, text


def test_a_name_without_a_gloss_stays_one_isolated_run(client, agreement):
    decided_by(agreement, "Kommunstyrelsen")
    html = BeautifulSoup(client.get(agreement.url).content, "html.parser")
    assert html.find("bdi", string="Kommunstyrelsen") is not None


ONE_AND_TWO = [
    (
        "There is %(counter)s problem with the registration",
        "There are %(counter)s problems with the registration",
        "مشكلة واحدة",
        "مشكلتان",
    ),
    (
        "There is %(counter)s problem with the application",
        "There are %(counter)s problems with the application",
        "مشكلة واحدة",
        "مشكلتان",
    ),
    ("%(counter)s place left.", "%(counter)s places left.", "مكان واحد", "مكانان"),
    (
        "%(counter)s result for “%(query)s”",
        "%(counter)s results for “%(query)s”",
        "نتيجة واحدة",
        "نتيجتان",
    ),
]


@pytest.mark.parametrize(("singular", "plural", "one", "two"), ONE_AND_TWO)
def test_one_and_two_are_said_in_words_without_the_digit(singular, plural, one, two):
    with translation.override("ar"):
        for count, word in ((1, one), (2, two)):
            text = translation.ngettext(singular, plural, count) % {"counter": count, "query": "x"}
            assert word in text
            assert str(count) not in text, text


def test_no_arabic_plural_names_the_count_beside_a_singular_or_dual():
    """Forms 1 (one) and 2 (two) of every Arabic plural message that counts one thing
    say the number in the word itself: the count's placeholder is not in them."""
    catalog = polib.pofile(str(Path(settings.BASE_DIR) / "locale/ar/LC_MESSAGES/django.po"))
    doubled = []
    for entry in catalog:
        placeholders = set(re.findall(r"%\((\w+)\)", entry.msgid_plural or ""))
        if len(placeholders) != 1 or not entry.msgid_plural:
            continue  # two numbers ("%(held)s of %(required)s"): the digits are needed
        (count,) = placeholders
        if entry.msgid == entry.msgid_plural:
            continue
        for form in (1, 2):
            if f"%({count})" in entry.msgstr_plural.get(form, ""):
                doubled.append((entry.msgid, form))
    assert doubled == []
