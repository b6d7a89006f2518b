"""Answering a consultation on its public page: the proposal, the form, errors, spam, receipts."""

import re

from django.conf import settings
from django.core import mail
from django.core.cache import cache
from django.test import Client
from django.utils import translation

from wagtail.models import Locale

import pytest

from consultations.models import ConsultationComment, RespondentKind, TargetKind
from tests import clock
from tests.consultations.conftest import (
    DRAFT_COMMITMENT,
    DRAFT_PRINCIPLE_SUMMARY,
    PERSONAL_VALUES,
    WHOLE_COMMITMENT,
    answer_data,
)
from tests.editorial.review import text_of
from tests.factories.forms import OrganisationFactory, SignatureFactory

pytestmark = pytest.mark.django_db

OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def send(client, page, capture, **overrides):
    with capture(execute=True):
        return client.post(page.url, answer_data(**overrides))


def principle_key(draft):
    return draft.get_children().first().translation_key


def test_the_draft_is_shown_as_a_proposal_from_its_latest_revisions(anonymous, consultation, draft):
    html = anonymous.get(consultation.url).content.decode()
    assert '<section class="proposal" id="proposal"' in html  # framed (consultation.css)
    text = text_of(html)
    # The mark says, in words, that this is not the agreement in force.
    with translation.override("sv"):
        mark = translation.gettext("Proposal – not the agreement in force")
    assert mark in text
    # Text saved only in the draft's latest revisions is what the proposal shows.
    assert DRAFT_PRINCIPLE_SUMMARY in text
    assert DRAFT_COMMITMENT in text
    assert WHOLE_COMMITMENT in text
    # The draft is still not public by itself, and the page does not link to it.
    draft_url = draft.get_url()
    assert anonymous.get(draft_url).status_code == 404
    assert f'href="{draft_url}"' not in html


def test_an_answer_on_a_commitment_is_stored_with_its_keys_and_a_receipt_is_mailed(
    anonymous, consultation, draft, django_capture_on_commit_callbacks
):
    principle = draft.get_children().first().specific.get_latest_revision_as_object()
    commitment = principle.commitments.all()[0]
    target = f"commitment:{principle.translation_key}:{commitment.translation_key}"
    # The "comment on this commitment" link chooses it in the form.
    page = anonymous.get(f"{consultation.url}?target={target}").content.decode()
    assert re.search(rf'<option value="{target}" selected>', page)

    response = send(
        anonymous,
        consultation,
        django_capture_on_commit_callbacks,
        target=target,
        proposed_wording="Att bjuda in till dialogforum minst tre gånger om året, på kvällstid.",
    )
    assert response.status_code == 303
    answer = ConsultationComment.objects.get()
    assert answer.target_kind == TargetKind.COMMITMENT
    assert answer.principle_key == principle.translation_key
    assert answer.target_key == commitment.translation_key
    assert DRAFT_COMMITMENT in answer.target_label
    assert answer.consultation_id == consultation.pk
    receipt = anonymous.get(response["Location"]).content.decode()
    assert answer.reference in receipt
    # Answers wait for moderation: nothing typed is public yet.
    for value in [*PERSONAL_VALUES, answer.comment]:
        assert value not in receipt

    [message] = mail.outbox
    assert message.to == [PERSONAL_VALUES[1]]
    assert answer.reference in message.subject
    assert answer.comment in message.body
    answer.refresh_from_db()
    assert answer.receipt_sent_at is not None


def test_errors_are_shown_next_to_the_fields_and_nothing_typed_is_lost(anonymous, consultation):
    response = anonymous.post(
        consultation.url,
        answer_data(organisation_name="", contact_email="inte-en-adress", comment=""),
    )
    assert response.status_code == 200
    html = response.content.decode()
    with translation.override("sv"):
        messages = [
            translation.gettext("Enter the name of the organisation you answer for."),
            translation.gettext("Enter an e-mail address like name@example.se."),
            translation.gettext("Write your comment."),
        ]
    summary = re.search(r'<div class="error-summary".*?</div>', html, re.DOTALL).group(0)
    for message in messages:
        assert message in summary
        assert html.count(message) == 2  # in the summary and at its field
    assert 'href="#id_comment"' in summary
    assert 'value="inte-en-adress"' in html
    assert "Karin Kontaktsson" in html  # kept in the form: the person's own browser
    assert not ConsultationComment.objects.exists()


def test_a_private_person_answers_without_an_organisation_where_anyone_may(
    anonymous, consultation, django_capture_on_commit_callbacks
):
    response = send(
        anonymous,
        consultation,
        django_capture_on_commit_callbacks,
        respondent_kind="private",
        organisation_name="",
        organisation_type="",
    )
    assert response.status_code == 303
    answer = ConsultationComment.objects.get()
    assert answer.respondent_kind == RespondentKind.PRIVATE
    assert answer.public_name is None


