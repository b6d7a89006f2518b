"""Municipalities on one installation, and the national overview on a host of its own."""

from django.core.cache import cache
from django.test import Client

from wagtail.models import Page, Site

import pytest

from home.models import HomePage
from home.municipality import MunicipalitySettings
from overview.models import OverviewPage
from tests.factories import AgreementIndexPageFactory, AgreementPageFactory

OVERVIEW_HOST = "oversikt.localhost"


@pytest.fixture(autouse=True)
def forget_cached_settings():
    """A rolled-back test's site id is used again: nothing cached outlives a test."""
    cache.clear()
    yield
    cache.clear()


def make_municipality(name, county="", host=None, settings=True):
    """A municipality's site (home page on its own host) with an agreement index."""
    slug = name.lower().replace(" ", "-").replace("ö", "o").replace("ä", "a").replace("å", "a")
    home = Page.get_first_root_node().add_child(instance=HomePage(title=name, slug=slug))
    home.save_revision().publish()
    site = Site.objects.create(
        hostname=host or f"{slug}.localhost", port=80, site_name=name, root_page=home
    )
    if settings:
        MunicipalitySettings.objects.create(site=site, name=f"{name} kommun", county=county)
    index = AgreementIndexPageFactory(parent=home)
    return site, index


def agreement_in(index, **kwargs):
    return AgreementPageFactory(parent=index, **kwargs)


@pytest.fixture
def overview(db):
    page = Page.get_first_root_node().add_child(
        instance=OverviewPage(title="Nationell översikt", slug="oversikt")
    )
    page.save_revision().publish()
    Site.objects.create(hostname=OVERVIEW_HOST, port=80, site_name="Översikt", root_page=page)
    return page


@pytest.fixture
def overview_client():
    return Client(HTTP_HOST=OVERVIEW_HOST)
