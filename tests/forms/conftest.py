"""Fixtures for affiliation: an agreement with a contact point and a form page, reviewers, posting.

The form's spam checks are set to values tests can live with (no minimum
fill time, a generous rate limit); the tests of those checks set their own.
The cache, which holds the rate-limit counters, is cleared around every test.
"""

import datetime

from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.test import Client

import pytest

from forms.forms import issue_form_token
from forms.permissions import REVIEWERS_GROUP
from tests.editorial.accounts import group, make_user
from tests.factories.agreements import AgreementContactFactory, ContactPointFactory
from tests.factories.forms import ApplicationPageFactory

VALID = {
    "organisation_name": "Föreningen Gröna Gatan",
    "organisation_number": "802999-0010",
    "organisation_type": "association",
    "activity": "Vi planterar träd och ordnar städdagar i kvarteret.",
    "website": "https://gronagatan.example",
    "street_address": "Gatan 5",
    "postal_code": "151 89",
    "city": "Exempelby",
    "contact_name": "Karin Kontaktsson",
    "contact_role": "Sekreterare",
    "contact_email": "karin.kontaktsson@person.example",
    "contact_phone": "070-123 45 67",
    "signatory_name": "Tore Tecknarsson",
    "signatory_role": "Ordförande",
    "decision_basis": "Styrelsebeslut, protokoll § 4",
    "decision_date": "2025-03-12",
    "confirms_democratic": "on",
    "confirms_values": "on",
    "consents_to_publication": "on",
    "language": "sv",
}

# Every value a person typed that must never appear on a public page,
# in an open-data file or in a log line.
PERSONAL_VALUES = [
    "Karin Kontaktsson",
    "karin.kontaktsson@person.example",
    "070-123 45 67",
    "Tore Tecknarsson",
    "Gatan 5",
]


def form_data(**overrides):
    """A complete, valid submission with a fresh form token; `None` removes a field."""
    data = {**VALID, "form_token": issue_form_token(), **overrides}
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture(autouse=True)
def affiliation_settings(settings):
    settings.AFFILIATION_MIN_FILL_SECONDS = 0
    settings.AFFILIATION_RATE_LIMIT = "1000/h"
    settings.AFFILIATION_NOTIFY_EMAIL = ""
    cache.clear()
    yield settings
    cache.clear()


@pytest.fixture
def contact(db):
    return ContactPointFactory(email="kontakt@exempelby.example")


@pytest.fixture
def agreement_with_contact(agreement, contact):
    AgreementContactFactory(page=agreement, contact_point=contact)
    return agreement


@pytest.fixture
def application_page(agreement_with_contact):
    return ApplicationPageFactory(parent=agreement_with_contact)


@pytest.fixture
def submit(client, django_capture_on_commit_callbacks):
    """Post the form as a browser would, running what waits for the commit (the e-mail task)."""

    def post(page, data=None, *, client=client, **overrides):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(page.url, data if data is not None else form_data(**overrides))

    return post


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def reviewer(db, django_user_model):
    """A member of the affiliation reviewers' group that the forms migration creates."""
    user = django_user_model.objects.create_user(
        "granskare", "granskare@kommun.example", "password", first_name="Greta"
    )
    user.groups.add(group(REVIEWERS_GROUP))
    return user


@pytest.fixture
def reviewer_client(reviewer):
    return logged_in(reviewer)


@pytest.fixture
def swedish_reviewer_client(db, django_user_model):
    """A reviewer whose admin speaks Swedish, as most reviewers' does."""
    user = make_user(django_user_model, "handlaggare", [REVIEWERS_GROUP], language="sv")
    return logged_in(user)


@pytest.fixture
def other_staff_client(db, django_user_model):
    """Staff with admin access and even the plain model permissions, but not a reviewer."""
    user = django_user_model.objects.create_user("redaktor", "redaktor@kommun.example", "pw")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_application"),
        Permission.objects.get(codename="change_application"),
    )
    return logged_in(user)


@pytest.fixture
def today():
    return datetime.date.today()
