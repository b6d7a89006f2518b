"""Parts kept between publications that change by themselves when a forum ends.

The agreement's next forum, an event's "has taken place" and a follow-up
report's forums held are kept in fragment caches with `until=` the moment
they change (operations/templatetags/fragment_cache.py): each must show the
change at once, while the rest of the page is still served from the cache.
"""

import datetime

import pytest
import time_machine

from agreements.models import EventKind
from tests import clock
from tests.factories import EventIndexPageFactory, EventPageFactory
from tests.factories.followup import FollowUpReportPageFactory

pytestmark = pytest.mark.django_db

START = clock.noon() + datetime.timedelta(hours=1)


def forum(listing, title, start, minutes=30):
    return EventPageFactory(
        parent=listing,
        title=title,
        kind=EventKind.DIALOGUE_FORUM,
        start=start,
        end=start + datetime.timedelta(minutes=minutes),
    )


def html_at(client, url, moment):
    with time_machine.travel(moment, tick=False):
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_the_next_forum_moves_on_when_it_has_ended(client, agreement):
    listing = EventIndexPageFactory(parent=agreement)
    forum(listing, "Forum i eftermiddag", START)
    forum(listing, "Forum nästa vecka", START + datetime.timedelta(days=7))
    html = html_at(client, agreement.url, START)
    assert "Forum i eftermiddag" in html.split("Nästa forum", 1)[1].split("</div>", 1)[0]
    html = html_at(client, agreement.url, START + datetime.timedelta(minutes=45))
    next_forum = html.split("Nästa forum", 1)[1].split("</div>", 1)[0]
    assert "Forum nästa vecka" in next_forum
    assert "Forum i eftermiddag" not in next_forum


def test_an_event_has_taken_place_as_soon_as_it_ends(client, agreement):
    listing = EventIndexPageFactory(parent=agreement)
    event = forum(listing, "Forum i eftermiddag", START)
    assert "Evenemanget har ägt rum." not in html_at(client, event.url, START)
    later = START + datetime.timedelta(minutes=45)
    assert "Evenemanget har ägt rum." in html_at(client, event.url, later)


def test_a_forum_counts_as_held_as_soon_as_it_ends(client, agreement):
    listing = EventIndexPageFactory(parent=agreement)
    forum(listing, "Forum i eftermiddag", START)
    report = FollowUpReportPageFactory(parent=agreement, year=clock.today().year)
    assert "0 forum har hållits" in html_at(client, report.url, START)
    later = START + datetime.timedelta(minutes=45)
    assert "1 forum har hållits" in html_at(client, report.url, later)
