"""Two municipalities on one installation: the default site and Exempelby on its own host."""

from django.core.cache import cache
from django.test import Client

from wagtail.models import Page, Site

import pytest

from editorial.municipalities import set_up_roles
from home.models import HomePage
from tests.factories import AgreementIndexPageFactory, AgreementPageFactory

OTHER_HOST = "exempelby.localhost"


@pytest.fixture(autouse=True)
def forget_cached_settings():
    """Nothing these tests cache outlives them: a rolled-back test's site id is used again."""
    cache.clear()
    yield
    cache.clear()


def path_of(page):
    """The page's path on its own site (the host is the site's)."""
    return page.get_url_parts()[2]


@pytest.fixture
def other_home(db):
    home = Page.get_first_root_node().add_child(
        instance=HomePage(title="Exempelby", slug="exempelby")
    )
    home.save_revision().publish()
    return home


@pytest.fixture
def other_site(other_home):
    """Exempelby's site, with its own groups and workflows as every municipality has."""
    site = Site.objects.create(
        hostname=OTHER_HOST, port=80, site_name="Exempelby", root_page=other_home
    )
    set_up_roles(site)
    return site


@pytest.fixture
def other_agreement(other_site, other_home):
    index = AgreementIndexPageFactory(parent=other_home, title="Exempelbys överenskommelse")
    return AgreementPageFactory(
        parent=index, title="Överenskommelse i Exempelby", municipality="Exempelby kommun"
    )


@pytest.fixture
def other_client():
    """A visitor of Exempelby's host."""
    return Client(HTTP_HOST=OTHER_HOST)
