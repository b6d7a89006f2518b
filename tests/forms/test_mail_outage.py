"""With the mail server down, applications are stored and their e-mails go out when it returns.

Production settings: the database task backend and its worker, SMTP to a
port where nothing listens; `send_pending_affiliation_emails` (every 15
minutes in production) sends what failed once the server is back.
"""

from unittest import mock

from django.core import mail
from django.core.management import call_command

import pytest
from django_tasks_db.models import DBTaskResult

from forms.models import Application


@pytest.fixture
def production_mail(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = 18099  # nothing listens here
    settings.EMAIL_TIMEOUT = 2
    return settings


def test_applications_survive_a_mail_outage(production_mail, application_page, submit):
    for number in ("802999-0010", "802999-0028"):
        response = submit(application_page, organisation_number=number)
        assert response.status_code == 303
    assert Application.objects.count() == 2
    assert DBTaskResult.objects.filter(task_path__endswith="send_application_emails").count() == 2

    # The worker, in this test's transaction (it would close the connection between tasks).
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    assert mail.outbox == []
    assert not Application.objects.filter(confirmation_sent_at__isnull=False).exists()

    production_mail.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_pending_affiliation_emails", verbosity=0)
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == sorted(
        ["karin.kontaktsson@person.example"] * 2 + ["foreningsstod@kommun.example"] * 2
    )
    assert not Application.objects.filter(confirmation_sent_at__isnull=True).exists()
    assert not Application.objects.filter(notification_sent_at__isnull=True).exists()
