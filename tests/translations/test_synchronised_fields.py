"""What a translation copies from its source, and where the language links lead.

Decision dates, record numbers, paragraphs and plan periods are facts of the adopted
text, not words to translate: a translation shows them exactly as the source
has them, and follows when the source changes. Alias pages (wagtail-localize's
copies of the source under another language's URL) are never offered as a
language version.
"""

import re

from wagtail.models import Locale

import pytest

from agreements.models import Decision
from tests import clock
from tests.factories import ActivityPlanPageFactory, AgreementPageFactory

from .test_translations import translate

pytestmark = pytest.mark.django_db

DECISION = {
    "record_number": "KS 2024/512",
    "paragraph": "§ 118",
    "url": "https://kommun.example/protokoll/ks-118",
}


def decided(**facts):
    """An agreement's decision: its body is words to translate, the rest facts of the record."""
    return {
        "decisions": [
            Decision(kind="adopted", body="Kommunfullmäktige", date=clock.years_ago(1), **facts)
        ]
    }


def decision_facts(page):
    decision = page.decisions.get()
    return {field: getattr(decision, field) for field in ("date", *DECISION)}


@pytest.fixture
def english_parents(home_page, agreement_index, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        translate(home_page, "en", "EN")
        translate(agreement_index, "en", "EN")


def test_a_translation_keeps_the_decision_and_the_plan_period_of_its_source(
    english_parents, agreement_index, django_capture_on_commit_callbacks
):
    agreement = AgreementPageFactory(parent=agreement_index, **decided(**DECISION))
    plan = ActivityPlanPageFactory(
        parent=agreement, period_start=clock.years_ago(0), period_end=clock.years_ahead(1)
    )
    with django_capture_on_commit_callbacks(execute=True):
        translate(agreement, "en", "EN")
        _translation, english_plan = translate(plan, "en", "EN")
    english = agreement.get_translation(Locale.objects.get(language_code="en"))

    # Every translatable string was prefixed "EN": none of these may be among them.
    assert decision_facts(english) == {"date": clock.years_ago(1), **DECISION}
    assert english.decisions.get().body == "EN Kommunfullmäktige"
    assert (english_plan.period_start, english_plan.period_end) == (
        clock.years_ago(0),
        clock.years_ahead(1),
    )


def test_a_translation_follows_when_the_source_decision_changes(
    english_parents, agreement_index, django_capture_on_commit_callbacks
):
    agreement = AgreementPageFactory(parent=agreement_index, **decided(**DECISION))
    with django_capture_on_commit_callbacks(execute=True):
        translation, english = translate(agreement, "en", "EN")

    decision = agreement.decisions.get()
    decision.record_number = "KS 2025/77"
    decision.paragraph = "§ 9"
    agreement.decisions = [decision]
    agreement.save_revision().publish()
    translation.source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    english.refresh_from_db()
    decision = english.decisions.get()
    assert (decision.record_number, decision.paragraph) == ("KS 2025/77", "§ 9")


def test_language_links_never_lead_to_an_alias_page(english_parents, agreement_index, client):
    """An English alias of a Swedish agreement is the Swedish text under /en/: not offered."""
    agreement = AgreementPageFactory(parent=agreement_index)
    english_index = agreement_index.get_translation(Locale.objects.get(language_code="en"))
    alias = agreement.create_alias(
        parent=english_index, update_locale=english_index.locale, reset_translation_key=False
    )
    assert (alias.alias_of_id, alias.translation_key) == (agreement.pk, agreement.translation_key)

    html = client.get(agreement.url).content.decode()
    assert alias.url not in html
    assert not re.search(r'<link rel="alternate" hreflang="en"', html), (
        "an English version is offered"
    )
    # The alias itself says the page is not translated and links the original.
    response = client.get(alias.url)
    assert response.status_code == 404
    assert f'href="{agreement.url}"' in response.content.decode()
