"""Fixtures for events: a listing under the agreement, an upcoming event taking registrations."""

import datetime

from django.core.cache import cache
from django.utils import timezone, translation

from wagtail.models import Locale

import pytest

from forms.forms import issue_form_token
from tests.factories import (
    AgreementContactFactory,
    ContactPointFactory,
    EventIndexPageFactory,
    EventPageFactory,
)

REGISTRANT = {
    "name": "Rut Registrerad",
    "organisation": "Föreningen Exempel",
    "email": "rut.registrerad@person.example",
    "interpretation_language": "Arabiska",
    "accessibility_needs": "Hörslinga",
    "food_needs": "Vegetariskt",
}


# What the page says after every registration, new or not (the e-mail tells the rest).
RECEIPT_MESSAGE = (
    "Thank you, we have received your registration. You will get an e-mail at the address "
    "you gave that says whether you have a place or are on the waiting list."
)


def sv(message):
    """`message` as a Swedish visitor sees it (the site's language at "/")."""
    with translation.override("sv"):
        return translation.gettext(message)


def registration_data(**overrides):
    data = {**REGISTRANT, "form_token": issue_form_token(), **overrides}
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture(autouse=True)
def form_settings(settings):
    settings.AFFILIATION_MIN_FILL_SECONDS = 0
    settings.EVENT_REGISTRATION_RATE_LIMIT = "1000/h"
    cache.clear()
    yield settings
    cache.clear()


@pytest.fixture
def events_index(agreement):
    AgreementContactFactory(
        page=agreement, contact_point=ContactPointFactory(email="kontakt@exempelby.example")
    )
    return EventIndexPageFactory(parent=agreement, title="Forum och möten")


def in_days(days, hour=17):
    return (timezone.now() + datetime.timedelta(days=days)).replace(
        hour=hour, minute=0, second=0, microsecond=0
    )


@pytest.fixture
def open_event(events_index):
    """An upcoming forum with two places and a waiting list."""
    return EventPageFactory(
        parent=events_index,
        title="Dialogforum om lokaler",
        start=in_days(30),
        registration_enabled=True,
        capacity=2,
        waiting_list=True,
    )


@pytest.fixture
def register(client, django_capture_on_commit_callbacks):
    """Post the registration form as a browser would, running the e-mail task after commit."""

    def post(event, *, client=client, **overrides):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(event.url + "register/", registration_data(**overrides))

    return post


def translate_tree(page, language_code):
    """`page` and its ancestors up to the home page copied into a language and published."""
    locale = Locale.objects.get(language_code=language_code)
    translated = None
    for ancestor in [*page.get_ancestors().filter(depth__gte=2), page]:
        ancestor = ancestor.specific
        existing = ancestor.get_translation_or_none(locale)
        if existing is None:
            existing = ancestor.copy_for_translation(locale)
            existing.save_revision().publish()
        translated = type(ancestor).objects.get(pk=existing.pk)
    return translated
