"""The demo's translator translates Södertälje's pages into English, and nothing of Exempelby's."""

import io

from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from wagtail.models import Page, Site

import pytest

from demo.content import exempelby_sv
from editorial import roles
from editorial.municipalities import role_group

pytestmark = pytest.mark.django_db


def test_the_demo_translator_edits_sodertaljes_english_pages_only(django_user_model):
    call_command("load_initial_data", stdout=io.StringIO())
    translator = django_user_model.objects.get(username="oversattare")
    sodertalje = Site.objects.get(is_default_site=True)
    assert list(translator.groups.all()) == [role_group(sodertalje, roles.translator_role("en"))]
    client = Client()
    client.force_login(translator)
    english = Page.objects.filter(
        locale__language_code="en",
        translation_key__in=Page.objects.child_of(sodertalje.root_page).values("translation_key"),
    ).first()
    assert english is not None
    assert client.get(reverse("wagtailadmin_pages:edit", args=(english.pk,))).status_code == 200
    exempelby = Site.objects.get(hostname=exempelby_sv.HOSTNAME).root_page
    response = client.get(reverse("wagtailadmin_pages:edit", args=(exempelby.pk,)))
    assert response.status_code == 404
