"""Arbitrary input never breaks the form and never stores an incomplete application."""

from django.core.cache import cache

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from forms.forms import issue_form_token
from forms.models import Application
from tests.forms.conftest import VALID

pytestmark = pytest.mark.django_db

# Every model field the form requires, and so every stored application must have.
REQUIRED = [
    "organisation_name",
    "organisation_type",
    "activity",
    "street_address",
    "postal_code",
    "city",
    "contact_name",
    "contact_email",
    "signatory_name",
    "signatory_role",
    "decision_basis",
    "decision_date",
    "language",
]
FIELDS = [*VALID, "no_organisation_number", "no_number_reason", "fax", "invitation"]

text = st.text(alphabet=st.characters(codec="utf-8"), max_size=700)
value = st.one_of(text, st.lists(text, max_size=3))


REMOVE = object()


@st.composite
def submissions(draw):
    """A valid submission with up to six fields replaced by arbitrary values or left out.

    Starting from valid data means many examples pass validation, so the
    property below is tested on stored applications, not only on refusals.
    """
    data = {**VALID, "form_token": "valid"}
    for name in draw(st.sets(st.sampled_from([*FIELDS, "form_token"]), max_size=6)):
        replacement = draw(st.one_of(st.just(REMOVE), value))
        if replacement is REMOVE:
            data.pop(name, None)
        else:
            data[name] = replacement
    return data


@settings(
    max_examples=120,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=submissions())
def test_arbitrary_posts_never_fail_and_never_store_incomplete_applications(
    client, application_page, data
):
    cache.clear()
    if data.get("form_token") == "valid":
        data["form_token"] = issue_form_token()

    response = client.post(application_page.url, data)

    assert response.status_code in (200, 303)
    event("stored" if response.status_code == 303 else "refused")
    for application in Application.objects.all():
        for field in REQUIRED:
            assert getattr(application, field) not in ("", None), field
        assert application.confirms_democratic
        assert application.confirms_values
        assert application.organisation_number or application.no_number_reason.strip()
        assert application.submission_token is not None
        assert "\x00" not in application.organisation_name


def test_the_property_test_can_store_an_application(client, application_page):
    """The strategy's valid values are really valid, so the property above is not vacuous."""
    response = client.post(application_page.url, {**VALID, "form_token": issue_form_token()})
    assert response.status_code == 303
    assert Application.objects.count() == 1
