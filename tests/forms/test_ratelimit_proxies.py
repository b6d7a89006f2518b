"""The rate limit counts per real client behind our reverse proxies, whatever a client claims.

Behind N trusted proxies (`AFFILIATION_TRUSTED_PROXY_COUNT`, production's
`TRUSTED_PROXY_COUNT`), each proxy appends the address it received the
request from to X-Forwarded-For, so the client's address is the N-th entry
from the right. Everything to its left was sent by the client and may be
made up: it must never give a fresh rate-limit bucket.
"""

from django.test import Client

import pytest

from forms.models import Application, Registration
from tests.agreements.conftest import in_days, registration_data
from tests.factories import EventIndexPageFactory, EventPageFactory
from tests.forms.conftest import form_data

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.5"  # our load balancer: every request reaches the app from here
CLIENT = "198.51.100.7"


def post(page, forwarded_for, remote_addr=PROXY):
    headers = {"REMOTE_ADDR": remote_addr}
    if forwarded_for is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return Client(**headers).post(page.url, form_data())


@pytest.fixture
def one_an_hour(settings):
    settings.AFFILIATION_RATE_LIMIT = "1/h"
    return settings


def test_behind_one_proxy_a_spoofed_left_entry_gives_no_fresh_bucket(application_page, one_an_hour):
    one_an_hour.AFFILIATION_TRUSTED_PROXY_COUNT = 1
    assert post(application_page, CLIENT).status_code == 303

    # The same client, now sending its own X-Forwarded-For: the proxy appends the real address.
    for spoofed in ["203.0.113.1", "203.0.113.2, 203.0.113.3", "garbage", ""]:
        response = post(application_page, f"{spoofed}, {CLIENT}")
        assert response.status_code == 429, spoofed
    assert Application.objects.count() == 1


def test_behind_one_proxy_each_real_client_has_its_own_bucket(application_page, one_an_hour):
    one_an_hour.AFFILIATION_TRUSTED_PROXY_COUNT = 1
    assert post(application_page, CLIENT).status_code == 303
    # Same spoofed left entry, different real clients: counted apart, not as one.
    assert post(application_page, f"203.0.113.1, {CLIENT}").status_code == 429
    assert post(application_page, "203.0.113.1, 198.51.100.8").status_code == 303
    assert Application.objects.count() == 2


def test_behind_two_proxies_the_client_is_the_second_entry_from_the_right(
    application_page, one_an_hour
):
    one_an_hour.AFFILIATION_TRUSTED_PROXY_COUNT = 2
    cdn = "192.0.2.10"
    assert post(application_page, f"{CLIENT}, {cdn}").status_code == 303
    assert post(application_page, f"203.0.113.9, {CLIENT}, {cdn}").status_code == 429
    assert post(application_page, f"198.51.100.8, {cdn}").status_code == 303


def test_without_trusted_proxies_the_header_is_ignored(application_page, one_an_hour):
    one_an_hour.AFFILIATION_TRUSTED_PROXY_COUNT = 0
    assert post(application_page, "203.0.113.1", remote_addr=CLIENT).status_code == 303
    assert post(application_page, "203.0.113.2", remote_addr=CLIENT).status_code == 429
    assert post(application_page, None, remote_addr=CLIENT).status_code == 429
    assert post(application_page, None, remote_addr="198.51.100.8").status_code == 303


def test_a_header_shorter_than_the_proxy_chain_falls_back_to_the_connection(
    application_page, one_an_hour
):
    """A request that did not come through every proxy: its own address counts."""
    one_an_hour.AFFILIATION_TRUSTED_PROXY_COUNT = 2
    assert post(application_page, "203.0.113.1", remote_addr=CLIENT).status_code == 303
    assert post(application_page, "203.0.113.2", remote_addr=CLIENT).status_code == 429


def test_event_registrations_count_the_same_real_client(agreement, settings):
    settings.EVENT_REGISTRATION_RATE_LIMIT = "1/h"
    settings.AFFILIATION_TRUSTED_PROXY_COUNT = 1
    event = EventPageFactory(
        parent=EventIndexPageFactory(parent=agreement),
        start=in_days(20),
        registration_enabled=True,
        capacity=None,
    )

    def register(forwarded_for, email):
        client = Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded_for)
        return client.post(event.url + "register/", registration_data(email=email))

    assert register(CLIENT, "a@person.example").status_code == 303
    assert register(f"203.0.113.1, {CLIENT}", "b@person.example").status_code == 429
    assert register("203.0.113.1, 198.51.100.8", "c@person.example").status_code == 303
    assert Registration.objects.count() == 2
