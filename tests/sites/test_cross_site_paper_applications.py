"""A reviewer registers paper applications for their own municipality's agreements only."""

import pytest

from forms.models import Application
from forms.permissions import REVIEWERS_GROUP
from tests.editorial.accounts import logged_in, make_user
from tests.forms.test_paper_applications import ADD_URL, paper_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def first_reviewer(django_user_model):
    """An affiliation reviewer of the first municipality (the default site's)."""
    return logged_in(make_user(django_user_model, "handlaggare", [REVIEWERS_GROUP], language="sv"))


def test_the_form_offers_only_the_reviewers_municipalitys_agreements(
    first_reviewer, agreement, other_agreement
):
    html = first_reviewer.get(ADD_URL).content.decode()
    assert agreement.title in html
    assert other_agreement.title not in html


def test_another_municipalitys_agreement_is_refused_next_to_the_field(
    first_reviewer, agreement, other_agreement, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = first_reviewer.post(ADD_URL, paper_data(other_agreement))
    assert response.status_code == 200
    assert "agreement" in response.context["form"].errors
    assert not Application.objects.exists()
