"""E-mails go out in the background, after the application is stored; an outage loses nothing."""

import logging
from io import StringIO

from django.core import mail
from django.core.management import call_command
from django.utils import translation

import pytest
from django_tasks import default_task_backend

from forms import tasks
from forms.models import Application
from tests.forms.conftest import PERSONAL_VALUES, form_data

pytestmark = pytest.mark.django_db


class BrokenEmailBackend:
    """An SMTP server that is down; its error quotes the recipient, as real ones do."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        recipients = ", ".join(r for m in messages for r in m.recipients())
        raise ConnectionRefusedError(f"SMTP refused <{recipients}>")


def in_language(language, message, **values):
    with translation.override(language):
        return translation.gettext(message) % values


def test_emails_are_queued_as_a_task_once_the_application_is_committed(
    client, application_page, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.post(application_page.url, form_data())

    assert response.status_code == 303
    application = Application.objects.get()
    assert default_task_backend.results == []  # nothing before the commit
    for callback in callbacks:
        callback()
    [queued] = default_task_backend.results
    assert queued.task.func is tasks.send_application_emails.func
    assert queued.args == [application.pk]
    assert mail.outbox == []  # queued, not sent in the request


def test_confirmation_goes_to_the_contact_in_their_language_and_notice_to_the_office(
    submit, application_page
):
    response = submit(application_page, language="en")

    assert response.status_code == 303
    application = Application.objects.get()
    confirmation, notification = mail.outbox
    assert confirmation.to == ["karin.kontaktsson@person.example"]
    assert confirmation.subject == in_language(
        "en",
        "We have received your application to join the agreement (%(reference)s)",
        reference=application.reference,
    )
    assert application.reference in confirmation.body
    assert notification.to == ["kontakt@exempelby.example"]
    assert f"/admin/affiliation/applications/inspect/{application.pk}/" in notification.body
    for value in PERSONAL_VALUES:
        assert value not in notification.body, value
    application.refresh_from_db()
    assert application.confirmation_sent_at is not None
    assert application.notification_sent_at is not None


def test_liaison_office_address_setting_wins_over_the_contact_point(
    submit, application_page, settings
):
    settings.AFFILIATION_NOTIFY_EMAIL = "anslutning@kommun.example"
    submit(application_page)
    assert mail.outbox[1].to == ["anslutning@kommun.example"]


def test_email_outage_never_loses_or_blocks_an_application(
    client, submit, application_page, settings, caplog
):
    settings.EMAIL_BACKEND = "tests.forms.test_emails.BrokenEmailBackend"
    caplog.set_level(logging.DEBUG)

    response = submit(application_page)

    assert response.status_code == 303
    receipt = client.get(response["Location"])
    application = Application.objects.get()
    assert application.reference in receipt.content.decode()
    assert application.confirmation_sent_at is None
    assert application.notification_sent_at is None
    assert "send_pending_affiliation_emails" in caplog.text
    for value in PERSONAL_VALUES:
        assert value not in caplog.text, value

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    out = StringIO()
    call_command("send_pending_affiliation_emails", stdout=out)

    assert sorted(m.to[0] for m in mail.outbox) == [
        "karin.kontaktsson@person.example",
        "kontakt@exempelby.example",
    ]
    application.refresh_from_db()
    assert application.confirmation_sent_at is not None
    assert application.notification_sent_at is not None
    assert "Sent 1 confirmation(s), 1 notification(s)" in out.getvalue()

    call_command("send_pending_affiliation_emails", stdout=StringIO())
    assert len(mail.outbox) == 2  # nothing is sent twice