def test_only_organisations_may_answer_where_the_consultation_says_so(anonymous, consultation):
    consultation.audience = "organisations"
    consultation.save_revision().publish()
    html = anonymous.get(consultation.url).content.decode()
    assert 'name="respondent_kind"' not in html
    # A forged "private person" is an organisation without a name: refused.
    response = anonymous.post(
        consultation.url, answer_data(respondent_kind="private", organisation_name="")
    )
    assert response.status_code == 200
    assert not ConsultationComment.objects.exists()


def test_signatories_choose_their_organisation_from_the_register(
    anonymous, consultation, current, django_capture_on_commit_callbacks
):
    consultation.audience = "signatories"
    consultation.save_revision().publish()
    signatory = SignatureFactory(
        agreement=current, organisation=OrganisationFactory(name="Idrottsföreningen Kamraterna")
    ).organisation
    stranger = OrganisationFactory(name="Föreningen Som Inte Skrivit Under")
    html = anonymous.get(consultation.url).content.decode()
    assert "Idrottsföreningen Kamraterna" in html
    assert stranger.name not in html

    refused = anonymous.post(consultation.url, answer_data(organisation=str(stranger.pk)))
    assert refused.status_code == 200
    assert not ConsultationComment.objects.exists()

    response = send(
        anonymous, consultation, django_capture_on_commit_callbacks, organisation=signatory.pk
    )
    assert response.status_code == 303
    answer = ConsultationComment.objects.get()
    assert answer.organisation == signatory
    assert answer.organisation_name == "Idrottsföreningen Kamraterna"


def test_the_honeypot_and_the_fill_time_refuse_robots(anonymous, consultation, settings):
    filled = anonymous.post(consultation.url, answer_data(fax="http://spam.example"))
    assert filled.status_code == 200
    with translation.override("sv"):
        neutral = translation.gettext(
            "We could not accept the form. Please check your answers and send it again."
        )
    assert neutral in filled.content.decode()
    settings.AFFILIATION_MIN_FILL_SECONDS = 60
    fast = anonymous.post(consultation.url, answer_data())
    assert fast.status_code == 200
    assert not ConsultationComment.objects.exists()


def test_the_rate_limit_stops_a_flood_and_says_when_to_try_again(
    anonymous, consultation, settings, django_capture_on_commit_callbacks
):
    settings.CONSULTATION_RATE_LIMIT = "2/h"
    cache.clear()
    for _ in range(2):
        assert send(anonymous, consultation, django_capture_on_commit_callbacks).status_code == 303
    refused = anonymous.post(consultation.url, answer_data())
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert ConsultationComment.objects.count() == 2


def test_the_same_form_sent_twice_is_stored_once(
    anonymous, consultation, django_capture_on_commit_callbacks
):
    data = answer_data()
    with django_capture_on_commit_callbacks(execute=True):
        first = anonymous.post(consultation.url, data)
        second = anonymous.post(consultation.url, data)
    assert first["Location"] == second["Location"]
    assert ConsultationComment.objects.count() == 1
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(
    "opens, closes", [(clock.days(3), clock.days(20)), (clock.days(-30), clock.days(-1))]
)
def test_no_answers_before_it_opens_or_after_it_closes(anonymous, consultation, opens, closes):
    consultation.opens_on, consultation.closes_on = opens, closes
    consultation.save_revision().publish()
    html = anonymous.get(consultation.url).content.decode()
    assert 'id="answer-form"' not in html
    response = anonymous.post(consultation.url, answer_data())
    assert response.status_code == 200
    assert not ConsultationComment.objects.exists()


def translate_tree(page, locale):
    """Live copies of `page` and its ancestors in `locale`, parents first."""
    for ancestor in [*page.get_ancestors().filter(depth__gt=1), page]:
        ancestor = ancestor.specific
        if ancestor.get_translation_or_none(locale) is None:
            ancestor.copy_for_translation(locale).save_revision().publish()
    return page.get_translation(locale).specific


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_answer_in_every_content_language(code, consultation, django_capture_on_commit_callbacks):
    locale = Locale.objects.get(language_code=code)
    page = translate_tree(consultation, locale)
    client = Client()
    html = client.get(page.url).content.decode()
    assert re.search(rf'<html lang="{code}"', html)
    with translation.override(code):
        mark = translation.gettext("Proposal – not the agreement in force")
        missing = translation.gettext("Write your comment.")
        subject = translation.gettext(
            "We have received your answer to the consultation (%(reference)s)"
        )
    assert mark in text_of(html)
    error = client.post(page.url, answer_data(comment=""))
    assert missing in error.content.decode()

    response = send(client, page, django_capture_on_commit_callbacks)
    assert response.status_code == 303
    answer = ConsultationComment.objects.get()
    # Stored against the Swedish consultation, in the respondent's language.
    assert answer.consultation_id == consultation.pk
    assert answer.language == code
    assert mail.outbox[0].subject == subject % {"reference": answer.reference}
