"""`manage.py create_municipality`: a new municipality's site in one step, idempotent."""

import io
from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import translation

from wagtail.models import Page, Site

import pytest

from agreements.models import AgreementIndexPage
from editorial import roles
from editorial.models import MunicipalityRole
from editorial.municipalities import role_group
from home.models import AccessibilityStatementPage, StandardPage
from home.municipality import MunicipalitySettings

pytestmark = pytest.mark.django_db

HOST = "nyby.localhost"


@pytest.fixture
def roles_set_up():
    """The municipalities' groups that exist: {(site host, role)}."""

    def made():
        return set(
            MunicipalityRole.objects.values_list("site__hostname", "role").exclude(
                site__is_default_site=True
            )
        )

    return made


def create(*args):
    out = io.StringIO()
    call_command(
        "create_municipality",
        HOST,
        "--name",
        "Nyby kommun",
        "--county",
        "uppsala",
        "--liaison-office",
        "Föreningsservice",
        "--publisher-email",
        "publicist@nyby.example",
        *args,
        stdout=out,
    )
    return out.getvalue()


def test_creates_the_site_its_pages_settings_and_roles(roles_set_up):
    output = create()
    site = Site.objects.get(hostname=HOST)
    home = site.root_page.specific
    assert home.title == "Nyby kommun" and home.live
    assert home.locale.language_code == "sv"
    assert AgreementIndexPage.objects.child_of(home).live().count() == 1
    statement = AccessibilityStatementPage.objects.child_of(home).get()
    assert not statement.live  # a draft for the editor to complete
    with translation.override("sv"):  # the pages are in the default language
        assert f"[{translation.gettext('To complete')}]" in statement.how_accessible
    settings = MunicipalitySettings.objects.get(site=site)
    assert (settings.name, settings.county, settings.liaison_office) == (
        "Nyby kommun",
        "uppsala",
        "Föreningsservice",
    )
    assert settings.accessibility_statement_id == statement.pk
    privacy = StandardPage.objects.get(pk=settings.privacy_notice_id)
    assert not privacy.live and privacy.get_parent().pk == home.pk
    translators = [roles.translator_role(code) for code in ("en", "fi", "ar", "so")]
    assert roles_set_up() == {(HOST, role) for role in roles.ROLES + translators}
    publisher = get_user_model().objects.get(email="publicist@nyby.example")
    assert role_group(site, roles.PUBLISHERS) in publisher.groups.all()
    assert not publisher.has_usable_password()
    assert "Nyby kommun" in output and HOST in output
    # The operator hands the printed link over: the first publisher chooses a password there.
    link = next(word for word in output.split() if "/admin/password_reset/" in word)
    response = Client(HTTP_HOST=HOST).get(urlsplit(link).path, follow=True)
    assert response.status_code == 200
    assert b'name="new_password1"' in response.content
    # The new site answers at its host with its own home page.
    response = Client(HTTP_HOST=HOST).get("/")
    assert response.status_code == 200
    assert "Nyby kommun" in response.content.decode()


def test_running_twice_changes_nothing_and_says_so(roles_set_up):
    create()
    pages = Page.objects.count()
    output = create()
    assert Page.objects.count() == pages
    assert Site.objects.filter(hostname=HOST).count() == 1
    assert output.strip() == translation.gettext(
        "%(name)s already exists at %(host)s: nothing changed."
    ) % {"name": "Nyby kommun", "host": HOST}


def test_a_host_name_used_by_another_site_is_refused(roles_set_up, home_page):
    Site.objects.create(hostname=HOST, port=80, site_name="Annan kommun", root_page=home_page)
    pages = Page.objects.count()
    with pytest.raises(CommandError) as refused:
        create()
    assert str(refused.value) == translation.gettext(
        "The host name %(host)s is already used by another site."
    ) % {"host": HOST}
    assert Page.objects.count() == pages
    assert roles_set_up() == set()
