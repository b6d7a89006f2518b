"""A publisher brings in their own municipality's translators, and no other municipality's.

Municipalities commission translators themselves, often from outside the
organisation; waiting for the service operator to add each one would stall
the translations. Translator groups may edit one language's pages of one
municipality and publish nothing, so a publisher may grant them, but only
their own municipality's: every way into Wagtail's user management refuses
another municipality's translator group.
"""

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Page, Site

import pytest

from editorial import roles
from editorial.municipalities import role_group, set_up_roles
from home.models import HomePage
from tests.editorial.test_user_management import (
    CONTRIBUTORS,
    PUBLISHERS,
    grant_by_adding,
    grant_by_assigning_a_role,
    grant_by_copying,
    grant_by_editing,
    logged_in,
    make_user,
)

pytestmark = pytest.mark.django_db

WAYS_IN = [grant_by_adding, grant_by_editing, grant_by_copying, grant_by_assigning_a_role]


@pytest.fixture
def other_site():
    home = Page.get_first_root_node().add_child(instance=HomePage(title="Nordby", slug="nordby"))
    home.save_revision().publish()
    site = Site.objects.create(
        hostname="nordby.localhost", port=80, site_name="Nordby", root_page=home
    )
    set_up_roles(site)
    return site


@pytest.fixture
def publisher_client(django_user_model):
    return logged_in(make_user(django_user_model, "publicist", PUBLISHERS))


@pytest.fixture
def contributor(django_user_model):
    return make_user(django_user_model, "skribent", CONTRIBUTORS)


# Copying makes a new user from the form (`grant_by_copying` checks the original is unchanged).
@pytest.mark.parametrize(
    "grant",
    [grant_by_adding, grant_by_editing, grant_by_assigning_a_role],
    ids=["add", "edit", "assign-role"],
)
def test_a_publisher_grants_their_own_municipalitys_translator_group(
    publisher_client, contributor, django_user_model, grant
):
    own = role_group(Site.objects.get(is_default_site=True), roles.translator_role("en"))
    assert grant(publisher_client, own, contributor, django_user_model)


@pytest.mark.parametrize("grant", WAYS_IN, ids=["add", "edit", "copy", "assign-role"])
def test_never_another_municipalitys_translator_group(
    publisher_client, contributor, django_user_model, grant, other_site
):
    theirs = role_group(other_site, roles.translator_role("en"))
    assert not grant(publisher_client, theirs, contributor, django_user_model)
    assert not Group.objects.filter(pk=theirs.pk, user__isnull=False).exists()


def test_the_form_offers_the_own_translator_groups_only(publisher_client, contributor, other_site):
    response = publisher_client.get(reverse("wagtailusers_users:edit", args=(contributor.pk,)))
    offered = {str(label) for _value, label in response.context["form"].fields["groups"].choices}
    own = {
        g.name
        for g in Group.objects.filter(
            municipality_role__role__startswith=roles.TRANSLATORS
        ).exclude(municipality_role__site=other_site)
    }
    assert own and own <= offered
    assert not any(name.startswith("Nordby") for name in offered)
