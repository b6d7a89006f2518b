"""Direction overrides and invisible characters never get past a public form.

An unterminated right-to-left override (U+202E) in an organisation name
would reverse whatever follows it in the public register, the open data, a
spreadsheet or an e-mail subject; zero-width characters make names that look
alike compare different. Every public form removes them (home/text.py).
"""

import csv
import io
import json

from django.core import mail
from django.core.management import call_command
from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from forms.models import Application, Registration
from tests.agreements.conftest import in_days, registration_data
from tests.factories import EventIndexPageFactory, EventPageFactory
from tests.factories.forms import ApplicationFactory
from tests.forms.conftest import VALID

pytestmark = pytest.mark.django_db

# One of each kind the clean-up removes, and a name that carries them all.
HOSTILE = [
    "\u202a",  # left-to-right embedding
    "\u202b",  # right-to-left embedding
    "\u202c",  # pop directional formatting
    "\u202d",  # left-to-right override
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\u2067",  # right-to-left isolate
    "\u2068",  # first strong isolate
    "\u2069",  # pop directional isolate
    "\u200b",  # zero-width space
    "\u200c",  # zero-width non-joiner
    "\u200d",  # zero-width joiner
    "\u200e",  # left-to-right mark
    "\u200f",  # right-to-left mark
    "\ufeff",  # zero-width no-break space
]
NAME = "Föreningen Gröna Gatan"
HOSTILE_NAME = "Föreningen \u202eGröna\u2066 Gat\u200ban\u200f\u202d"


def assert_clean(text):
    found = [f"U+{ord(c):04X}" for c in text if c in HOSTILE]
    assert not found, found


def approve(reviewer_client, application, capture):
    with capture(execute=True):
        response = reviewer_client.post(
            reverse("forms_application:approve", args=[application.pk]), {}
        )
    assert response.status_code == 302


def test_the_affiliation_form_removes_them_before_anything_is_stored_or_shown(
    client, submit, application_page, reviewer_client, django_capture_on_commit_callbacks
):
    agreement = application_page.get_parent().specific
    response = submit(
        application_page,
        organisation_name=HOSTILE_NAME,
        activity="Vi planterar\u202e träd.\nOch städar\u200b.",
        contact_name="Karin\u2067 Kontaktsson",
        signatory_name="".join(HOSTILE) + "Tore Tecknarsson",
        city="Exempel\u200dby",
    )
    assert response.status_code == 303

    application = Application.objects.get()
    assert application.organisation_name == NAME
    assert application.activity == "Vi planterar träd.\nOch städar."
    assert application.contact_name == "Karin Kontaktsson"
    assert application.signatory_name == "Tore Tecknarsson"
    assert application.city == "Exempelby"
    notification = next(m for m in mail.outbox if m.to == ["kontakt@exempelby.example"])
    assert NAME in notification.subject
    assert_clean(notification.subject)

    approve(reviewer_client, application, django_capture_on_commit_callbacks)

    page = BeautifulSoup(client.get(agreement.url).content, "html.parser")
    assert NAME in page.get_text()
    assert_clean(page.get_text())
    data = client.get(reverse("forms_open_data_json", args=[agreement.pk])).content.decode()
    assert [row["organisation_name"] for row in json.loads(data)["signatories"]] == [NAME]
    assert_clean(data)
    rows = list(
        csv.DictReader(
            io.StringIO(
                client.get(reverse("forms_open_data_csv", args=[agreement.pk])).content.decode(
                    "utf-8-sig"
                )
            )
        )
    )
    assert [row["organisation_name"] for row in rows] == [NAME]


def test_a_name_of_invisible_characters_only_is_a_missing_name(submit, application_page):
    response = submit(application_page, organisation_name="".join(HOSTILE))
    assert response.status_code == 200
    assert not Application.objects.exists()
    errors = BeautifulSoup(response.content, "html.parser").find(id="error-summary")
    assert errors is not None


def test_the_event_registration_form_removes_them(client, agreement):
    events = EventIndexPageFactory(parent=agreement)
    event = EventPageFactory(
        parent=events, start=in_days(20), registration_enabled=True, capacity=None
    )
    response = client.post(
        event.url + "register/",
        registration_data(
            name="Rut\u202e Registrerad",
            organisation="Före\u200bningen\u2068",
            interpretation_language="Arabiska\u200f",
            accessibility_needs="Hörslinga\u202e\nRamp\ufeff",
            food_needs="Vege\u2069tariskt",
        ),
    )
    assert response.status_code == 303
    registration = Registration.objects.get()
    assert registration.name == "Rut Registrerad"
    assert registration.organisation == "Föreningen"
    assert registration.interpretation_language == "Arabiska"
    assert registration.accessibility_needs == "Hörslinga\nRamp"
    assert registration.food_needs == "Vegetariskt"


def test_an_e_mail_subject_never_carries_them_even_from_older_data(agreement_with_contact):
    """An application stored before the clean-up existed still gets a clean subject."""
    application = ApplicationFactory(
        agreement=agreement_with_contact,
        organisation_name=HOSTILE_NAME,
        notification_sent_at=None,
    )
    call_command("send_pending_affiliation_emails", verbosity=0)
    [notification] = mail.outbox
    assert application.reference in notification.subject
    assert NAME in notification.subject
    assert_clean(notification.subject)


def test_the_valid_submission_itself_is_unchanged(submit, application_page):
    """The clean-up takes nothing a person means to type (Swedish, Arabic, punctuation)."""
    response = submit(
        application_page,
        organisation_name="جمعية الصداقة – Vänskapsföreningen (Södertälje)",
        contact_name=VALID["contact_name"],
    )
    assert response.status_code == 303
    assert Application.objects.get().organisation_name == (
        "جمعية الصداقة – Vänskapsföreningen (Södertälje)"
    )
