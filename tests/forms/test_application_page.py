"""The affiliation form page: where it may sit, and creating it in the admin."""

from wagtail.test.utils.form_data import inline_formset, rich_text

import pytest

from agreements.models import AgreementPage
from forms.models import ApplicationPage
from tests.admin_forms import publish
from tests.factories.forms import ApplicationPageFactory

pytestmark = pytest.mark.django_db


def test_form_page_sits_only_under_an_agreement_and_once(agreement, home_page, agreement_index):
    assert ApplicationPage.allowed_parent_page_models() == [AgreementPage]
    assert ApplicationPage.can_create_at(agreement)
    assert not ApplicationPage.can_create_at(home_page)
    assert not ApplicationPage.can_create_at(agreement_index)
    ApplicationPageFactory(parent=agreement)
    assert not ApplicationPage.can_create_at(agreement)


def test_editor_creates_the_form_page_in_the_admin(admin_client, agreement, client):
    response = publish(
        admin_client,
        ApplicationPage,
        agreement,
        {
            "title": "Anslut er organisation",
            "slug": "anslut",
            "intro": rich_text("<p>Alla idéburna organisationer kan ansluta sig.</p>"),
            "privacy_notice": rich_text("<p>Vi sparar uppgifterna i tolv månader.</p>"),
            "receipt_text": rich_text("<p>Vi hör av oss.</p>"),
            "must_join_bodies": inline_formset([]),
            "paper_form_places": inline_formset([]),
        },
    )

    assert response.status_code == 302
    page = ApplicationPage.objects.child_of(agreement).get()
    assert page.live
    public = client.get(page.url).content.decode()
    assert "Alla idéburna organisationer kan ansluta sig." in public
    assert "Vi sparar uppgifterna i tolv månader." in public
    assert 'id="application-form"' in public
