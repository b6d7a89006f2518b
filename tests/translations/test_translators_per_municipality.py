"""A translator works for one municipality: its pages in their language, nothing of another's.

Two municipalities on one installation, each with an agreement translated
into English: the first (the default site) and Nordby, a second site set up
as the operator sets up any municipality. A translator of the first
municipality edits its English pages through the admin, and gets "not
found" for Nordby's; the translation reports (the project's and
wagtail-localize's) and wagtail-localize's snippet listing show them
nothing of Nordby's. A superuser sees both. A municipality made by
`create_municipality` gets its translator groups, one per language it offers.
"""

import io
import json
from urllib.parse import urlencode

from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.urls import reverse

from wagtail.models import GroupPagePermission, Locale, Page, Site

import pytest

from agreements.models import ContactPoint
from editorial import roles
from editorial.models import MunicipalityRole
from editorial.municipalities import role_group, set_up_roles
from home.models import HomePage
from home.municipality import MunicipalitySettings
from tests.editorial.accounts import logged_in, make_user, published
from tests.factories import AgreementIndexPageFactory, AgreementPageFactory, PrinciplePageFactory
from tests.translations.test_translations import translate

pytestmark = pytest.mark.django_db

OTHER = "Nordby"
CONTACT_POINTS = ("agreements", "contactpoint")
TRANSLATED_LANGUAGES = ["en", "fi", "ar", "so"]  # the test settings' content languages but sv


def translated_agreement(home, suffix, capture):
    """An agreement with a principle under `home`, all translated into English and live."""
    index = AgreementIndexPageFactory(parent=home, title=f"Överenskommelsen{suffix}")
    agreement = AgreementPageFactory(parent=index, title=f"Överenskommelse{suffix}")
    principle = PrinciplePageFactory(parent=agreement, title=f"Dialog{suffix}", summary="Vi talar.")
    # Only Swedish: missing in English in the translation report.
    PrinciplePageFactory(parent=agreement, title=f"Bara svenska{suffix}")
    pages = {}
    for page in (home, index, agreement, principle):
        with capture(execute=True):  # wagtail-localize publishes when the transaction commits
            pages[page.pk] = translate(page, "en", "EN")
    return pages[principle.pk]


@pytest.fixture
def two_municipalities(home_page, django_capture_on_commit_callbacks):
    """{"first": (translation, English principle), "other": Nordby's, "site": Nordby's site}."""
    first = translated_agreement(home_page, "", django_capture_on_commit_callbacks)
    other_home = published(
        Page.get_first_root_node().add_child(
            instance=HomePage(title=f"Välkommen till {OTHER}", slug="nordby")
        )
    )
    site = Site.objects.create(
        hostname="nordby.localhost", port=80, root_page=other_home, site_name=OTHER
    )
    set_up_roles(site)
    other = translated_agreement(other_home, f" {OTHER}", django_capture_on_commit_callbacks)
    for site_, name in ((home_page.get_site(), "Föreningskontoret"), (site, f"Kontoret {OTHER}")):
        ContactPoint.objects.create(name=name, site=site_, locale=home_page.locale)
    return {"first": first, "other": other, "site": site}


