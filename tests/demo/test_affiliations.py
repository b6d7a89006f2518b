"""The affiliation demo content: fictional, varied, idempotent."""

from io import StringIO

import pytest
from stdnum import luhn

from demo.affiliations import load_demo_affiliations
from forms.models import (
    Application,
    ApplicationPage,
    ApplicationStatus,
    Organisation,
    Signature,
)

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        "organisations": sorted(Organisation.objects.values_list("name", "organisation_number")),
        "signatures": sorted(
            Signature.objects.values_list("organisation__name", "joined_on", "withdrawn_on")
        ),
        "applications": sorted(Application.objects.values_list("organisation_name", "status")),
        "pages": list(ApplicationPage.objects.values_list("url_path", "live")),
    }


def test_demo_builds_signatories_a_withdrawal_and_waiting_applications(agreement):
    created = load_demo_affiliations(agreement, StringIO())
    first = snapshot()

    assert created > 20
    assert load_demo_affiliations(agreement, StringIO()) == 0
    assert snapshot() == first

    signatures = Signature.objects.filter(agreement=agreement)
    assert signatures.filter(withdrawn_on__isnull=True).count() == 20
    assert signatures.filter(withdrawn_on__isnull=False).count() == 1
    assert len({s.organisation.organisation_type for s in signatures}) >= 7
    assert Application.objects.filter(status=ApplicationStatus.SUBMITTED).count() == 3
    [page] = ApplicationPage.objects.child_of(agreement)
    assert page.live
    for number in Organisation.objects.exclude(organisation_number=None).values_list(
        "organisation_number", flat=True
    ):
        assert number.startswith("802999")
        assert luhn.is_valid(number)


def test_demo_dates_are_fixed(agreement):
    load_demo_affiliations(agreement, StringIO())
    first = snapshot()
    Signature.objects.all().delete()
    Organisation.objects.all().delete()
    load_demo_affiliations(agreement, StringIO())
    assert snapshot()["signatures"] == first["signatures"]
