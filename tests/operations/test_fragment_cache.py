"""Page parts kept by `{% fragment_cache %}`: per publication and day, never for a preview.

Templates mark the parts (header, menu, breadcrumbs, footer, the agreement's
facts, matrix and register); operations/templatetags/fragment_cache.py
decides how long they are kept. The domain never calls it.
"""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest
import time_machine

from tests import clock
from tests.factories import AgreementPageFactory, EventIndexPageFactory, EventPageFactory

pytestmark = pytest.mark.django_db


def test_what_holds_today_turns_over_at_midnight(client, agreement_index):
    """A part kept a minute before midnight is not shown a minute after it."""
    agreement = AgreementPageFactory(
        parent=agreement_index, valid_from=clock.years_ago(2), valid_to=clock.today()
    )
    before_midnight = datetime.datetime.combine(
        clock.today(), datetime.time(23, 59), tzinfo=clock.stockholm()
    )
    with time_machine.travel(before_midnight, tick=False):
        html = client.get(agreement.url).content.decode()
    assert 'class="status status--in_force"' in html
    with time_machine.travel(before_midnight + datetime.timedelta(minutes=2), tick=False):
        html = client.get(agreement.url).content.decode()
    assert 'class="status status--expired"' in html


def test_kept_parts_cost_no_queries(client, agreement, settings):
    client.get(agreement.url)
    with CaptureQueriesContext(connection) as kept:
        first = client.get(agreement.url).content.decode()
    settings.FRAGMENT_CACHE_TIMEOUT = 0
    with CaptureQueriesContext(connection) as rendered:
        second = client.get(agreement.url).content.decode()
    assert first == second
    # Menu, breadcrumbs, language versions, header and footer links, the
    # agreement's neighbours, principles, matrix, register and versions.
    assert len(rendered) - len(kept) >= 8


def test_a_draft_never_shows_in_or_is_kept_as_a_kept_part(admin_client, anonymous, agreement):
    """The facts and breadcrumbs of a draft are its own, and stay out of the cache."""
    published_title = agreement.title
    agreement.title = "Ett utkast som ingen ser ännu"
    agreement.save_revision()
    draft_url = reverse("wagtailadmin_pages:view_draft", args=(agreement.pk,))
    draft = admin_client.get(draft_url).content.decode()
    assert "<h1>Ett utkast som ingen ser ännu</h1>" in draft
    # Wagtail renders a draft on a request made for the page's own site and URL.
    site = agreement.get_site()
    live = anonymous.get(agreement.url, HTTP_HOST=site.hostname).content.decode()
    assert f"<h1>{published_title}</h1>" in live
    assert "Ett utkast som ingen ser ännu" not in live
    assert "<h1>Ett utkast som ingen ser ännu</h1>" in admin_client.get(draft_url).content.decode()


def test_an_event_that_has_ended_moves_to_the_past_at_once(client, agreement):
    """The listing is kept per publication and number of upcoming events, not per day."""
    listing = EventIndexPageFactory(parent=agreement)
    start = clock.noon() + datetime.timedelta(hours=1)
    EventPageFactory(
        parent=listing,
        title="Forum som slutar i eftermiddag",
        start=start,
        end=start + datetime.timedelta(minutes=30),
    )
    with time_machine.travel(start, tick=False):
        html = client.get(listing.url).content.decode()
    assert html.index("Forum som slutar i eftermiddag") < html.index('id="past-heading"')
    with time_machine.travel(start + datetime.timedelta(minutes=45), tick=False):
        html = client.get(listing.url).content.decode()
    assert html.index("Forum som slutar i eftermiddag") > html.index('id="past-heading"')
