"""Which of an agreement's contacts answers applications.

An agreement may list several contacts (one per party is common). The rule
(`AgreementPage.application_contact`): the first contact, in the editor's
order, whose contact point is published and has an e-mail address. Its
address is the reply-to of the applicant's e-mails and, without
AFFILIATION_NOTIFY_EMAIL, where the office is told of a new application.
"""

import logging

from django.core import mail

import pytest

from forms.models import Application
from tests.factories import AgreementContactFactory, ContactPointFactory
from tests.factories.forms import ApplicationPageFactory

pytestmark = pytest.mark.django_db


def listing(agreement, *points):
    for order, point in enumerate(points):
        AgreementContactFactory(page=agreement, contact_point=point, sort_order=order)
    return ApplicationPageFactory(parent=agreement)


def test_the_first_published_contact_with_an_e_mail_answers(submit, agreement):
    page = listing(
        agreement,
        ContactPointFactory(name="Utan e-post", email=""),
        ContactPointFactory(name="Utkast", email="utkast@exempelby.example", live=False),
        ContactPointFactory(name="Kontoret", email="kontoret@exempelby.example"),
        ContactPointFactory(name="Nätverket", email="kansli@natverket.example"),
    )

    assert submit(page).status_code == 303

    confirmation, notification = mail.outbox
    assert confirmation.reply_to == ["kontoret@exempelby.example"]
    assert notification.to == ["kontoret@exempelby.example"]


def test_reordering_the_contacts_changes_who_answers(submit, agreement):
    office = ContactPointFactory(name="Kontoret", email="kontoret@exempelby.example")
    network = ContactPointFactory(name="Nätverket", email="kansli@natverket.example")
    page = listing(agreement, network, office)

    submit(page)

    assert mail.outbox[0].reply_to == ["kansli@natverket.example"]


def test_without_a_contact_with_an_e_mail_no_reply_to_is_made_up(submit, agreement, caplog):
    page = listing(agreement, ContactPointFactory(name="Kontoret", email=""))
    caplog.set_level(logging.WARNING)

    submit(page)

    [confirmation] = mail.outbox
    assert confirmation.reply_to == []
    application = Application.objects.get()
    assert application.notification_sent_at is None
    assert f"application {application.reference} was not notified" in caplog.text
