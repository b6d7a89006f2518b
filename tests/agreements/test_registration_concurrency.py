"""Many people registering for the last places at the same moment, and overlapping runs of
`send_pending_registration_emails`, against PostgreSQL.

SQLite serialises writers, so the race exists only on a real database
server; CI runs the suite on PostgreSQL too, which is where this runs.
"""

import threading
from functools import partial
from io import StringIO
from unittest import mock

from django.core import mail
from django.core.management import call_command
from django.db import connection, connections
from django.test import Client

import pytest

from forms.management.commands.send_pending_registration_emails import Command
from forms.models import Registration, RegistrationStatus
from tests.agreements.conftest import registration_data
from tests.factories import RegistrationFactory

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="needs concurrent writers: runs on PostgreSQL"
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def at_once(calls, *, start_together=True):
    """Run every call in its own thread, all released at once; their results.

    With `start_together=False` the calls meet at a barrier of their own.
    """
    start = threading.Barrier(len(calls)) if start_together else None
    results = [None] * len(calls)
    errors = []

    def worker(index, call):
        try:
            if start is not None:
                start.wait(timeout=30)
            results[index] = call()
        except Exception as exc:  # reported by the assertion below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(i, c)) for i, c in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    return results


def post_all(url, payloads):
    """Post every payload from its own thread, all released at once; the responses."""
    return at_once([partial(Client().post, url, payload) for payload in payloads])


def payloads(count):
    return [registration_data(email=f"p{i}@person.example") for i in range(count)]


def test_two_people_at_once_for_the_last_place_without_waiting_list(open_event):
    open_event.capacity = 1
    open_event.waiting_list = False
    open_event.save()

    responses = post_all(open_event.url + "register/", payloads(2))

    assert sorted(r.status_code for r in responses) == [200, 303]
    assert Registration.objects.count() == 1


def test_capacity_holds_and_the_rest_wait_in_order(open_event):
    open_event.capacity = 3
    open_event.save()

    responses = post_all(open_event.url + "register/", payloads(12))

    assert [r.status_code for r in responses] == [303] * 12
    assert Registration.objects.filter(status=RegistrationStatus.CONFIRMED).count() == 3
    assert Registration.objects.filter(status=RegistrationStatus.WAITING).count() == 9


def test_overlapping_runs_of_send_pending_mail_each_person_once(open_event):
    registrations = RegistrationFactory.create_batch(5, event=open_event)
    runs = 4
    everyone_has_read = threading.Barrier(runs)
    read = Command.pending

    def pending(self):
        rows = list(read(self))
        everyone_has_read.wait(timeout=30)  # every run holds every row as unsent
        return rows

    def run():
        out = StringIO()
        call_command("send_pending_registration_emails", stdout=out)
        return out.getvalue()

    with mock.patch.object(Command, "pending", pending):
        outputs = at_once([run] * runs, start_together=False)

    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        registration.email for registration in registrations
    )
    assert sum(int(output.split()[1]) for output in outputs) == 5  # "Sent N confirmation(s)"
    assert not Registration.objects.filter(confirmation_sent_at__isnull=True).exists()
