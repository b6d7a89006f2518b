"""Each app server keeps copies of the fragments and kept routes it used lately.

See operations/local_copies.py.

With the page cache off (as for every request after a publication, or a
page that is never cached): a page whose fragments and route were used
before costs no round trip to Redis at all, and whatever a visitor could
see change is still seen on the very next request.
"""

import pytest

from tests.factories import PrinciplePageFactory
from tests.operations import real_redis as fixtures
from tests.operations.real_redis import redis_gets

pytestmark = pytest.mark.django_db

real_redis = fixtures.real_redis


@pytest.fixture
def copies(production):
    production.PAGE_CACHE_TIMEOUT = 0
    production.FRAGMENT_CACHE_LOCAL_COPIES = 64
    production.ROUTE_CACHE_LOCAL_COPIES = 64
    return production


def html(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


def test_a_page_rendered_again_asks_redis_for_nothing(real_redis, copies, client, agreement):
    html(client, agreement.url)
    html(client, agreement.url)
    redis_gets(real_redis)

    html(client, agreement.url)
    assert redis_gets(real_redis) == 0


def test_a_publication_is_seen_at_once(copies, client, agreement):
    html(client, agreement.url)
    agreement.title = "Överenskommelsen, reviderad"
    agreement.save_revision().publish()
    assert "Överenskommelsen, reviderad" in html(client, agreement.url)


def test_a_renamed_page_is_found_at_its_new_address_only(copies, client, agreement):
    principle = PrinciplePageFactory(parent=agreement, slug="delaktighet")
    old_url = principle.url
    html(client, old_url)
    principle.slug = "inflytande"
    principle.save_revision().publish()
    principle.refresh_from_db()

    html(client, old_url, status=404)
    html(client, principle.url)


def test_an_unpublished_page_is_gone_at_once(copies, client, agreement):
    principle = PrinciplePageFactory(parent=agreement, title="Princip som dras tillbaka")
    html(client, principle.url)
    assert "Princip som dras tillbaka" in html(client, agreement.url)

    principle.unpublish()

    html(client, principle.url, status=404)
    assert "Princip som dras tillbaka" not in html(client, agreement.url)
