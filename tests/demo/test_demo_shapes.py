"""The demo's agreements promise their forums as the seeds do, and its bodies show their seats."""

from io import StringIO

from django.core.management import call_command
from django.utils import translation

from wagtail.models import Locale

import pytest
from bs4 import BeautifulSoup

from agreements.models import AgreementPage, BodyPage


def words(text):
    return " ".join(text.split())


def t(code, message):
    with translation.override(code):
        return translation.gettext(message)


@pytest.mark.django_db
def test_demo_forum_promises_and_seats(client):
    call_command("load_initial_data", stdout=StringIO())
    current = AgreementPage.objects.get(slug="2025-2028", locale__language_code="sv")
    [promise] = current.forum_promises.all()
    assert (promise.name, promise.frequency, promise.event_kind) == (
        "Dialogforum",
        "twice_a_year",
        "dialogue_forum",
    )
    earlier = AgreementPage.objects.get(pk=current.replaces_id)
    assert [p.frequency for p in earlier.forum_promises.all()] == ["yearly", "other"]

    english = current.get_translation(Locale.objects.get(language_code="en"))
    for code, page, name in [("sv", current, "Dialogforum"), ("en", english, "Dialogue forum")]:
        soup = BeautifulSoup(client.get(page.url).content, "html.parser")
        section = soup.find(id="forum-promises-heading").find_parent("section")
        assert words(section.find("h3").get_text()) == name
        assert t(code, "Twice a year") in section.get_text()

    council = BodyPage.objects.get(slug="samradsgruppen", locale__language_code="sv")
    soup = BeautifulSoup(client.get(council.url).content, "html.parser")
    seats = [words(li.get_text()) for li in soup.select(".composition__seats li")]
    assert len(seats) == 2
    assert seats[0].startswith(t("sv", "Civil society"))
    # The text gives no number of seats: none is shown.
    assert not any(char.isdigit() for char in " ".join(seats))
    assert t("sv", "No members have been appointed yet.") not in soup.get_text()
