"""The consultation report: made once it closes, frozen when the version is adopted."""

from django.urls import reverse
from django.utils import translation

import pytest

from consultations.models import CommentStatus, FrozenReport
from consultations.permissions import MODERATORS_GROUP
from tests import clock
from tests.editorial.accounts import logged_in, make_user
from tests.editorial.review import text_of
from tests.factories.consultations import ConsultationCommentFactory

pytestmark = pytest.mark.django_db


def report_url(page):
    return page.url + page.reverse_subpage("report")


@pytest.fixture
def closed(consultation, draft):
    """The consultation, closed yesterday, with answers of every kind."""
    consultation.opens_on, consultation.closes_on = clock.days(-30), clock.days(-1)
    consultation.save_revision().publish()
    principle = draft.get_children().first().specific.get_latest_revision_as_object()
    commitment = principle.commitments.all()[0]
    ConsultationCommentFactory(
        consultation=consultation,
        organisation_name="Idrottsföreningen Kamraterna",
        comment="Förslaget är tydligare än förra gången.",
        handling="accepted",
        handling_reason="Tas med i texten.",
    )
    ConsultationCommentFactory(
        consultation=consultation,
        target_kind="principle",
        target_key=principle.translation_key,
        principle_key=principle.translation_key,
        target_label=principle.title,
        organisation_name="Studieförbundet Vuxenskolan i Exempelby",
        organisation_type="study_association",
        comment="Självständigheten måste gälla även när kommunen ger bidrag.",
        handling="partly",
        handling_reason="Skrivningen om bidrag förtydligas.",
    )
    ConsultationCommentFactory(
        consultation=consultation,
        target_kind="commitment",
        target_key=commitment.translation_key,
        principle_key=principle.translation_key,
        target_label=f"Kommunen: {commitment.text}",
        respondent_kind="private",
        organisation_name="",
        organisation_type="",
        comment="Tre forum om året räcker inte.",
        handling="not_accepted",
        handling_reason="Fler forum ryms inte i budgeten.",
    )
    ConsultationCommentFactory(
        consultation=consultation, status=CommentStatus.HIDDEN, comment="Reklam för en bilfirma."
    )
    return consultation


def test_no_report_while_the_consultation_is_open(anonymous, consultation):
    assert anonymous.get(report_url(consultation)).status_code == 404


def test_the_report_gives_answers_by_principle_their_handling_and_figures(anonymous, closed):
    page = anonymous.get(closed.url).content.decode()
    assert report_url(closed) in page
    text = text_of(anonymous.get(report_url(closed)).content.decode())
    with translation.override("sv"):
        gettext = translation.gettext
        assert (
            gettext("Preliminary report: it may change until the new version is adopted.") in text
        )
        for heading in [gettext("The whole draft"), "Självständighet"]:
            assert heading in text
        assert f"{gettext('Partly accepted')}. Skrivningen om bidrag förtydligas." in text
        assert f"{gettext('Not accepted')}. Fler forum ryms inte i budgeten." in text
        assert f"{gettext('Association')} 1" in text
        assert f"{gettext('Study association')} 1" in text
        assert f"{gettext('Private persons')} 1" in text
    assert "Reklam för en bilfirma." not in text
    assert text.index("Självständigheten måste gälla") < text.index("Tre forum om året")


def test_adopting_the_draft_freezes_the_report_and_the_adopted_version_links_to_it(
    anonymous, closed, draft, django_user_model
):
    # What the admin's "Publish" does at the end of review: publish the latest revision.
    draft.get_latest_revision().publish()
    draft.refresh_from_db()
    assert draft.live
    frozen = FrozenReport.objects.get(consultation=closed)
    assert len(frozen.snapshot["sections"]) == 2

    # Later moderation does not change the frozen report.
    moderator = logged_in(make_user(django_user_model, "moderator", [MODERATORS_GROUP]))
    answer = closed.comments.get(handling="not_accepted")
    moderator.post(
        reverse("consultations_comment:edit", args=[answer.pk]),
        {
            "status": "published",
            "hidden_reason": "",
            "handling": "accepted",
            "handling_reason": "Ändrat i efterhand.",
        },
    )
    text = text_of(anonymous.get(report_url(closed)).content.decode())
    assert "Fler forum ryms inte i budgeten." in text
    assert "Ändrat i efterhand." not in text
    with translation.override("sv"):
        assert translation.gettext("Consultation report: %(title)s") % {
            "title": closed.title
        } in text_of(anonymous.get(draft.url).content.decode())

    # The consultation page no longer shows the text as a proposal, but links to the adopted one.
    page = anonymous.get(closed.url).content.decode()
    assert 'id="proposal"' not in page
    assert f'href="{draft.url}"' in page
