"""Wagtail's listings, reports and filters show a municipality's staff their own, no other's.

Two municipalities: the first (the default site, with an English home page
beside its Swedish one) and Exempelby. Each has a contact point in review, a
document and an image; a publisher of each looks at the page explorer, the
page chooser, the admin API, the workflow reports, the site history, the
page types usage report and the users index. The superuser (the service
operator) sees both municipalities; a user in a group of no municipality
sees what Wagtail shows them.
"""

from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import GroupPagePermission, Locale, Page, Site

import pytest

from agreements.models import ContactPoint
from editorial import roles
from editorial.municipalities import set_up_roles
from home.models import HomePage
from tests.editorial.accounts import logged_in, make_user, published

pytestmark = pytest.mark.django_db

FIRST_CONTACT = "Kontaktcenter Första"
OTHER_CONTACT = "Kontaktcenter Exempelby"
OTHER_HOME = "Välkommen till Exempelby"


@pytest.fixture
def first_site():
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def exempelby():
    root = Page.get_first_root_node()
    home = published(root.add_child(instance=HomePage(title=OTHER_HOME, slug="exempelby")))
    site = Site.objects.create(
        hostname="exempelby.localhost", port=80, root_page=home, site_name="Exempelby"
    )
    set_up_roles(site)
    return site


@pytest.fixture
def english_home(first_site):
    """The first municipality's home page in English: a sibling of the Swedish one."""
    english = Locale.objects.get_or_create(language_code="en")[0]
    home = first_site.root_page.specific
    existing = home.get_translations().filter(locale=english).first()
    return existing or published(home.copy_for_translation(english))


@pytest.fixture
def first_publisher(django_user_model, english_home):
    return make_user(django_user_model, "publicist-forsta", [roles.PUBLISHERS])


@pytest.fixture
def other_publisher(django_user_model, exempelby):
    return make_user(django_user_model, "publicist-exempelby", [roles.PUBLISHERS], site=exempelby)


@pytest.fixture
def superuser(django_user_model):
    return make_user(django_user_model, "operator", [], superuser=True)


def contact_in_review(name, site, owner):
    """A published contact point whose next version waits in its workflow."""
    contact = ContactPoint.objects.create(
        name=name, unit="Kultur", phone="08-123", email="kontakt@kommun.example", site=site
    )
    contact.save_revision(user=owner).publish(user=owner)
    contact.refresh_from_db()
    contact.save_revision(user=owner)
    contact.get_workflow().start(contact, owner)
    return contact


@pytest.fixture
def contacts(first_site, exempelby, first_publisher, other_publisher):
    return [
        contact_in_review(FIRST_CONTACT, first_site, first_publisher),
        contact_in_review(OTHER_CONTACT, exempelby, other_publisher),
    ]


def html(response):
    """The page, or the modal's HTML a chooser answers with (JSON)."""
    assert response.status_code == 200, response.status_code
    if response["Content-Type"].startswith("application/json"):
        data = response.json()
        return data["html"] if isinstance(data, dict) and "html" in data else str(data)
    return response.content.decode()


def test_the_explorer_of_exempelbys_publisher_starts_at_its_home(other_publisher, exempelby):
    """Wagtail starts at the common ancestor of one's pages: Exempelby has one home page."""
    response = logged_in(other_publisher).get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{exempelby.root_page_id}/"


def test_the_explorer_root_lists_ones_home_pages_and_filters_by_ones_sites(
    first_publisher, superuser, exempelby, first_site, english_home
):
    """The first municipality's home pages (Swedish and English) are siblings: the
    explorer starts at the root, where it lists them and no other's."""
    content = html(logged_in(first_publisher).get("/admin/pages/"))
    assert first_site.root_page.title in content
    assert f"/admin/pages/{english_home.pk}/" in content
    assert "Exempelby" not in content  # neither the home page nor the site filter
    assert "Exempelby" in html(logged_in(superuser).get("/admin/pages/"))


def test_the_page_types_own_listing_filters_by_ones_sites(first_publisher, superuser, exempelby):
    path = "/admin/pages/usage/home/homepage/"
    assert "Exempelby" not in html(logged_in(first_publisher).get(path))
    assert "Exempelby" in html(logged_in(superuser).get(path))


def test_the_page_chooser_starts_with_ones_own_home_pages(
    first_publisher, superuser, exempelby, first_site, django_user_model
):
    content = html(logged_in(first_publisher).get("/admin/choose-page/"))
    assert first_site.root_page.title in content
    assert "Exempelby" not in content
    assert "Exempelby" in html(logged_in(superuser).get("/admin/choose-page/"))


