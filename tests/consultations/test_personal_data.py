"""Respondents' contact details are removed some months after the consultation closed."""

from io import StringIO

from django.core.management import call_command

import pytest

from consultations.models import ConsultationComment
from tests import clock
from tests.factories.consultations import ConsultationCommentFactory

pytestmark = pytest.mark.django_db


def purge(*args):
    out = StringIO()
    call_command("purge_consultation_personal_data", *args, stdout=out)
    return out.getvalue()


def test_contact_details_go_after_the_retention_time_and_the_answer_stays(consultation, settings):
    settings.CONSULTATION_RETENTION_MONTHS = 3
    consultation.opens_on, consultation.closes_on = clock.days(-150), clock.days(-120)
    consultation.save_revision().publish()
    old = ConsultationCommentFactory(consultation=consultation, comment="Bra förslag.")
    old.handling, old.handling_reason = "accepted", "Tack."
    old.save()  # a second historical record with the contact details

    assert "1 answer(s) would" in purge("--dry-run")
    assert ConsultationComment.objects.get().contact_email

    assert "Removed the contact details of 1 answer(s)" in purge()
    answer = ConsultationComment.objects.get()
    assert (answer.contact_name, answer.contact_email, answer.contact_phone) == ("", "", "")
    assert answer.personal_data_removed_at is not None
    assert answer.comment == "Bra förslag."
    assert answer.organisation_name
    for record in answer.history.all():
        assert (record.contact_name, record.contact_email, record.contact_phone) == ("", "", "")


def test_contact_details_are_kept_within_the_retention_time(consultation, settings):
    settings.CONSULTATION_RETENTION_MONTHS = 6
    consultation.opens_on, consultation.closes_on = clock.days(-60), clock.days(-30)
    consultation.save_revision().publish()
    ConsultationCommentFactory(consultation=consultation)
    assert "0 answer(s)" in purge()
    assert ConsultationComment.objects.get().contact_email
