"""A reviewer (who approves a municipality's pages but edits none) sees its dashboard panels.

The annual cycle and the agreements due for review are shown for the sites
a user works on: a municipality's reviewers are among them, though their
groups hold no page permission; another municipality's never is.
"""

from django.urls import reverse

import pytest

from editorial import roles
from editorial.municipalities import role_group
from tests.sites.test_cross_site_dashboard import review_soon

pytestmark = pytest.mark.django_db


@pytest.fixture
def exempelby_reviewer(django_user_model, other_site):
    user = django_user_model.objects.create_user(
        "granskare", "granskare@exempelby.example", "password"
    )
    user.groups.add(role_group(other_site, roles.SUBJECT_REVIEWERS))
    return user


def dashboard(client, user):
    client.force_login(user)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def test_a_reviewer_sees_the_annual_cycle_of_their_municipality_only(
    client, exempelby_reviewer, agreement, other_agreement
):
    html = dashboard(client, exempelby_reviewer)
    assert other_agreement.title in html
    assert agreement.title not in html


def test_a_reviewer_sees_their_municipalitys_agreements_due_for_review(
    client, exempelby_reviewer, agreement, other_agreement
):
    review_soon(agreement)
    review_soon(other_agreement)
    html = dashboard(client, exempelby_reviewer)
    section = html[html.index('id="agreements-due-heading"') :]
    assert other_agreement.title in section
    assert agreement.title not in section
