"""Plain models that staff edit keep a full history, visible and restorable in the admin."""

from django.test import Client
from django.urls import reverse

import pytest

from editorial import roles
from forms.models import Organisation
from tests.editorial.accounts import group
from tests.editorial.editor import assert_denied
from tests.factories.forms import OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def affiliation_reviewer(django_user_model):
    user = django_user_model.objects.create_user(
        "granskare", "granskare@kommun.example", "pw", first_name="Greta", last_name="Granskare"
    )
    user.groups.add(group("Anslutningsgranskare"))
    client = Client()
    client.force_login(user)
    return client


def edit(client, organisation, **changes):
    data = {
        "name": organisation.name,
        "organisation_number": organisation.organisation_number,
        "organisation_type": organisation.organisation_type,
        "website": organisation.website,
        "listed": "on" if organisation.listed else "",
    }
    data.update(changes)
    url = reverse("forms_organisation:edit", args=(organisation.pk,))
    response = client.post(url, {k: v for k, v in data.items() if v != ""})
    assert response.status_code == 302, response.context["form"].errors
    organisation.refresh_from_db()


def test_history_shows_who_changed_what_and_an_earlier_state_can_be_restored(
    affiliation_reviewer,
):
    organisation = OrganisationFactory(name="Föreningen Gamla Namnet")
    edit(affiliation_reviewer, organisation, name="Föreningen Nya Namnet")
    edit(affiliation_reviewer, organisation, website="https://nya.example")

    history_url = reverse("forms_organisation:history", args=(organisation.pk,))
    html = affiliation_reviewer.get(history_url).content.decode()
    assert "Greta Granskare" in html
    assert "Föreningen Gamla Namnet → Föreningen Nya Namnet" in html

    oldest = organisation.history.order_by("history_date").first()
    response = affiliation_reviewer.post(
        reverse("forms_organisation:restore", args=(organisation.pk, oldest.history_id))
    )
    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.name == "Föreningen Gamla Namnet"
    assert organisation.website == oldest.website
    newest = organisation.history.order_by("-history_date").first()
    assert oldest.history_date.strftime("%Y-%m-%d %H:%M") in newest.history_change_reason
    assert newest.history_user.username == "granskare"
    assert organisation.history.count() == 4


def test_restore_needs_the_change_permission(django_user_model):
    """Refused the way Wagtail refuses: to the dashboard, with the "no permission" error."""
    organisation = OrganisationFactory(name="Föreningen Orörd")
    oldest = organisation.history.first()
    contributor = django_user_model.objects.create_user("skribent", "s@kommun.example", "pw")
    contributor.groups.add(group(roles.CONTRIBUTORS))
    client = Client()
    client.force_login(contributor)

    response = client.post(
        reverse("forms_organisation:restore", args=(organisation.pk, oldest.history_id))
    )
    assert_denied(client, response)
    response = client.get(reverse("forms_organisation:history", args=(organisation.pk,)))
    assert_denied(client, response)
    assert "Föreningen Orörd" not in response.content.decode()

    assert Organisation.objects.get(pk=organisation.pk).history.count() == 1


def test_restore_is_post_only(affiliation_reviewer):
    organisation = OrganisationFactory()
    oldest = organisation.history.first()
    url = reverse("forms_organisation:restore", args=(organisation.pk, oldest.history_id))
    assert affiliation_reviewer.get(url).status_code == 405
