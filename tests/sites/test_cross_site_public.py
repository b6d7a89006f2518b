"""What the public sees of one municipality never shows another's.

Two sites on one installation: the default one (its agreement `agreement`)
and Exempelby on its own host (`other_agreement`). Each public feature is
asked at both hosts.
"""

from django.urls import reverse

import pytest

from tests.factories import (
    AccessibilityStatementPageFactory,
    EasyReadPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
)
from tests.sites.conftest import path_of

pytestmark = pytest.mark.django_db


def test_search_finds_only_the_sites_own_pages(client, other_client, agreement, other_agreement):
    agreement.title = "Samverkan i första kommunen"
    agreement.save_revision().publish()
    other_agreement.title = "Samverkan i Exempelby"
    other_agreement.save_revision().publish()
    url = reverse("search") + "?q=Samverkan"
    first = [r["page"].pk for r in client.get(url).context["results"]]
    other = [r["page"].pk for r in other_client.get(url).context["results"]]
    assert agreement.pk in first and other_agreement.pk not in first
    assert other_agreement.pk in other and agreement.pk not in other


def test_sitemap_lists_only_the_sites_own_pages(client, other_client, agreement, other_agreement):
    first = client.get(reverse("sitemap")).content.decode()
    other = other_client.get(reverse("sitemap")).content.decode()
    assert path_of(agreement) in first and "exempelby" not in first
    assert "http://exempelby.localhost" + path_of(other_agreement) in other
    assert path_of(agreement) not in other


def test_open_data_index_lists_only_the_sites_agreements(
    client, other_client, agreement, other_agreement
):
    url = reverse("forms_open_data_index")
    first = [a["id"] for a in client.get(url).json()["agreements"]]
    other = [a["id"] for a in other_client.get(url).json()["agreements"]]
    assert first == [agreement.pk]
    assert other == [other_agreement.pk]


@pytest.mark.parametrize(
    "name", ["forms_open_data_json", "forms_open_data_csv", "forms_open_data_commitments"]
)
def test_open_data_files_of_another_site_are_not_found(
    name, client, other_client, agreement, other_agreement
):
    assert other_client.get(reverse(name, args=[other_agreement.pk])).status_code == 200
    assert client.get(reverse(name, args=[other_agreement.pk])).status_code == 404
    assert other_client.get(reverse(name, args=[agreement.pk])).status_code == 404


def test_easy_read_link_is_the_sites_own(
    client, other_client, home_page, agreement, other_agreement
):
    easy_read = EasyReadPageFactory(parent=agreement, title="Lättläst om första kommunen")
    html = other_client.get(path_of(other_agreement.get_parent().get_parent())).content.decode()
    assert 'class="site-header__easy-read"' not in html
    assert path_of(easy_read) not in html
    # The first site still links its own.
    assert path_of(easy_read) in client.get(path_of(home_page)).content.decode()


def test_accessibility_statement_link_is_the_sites_own(
    client, other_client, home_page, other_home, other_agreement
):
    statement = AccessibilityStatementPageFactory(parent=home_page)
    other_statement = AccessibilityStatementPageFactory(parent=other_home, slug="tillganglighet-x")
    first = client.get(path_of(home_page)).content.decode()
    other = other_client.get(path_of(other_home)).content.decode()
    assert f'href="{path_of(statement)}"' in first
    assert f'href="{path_of(other_statement)}"' in other
    assert f'href="{path_of(statement)}"' not in other


def test_404_page_links_only_the_sites_own_statement(client, other_client, home_page, other_site):
    statement = AccessibilityStatementPageFactory(parent=home_page)
    assert f'href="{path_of(statement)}"' in client.get("/finns-inte/").content.decode()
    response = other_client.get("/finns-inte/")
    assert response.status_code == 404
    assert path_of(statement) not in response.content.decode()


def test_calendar_feed_holds_only_the_sites_events(
    client, other_client, agreement, other_agreement
):
    from tests import clock

    events = EventIndexPageFactory(parent=agreement)
    other_events = EventIndexPageFactory(parent=other_agreement)
    EventPageFactory(parent=events, title="Forum i första kommunen", start=clock.at(10))
    EventPageFactory(parent=other_events, title="Forum i Exempelby", start=clock.at(10))
    feed = other_client.get(path_of(other_events) + "calendar/").content.decode()
    assert "Forum i Exempelby" in feed and "första kommunen" not in feed
    # Another site's feed is not reachable at this host either.
    assert other_client.get(path_of(events) + "calendar/").status_code == 404
