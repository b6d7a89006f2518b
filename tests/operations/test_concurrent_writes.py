"""Fifty people registering at the same moment for an event's last places.

Against a real server process (`manage.py runserver`, threaded, as `make
run` serves) and a real database: the suite's own, so this runs on SQLite
in the first pass of CI and on PostgreSQL in the second. Each person loads
the event page and posts the form; all posts are released at once. Nobody
may get a server error ("database is locked" on SQLite, where writers must
queue instead), and the event may not be overbooked.
"""

import re
import threading

import pytest
import requests

from forms.models import Registration, RegistrationStatus
from tests.agreements.conftest import REGISTRANT, in_days
from tests.factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory
from tests.operations import site_process

# serialized_rollback: the flush at the end would remove what migrations created
# (the default site and its home page) from the tests that follow.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PEOPLE = 50
CAPACITY = 20
ALREADY_REGISTERED = 15


def hidden_value(html, name):
    match = re.search(rf'name="{name}" value="([^"]*)"', html)
    assert match, f"no {name} in the page"
    return match.group(1)


def register_all_at_once(url, count):
    """Each person in a thread of their own: load the page, then post when everyone has."""
    everyone_has_the_form = threading.Barrier(count)
    responses = [None] * count
    errors = []

    def person(index):
        try:
            with requests.Session() as session:
                page = session.get(url, timeout=60)
                page.raise_for_status()
                data = {
                    **REGISTRANT,
                    "email": f"person{index}@person.example",
                    "csrfmiddlewaretoken": hidden_value(page.text, "csrfmiddlewaretoken"),
                    "form_token": hidden_value(page.text, "form_token"),
                }
                everyone_has_the_form.wait(timeout=120)
                responses[index] = session.post(
                    url + "register/",
                    data=data,
                    headers={"Referer": url},
                    allow_redirects=False,
                    timeout=120,
                )
        except Exception as exc:  # reported by the assertion below
            errors.append(exc)
            everyone_has_the_form.abort()

    threads = [threading.Thread(target=person, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert errors == []
    return responses


def test_fifty_people_register_at_once_for_the_last_places(agreement, tmp_path):
    index = EventIndexPageFactory(parent=agreement, title="Forum och möten")
    event = EventPageFactory(
        parent=index,
        title="Dialogforum om lokaler",
        start=in_days(30),
        registration_enabled=True,
        capacity=CAPACITY,
        waiting_list=False,
    )
    RegistrationFactory.create_batch(ALREADY_REGISTERED, event=event)
    url = site_process.database_url(tmp_path)
    env = site_process.environment(url, tmp_path)

    with site_process.site(env) as base:
        responses = register_all_at_once(base + event.url, PEOPLE)
        statuses = sorted(response.status_code for response in responses)
        server_errors = [status for status in statuses if status >= 500]
        assert server_errors == [], statuses
        # A place (303 to the receipt) or "the event is full" (the form again, 200).
        assert set(statuses) <= {200, 303}, statuses
        assert statuses.count(303) == CAPACITY - ALREADY_REGISTERED
        counts = count_registrations(url, event)

    assert counts == {RegistrationStatus.CONFIRMED: CAPACITY}


def count_registrations(url, event):
    """Registrations per status, read from the database the server wrote to."""
    if url.startswith("sqlite"):
        import sqlite3

        with sqlite3.connect(url.removeprefix("sqlite:///")) as database:
            rows = database.execute(
                f"SELECT status, COUNT(*) FROM {Registration._meta.db_table}"  # noqa: S608
                " WHERE event_id = ? GROUP BY status",
                [event.pk],
            ).fetchall()
        return dict(rows)
    rows = Registration.objects.filter(event=event).values_list("status")
    return {status: rows.filter(status=status).count() for (status,) in rows.distinct()}
