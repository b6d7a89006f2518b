"""The dashboard's panels for application and registration handlers, per municipality.

An application handler sees what waits for review in their own
municipality, the longest waiting first, and never another municipality's
applications; a registration handler sees how full their own coming events
are. No personal data (contact names, addresses, registrants) is shown,
editors without the role do not get the panels, and the query count does
not grow with the number of applications or events.
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from editorial import roles
from forms.models import ApplicationStatus, Channel
from forms.models.registrations import RegistrationStatus
from tests import clock
from tests.editorial.accounts import logged_in, make_user
from tests.factories import EventIndexPageFactory, EventPageFactory
from tests.factories.agreements import RegistrationFactory
from tests.factories.forms import ApplicationFactory

pytestmark = pytest.mark.django_db

DASHBOARD = reverse("wagtailadmin_home")


def panel(client, heading_id):
    """The text of the dashboard panel labelled by `heading_id` ('' when it is absent)."""
    response = client.get(DASHBOARD)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    section = soup.find("section", attrs={"aria-labelledby": heading_id})
    return (" ".join(section.get_text().split()), section) if section else ("", None)


@pytest.fixture
def handler(django_user_model):
    return logged_in(make_user(django_user_model, "handlaggare", [roles.APPLICATION_HANDLERS]))


@pytest.fixture
def exempelby_handler(django_user_model, other_site):
    user = make_user(django_user_model, "exhandl", [roles.APPLICATION_HANDLERS], site=other_site)
    return logged_in(user)


def applications(agreement, count, **fields):
    return [ApplicationFactory(agreement=agreement, **fields) for _ in range(count)]


def test_a_handler_sees_their_own_municipalitys_waiting_applications_oldest_first(
    handler, agreement, other_agreement
):
    newer = ApplicationFactory(agreement=agreement, submitted_at=clock.at(-2))
    oldest = ApplicationFactory(agreement=agreement, submitted_at=clock.at(-30))
    on_paper = ApplicationFactory(
        agreement=agreement,
        submitted_at=clock.at(-1),
        channel=Channel.PAPER,
        received_on=clock.days(-20),
    )
    ApplicationFactory(agreement=agreement, status=ApplicationStatus.NEEDS_COMPLETION)
    ApplicationFactory(agreement=agreement, status=ApplicationStatus.APPROVED)
    theirs = ApplicationFactory(agreement=other_agreement, organisation_name="Exempelbys förening")

    text, section = panel(handler, "applications-waiting-heading")
    # The handler's admin speaks English (`make_user`).
    assert "3 applications wait for review" in text
    listed = [a.get_text(" ", strip=True) for a in section.select("li a")]
    assert listed == [
        f"{oldest.reference} {oldest.organisation_name}",
        f"{on_paper.reference} {on_paper.organisation_name}",
        f"{newer.reference} {newer.organisation_name}",
    ]
    assert clock.days(-20).isoformat() in text  # a paper application: the day it came in
    assert theirs.reference not in text and theirs.organisation_name not in text
    # Sent back for completion: counted apart, linked to the listing filtered so.
    assert section.find("a", href="/admin/affiliation/applications/?status=needs_completion")
    # No personal data on the dashboard.
    for application in (newer, oldest, on_paper):
        assert application.contact_name not in text
        assert application.contact_email not in text


def test_the_other_municipalitys_handler_sees_only_theirs(
    exempelby_handler, agreement, other_agreement
):
    mine = ApplicationFactory(agreement=agreement)
    theirs = ApplicationFactory(agreement=other_agreement)
    text, _section = panel(exempelby_handler, "applications-waiting-heading")
    assert theirs.reference in text
    assert mine.reference not in text


def test_no_waiting_application_is_said_plainly(handler, agreement):
    text, _section = panel(handler, "applications-waiting-heading")
    assert "No application waits for review." in text


def test_editors_do_not_get_the_handlers_panels(django_user_model, agreement):
    editor = logged_in(make_user(django_user_model, "skribent", [roles.CONTRIBUTORS]))
    ApplicationFactory(agreement=agreement)
    assert panel(editor, "applications-waiting-heading") == ("", None)
    assert panel(editor, "upcoming-registrations-heading") == ("", None)


def test_the_panel_costs_the_same_queries_for_few_and_many_applications(handler, agreement):
    def dashboard_queries():
        with CaptureQueriesContext(connection) as queries:
            assert handler.get(DASHBOARD).status_code == 200
        return len(queries)

    applications(agreement, 2)
    dashboard_queries()  # the first visit fills what the admin keeps per process
    few = dashboard_queries()
    applications(agreement, 12)
    assert dashboard_queries() == few


@pytest.fixture
def registration_handler(django_user_model):
    user = make_user(django_user_model, "anmalan", [roles.REGISTRATION_HANDLERS])
    return logged_in(user)


def test_a_registration_handler_sees_how_full_their_coming_events_are(
    registration_handler, home_page, other_home, other_site
):
    events = EventIndexPageFactory(parent=home_page)
    full = EventPageFactory(
        parent=events,
        title="Dialogforum i vår",
        start=clock.at(20),
        registration_enabled=True,
        capacity=2,
        waiting_list=True,
    )
    open_ended = EventPageFactory(
        parent=events, title="Öppet möte", start=clock.at(40), registration_enabled=True
    )
    EventPageFactory(
        parent=events, title="Förra årets forum", start=clock.at(-40), registration_enabled=True
    )
    EventPageFactory(parent=events, title="Utan anmälan", start=clock.at(10))
    theirs = EventPageFactory(
        parent=EventIndexPageFactory(parent=other_home),
        title="Exempelbys forum",
        start=clock.at(15),
        registration_enabled=True,
    )
    for _ in range(2):
        RegistrationFactory(event=full)
    waiting = RegistrationFactory(event=full, status=RegistrationStatus.WAITING)
    RegistrationFactory(event=full, status=RegistrationStatus.CANCELLED)
    RegistrationFactory(event=open_ended)
    RegistrationFactory(event=theirs)

    text, section = panel(registration_handler, "upcoming-registrations-heading")
    titles = [a.get_text(strip=True) for a in section.select("li a")]
    assert titles == ["Dialogforum i vår", "Öppet möte"]
    assert "Dialogforum i vår" in text and "2 of 2 places taken (1 on the waiting list)" in text
    assert "Öppet möte" in text and "1 registered" in text
    assert "Exempelbys forum" not in text and "Förra årets forum" not in text
    assert "Utan anmälan" not in text
    assert waiting.name not in text and waiting.email not in text
    link = section.find("a", string="Dialogforum i vår")["href"]
    assert link == f"/admin/events/registrations/?event={full.pk}"
    assert registration_handler.get(link).status_code == 200
