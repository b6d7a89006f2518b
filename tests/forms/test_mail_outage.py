"""With the mail server down, applications are stored and their e-mails go out when it returns.

Production settings: the database task backend and its worker, SMTP to a
port where nothing listens; `send_pending_affiliation_emails` (every 15
minutes in production) sends what failed once the server is back.
"""

from io import StringIO

from django.core import mail
from django.core.management import call_command
from django.urls import reverse

import pytest
from django_tasks_db.models import DBTaskResult

from forms.models import Application, ApplicationStatus
from tests.factories.forms import ApplicationFactory

LOCMEM = "django.core.mail.backends.locmem.EmailBackend"


def test_applications_survive_a_mail_outage(
    database_tasks, smtp_down, run_worker, settings, application_page, submit
):
    for number in ("802999-0010", "802999-0028"):
        response = submit(application_page, organisation_number=number)
        assert response.status_code == 303
    assert Application.objects.count() == 2
    assert DBTaskResult.objects.filter(task_path__endswith="send_application_emails").count() == 2

    run_worker()
    assert mail.outbox == []
    assert not Application.objects.filter(confirmation_sent_at__isnull=False).exists()

    settings.EMAIL_BACKEND = LOCMEM
    call_command("send_pending_affiliation_emails", verbosity=0)
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == sorted(
        ["karin.kontaktsson@person.example"] * 2 + ["kontakt@exempelby.example"] * 2
    )
    assert not Application.objects.filter(confirmation_sent_at__isnull=True).exists()
    assert not Application.objects.filter(notification_sent_at__isnull=True).exists()


# -- decisions ------------------------------------------------------------------------------

DECISIONS = {
    # action: (what the reviewer posts, words of the e-mail that tell the decision)
    "approve": ({}, "har godkänts"),
    "reject": (
        {"message": "Föreningen saknar styrelsebeslut."},
        "Föreningen saknar styrelsebeslut.",
    ),
    "complete": ({"message": "Skicka protokollet."}, "Skicka protokollet."),
}


def send_pending():
    out = StringIO()
    call_command("send_pending_affiliation_emails", stdout=out)
    return out.getvalue()


@pytest.mark.django_db
@pytest.mark.parametrize("action", DECISIONS)
def test_a_decision_e_mail_lost_in_an_outage_is_sent_once_when_the_server_is_back(
    database_tasks,
    smtp_down,
    run_worker,
    settings,
    agreement_with_contact,
    reviewer_client,
    django_capture_on_commit_callbacks,
    action,
):
    data, words = DECISIONS[action]
    application = ApplicationFactory(
        agreement=agreement_with_contact, contact_email="sokande@person.example"
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = reviewer_client.post(
            reverse(f"forms_application:{action}", args=[application.pk]), data
        )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status != ApplicationStatus.SUBMITTED
    assert DBTaskResult.objects.filter(task_path__endswith="send_decision_email").count() == 1

    run_worker()  # the mail server refuses
    assert mail.outbox == []
    application.refresh_from_db()
    assert application.decision_sent_at is None

    # Still down at the next run: nothing sent, nothing marked.
    assert send_pending().endswith("0 decision(s); 1 could not be sent.\n")
    application.refresh_from_db()
    assert application.decision_sent_at is None

    settings.EMAIL_BACKEND = LOCMEM  # the mail server is back
    assert send_pending() == (
        "Sent 0 confirmation(s), 0 notification(s), 1 decision(s); 0 could not be sent.\n"
    )
    [message] = mail.outbox
    assert message.to == ["sokande@person.example"]
    assert application.reference in message.subject
    assert words in message.body
    application.refresh_from_db()
    assert application.decision_sent_at is not None

    # Later runs, and the worker, send it no second time.
    send_pending()
    run_worker()
    assert len(mail.outbox) == 1
