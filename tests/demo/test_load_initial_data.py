"""The demo-content command builds the whole site, idempotently."""

import datetime
from io import StringIO
from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from wagtail.models import Page, Revision

import pytest

from agreements.models import (
    AgreementPage,
    AgreementStatus,
    Commitment,
    ContactPoint,
    Party,
    PrinciplePage,
)


def load(*args):
    out = StringIO()
    call_command("load_initial_data", *args, stdout=out)
    return out.getvalue()


def snapshot():
    """Everything the command creates, in a comparable form."""
    return {
        "pages": sorted(
            Page.objects.values_list("url_path", "title", "live", "content_type__model")
        ),
        "revisions": Revision.objects.count(),
        "commitments": sorted(Commitment.objects.values_list("pk", "page_id", "party", "text")),
        "contacts": sorted(ContactPoint.objects.values_list("pk", "name", "live")),
        "users": sorted(get_user_model().objects.values_list("username", flat=True)),
    }


@pytest.mark.django_db
def test_running_twice_gives_the_same_site():
    first_output = load()
    first = snapshot()
    second_output = load()
    assert snapshot() == first
    assert "admin / admin" in first_output
    assert "0 objects created" in second_output


@pytest.mark.django_db
def test_reset_rebuilds_the_same_site():
    load()
    first = snapshot()
    AgreementPage.objects.get(
        slug="2025-2028", locale__language_code="sv"
    ).get_children().first().delete()
    load("--reset")
    rebuilt = snapshot()
    assert rebuilt["pages"] == first["pages"]
    assert len(rebuilt["commitments"]) == len(first["commitments"])


@pytest.mark.django_db
def test_refuses_production(settings):
    settings.CMS_ENVIRONMENT = "production"
    with pytest.raises(CommandError, match="production"):
        load()
    assert not AgreementPage.objects.exists()


@pytest.mark.django_db
def test_demo_site_has_current_and_earlier_agreement(client):
    load()
    current = AgreementPage.objects.get(slug="2025-2028", locale__language_code="sv")
    earlier = AgreementPage.objects.get(slug="2018-2021", locale__language_code="sv")
    assert current.replaces_id == earlier.pk
    # On a day of its period (whatever day the tests run on) the current
    # agreement is in force and the one it replaced has expired.
    during = current.starts_on + datetime.timedelta(days=365)
    assert current.status_on(during) == AgreementStatus.IN_FORCE
    assert earlier.status_on(during) == AgreementStatus.EXPIRED
    assert PrinciplePage.objects.child_of(current).live().count() == 7
    assert PrinciplePage.objects.child_of(earlier).live().count() == 7
    # The current agreement lists its commitments once, by party; the earlier
    # one lists them under each principle: both layouts are in the demo.
    current_parties = set(Commitment.objects.filter(page=current).values_list("party", flat=True))
    assert current_parties == set(Party.values)
    earlier_principles = PrinciplePage.objects.child_of(earlier)
    assert all(Commitment.objects.filter(page=p).exists() for p in earlier_principles)
    assert current.application_contact.live

    home = client.get("/")
    assert home.status_code == 200
    assert current.title in home.content.decode()
    page = client.get(current.url).content.decode()
    assert 'href="?party=municipality#commitments"' in page
    assert "Kommunen" in page and "Civilsamhället" in page and "Båda parter" in page
    # The parties as the newer text names and orders them: joint commitments first.
    assert [(p.side, p.name) for p in current.party_names.all()] == [
        ("both", "Båda parter"),
        ("municipality", "Kommunen"),
        ("civil_society", "Civilsamhället"),
    ]
    assert (
        page.index("<h3>Båda parter åtar sig</h3>")
        < page.index("<h3>Kommunen åtar sig</h3>")
        < page.index("<h3>Civilsamhället åtar sig</h3>")
    )
    # The older text calls the civil-society side "idéburen sektor".
    assert "Idéburen sektor" in client.get(earlier.url).content.decode()
    assert client.get(earlier.url).status_code == 200
    # The demo has several sites (Exempelby, the overview): each page on its own host.
    for principle in PrinciplePage.objects.live():
        address = urlsplit(principle.url)
        assert client.get(address.path, HTTP_HOST=address.netloc).status_code == 200


@pytest.mark.django_db
def test_demo_site_has_an_activity_plan_and_a_published_follow_up(client):
    from agreements.models import ActivityPlanPage, CommitmentStatus, FollowUpReportPage

    load()
    current = AgreementPage.objects.get(slug="2025-2028", locale__language_code="sv")
    plan = ActivityPlanPage.objects.child_of(current).live().get()
    assert (plan.period_start.year, plan.period_end.year) == (2025, 2026)
    assert plan.activities.count() >= 8
    assert all(a.commitments.exists() for a in plan.activities.all())
    report = FollowUpReportPage.objects.child_of(current).live().get()
    assert report.year == 2025
    keys = set(report.entries.values_list("commitment_key", flat=True))
    own = Commitment.objects.filter(page=current)
    assert keys == set(own.values_list("translation_key", flat=True))
    assert set(report.entries.values_list("status", flat=True)) >= {
        CommitmentStatus.FULFILLED,
        CommitmentStatus.ONGOING,
        CommitmentStatus.NOT_STARTED,
    }
    assert client.get(plan.url).status_code == 200
    assert client.get(report.url).status_code == 200
    page = client.get(current.url).content.decode()
    first = Commitment.objects.filter(page=current).order_by("sort_order").first()
    assert f"atagande/{first.translation_key}/" in page
    assert client.get(f"{current.url}atagande/{first.translation_key}/").status_code == 200
