"""With the mail server down, review actions succeed and the e-mails go out when it returns.

Production settings: the database task backend and a worker (`db_worker`),
SMTP to a port where nothing listens (a real connection refused).
"""

import datetime

from django.core import mail
from django.utils import timezone

from django_tasks_db.models import DBTaskResult

from agreements.models import PrinciplePage
from tests.editorial.review import ReviewSteps


def test_review_request_survives_a_mail_outage(
    database_tasks,
    smtp_down,
    run_worker,
    settings,
    django_capture_on_commit_callbacks,
    live_principle,
    contributor_client,
    subject_reviewer,
):
    steps = ReviewSteps(django_capture_on_commit_callbacks, PrinciplePage, live_principle.pk)
    response, sent = steps.submit(contributor_client, "Ny lydelse", summary="Ny sammanfattning")
    assert response.status_code == 302
    assert steps.page().current_workflow_state is not None  # the submission stands
    review_mail = DBTaskResult.objects.filter(task_path__endswith="send_review_email")
    assert review_mail.count() == 1  # queued, not sent during the request

    run_worker()  # the mail server refuses: the task schedules a retry
    assert mail.outbox == []
    retry = review_mail.filter(status="READY").get()
    assert retry.run_after > timezone.now()

    # The mail server is back; the retry's time comes.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    DBTaskResult.objects.filter(pk=retry.pk).update(
        run_after=timezone.now() - datetime.timedelta(seconds=1)
    )
    run_worker()
    assert [message.to for message in mail.outbox] == [[subject_reviewer.email]]
