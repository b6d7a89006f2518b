"""A consultation opens through the editorial workflow, and the signatories are invited then."""

from django.core import mail
from django.utils import translation

from wagtail.test.utils.form_data import rich_text

import pytest

from consultations.models import ConsultationInvitation, ConsultationPage
from editorial import roles
from tests import clock
from tests.editorial.accounts import logged_in, make_user
from tests.editorial.editor import post_create, post_workflow_action
from tests.factories.forms import ApplicationFactory, OrganisationFactory, SignatureFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def signatories(current):
    """Three signatories of the version in force, whose contacts applied in sv, en and ar,
    and one that left; each with the application that gives its contact and language."""
    found = {}
    for code in ["sv", "en", "ar", "left"]:
        organisation = OrganisationFactory(name=f"Föreningen {code}")
        SignatureFactory(
            agreement=current,
            organisation=organisation,
            withdrawn_on=clock.days(-3) if code == "left" else None,
        )
        ApplicationFactory(
            agreement=current,
            organisation=organisation,
            status="approved",
            language="sv" if code == "left" else code,
            contact_email=f"kontakt-{code}@forening.example",
        )
        found[code] = organisation
    return found


def consultation_fields(draft):
    return {
        "title": "Samråd om överenskommelsen 2029–2032",
        "slug": "samrad-2029",
        "draft": draft.pk,
        "opens_on": clock.days(0).isoformat(),
        "closes_on": clock.days(30).isoformat(),
        "audience": "signatories",
        "intro": rich_text("<p>Säg vad ni tycker om förslaget.</p>"),
    }


def test_opening_goes_through_review_and_invites_each_signatory_in_its_language(
    django_user_model, agreement_index, draft, signatories, django_capture_on_commit_callbacks
):
    writer = logged_in(make_user(django_user_model, "skribent", [roles.CONTRIBUTORS]))
    reviewer = logged_in(
        make_user(django_user_model, "granskare", [roles.COMMUNICATIONS_REVIEWERS])
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = post_create(
            writer,
            ConsultationPage,
            agreement_index,
            consultation_fields(draft),
            action="submit",
            change_note="Samrådet om förslaget öppnar.",
        )
    assert response.status_code == 302, response.context["form"].errors
    page = ConsultationPage.objects.get(slug="samrad-2029")
    assert not page.live
    assert not [m for m in mail.outbox if "forening.example" in m.to[0]]

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        post_workflow_action(reviewer, page, "approve")
    page.refresh_from_db()
    assert page.live

    invitations = {m.to[0]: m for m in mail.outbox if m.to[0].endswith("forening.example")}
    assert set(invitations) == {
        "kontakt-sv@forening.example",
        "kontakt-en@forening.example",
        "kontakt-ar@forening.example",
    }
    for code in ["sv", "en", "ar"]:
        message = invitations[f"kontakt-{code}@forening.example"]
        with translation.override(code):
            expected = translation.gettext(
                "You are invited to answer the consultation “%(title)s”"
            ) % {"title": page.title}
        assert message.subject == expected
        assert page.full_url in message.body
    assert ConsultationInvitation.objects.filter(sent_at__isnull=False).count() == 3

    # Publishing a correction later invites nobody twice.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert not [m for m in mail.outbox if m.to[0].endswith("forening.example")]


def test_the_dates_must_make_a_period(django_user_model, agreement_index, draft):
    admin = logged_in(make_user(django_user_model, "admin2", [], superuser=True))
    fields = {**consultation_fields(draft), "closes_on": clock.days(-1).isoformat()}
    response = post_create(admin, ConsultationPage, agreement_index, fields, action="publish")
    assert response.status_code == 200
    assert "closes_on" in response.context["form"].errors
    assert not ConsultationPage.objects.exists()
