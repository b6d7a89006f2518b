"""A translation is reviewed by someone who did not translate it.

The translated text is typed string by string in wagtail-localize's editor,
then one translator submits it: the revision bears the submitter's name, but
everyone whose strings are in it wrote part of the change.
"""

from urllib.parse import urlencode

from django.urls import reverse

from wagtail.models import Page, TaskState
from wagtail_localize.models import StringTranslation

import pytest

from editorial import roles
from tests.editorial.accounts import logged_in, make_user
from tests.editorial.editor import current_task_state, post_workflow_action, task_status
from tests.factories import AgreementPageFactory, PrinciplePageFactory
from tests.translations.test_translations import translate

pytestmark = pytest.mark.django_db

TRANSLATED_SUMMARY = "We talk to each other."


@pytest.fixture
def english_principle(home_page, agreement_index, django_capture_on_commit_callbacks):
    """A principle with a live English translation: (translation, English page)."""
    agreement = AgreementPageFactory(parent=agreement_index, slug="2025-2028")
    principle = PrinciplePageFactory(parent=agreement, title="Dialog", summary="Vi talar.")
    pages = {}
    for page in (home_page, agreement_index, agreement, principle):
        # wagtail-localize publishes translations when the transaction commits.
        with django_capture_on_commit_callbacks(execute=True):
            pages[page.pk] = translate(page, "en", "EN")
    return pages[principle.pk]


def type_string(client, translation, text, value):
    """What the translation editor sends when a translator changes one string."""
    segment = next(
        s
        for s in translation.source.stringsegment_set.select_related("string")
        if s.string.data == text
    )
    url = reverse("wagtail_localize:edit_string_translation", args=(translation.pk, segment.pk))
    response = client.put(
        url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code in (200, 201), response.content


def test_translator_who_reviews_cannot_approve_a_translation_with_their_strings(
    django_user_model, english_principle, django_capture_on_commit_callbacks
):
    translation, target = english_principle
    group = roles.translator_role("en")
    reviewing_translator = make_user(
        django_user_model, "oversattare-granskare", [group, roles.SUBJECT_REVIEWERS]
    )
    submitting_translator = make_user(django_user_model, "oversattare", [group])
    colleague = make_user(django_user_model, "sakgranskare", [roles.SUBJECT_REVIEWERS])
    reviewer_client = logged_in(reviewing_translator)

    type_string(reviewer_client, translation, "Vi talar.", TRANSLATED_SUMMARY)
    assert (
        StringTranslation.objects.get(data=TRANSLATED_SUMMARY).last_translated_by
        == reviewing_translator
    )
    response = logged_in(submitting_translator).post(
        reverse("translations_submit_for_review", args=(target.pk,)),
        {"change_note": "New English summary"},
    )
    assert response.status_code == 302
    page = Page.objects.get(pk=target.pk).specific
    task_state = current_task_state(page)
    assert task_state.task.name == roles.SUBJECT_REVIEW_TASK

    with django_capture_on_commit_callbacks(execute=True):
        post_workflow_action(reviewer_client, page, "approve", task_state=task_state)
    assert task_status(task_state) == TaskState.STATUS_IN_PROGRESS
    dashboard = reviewer_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "awaiting-review-section" not in dashboard

    with django_capture_on_commit_callbacks(execute=True):
        post_workflow_action(logged_in(colleague), page, "approve", task_state=task_state)
    assert task_status(task_state) == TaskState.STATUS_APPROVED
