"""Pages that exist only in Swedish are listed in every language, marked as Swedish.

A reader of the English, Finnish, Arabic or Somali agreement must not lose
the bodies, the activity plan or past events silently, nor be told "No past
events yet" while events exist in Swedish: each is linked with `hreflang`,
its title carries `lang="sv"`, and a visible note says it is in Swedish.
"""

import datetime

from django.utils import timezone, translation

import pytest
from bs4 import BeautifulSoup

from tests.agreements.conftest import translate_tree
from tests.factories import BodyPageFactory, EventIndexPageFactory, EventPageFactory
from tests.factories.followup import ActivityPlanPageFactory

pytestmark = pytest.mark.django_db

OTHER_LANGUAGES = ["en", "fi", "ar", "so"]


def in_swedish(language):
    with translation.override(language):
        return translation.gettext("in Swedish")


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def assert_marked_swedish(page_html, swedish_page, language):
    link = page_html.find("a", href=swedish_page.url)
    assert link is not None, f"{swedish_page.title} is not linked in {language}"
    assert link["hreflang"] == "sv"
    title = link.find(attrs={"lang": "sv"})
    assert title is not None and title.get_text() == swedish_page.title
    assert title["dir"] == "ltr"
    assert f"({in_swedish(language)})" in link.get_text()


@pytest.fixture
def swedish_only(agreement):
    """An agreement with an events listing, a body, a plan and a past event only in Swedish."""
    events = EventIndexPageFactory(parent=agreement, title="Forum och möten")
    start = timezone.now() - datetime.timedelta(days=60)
    past = EventPageFactory(
        parent=events,
        title="Dialogforum om lokaler",
        summary="Vi talade om lokaler.",
        start=start,
        end=start + datetime.timedelta(hours=2),
    )
    body = BodyPageFactory(parent=agreement, title="Samrådsgruppen")
    today = timezone.localdate()
    plan = ActivityPlanPageFactory(
        parent=agreement,
        title="Aktivitetsplan",
        period_start=today - datetime.timedelta(days=100),
        period_end=today + datetime.timedelta(days=300),
    )
    return {"agreement": agreement, "events": events, "past": past, "body": body, "plan": plan}


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_agreement_page_links_swedish_only_bodies_and_plan(client, swedish_only, language):
    translated = translate_tree(swedish_only["agreement"], language)
    page = soup(client.get(translated.url))
    assert_marked_swedish(page, swedish_only["body"], language)
    assert_marked_swedish(page, swedish_only["plan"], language)


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_events_listing_lists_swedish_only_past_events(client, swedish_only, language):
    listing = translate_tree(swedish_only["events"], language)
    response = client.get(listing.url)
    page = soup(response)
    with translation.override(language):
        nothing = translation.gettext("No past events yet.")
    assert nothing not in page.get_text()
    assert_marked_swedish(page, swedish_only["past"], language)
    summary = page.find(string="Vi talade om lokaler.").parent
    assert summary["lang"] == "sv"


def test_a_translated_event_is_listed_once_in_its_own_language(client, swedish_only):
    listing = translate_tree(swedish_only["events"], "en")
    translated = translate_tree(swedish_only["past"], "en")
    page = soup(client.get(listing.url))
    assert page.find("a", href=translated.url) is not None
    assert page.find("a", href=swedish_only["past"].url) is None


def test_swedish_listing_is_unchanged(client, swedish_only):
    page = soup(client.get(swedish_only["agreement"].url))
    link = page.find("a", href=swedish_only["body"].url)
    assert link is not None and not link.has_attr("hreflang")
    assert in_swedish("sv") not in link.get_text()


def test_calendar_feed_gives_a_swedish_only_event_its_swedish_address(client, swedish_only):
    listing = translate_tree(swedish_only["events"], "en")
    response = client.get(listing.url + "calendar/")
    assert response.status_code == 200
    feed = b"".join(response).decode().replace("\r\n ", "")
    assert swedish_only["past"].full_url in feed
