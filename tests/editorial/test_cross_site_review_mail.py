"""Review e-mails about a page of one municipality are sent as that municipality."""

from django.conf import settings

import pytest

from agreements.models import PrinciplePage
from editorial import roles
from home.municipality import MunicipalitySettings
from tests.editorial.accounts import logged_in, make_user, published
from tests.editorial.review import ReviewSteps
from tests.factories import PrinciplePageFactory
from tests.sites.conftest import forget_cached_settings, other_agreement, other_home, other_site  # noqa: F401

pytestmark = pytest.mark.django_db


@pytest.fixture
def other_principle(other_agreement):  # noqa: F811
    return published(PrinciplePageFactory(parent=other_agreement, slug="oberoende"))


def test_review_request_is_sent_from_the_pages_municipality(
    django_capture_on_commit_callbacks,
    django_user_model,
    other_site,  # noqa: F811
    other_principle,
):
    """Exempelby's own writer submits; Exempelby's own subject reviewer is asked."""
    MunicipalitySettings.objects.create(site=other_site, email_sender="redaktion@exempelby.example")
    writer = make_user(django_user_model, "skribent-exby", [roles.CONTRIBUTORS], site=other_site)
    make_user(django_user_model, "sakgranskare-exby", [roles.SUBJECT_REVIEWERS], site=other_site)
    steps = ReviewSteps(django_capture_on_commit_callbacks, PrinciplePage, other_principle.pk)
    response, sent = steps.submit(logged_in(writer), "Ny text", summary="Ändrad sammanfattning.")
    assert response.status_code == 302
    assert sent
    assert {message.from_email for message in sent} == {"redaktion@exempelby.example"}


def test_the_first_sites_review_mail_keeps_the_default_sender(
    django_capture_on_commit_callbacks, live_principle, contributor_client, subject_reviewer
):
    steps = ReviewSteps(django_capture_on_commit_callbacks, PrinciplePage, live_principle.pk)
    response, sent = steps.submit(contributor_client, "Ny text", summary="Ändrad sammanfattning.")
    assert sent
    assert {message.from_email for message in sent} == {settings.DEFAULT_FROM_EMAIL}
