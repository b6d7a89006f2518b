"""E-mails about one municipality's pages carry its sender, name, liaison office and host."""

from django.core import mail

import pytest

from forms import emails
from home.municipality import MunicipalitySettings
from tests.factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory
from tests.factories.forms import ApplicationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def exempelby_settings(other_site):
    return MunicipalitySettings.objects.create(
        site=other_site,
        name="Exempelby kommun",
        liaison_office="Föreningsservice",
        email_sender="foreningsservice@exempelby.example",
    )


def test_application_confirmation_is_sent_as_the_agreements_municipality(
    settings, exempelby_settings, agreement, other_agreement
):
    mail.outbox.clear()
    emails.send_confirmation(
        ApplicationFactory(agreement=other_agreement, confirmation_sent_at=None)
    )
    message = mail.outbox[-1]
    assert message.from_email == "foreningsservice@exempelby.example"
    assert "Föreningsservice, Exempelby kommun" in message.body
    assert "http://exempelby.localhost/" in message.body
    assert settings.WAGTAIL_SITE_NAME not in message.body


def test_the_first_sites_e_mails_stay_as_they_were(settings, exempelby_settings, agreement):
    mail.outbox.clear()
    emails.send_confirmation(ApplicationFactory(agreement=agreement, confirmation_sent_at=None))
    message = mail.outbox[-1]
    assert message.from_email == settings.DEFAULT_FROM_EMAIL
    assert settings.WAGTAIL_SITE_NAME in message.body
    assert "exempelby" not in message.body.lower()


def test_event_registration_e_mail_is_sent_as_the_events_municipality(
    exempelby_settings, other_agreement
):
    from forms.registration_tasks import send_to_registrant
    from tests import clock

    events = EventIndexPageFactory(parent=other_agreement)
    event = EventPageFactory(parent=events, start=clock.at(10), capacity=10)
    mail.outbox.clear()
    send_to_registrant(RegistrationFactory(event=event), "forms/emails/registration_confirmation")
    message = mail.outbox[-1]
    assert message.from_email == "foreningsservice@exempelby.example"
    assert "Exempelby kommun" in message.body
    assert "http://exempelby.localhost/" in message.body
