"""Anonymous pages come from the shared cache and are purged by every change they show."""

from django.contrib.messages import constants
from django.contrib.messages.storage.cookie import CookieStorage
from django.test import Client

from wagtail.models import Locale

import pytest

from forms import services
from tests.factories import AgreementPageFactory, PrinciplePageFactory
from tests.factories.agreements import ContactPointFactory
from tests.factories.forms import ApplicationFactory, ApplicationPageFactory, SignatureFactory

pytestmark = pytest.mark.django_db


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response


def state(client, url):
    return fetch(client, url).get("X-Page-Cache")


@pytest.fixture
def page(production, agreement):
    return agreement


def test_second_anonymous_visit_is_served_from_the_cache(page, client):
    assert state(client, page.url) == "miss"
    response = fetch(client, page.url)
    assert response["X-Page-Cache"] == "hit"
    assert "s-maxage=300" in response["Cache-Control"]
    assert "public" in response["Cache-Control"]
    assert response.content.decode().count(page.title) >= 1


def test_publishing_a_change_purges(page, client):
    fetch(client, page.url)
    page.title = "Ny titel på överenskommelsen"
    page.save_revision().publish()
    response = fetch(client, page.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Ny titel på överenskommelsen" in response.content.decode()


def test_unpublishing_purges(page, client, agreement_index):
    principle = PrinciplePageFactory(parent=page)
    fetch(client, principle.url)
    fetch(client, page.url)
    principle.unpublish()
    assert client.get(principle.url).status_code == 404
    assert state(client, page.url) == "miss"


def test_moving_purges(page, client, agreement_index):
    other = AgreementPageFactory(parent=agreement_index, title="Den andra versionen")
    principle = PrinciplePageFactory(parent=page)
    fetch(client, page.url)
    principle.move(other, pos="last-child")
    assert state(client, page.url) == "miss"


def test_a_published_translation_purges(page, client, home_page):
    fetch(client, page.url)
    english = Locale.objects.get(language_code="en")
    for ancestor in [home_page, page.get_parent().specific]:
        if not ancestor.has_translation(english):
            ancestor.copy_for_translation(english).save_revision().publish()
    fetch(client, page.url)
    translated = page.copy_for_translation(english)
    translated.title = "The agreement"
    translated.save_revision().publish()
    response = fetch(client, page.url)
    assert response["X-Page-Cache"] == "miss"
    assert "/en/" in response.content.decode()  # the switcher offers the translation now


def test_a_new_signatory_purges(page, client, admin_user):
    ApplicationPageFactory(parent=page)
    fetch(client, page.url)
    application = ApplicationFactory(agreement=page, organisation_name="Nya föreningen")
    services.approve(application, admin_user)
    response = fetch(client, page.url)
    assert response["X-Page-Cache"] == "miss"


def test_a_signatory_added_directly_purges(page, client):
    fetch(client, page.url)
    SignatureFactory(agreement=page)
    assert state(client, page.url) == "miss"


def test_a_contact_point_published_purges(page, client):
    contact = ContactPointFactory(live=True)
    fetch(client, page.url)
    contact.save_revision().publish()
    assert state(client, page.url) == "miss"


def test_a_new_event_page_purges(page, client, agreement_index):
    """Events are pages under the agreement: any page published anywhere purges."""
    fetch(client, page.url)
    fetch(client, agreement_index.url)
    child = PrinciplePageFactory(parent=page, live=False)
    child.save_revision().publish()
    assert state(client, page.url) == "miss"
    assert state(client, agreement_index.url) == "miss"


def test_an_event_open_for_registration_is_never_cached_so_registrations_purge_nothing(
    page, client
):
    """Places left are live counts: the event page is private while registration is open,
    and a registration leaves every other cached page cached."""
    import datetime

    from django.utils import timezone

    from tests.factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory

    start = timezone.now() + datetime.timedelta(days=30)
    event = EventPageFactory(
        parent=EventIndexPageFactory(parent=page),
        start=start,
        registration_enabled=True,
        capacity=2,
    )
    fetch(client, page.url)
    first = client.get(event.url)
    assert first.status_code == 200
    assert "X-Page-Cache" not in first and "private" in first["Cache-Control"]
    assert "2 places left" in first.content.decode() or "2 platser kvar" in first.content.decode()

    RegistrationFactory(event=event)
    assert state(client, page.url) == "hit"
    again = client.get(event.url).content.decode()
    assert "1 place left" in again or "1 plats kvar" in again

    event.registration_closed = True
    event.save_revision().publish()
    assert state(client, event.url) == "miss"
    assert state(client, event.url) == "hit"


def test_logged_in_visitors_are_never_served_or_stored(page, admin_client):
    anonymous = Client()
    fetch(anonymous, page.url)
    assert state(anonymous, page.url) == "hit"
    response = fetch(admin_client, page.url)
    assert response.get("X-Page-Cache") is None
    assert "private" in response["Cache-Control"]


def test_a_visitor_with_messages_is_not_served_from_the_cache(page, client):
    fetch(client, page.url)
    storage = CookieStorage(client.get(page.url).wsgi_request)
    storage.add(constants.INFO, "Tack!")
    from django.http import HttpResponse

    carrier = HttpResponse()
    storage.update(carrier)
    client.cookies["messages"] = carrier.cookies["messages"].value
    assert fetch(client, page.url).get("X-Page-Cache") is None


def test_pages_with_a_csrf_form_are_not_cached(page, client):
    form_page = ApplicationPageFactory(parent=page)
    first = fetch(client, form_page.url)
    assert first.get("X-Page-Cache") is None
    assert "private" in first["Cache-Control"]
    other = Client()
    second = fetch(other, form_page.url)
    assert second.get("X-Page-Cache") is None
    assert "csrftoken" in second.cookies


def test_posts_are_never_cached(page, client):
    fetch(client, page.url)
    response = client.post(page.url, {})
    assert response.get("X-Page-Cache") is None


def test_cache_is_off_when_the_timeout_is_zero(page, client, settings):
    settings.PAGE_CACHE_TIMEOUT = 0
    fetch(client, page.url)
    assert state(client, page.url) is None


def test_fragments_of_a_logged_in_view_are_purged_with_the_pages(page, admin_client, settings):
    """Matrix and register fragments serve what the page cache cannot, and are purged too."""
    settings.FRAGMENT_CACHE_TIMEOUT = 600
    ApplicationPageFactory(parent=page)
    assert "Nya föreningen" not in fetch(admin_client, page.url).content.decode()
    SignatureFactory(agreement=page, organisation__name="Nya föreningen")
    assert "Nya föreningen" in fetch(admin_client, page.url).content.decode()
