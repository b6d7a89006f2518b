"""Publishing in one municipality leaves another's cached pages and CDN paths alone."""

from unittest import mock

import pytest

from tests.operations.conftest import production  # noqa: F401 - the production page cache
from tests.sites.conftest import path_of

pytestmark = pytest.mark.django_db


def state(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response["X-Page-Cache"]


def test_another_sites_cached_page_stays_a_hit_across_a_publication(
    production,  # noqa: F811
    client,
    other_client,
    agreement,
    other_agreement,
    django_capture_on_commit_callbacks,
):
    other_url, url = path_of(other_agreement), path_of(agreement)
    assert state(other_client, other_url) == "miss"
    assert state(other_client, other_url) == "hit"
    assert state(client, url) == "miss"
    with django_capture_on_commit_callbacks(execute=True):
        agreement.title = "Ny titel i första kommunen"
        agreement.save_revision().publish()
    assert state(other_client, other_url) == "hit"
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert "Ny titel i första kommunen" in response.content.decode()


def test_a_publication_purges_every_page_of_its_own_site(
    production,  # noqa: F811
    client,
    home_page,
    other_client,
    other_home,
    agreement,
    other_agreement,
):
    state(client, path_of(home_page))
    state(other_client, path_of(other_home))
    other_agreement.save_revision().publish()
    assert state(other_client, path_of(other_home)) == "miss"
    assert state(client, path_of(home_page)) == "hit"


def test_cdn_is_told_only_of_the_publishing_sites_addresses(
    settings, agreement, other_agreement, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:9",
        }
    }
    purged = []

    def record(batch):
        purged.extend(batch.urls)

    with (
        mock.patch("wagtail.contrib.frontend_cache.utils.PurgeBatch.purge", record),
        django_capture_on_commit_callbacks(execute=True),
    ):
        other_agreement.save_revision().publish()
    assert purged
    assert all("exempelby.localhost" in url for url in purged), purged


def test_saving_a_sites_settings_purges_only_that_site(
    production,  # noqa: F811
    client,
    home_page,
    other_client,
    other_site,
    other_home,
):
    from home.municipality import MunicipalitySettings

    state(client, path_of(home_page))
    state(other_client, path_of(other_home))
    MunicipalitySettings.objects.create(site=other_site, accent_colour="#5b2c83")
    response = other_client.get(path_of(other_home))
    assert response["X-Page-Cache"] == "miss"
    assert "theme.css?v=5b2c83" in response.content.decode()
    assert state(client, path_of(home_page)) == "hit"
