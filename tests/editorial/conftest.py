"""Fixtures for the editorial workflow: a user in each role, logged-in clients, a page tree.

The users are put in the groups that `editorial`'s migration creates, so the
tests exercise the permissions and task groups every install really has.
"""

import pytest

from editorial import roles
from tests.editorial.accounts import logged_in, make_user, published
from tests.factories import AgreementPageFactory, PrinciplePageFactory


@pytest.fixture
def contributor(db, django_user_model):
    return make_user(django_user_model, "skribent", [roles.CONTRIBUTORS])


@pytest.fixture
def other_contributor(db, django_user_model):
    return make_user(django_user_model, "skribent2", [roles.CONTRIBUTORS])


@pytest.fixture
def subject_reviewer(db, django_user_model):
    return make_user(django_user_model, "sakgranskare", [roles.SUBJECT_REVIEWERS])


@pytest.fixture
def other_subject_reviewer(db, django_user_model):
    """A second subject reviewer, who prefers the admin in Swedish."""
    return make_user(django_user_model, "sakgranskare2", [roles.SUBJECT_REVIEWERS], language="sv")


@pytest.fixture
def communications_reviewer(db, django_user_model):
    return make_user(django_user_model, "kommunikator", [roles.COMMUNICATIONS_REVIEWERS])


@pytest.fixture
def other_communications_reviewer(db, django_user_model):
    return make_user(django_user_model, "kommunikator2", [roles.COMMUNICATIONS_REVIEWERS])


@pytest.fixture
def publisher(db, django_user_model):
    return make_user(django_user_model, "publicist", [roles.PUBLISHERS])


@pytest.fixture
def superuser(db, django_user_model):
    return make_user(django_user_model, "superadmin", [], superuser=True)


@pytest.fixture
def contributor_client(contributor):
    return logged_in(contributor)


@pytest.fixture
def subject_reviewer_client(subject_reviewer):
    return logged_in(subject_reviewer)


@pytest.fixture
def communications_reviewer_client(communications_reviewer):
    return logged_in(communications_reviewer)


@pytest.fixture
def publisher_client(publisher):
    return logged_in(publisher)


@pytest.fixture
def superuser_client(superuser):
    return logged_in(superuser)


@pytest.fixture
def live_agreement(home_page):
    """A published agreement directly under the home page."""
    return published(AgreementPageFactory(parent=home_page, title="Överenskommelse 2025–2028"))


@pytest.fixture
def live_principle(live_agreement):
    """A published principle: the two-step agreement workflow applies to it."""
    return published(
        PrinciplePageFactory(
            parent=live_agreement,
            title="Självständighet och oberoende",
            slug="sjalvstandighet",
            summary="Föreningarna bestämmer själva över sin verksamhet.",
        )
    )
