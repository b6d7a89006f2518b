"""A kept route asks about view restrictions only when the installation has any.

Most installations restrict no page; then loading a kept route's page needs
no `Exists` over the restrictions on every request. A restriction saved or
deleted is seen at once (its site's generation changes).
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

import pytest

pytestmark = pytest.mark.django_db


def sql_of(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, " ".join(query["sql"] for query in queries)


def test_without_any_restriction_a_kept_route_does_not_look_for_one(client, agreement):
    sql_of(client, agreement.url)  # routed by Wagtail, the route kept
    sql_of(client, agreement.url)  # the kept route's query tells there are none
    response, sql = sql_of(client, agreement.url)
    assert response.status_code == 200
    assert "pageviewrestriction" not in sql.lower()


def test_a_restriction_anywhere_is_looked_for_and_applies(client, agreement, agreement_index):
    sql_of(client, agreement.url)
    restriction = PageViewRestriction.objects.create(
        page=agreement_index, restriction_type=PageViewRestriction.LOGIN
    )
    response, sql = sql_of(client, agreement.url)
    assert response.status_code == 302
    assert "pageviewrestriction" in sql.lower()
    restriction.delete()
    response, _sql = sql_of(client, agreement.url)
    assert response.status_code == 200
