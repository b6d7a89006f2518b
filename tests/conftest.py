"""Shared fixtures: the home page every install has, and small agreement trees."""

from django.test import Client

from wagtail.models import Site

import pytest

from operations import generation
from tests.factories import AgreementIndexPageFactory, AgreementPageFactory


@pytest.fixture(autouse=True)
def fresh_generation_memo():
    """Each test starts with empty per-process tables: its database is rolled back after it."""
    generation.forget()
    yield
    generation.forget()


@pytest.fixture
def home_page(db):
    """The HomePage created by the home app's migration (the default site's root)."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def agreement_index(home_page):
    return AgreementIndexPageFactory(parent=home_page)


@pytest.fixture
def agreement(agreement_index):
    return AgreementPageFactory(parent=agreement_index)


@pytest.fixture
def anonymous():
    """A visitor who is not logged in, beside a logged-in `admin_client`."""
    return Client()


@pytest.fixture
def admin_user(django_user_model):
    return django_user_model.objects.create_superuser("admin", "admin@example.com", "password")


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client
