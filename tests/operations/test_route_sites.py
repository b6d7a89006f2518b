"""A kept route remembers which site serves a host until any Site changes.

Wagtail looks the site up with a query on every request; the kept routes
remember the answer per installation generation, which every Site saved
or deleted replaces (operations/signals.py).
"""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, Site

import pytest

from home.models import HomePage

pytestmark = pytest.mark.django_db

HOST = "exempelby.localhost"


def get(client, path="/"):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return response.content.decode(), " ".join(q["sql"] for q in queries)


def test_a_kept_route_needs_no_site_lookup(client, home_page):
    get(client)
    get(client)
    _html, sql = get(client)
    assert "wagtailcore_site" not in sql


def test_a_new_site_for_the_host_is_served_at_once(home_page):
    client = Client(HTTP_HOST=HOST)
    get(client)
    html, _sql = get(client)
    assert "Exempelby kommun" not in html
    other = Page.get_first_root_node().add_child(
        instance=HomePage(title="Exempelby kommun", slug="exempelby")
    )
    other.save_revision().publish()
    site = Site.objects.create(hostname=HOST, port=80, site_name="Exempelby", root_page=other)
    html, _sql = get(client)
    assert "Exempelby kommun" in html
    site.delete()
    html, _sql = get(client)
    assert "Exempelby kommun" not in html
