"""Many people registering for the last places at the same moment, against PostgreSQL.

SQLite serialises writers, so the race exists only on a real database
server; CI runs the suite on PostgreSQL too, which is where this runs.
"""

import threading

from django.db import connection, connections
from django.test import Client

import pytest

from agreements.models import Registration, RegistrationStatus
from tests.agreements.conftest import registration_data

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="needs concurrent writers: runs on PostgreSQL"
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def post_all(url, payloads):
    """Post every payload from its own thread, all released at once; the responses."""
    barrier = threading.Barrier(len(payloads))
    responses = [None] * len(payloads)
    errors = []

    def worker(index, payload):
        try:
            barrier.wait(timeout=30)
            responses[index] = Client().post(url, payload)
        except Exception as exc:  # reported by the assertion below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker, args=(i, p)) for i, p in enumerate(payloads)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    return responses


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
