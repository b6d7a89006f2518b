"""Staff translate pages: translators cannot publish, translations are reviewed and tracked."""

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from wagtail.models import Locale, Page, TaskState
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

import polib
import pytest

from editorial import roles
from tests.admin_forms import assert_refused
from tests.editorial.accounts import group as group_named
from tests.factories import AgreementPageFactory, EasyReadPageFactory, PrinciplePageFactory
from translations.status import translation_status

pytestmark = pytest.mark.django_db


def translate(page, code, prefix):
    """A wagtail-localize translation of `page` with every string translated and published."""
    locale = Locale.objects.get(language_code=code)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in source.stringsegment_set.select_related("string"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": f"{prefix} {segment.string.data}"},
        )
    translation.save_target(publish=True)
    return translation, page.get_translation(locale)


def user_in(django_user_model, username, group_name):
    user = django_user_model.objects.create_user(username, f"{username}@kommun.example", "pw")
    user.groups.add(group_named(group_name))
    client = Client()
    client.force_login(user)
    return user, client


@pytest.fixture
def english_tree(home_page, agreement_index, django_capture_on_commit_callbacks):
    agreement = AgreementPageFactory(parent=agreement_index, slug="2025-2028")
    principle = PrinciplePageFactory(parent=agreement, title="Dialog", summary="Vi talar.")
    pages = {}
    for page in (home_page, agreement_index, agreement, principle):
        # wagtail-localize publishes translations when the transaction commits.
        with django_capture_on_commit_callbacks(execute=True):
            pages[page.pk] = translate(page, "en", "EN")
    return {
        "source": principle,
        "translation": pages[principle.pk][0],
        "target": pages[principle.pk][1],
    }


@pytest.fixture
def translator(django_user_model, english_tree):
    return user_in(django_user_model, "oversattare", roles.translator_role("en"))


def test_translator_groups_follow_the_configured_languages(settings, home_page):
    site = home_page.get_site()
    names = set(Group.objects.values_list("name", flat=True))
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES[1:]:
        assert f"{site.site_name}: {roles.translator_role(code)}" in names


def test_translator_may_edit_only_their_language(english_tree, translator):
    _user, client = translator
    target = english_tree["target"]
    assert client.get(reverse("wagtailadmin_pages:edit", args=(target.pk,))).status_code == 200
    source = english_tree["source"]
    response = client.get(reverse("wagtailadmin_pages:edit", args=(source.pk,)))
    assert response.status_code == 302  # Wagtail refuses and sends them to the dashboard
    assert response["Location"] == reverse("wagtailadmin_home")


def test_translator_cannot_publish_from_the_translation_editor(english_tree, translator):
    _user, client = translator
    target = english_tree["target"]
    translation = english_tree["translation"]
    string = translation.source.stringsegment_set.first().string
    StringTranslation.objects.filter(translation_of=string, locale=target.locale).update(
        data="Changed by the translator"
    )
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(target.pk,)), {"action": "publish"}
    )
    assert_refused(client, response)
    target.refresh_from_db()
    assert "Changed by the translator" not in target.specific.title + target.specific.summary


def test_translation_goes_through_review_before_it_is_published(
    english_tree, translator, django_user_model
):
    user, client = translator
    target = english_tree["target"]
    summary_segment = next(
        s
        for s in english_tree["translation"].source.stringsegment_set.select_related("string")
        if s.string.data == "Vi talar."
    )
    StringTranslation.objects.filter(
        translation_of=summary_segment.string, locale=target.locale
    ).update(data="We talk to each other.")
    url = reverse("translations_submit_for_review", args=(target.pk,))

    assert client.post(url, {"change_note": ""}).status_code == 200  # note required
    assert not Page.objects.get(pk=target.pk).workflow_in_progress

    response = client.post(url, {"change_note": "New English summary"})
    assert response.status_code == 302
    page = Page.objects.get(pk=target.pk).specific
    assert page.workflow_in_progress
    assert page.summary != "We talk to each other."  # live page untouched until approval
    assert page.get_latest_revision_as_object().summary == "We talk to each other."

    # A principle follows the two-step agreement workflow, translated or not.
    for username, group in [
        ("sak", roles.SUBJECT_REVIEWERS),
        ("kom", roles.COMMUNICATIONS_REVIEWERS),
    ]:
        _reviewer, reviewer_client = user_in(django_user_model, username, group)
        task_state = TaskState.objects.get(
            workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS
        )
        response = reviewer_client.post(
            reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)),
            {"comment": ""},
        )
        assert response.status_code == 302
    page = Page.objects.get(pk=target.pk).specific
    assert page.live and page.summary == "We talk to each other."
    assert "We talk to each other." in Client().get(page.url).content.decode()


def test_outdated_and_missing_translations_are_reported(english_tree, admin_client):
    source = english_tree["source"]
    untranslated = PrinciplePageFactory(parent=source.get_parent(), title="Bara svenska")
    EasyReadPageFactory(parent=untranslated)  # Swedish by definition: never missing

    english = next(lang for lang in translation_status() if lang["code"] == "en")
    assert [item["source"].pk for item in english["missing"]] == [untranslated.pk]
    assert english["outdated"] == []

    source.summary = "Ny svensk text"
    source.save_revision().publish()

    english = next(lang for lang in translation_status() if lang["code"] == "en")
    assert [item["source"].pk for item in english["outdated"]] == [source.pk]
    finnish = next(lang for lang in translation_status() if lang["code"] == "fi")
    assert (
        len(finnish["missing"])
        == Page.objects.live()
        .filter(locale__language_code="sv", depth__gt=1)
        .exclude(content_type__model="easyreadpage")
        .count()
    )

    report = admin_client.get(reverse("translations_report")).content.decode()
    assert (
        f'<li data-outdated="en"><a href="/admin/pages/{english_tree["target"].pk}/edit/">'
        in report
    )
    dashboard = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert '<td data-outdated="en">1</td>' in dashboard
    assert '<td data-missing="en">1</td>' in dashboard


def test_po_file_round_trip_changes_the_published_text_after_review(
    english_tree, translator, django_user_model
):
    user, client = translator
    translation = english_tree["translation"]
    target = english_tree["target"]
    response = client.get(reverse("wagtail_localize:download_pofile", args=(translation.pk,)))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    entry = next(e for e in po if e.msgid == "Vi talar.")
    entry.msgstr = "Agency translation: we talk."
    upload = SimpleUploadedFile(
        "en.po", str(po).encode(), content_type="text/x-gettext-translation"
    )
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=(translation.pk,)),
        {"file": upload, "next": reverse("wagtailadmin_pages:edit", args=(target.pk,))},
    )
    assert response.status_code == 302
    assert Page.objects.get(pk=target.pk).specific.summary != "Agency translation: we talk."

    client.post(
        reverse("translations_submit_for_review", args=(target.pk,)),
        {"change_note": "Agency PO import"},
    )
    publisher, publisher_client = user_in(django_user_model, "publicist", roles.PUBLISHERS)
    subject, subject_client = user_in(django_user_model, "sak", roles.SUBJECT_REVIEWERS)
    for reviewer_client in (subject_client, publisher_client):
        task_state = TaskState.objects.get(
            workflow_state__object_id=str(target.pk), status=TaskState.STATUS_IN_PROGRESS
        )
        reviewer_client.post(
            reverse(
                "wagtailadmin_pages:workflow_action", args=(target.pk, "approve", task_state.pk)
            ),
            {"comment": ""},
        )
    page = Page.objects.get(pk=target.pk).specific
    assert page.summary == "Agency translation: we talk."
    assert "Agency translation: we talk." in Client().get(page.url).content.decode()