def test_a_group_of_no_municipality_keeps_wagtails_page_chooser(
    exempelby, first_site, django_user_model
):
    """A group the operator makes for the whole installation is narrowed to nothing."""
    webmasters = Group.objects.create(name="Webbredaktion")
    webmasters.permissions.add(Permission.objects.get(codename="access_admin"))
    GroupPagePermission.objects.create(
        group=webmasters,
        page=Page.get_first_root_node(),
        permission=Permission.objects.get(
            content_type__app_label="wagtailcore", codename="add_page"
        ),
    )
    webmaster = make_user(django_user_model, "webbredaktor", ["Webbredaktion"])
    content = html(logged_in(webmaster).get("/admin/choose-page/"))
    assert first_site.root_page.title in content
    assert OTHER_HOME in content


def test_the_admin_api_lists_ones_own_documents_and_images(
    first_publisher, superuser, first_site, exempelby
):
    for site, suffix in ((first_site, "Första"), (exempelby, "Exempelby")):
        collection = site.municipality_collection.collection
        Document.objects.create(
            title=f"Beslut {suffix}",
            file=ContentFile(b"Protokoll", name="beslut.txt"),
            collection=collection,
        )
        Image.objects.create(
            title=f"Forum {suffix}", file=get_test_image_file(), collection=collection
        )
    for kind in ("documents", "images"):
        mine = html(logged_in(first_publisher).get(f"/admin/api/main/{kind}/"))
        everything = html(logged_in(superuser).get(f"/admin/api/main/{kind}/"))
        assert "Första" in mine
        assert "Exempelby" not in mine
        assert "Första" in everything and "Exempelby" in everything


@pytest.mark.parametrize(
    "path",
    [
        "/admin/reports/workflow/",
        "/admin/reports/workflow/results/",
        "/admin/reports/workflow_tasks/",
        "/admin/reports/workflow_tasks/results/",
    ],
)
def test_the_workflow_reports_list_ones_own_reviews(path, contacts, first_publisher, superuser):
    mine = html(logged_in(first_publisher).get(path))
    everything = html(logged_in(superuser).get(path))
    assert FIRST_CONTACT in mine
    assert OTHER_CONTACT not in mine
    assert "publicist-exempelby" not in mine.lower()  # the requester filter and column
    assert FIRST_CONTACT in everything and OTHER_CONTACT in everything


@pytest.mark.parametrize(
    "path", ["/admin/reports/site-history/", "/admin/reports/site-history/results/"]
)
def test_the_site_history_shows_only_ones_own_municipalitys_entries(
    path, contacts, first_publisher, superuser
):
    mine = html(logged_in(first_publisher).get(path))
    everything = html(logged_in(superuser).get(path))
    assert FIRST_CONTACT in mine
    assert OTHER_CONTACT not in mine
    assert "Publicist-exempelby" not in mine  # the user filter and the user column
    assert FIRST_CONTACT in everything and OTHER_CONTACT in everything
    assert "Publicist-exempelby" in everything


def test_the_site_history_adds_no_query_per_entry(
    first_site, exempelby, first_publisher, other_publisher
):
    client = logged_in(first_publisher)
    contact_in_review(FIRST_CONTACT, first_site, first_publisher)
    contact_in_review(OTHER_CONTACT, exempelby, other_publisher)
    client.get("/admin/reports/site-history/results/")  # caches warmed
    with CaptureQueriesContext(connection) as few:
        client.get("/admin/reports/site-history/results/")
    for number in range(3):
        contact_in_review(f"{FIRST_CONTACT} {number}", first_site, first_publisher)
        contact_in_review(f"{OTHER_CONTACT} {number}", exempelby, other_publisher)
    with CaptureQueriesContext(connection) as many:
        content = html(client.get("/admin/reports/site-history/results/"))
    assert f"{FIRST_CONTACT} 2" in content
    assert len(many) == len(few)


def test_the_page_types_usage_counts_and_names_ones_own_pages(
    first_publisher, superuser, exempelby, first_site
):
    for path in ("/admin/reports/page-types-usage/", "/admin/reports/page-types-usage/results/"):
        mine = html(logged_in(first_publisher).get(path))
        everything = html(logged_in(superuser).get(path))
        assert "Exempelby" not in mine  # the last edited home page, the site filter
        assert first_site.root_page.title in mine
        assert OTHER_HOME in everything


def test_the_page_types_usage_counts_ones_own_pages(first_publisher, superuser, exempelby):
    """The home page type: two of the first municipality's (Swedish, English), three in all."""
    mine = logged_in(first_publisher).get("/admin/reports/page-types-usage/results/")
    everything = logged_in(superuser).get("/admin/reports/page-types-usage/results/")
    count = {
        user: next(row.count for row in response.context["object_list"] if row.model == "homepage")
        for user, response in (("mine", mine), ("everything", everything))
    }
    assert count == {"mine": 2, "everything": 3}


def test_the_users_index_filters_by_the_groups_one_manages(first_publisher, superuser, exempelby):
    mine = html(logged_in(first_publisher).get("/admin/users/"))
    everything = html(logged_in(superuser).get("/admin/users/"))
    assert f"{roles.group_name(Site.objects.get(is_default_site=True), roles.CONTRIBUTORS)}" in mine
    assert "Exempelby: " not in mine
    assert "Exempelby: Skribenter" in everything
