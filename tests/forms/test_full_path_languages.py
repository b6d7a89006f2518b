"""Apply → review → listed publicly, in every configured language."""

import re

from django.conf import settings
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale

import pytest

from forms.models import Application, ApplicationStatus
from tests.forms.conftest import VALID

pytestmark = pytest.mark.django_db

OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


def translate_tree(page, locale):
    """Live copies of `page` and its ancestors in `locale`, parents first."""
    for ancestor in [*page.get_ancestors().filter(depth__gt=1), page]:
        ancestor = ancestor.specific
        if ancestor.get_translation_or_none(locale) is None:
            copy = ancestor.copy_for_translation(locale)
            copy.save_revision().publish()
    return page.get_translation(locale).specific


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_apply_and_get_listed_in_each_language(
    code, submit, application_page, reviewer_client, django_capture_on_commit_callbacks
):
    locale = Locale.objects.get(language_code=code)
    page = translate_tree(application_page, locale)
    assert page.url.startswith(f"/{code}/")

    form = Client().get(page.url)
    assert re.search(rf'<html lang="{code}"', form.content.decode())

    response = submit(page, language=code)
    assert response.status_code == 303
    receipt = Client().get(response["Location"])
    assert re.search(rf'<html lang="{code}"', receipt.content.decode())

    application = Application.objects.get()
    assert application.language == code
    # The application belongs to the agreement version itself, whatever the language.
    assert application.agreement_id == application_page.get_parent().pk
    confirmation = next(m for m in mail.outbox if m.to == [VALID["contact_email"]])
    with translation.override(code):
        expected = translation.gettext(
            "We have received your application to join the agreement (%(reference)s)"
        ) % {"reference": application.reference}
    assert confirmation.subject == expected

    with django_capture_on_commit_callbacks(execute=True):
        reviewer_client.post(reverse("forms_application:approve", args=[application.pk]), {})
    application.refresh_from_db()
    assert application.status == ApplicationStatus.APPROVED

    translated_agreement = page.get_parent().specific
    html = Client().get(translated_agreement.url).content.decode()
    assert VALID["organisation_name"] in html
    assert VALID["contact_email"] not in html and VALID["contact_name"] not in html
