"""No role of one municipality reaches into another's admin; the other's own roles work.

Two municipalities on one installation: the first (the default site, whose
groups the migration made) and *Exempelby*, a second site set up with
`editorial.municipalities.set_up_roles`, each with the tree of
`tests.editorial.admin_urls.AdminTree` (Exempelby's titles and names end in
"Exempelby"). For every role, a member of the first municipality's group
GETs every admin URL filled with Exempelby's objects: none may answer with
the page (200) unless it is listed in `SHARED` with the reason, and no
answer may show anything of Exempelby's (its pages, contact point,
documents, images, applicants, registrants, users). Exempelby's own member
in the same role gets exactly what the first municipality's table
(test_admin_urls_by_role.py) says: setting up a municipality gives its
roles what the first one's have.

Translators are a municipality's role too (one group per language it
offers; here English). Superusers see everything: not tested here.
"""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.test import Client

from wagtail.models import Page, Site

import pytest

from editorial.municipalities import set_up_roles
from home.models import HomePage
from tests.editorial.accounts import make_user, published
from tests.editorial.admin_urls import OK, AdminTree, admin_cases, get, outcome
from tests.editorial.test_admin_urls_by_role import (
    AFFILIATION_REVIEWERS,
    COMMUNICATIONS_REVIEWERS,
    CONTRIBUTORS,
    EXPECTED,
    PUBLISHERS,
    REGISTRATION_STAFF,
    SKIPPED,
    SUBJECT_REVIEWERS,
    TRANSLATORS,
    body,
)

pytestmark = pytest.mark.django_db

MUNICIPALITY_ROLES = [
    CONTRIBUTORS,
    SUBJECT_REVIEWERS,
    COMMUNICATIONS_REVIEWERS,
    PUBLISHERS,
    AFFILIATION_REVIEWERS,
    REGISTRATION_STAFF,
    TRANSLATORS,
]
SUFFIX = " Exempelby"
# What shows an object of Exempelby's: its titles and names, its users' addresses.
MARKERS = ["Exempelby", "-exempelby"]

# URL arguments that name a model (a page type, a snippet type), the same in every
# municipality, not an object: such a URL opens nothing of Exempelby's by itself, and
# what it shows is checked like a listing's.
TYPE_ARGUMENTS = {
    "app_label",
    "model_name",
    "app_name",
    "content_type_app_name",
    "content_type_model_name",
}
# URLs naming another municipality's object that a role may still open, with the reason.
SHARED = {
    "admin/password_reset/confirm/<uidb64>/<token>/": "public: the link mailed to a user",
    "admin/pages/workflow/confirm_cancellation/<int:page_id>/": (
        "Wagtail's modal checks nothing and shows only the workflow's and the step's "
        "names, the same in every municipality"
    ),
    "admin/workflows/task_chooser/<int:task_id>/": (
        "Wagtail's task chooser: a step's name, the same in every municipality"
    ),
    "admin/tag-autocomplete/<slug:app_name>/<slug:model_name>/": "tags; names no object",
    "admin/block-preview/": "a block type's preview; names no object",
}


@pytest.fixture(scope="module")
def two_municipalities(django_db_setup, django_db_blocker):
    """The first municipality's tree and users, Exempelby's tree and users; rolled back after."""
    with django_db_blocker.unblock(), transaction.atomic():
        user_model = get_user_model()
        first_site = Site.objects.get(is_default_site=True)
        home = Page.get_first_root_node().add_child(
            instance=HomePage(title=f"Välkommen till{SUFFIX}", slug="exempelby")
        )
        home = published(home)
        site = Site.objects.create(
            hostname="exempelby.localhost", port=80, root_page=home, site_name="Exempelby"
        )
        set_up_roles(site)
        AdminTree(first_site.root_page.specific, user_model)
        other_tree = AdminTree(home, user_model, site=site, suffix=SUFFIX)
        first = {
            role: make_user(user_model, f"forsta-{n}", [role])
            for n, role in enumerate(MUNICIPALITY_ROLES)
        }
        own = {
            role: make_user(user_model, f"exempelby-{n}", [role], site=site)
            for n, role in enumerate(MUNICIPALITY_ROLES)
        }
        yield other_tree, first, own
        transaction.set_rollback(True)


def client_for(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize("role", MUNICIPALITY_ROLES)
def test_the_first_municipalitys_role_gets_nothing_of_the_others(two_municipalities, role):
    tree, first, _own = two_municipalities
    client = client_for(first[role])
    opened, shown = [], []
    for case in admin_cases(tree, SKIPPED):
        response = get(client, case.path)
        names_an_object = bool(set(case.pattern.arguments) - TYPE_ARGUMENTS) or "?" in case.path
        if names_an_object and outcome(case.path, response) == OK and case.key not in SHARED:
            opened.append(case.path)
        content = body(response)
        if any(m in content for m in MARKERS):
            shown.append(case.path)
    assert not opened, f"{role} of the first municipality opened Exempelby's: " + ", ".join(opened)
    assert not shown, f"{role} of the first municipality was shown Exempelby's: " + ", ".join(shown)


@pytest.mark.parametrize("role", MUNICIPALITY_ROLES)
def test_the_other_municipalitys_own_role_works_as_the_table_says(two_municipalities, role):
    tree, _first, own = two_municipalities
    client = client_for(own[role])
    wrong, seen = [], False
    for case in admin_cases(tree, SKIPPED):
        response = get(client, case.path)
        expected = EXPECTED[case.key][role]
        expected = expected(tree) if callable(expected) else expected
        got = outcome(case.path, response)
        if got != expected:
            wrong.append(f"{case.path} ({case.key}): expected {expected}, got {got}")
        seen = seen or any(marker in body(response) for marker in MARKERS)
    assert not wrong, "\n".join(wrong)
    # The detector works: Exempelby's own staff do see Exempelby's objects.
    assert seen
