"""The dashboard shows an editor the panels of the sites they work on; a superuser all."""

import io

from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from wagtail.models import GroupPagePermission

import pytest

from editorial import roles
from editorial.municipalities import role_group

pytestmark = pytest.mark.django_db


def review_soon(page):
    """Make `page` due for review (its deadline a month from today)."""
    from tests import clock

    page.review_by = clock.days(30)
    page.save_revision().publish()
    return page


@pytest.fixture
def exempelby_editor(django_user_model, other_home):
    """An editor whose pages are Exempelby's only (by page permission, whatever the group)."""
    group = Group.objects.create(name="Exempelby redaktörer")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group, page=other_home, permission=Permission.objects.get(codename=codename)
        )
    user = django_user_model.objects.create_user(
        "exempelby", "redaktor@exempelby.example", "password"
    )
    user.groups.add(group)
    return user


def dashboard(client, user):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def test_annual_cycle_shows_only_the_editors_site(
    client, exempelby_editor, agreement, other_agreement
):
    html = dashboard(client, exempelby_editor)
    assert other_agreement.title in html
    assert agreement.title not in html


def test_superuser_sees_every_sites_annual_cycle(client, admin_user, agreement, other_agreement):
    html = dashboard(client, admin_user)
    assert other_agreement.title in html
    assert agreement.title in html


def test_agreements_due_for_review_only_of_the_editors_site(
    client, exempelby_editor, agreement, other_agreement
):
    review_soon(agreement)
    review_soon(other_agreement)
    html = dashboard(client, exempelby_editor)
    section = html[html.index('id="agreements-due-heading"') :]
    assert other_agreement.title in section
    assert agreement.title not in section


def test_review_reminder_names_only_the_publishers_site(
    django_user_model, other_site, agreement, other_agreement
):
    review_soon(agreement)
    review_soon(other_agreement)
    publisher = django_user_model.objects.create_user(
        "publicist-exempelby", "publicist@exempelby.example", "password"
    )
    publisher.groups.add(role_group(other_site, roles.PUBLISHERS))
    mail.outbox.clear()
    call_command("notify_agreements_due_for_review", stdout=io.StringIO())
    sent = [m for m in mail.outbox if publisher.email in m.to]
    assert len(sent) == 1
    assert other_agreement.title in sent[0].body
    assert agreement.title not in sent[0].body
