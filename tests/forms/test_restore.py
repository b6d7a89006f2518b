"""History → Restore of applications and signatures: what was written, never a decision.

An application's status and a signature's withdrawal change only through
the reviewer's actions (approve, ask for completion, reject, record
withdrawal), which keep the application, the signature and the public
register in step. A restore puts back only what staff may edit, through the
edit form, and says why the rest stays.
"""

from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from forms import services
from forms.models import ApplicationStatus, Signature
from forms.permissions import REVIEWERS_GROUP
from tests.editorial.accounts import logged_in, make_user
from tests.factories.forms import ApplicationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_reviewer(django_user_model):
    """An affiliation reviewer with the admin in English."""
    return make_user(django_user_model, "granskare", [REVIEWERS_GROUP])


@pytest.fixture
def client(english_reviewer):
    return logged_in(english_reviewer)


@pytest.fixture
def approved(agreement_with_contact, english_reviewer, django_capture_on_commit_callbacks):
    application = ApplicationFactory(agreement=agreement_with_contact, city="Gamla staden")
    with django_capture_on_commit_callbacks(execute=True):
        services.approve(application, english_reviewer)
    application.refresh_from_db()
    return application


def restore(client, viewset, obj, record):
    url = reverse(f"{viewset}:restore", args=[obj.pk, record.history_id])
    response = client.post(url, follow=True)
    assert response.status_code == 200
    return [(m.level_tag, str(m)) for m in response.context["messages"]]


def edit(client, application, **changes):
    """Correct an application in the admin's edit form, as a reviewer does."""
    url = reverse("forms_application:edit", args=[application.pk])
    form = client.get(url).context["form"]
    data = {field.name: field.value() for field in form if field.value() not in (None, False)}
    data.update(changes)
    response = client.post(url, data, follow=True)
    assert response.redirect_chain, response.context["form"].errors
    application.refresh_from_db()


def restore_forms(client, viewset, obj):
    page = client.get(reverse(f"{viewset}:history", args=[obj.pk]))
    return BeautifulSoup(page.content, "html.parser").select("form[action*='/restore/']")


def in_register(agreement, organisation):
    return Signature.objects.for_agreement(agreement).public().filter(organisation=organisation)


def test_an_approved_application_cannot_be_restored_to_submitted_and_then_rejected(
    client, approved
):
    submitted = approved.history.earliest()
    assert submitted.status == ApplicationStatus.SUBMITTED

    shown = restore(client, "forms_application", approved, submitted)

    approved.refresh_from_db()
    assert approved.status == ApplicationStatus.APPROVED
    assert not restore_forms(client, "forms_application", approved)  # nor is it offered
    [(level, text)] = shown
    assert level == "error"
    assert "nothing to restore" in text
    assert "The status and the decision are not restored" in text

    # Rejecting is no more available than before: the register and the status agree.
    response = client.post(
        reverse("forms_application:reject", args=[approved.pk]), {"message": "Nej."}
    )
    assert response.status_code == 302
    approved.refresh_from_db()
    assert approved.status == ApplicationStatus.APPROVED
    assert in_register(approved.agreement, approved.organisation).exists()


def test_restoring_an_approved_applications_details_keeps_the_decision(client, approved):
    before = approved.history.earliest()
    edit(client, approved, city="Nya staden")
    assert approved.city == "Nya staden"
    decided = (approved.reviewed_by_id, approved.reviewed_at, approved.decision_sent_at)

    shown = restore(client, "forms_application", approved, before)

    approved.refresh_from_db()
    assert approved.city == "Gamla staden"
    assert approved.status == ApplicationStatus.APPROVED
    assert (approved.reviewed_by_id, approved.reviewed_at, approved.decision_sent_at) == decided
    assert approved.decision_sent_at is not None  # the decision e-mail is not sent again
    [(level, text)] = shown
    assert level == "success"
    assert "City" in text
    assert "The status and the decision are not restored" in text


def test_a_withdrawal_is_not_undone_by_restoring_the_signature(
    client, approved, english_reviewer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.withdraw(approved, english_reviewer)
    signature = Signature.objects.get()
    assert signature.withdrawn_on is not None
    before = signature.history.earliest()
    assert before.withdrawn_on is None

    shown = restore(client, "forms_signature", signature, before)

    signature.refresh_from_db()
    assert signature.withdrawn_on is not None
    assert not restore_forms(client, "forms_signature", signature)  # nor is it offered
    assert not in_register(approved.agreement, approved.organisation).exists()
    [(level, text)] = shown
    assert level == "error"
    assert "A withdrawal is not restored" in text
