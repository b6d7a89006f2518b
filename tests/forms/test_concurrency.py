"""Many people sending the form at the same moment, against PostgreSQL.

SQLite serialises writers, so the race this guards against only exists on
a real database server; CI runs the whole suite on PostgreSQL too
(`.ci/run`), which is where this test runs.
"""

import threading

from django.db import connection, connections
from django.test import Client

import pytest

from forms.models import Application
from tests.forms.conftest import form_data

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="needs concurrent writers: runs on PostgreSQL"
    ),
    # serialized_rollback: the flush at the end would remove what migrations created
    # (the default site and its home page) from the tests that follow.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def post_all(page, payloads):
    """Post every payload from its own thread, all released at once; the responses."""
    barrier = threading.Barrier(len(payloads))
    responses = [None] * len(payloads)
    errors = []

    def worker(index, payload):
        try:
            barrier.wait(timeout=30)
            responses[index] = Client().post(page.url, payload)
        except Exception as exc:  # reported by the assertion below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=worker, args=(i, payload)) for i, payload in enumerate(payloads)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    return responses


def test_fifty_concurrent_submissions_are_all_stored_once(application_page):
    payloads = [
        form_data(organisation_name=f"Samtidiga föreningen {i}", contact_email=f"k{i}@p.example")
        for i in range(50)
    ]

    responses = post_all(application_page, payloads)

    assert [r.status_code for r in responses] == [303] * 50
    names = sorted(Application.objects.values_list("organisation_name", flat=True))
    assert names == sorted(p["organisation_name"] for p in payloads)
    references = {r["Location"].rsplit("=", 1)[1] for r in responses}
    assert len(references) == 50
    assert references == set(Application.objects.values_list("reference", flat=True))


def test_the_same_form_sent_ten_times_at_once_is_stored_once(application_page):
    payload = form_data()

    responses = post_all(application_page, [payload] * 10)

    assert [r.status_code for r in responses] == [303] * 10
    assert Application.objects.count() == 1
    reference = Application.objects.get().reference
    assert {r["Location"] for r in responses} == {f"{application_page.url}?receipt={reference}"}