@pytest.fixture
def translator(django_user_model, two_municipalities):
    """A translator into English of the first municipality, logged in."""
    return logged_in(make_user(django_user_model, "oversattare", [roles.translator_role("en")]))


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def test_a_translator_edits_their_municipalitys_english_pages_only(two_municipalities, translator):
    _translation, own = two_municipalities["first"]
    other_translation, other = two_municipalities["other"]
    assert translator.get(edit_url(own)).status_code == 200

    assert translator.get(edit_url(other)).status_code in (403, 404)
    submit = reverse("translations_submit_for_review", args=(other.pk,))
    assert translator.post(submit, {"change_note": "Ny text"}).status_code in (403, 404)
    # Nor through wagtail-localize's editor, string by string.
    segment = other_translation.source.stringsegment_set.first()
    url = reverse(
        "wagtail_localize:edit_string_translation", args=(other_translation.pk, segment.pk)
    )
    response = translator.put(
        url, urlencode({"value": "Changed"}), content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code in (403, 404)
    assert not other.get_latest_revision() or "Changed" not in str(
        other.get_latest_revision().content
    )


def reports(client):
    """What the translation reports and the snippet listing show `client`, as text."""
    urls = [
        reverse("translations_report"),
        reverse("wagtail_localize:translations_report"),
        reverse("wagtail_localize:translations_report_results"),
        reverse("wagtail_localize:snippets_api_listing", args=CONTACT_POINTS),
        reverse("wagtailadmin_home"),
    ]
    shown = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        shown[url] = response.content.decode()
    return shown


def test_a_translator_sees_nothing_of_another_municipality_in_the_reports(
    two_municipalities, translator
):
    shown = reports(translator)
    leaked = [url for url, content in shown.items() if OTHER in content]
    assert leaked == []
    report = shown[reverse("translations_report")]
    assert "Bara svenska" in report  # their own missing page
    assert 'data-missing="fi"' not in report  # the languages they translate only
    assert "Dialog" in shown[reverse("wagtail_localize:translations_report_results")]
    listing = shown[reverse("wagtail_localize:snippets_api_listing", args=CONTACT_POINTS)]
    assert "Föreningskontoret" in [item["title"] for item in json.loads(listing)]


def test_a_municipalitys_editor_sees_every_language_of_their_municipality_only(
    two_municipalities, django_user_model
):
    publisher = logged_in(make_user(django_user_model, "publicist", [roles.PUBLISHERS]))
    shown = reports(publisher)
    assert [url for url, content in shown.items() if OTHER in content] == []
    report = shown[reverse("translations_report")]
    assert 'data-missing="en"' in report and 'data-missing="fi"' in report


def test_a_superuser_sees_every_municipality(two_municipalities, admin_client):
    shown = reports(admin_client)
    for url in (
        reverse("translations_report"),
        reverse("wagtail_localize:translations_report_results"),
        reverse("wagtail_localize:snippets_api_listing", args=CONTACT_POINTS),
    ):
        assert OTHER in shown[url], url
    assert "Bara svenska" in shown[reverse("translations_report")]


def translator_roles_of(site):
    return set(
        MunicipalityRole.objects.filter(site=site, role__startswith=roles.TRANSLATORS).values_list(
            "role", flat=True
        )
    )


def test_a_new_municipality_gets_a_translator_group_per_language(home_page):
    call_command(
        "create_municipality",
        "nyby.localhost",
        "--name",
        "Nyby kommun",
        "--publisher-email",
        "publicist@nyby.example",
        stdout=io.StringIO(),
    )
    site = Site.objects.get(hostname="nyby.localhost")
    assert translator_roles_of(site) == {roles.translator_role(c) for c in TRANSLATED_LANGUAGES}
    english = role_group(site, roles.translator_role("en"))
    assert english.name == "Nyby kommun: Översättare (en)"

    # Its home page published in English: its English translators may edit there, only there.
    locale = Locale.objects.get(language_code="en")
    home = site.root_page.specific
    nyby_english = published(home.copy_for_translation(locale))
    first_english = published(home_page.copy_for_translation(locale))
    change = Permission.objects.get(content_type__app_label="wagtailcore", codename="change_page")
    granted = GroupPagePermission.objects.filter(permission=change)
    assert list(granted.filter(group=english).values_list("page", flat=True)) == [nyby_english.pk]
    first_translators = role_group(
        Site.objects.get(is_default_site=True), roles.translator_role("en")
    )
    assert list(granted.filter(group=first_translators).values_list("page", flat=True)) == [
        first_english.pk
    ]


def test_the_translator_groups_follow_the_languages_a_municipality_offers(db):
    home = published(
        Page.get_first_root_node().add_child(instance=HomePage(title="Sydby", slug="sydby"))
    )
    site = Site.objects.create(hostname="sydby.localhost", root_page=home, site_name="Sydby")
    offered = MunicipalitySettings.objects.create(site=site, languages="sv,fi")
    set_up_roles(site)
    assert translator_roles_of(site) == {roles.translator_role("fi")}
    offered.languages = "sv,fi,en"  # as saved in the admin's settings
    offered.save()
    assert translator_roles_of(site) == {roles.translator_role("fi"), roles.translator_role("en")}
