"""Staff record a signature by hand in *Affiliation → Signatures → Add*."""

import datetime

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale

import pytest

from forms.models import Signature
from tests.factories.forms import OrganisationFactory, SignatureFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(admin_user):
    client = Client(raise_request_exception=False)
    client.force_login(admin_user)
    return client


def test_adding_a_signature_names_the_organisation_and_the_version(staff, agreement):
    organisation = OrganisationFactory()
    joined = timezone.localdate() - datetime.timedelta(days=3)
    form = staff.get(reverse("forms_signature:add"))
    assert form.status_code == 200
    assert {"organisation", "agreement", "joined_on"} <= set(form.context["form"].fields)

    response = staff.post(
        reverse("forms_signature:add"),
        {"organisation": organisation.pk, "agreement": agreement.pk, "joined_on": joined},
    )

    assert response.status_code == 302
    signature = Signature.objects.get()
    assert (signature.organisation, signature.agreement_id) == (organisation, agreement.pk)
    assert signature.joined_on == joined
    assert organisation.name in Client().get(agreement.url).content.decode()


def test_a_signature_without_organisation_or_version_is_refused_with_messages(staff, agreement):
    response = staff.post(
        reverse("forms_signature:add"), {"joined_on": timezone.localdate().isoformat()}
    )

    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"organisation", "agreement"}
    assert not Signature.objects.exists()


def test_the_same_organisation_cannot_sign_a_version_twice(staff, agreement):
    signature = SignatureFactory(agreement=agreement)

    response = staff.post(
        reverse("forms_signature:add"),
        {
            "organisation": signature.organisation_id,
            "agreement": agreement.pk,
            "joined_on": timezone.localdate().isoformat(),
        },
    )

    assert response.status_code == 200
    assert response.context["form"].errors
    assert Signature.objects.count() == 1


def test_only_versions_in_the_default_language_are_offered(staff, agreement):
    english = agreement.copy_for_translation(
        Locale.objects.get(language_code="en"), copy_parents=True
    )
    choices = staff.get(reverse("forms_signature:add")).context["form"].fields["agreement"]
    assert agreement in choices.queryset
    assert english.pk not in {a.pk for a in choices.queryset}


def test_editing_a_signature_changes_only_its_dates(staff, agreement):
    signature = SignatureFactory(agreement=agreement)
    form = staff.get(reverse("forms_signature:edit", args=[signature.pk])).context["form"]
    assert set(form.fields) == {"joined_on", "withdrawn_on"}
