"""With the mail server down, registrations are stored and their e-mails go out when it returns.

Production settings: the database task backend and its worker, SMTP to a
port where nothing listens; `send_pending_registration_emails` (every 15
minutes in production) sends what failed once the server is back, until the
event ends.
"""

import logging
from io import StringIO

from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.utils import timezone

import icalendar
import pytest
from bs4 import BeautifulSoup
from django_tasks_db.models import DBTaskResult

from forms import registration_tasks as tasks
from forms.models import Registration, RegistrationStatus
from tests.agreements.conftest import REGISTRANT, in_days, translate_tree
from tests.factories import EventPageFactory, RegistrationFactory

pytestmark = pytest.mark.django_db

LOCMEM = "django.core.mail.backends.locmem.EmailBackend"


def send_pending():
    out = StringIO()
    call_command("send_pending_registration_emails", stdout=out)
    return out.getvalue()


def calendar_event(message):
    [(filename, content, mimetype)] = message.attachments
    assert filename == "event.ics"
    assert mimetype.startswith("text/calendar")
    [vevent] = icalendar.Calendar.from_ical(content).walk("VEVENT")
    return vevent


def test_registration_survives_a_mail_outage_and_is_confirmed_when_it_returns(
    database_tasks, smtp_down, run_worker, settings, register, client, open_event, caplog
):
    caplog.set_level(logging.DEBUG)
    event_en = translate_tree(open_event, "en")

    response = register(event_en)

    assert response.status_code == 303
    registration = Registration.objects.get()
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.language == "en"
    places = BeautifulSoup(client.get(open_event.url).content, "html.parser").get_text()
    assert "1 plats kvar." in places  # the place is counted although no e-mail went out
    queued = DBTaskResult.objects.filter(task_path__endswith="send_registration_email")
    assert queued.count() == 1  # queued, not sent during the request

    run_worker()  # the mail server refuses
    assert mail.outbox == []
    registration.refresh_from_db()
    assert registration.confirmation_sent_at is None
    assert f"{registration.reference} (ConnectionRefusedError)" in caplog.text
    assert "send_pending_registration_emails will try again" in caplog.text

    # Still down at the next run: nothing sent, nothing marked.
    assert send_pending().endswith("0 confirmation(s), 0 promotion(s); 1 could not be sent.\n")
    registration.refresh_from_db()
    assert registration.confirmation_sent_at is None

    settings.EMAIL_BACKEND = LOCMEM  # the mail server is back
    output = send_pending()

    assert output == "Sent 1 confirmation(s), 0 promotion(s); 0 could not be sent.\n"
    [message] = mail.outbox
    assert message.to == [REGISTRANT["email"]]
    assert "Your registration" in message.subject
    assert "You have a place" in message.body
    assert f"{event_en.full_url}cancel/{registration.cancel_token}/" in message.body
    assert str(calendar_event(message)["URL"]) == event_en.full_url
    registration.refresh_from_db()
    assert registration.confirmation_sent_at is not None

    assert send_pending() == "Sent 0 confirmation(s), 0 promotion(s); 0 could not be sent.\n"
    assert len(mail.outbox) == 1  # nothing is sent twice

    for value in REGISTRANT.values():
        assert value not in caplog.text, value


def test_a_promotion_is_retried_the_same_way(
    smtp_down, settings, register, client, open_event, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = LOCMEM
    for letter in "abc":  # two places, the third person waits
        register(open_event, email=f"{letter}@person.example")
    first = Registration.objects.get(email="a@person.example")
    mail.outbox.clear()

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"  # down again
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"{open_event.url}cancel/{first.cancel_token}/")
    assert response.status_code == 200
    promoted = Registration.objects.get(email="c@person.example")
    assert promoted.status == RegistrationStatus.CONFIRMED
    assert promoted.promoted_at is not None
    assert promoted.promotion_sent_at is None
    assert mail.outbox == []

    settings.EMAIL_BACKEND = LOCMEM
    assert send_pending() == "Sent 0 confirmation(s), 1 promotion(s); 0 could not be sent.\n"
    [message] = mail.outbox
    assert message.to == ["c@person.example"]
    assert "Du har fått en plats" in message.subject
    assert str(calendar_event(message)["SUMMARY"]) == open_event.title
    promoted.refresh_from_db()
    assert promoted.promotion_sent_at is not None

    send_pending()
    assert len(mail.outbox) == 1


def test_a_promoted_registration_gets_the_promotion_only(open_event):
    # Neither e-mail went out: the waiting-list confirmation is superseded.
    registration = RegistrationFactory(event=open_event, promoted_at=timezone.now())

    assert send_pending() == "Sent 0 confirmation(s), 1 promotion(s); 0 could not be sent.\n"
    [message] = mail.outbox
    assert message.to == [registration.email]
    assert "Du har fått en plats" in message.subject
    registration.refresh_from_db()
    assert registration.confirmation_sent_at is None
    assert send_pending() == "Sent 0 confirmation(s), 0 promotion(s); 0 could not be sent.\n"


def test_cancelled_purged_and_past_registrations_are_not_mailed(events_index, open_event):
    pending = RegistrationFactory(event=open_event)
    RegistrationFactory(event=open_event, status=RegistrationStatus.CANCELLED)
    RegistrationFactory(
        event=open_event,
        status=RegistrationStatus.CANCELLED,
        promoted_at=timezone.now(),
    )
    RegistrationFactory(event=open_event, personal_data_removed_at=timezone.now())
    ended = EventPageFactory(parent=events_index, start=in_days(-2), registration_enabled=True)
    RegistrationFactory(event=ended)
    RegistrationFactory(event=ended, promoted_at=timezone.now())
    unpublished = EventPageFactory(parent=events_index, start=in_days(5), live=False)
    RegistrationFactory(event=unpublished)

    assert send_pending() == "Sent 1 confirmation(s), 0 promotion(s); 0 could not be sent.\n"
    assert [message.to for message in mail.outbox] == [[pending.email]]
    assert Registration.objects.filter(confirmation_sent_at__isnull=False).get() == pending


class OverlappingBackend(EmailBackend):
    """While one process sends, another tries the same e-mail from the row as it read it before."""

    stale = []
    results = []

    def send_messages(self, messages):
        while self.stale:
            self.results.append(tasks.send_registration(self.stale.pop(), "confirmation"))
        return super().send_messages(messages)


def test_overlapping_runs_send_each_email_once(settings, open_event):
    registration = RegistrationFactory(event=open_event)
    OverlappingBackend.stale[:] = [Registration.objects.get(pk=registration.pk)]
    OverlappingBackend.results[:] = []
    settings.EMAIL_BACKEND = f"{__name__}.OverlappingBackend"

    output = send_pending()

    assert OverlappingBackend.results == [False]  # the other process tried and did not send
    assert output == "Sent 1 confirmation(s), 0 promotion(s); 0 could not be sent.\n"
    assert [message.to for message in mail.outbox] == [[registration.email]]
    registration.refresh_from_db()
    assert registration.confirmation_sent_at is not None


def test_the_worker_does_not_resend_what_the_command_sent(
    database_tasks, run_worker, register, open_event
):
    register(open_event)  # queued for the worker
    assert send_pending().startswith("Sent 1 confirmation(s)")  # the command comes first
    run_worker()
    assert len(mail.outbox) == 1
