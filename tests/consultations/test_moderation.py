"""Staff moderate and handle answers in the admin; the public page shows what they publish."""

from django.urls import reverse
from django.utils import translation

import pytest

from consultations.models import CommentStatus, ConsultationComment
from consultations.permissions import MODERATORS_GROUP
from editorial import roles
from tests.consultations.conftest import PERSONAL_VALUES, answer_data
from tests.editorial.accounts import logged_in, make_user
from tests.editorial.review import text_of
from tests.factories.consultations import ConsultationCommentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator(django_user_model):
    return make_user(django_user_model, "moderator", [MODERATORS_GROUP])


@pytest.fixture
def moderator_client(moderator):
    return logged_in(moderator)


@pytest.fixture
def received(anonymous, consultation, django_capture_on_commit_callbacks):
    """An answer as the public form stores it: waiting for moderation."""
    with django_capture_on_commit_callbacks(execute=True):
        anonymous.post(consultation.url, answer_data(comment="Lägg dialogforum på kvällstid."))
    return ConsultationComment.objects.get()


def moderate(client, answer, **fields):
    data = {"status": "received", "hidden_reason": "", "handling": "", "handling_reason": ""}
    data.update(fields)
    return client.post(reverse("consultations_comment:edit", args=[answer.pk]), data)


def test_a_moderator_sees_the_contact_details_publishes_and_handles(
    moderator_client, anonymous, consultation, received
):
    listing = moderator_client.get(reverse("consultations_comment:index"))
    assert listing.status_code == 200
    assert received.reference in listing.content.decode()
    inspect = moderator_client.get(reverse("consultations_comment:inspect", args=[received.pk]))
    for value in PERSONAL_VALUES:
        assert value in inspect.content.decode()

    response = moderate(
        moderator_client,
        received,
        status="published",
        handling="partly",
        handling_reason="Ett av forumen läggs på kvällstid.",
    )
    assert response.status_code == 302
    received.refresh_from_db()
    assert received.status == CommentStatus.PUBLISHED
    # Each change is kept in the answer's history.
    assert received.history.count() == 2

    page = text_of(anonymous.get(consultation.url).content.decode())
    assert "Lägg dialogforum på kvällstid." in page
    assert "Föreningen Gröna Gatan" in page
    with translation.override("sv"):
        partly = translation.gettext("Partly accepted")
    assert f"{partly}. Ett av forumen läggs på kvällstid." in page
    for value in PERSONAL_VALUES:
        assert value not in page


def test_hiding_and_handling_need_a_reason(moderator_client, received):
    form = moderator_client.get(reverse("consultations_comment:edit", args=[received.pk]))
    assert "Lägg dialogforum på kvällstid." in form.content.decode()  # read beside the form
    response = moderate(moderator_client, received, status="hidden", handling="accepted")
    assert response.status_code == 200
    html = response.content.decode()
    with translation.override("en"):
        assert translation.gettext("Give the reason for hiding the answer.") in html
        assert translation.gettext("Give the reason for the handling.") in html
    received.refresh_from_db()
    assert received.status == CommentStatus.RECEIVED


def test_hidden_and_waiting_answers_are_not_public(
    moderator_client, anonymous, consultation, received
):
    moderate(moderator_client, received, status="hidden", hidden_reason="Handlar om något annat.")
    ConsultationCommentFactory(
        consultation=consultation, status=CommentStatus.RECEIVED, comment="Väntar på läsning."
    )
    page = anonymous.get(consultation.url).content.decode()
    assert "Lägg dialogforum på kvällstid." not in page
    assert "Handlar om något annat." not in page
    assert "Väntar på läsning." not in page


def test_a_private_persons_answer_is_published_without_a_name(anonymous, consultation):
    ConsultationCommentFactory(
        consultation=consultation,
        respondent_kind="private",
        organisation_name="Ska inte synas",
        comment="Jag vill kunna läsa förslaget på lättläst svenska.",
    )
    page = text_of(anonymous.get(consultation.url).content.decode())
    assert "Jag vill kunna läsa förslaget på lättläst svenska." in page
    assert "Ska inte synas" not in page
    with translation.override("sv"):
        assert translation.gettext("A private person") in page


@pytest.mark.parametrize(
    "group", [roles.CONTRIBUTORS, roles.SUBJECT_REVIEWERS, roles.PUBLISHERS, "Anslutningsgranskare"]
)
def test_only_moderators_may_see_or_moderate_answers(django_user_model, group, received):
    client = logged_in(make_user(django_user_model, "someone", [group]))
    for url in [
        reverse("consultations_comment:index"),
        reverse("consultations_comment:inspect", args=[received.pk]),
        reverse("consultations_comment:edit", args=[received.pk]),
    ]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == reverse("wagtailadmin_home")
    refused = moderate(client, received, status="published")
    assert refused.status_code == 302
    received.refresh_from_db()
    assert received.status == CommentStatus.RECEIVED


def test_the_export_opens_as_utf8_and_holds_no_contact_details(moderator_client, received):
    response = moderator_client.get(reverse("consultations_comment:index") + "?export=csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    content = b"".join(response.streaming_content).decode("utf-8")
    assert content.startswith("\ufeff")
    assert received.reference in content
    assert "Föreningen Gröna Gatan" in content
    for value in PERSONAL_VALUES:
        assert value not in content
