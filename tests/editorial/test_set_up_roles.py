"""Setting up a municipality's roles: groups, collection, workflows, first publisher; twice is once.

`editorial.municipalities.set_up_roles` is what `create_municipality` runs
for a new site; the first publisher chooses a password through the link
and can then log in to the admin.
"""

from django.contrib.auth.models import Group
from django.test import Client

from wagtail.models import (
    Collection,
    GroupPagePermission,
    Page,
    Site,
    Task,
    Workflow,
    WorkflowPage,
)

import pytest

from editorial import roles
from editorial.models import MunicipalityRole, PageTypeWorkflow
from editorial.municipalities import password_link, set_up_roles
from home.models import HomePage
from tests.editorial.accounts import published

pytestmark = pytest.mark.django_db


@pytest.fixture
def second_site(db):
    home = Page.get_first_root_node().add_child(
        instance=HomePage(title="Välkommen till Exempelby", slug="exempelby")
    )
    return Site.objects.create(
        hostname="exempelby.localhost", root_page=published(home), site_name="Exempelby"
    )


def counts():
    return [
        model.objects.count()
        for model in (Group, Collection, Task, Workflow, WorkflowPage, PageTypeWorkflow)
    ] + [GroupPagePermission.objects.count()]


def test_a_second_municipality_gets_its_own_roles_once(second_site):
    before = counts()
    made = set_up_roles(second_site)
    after_once = counts()
    set_up_roles(second_site)
    assert counts() == after_once
    groups, collections, tasks, workflows, *_ = (
        b - a for a, b in zip(before, after_once, strict=True)
    )
    # Its editorial roles, and a translator group per language it offers (translations app).
    translators = [roles.translator_role(code) for code in ("en", "fi", "ar", "so")]
    assert (groups, collections, tasks, workflows) == (len(roles.ROLES + translators), 1, 2, 2)
    assert sorted(
        MunicipalityRole.objects.filter(site=second_site).values_list("group__name", flat=True)
    ) == sorted(f"Exempelby: {role}" for role in roles.ROLES + translators)
    # Its reviews are its own groups', in its own workflows.
    step_groups = [
        sorted(task.specific.groups.values_list("name", flat=True))
        for task in made.agreement_workflow.tasks.order_by("workflow_tasks__sort_order")
    ]
    assert step_groups == [
        ["Exempelby: Sakgranskare"],
        ["Exempelby: Granskare Kommunikation", "Exempelby: Publicister"],
    ]
    assert WorkflowPage.objects.get(page=second_site.root_page).workflow == made.standard_workflow
    first = Site.objects.get(is_default_site=True)
    assert made.standard_workflow != WorkflowPage.objects.get(page=first.root_page).workflow


def test_a_renamed_site_renames_its_groups(second_site):
    set_up_roles(second_site)
    second_site.site_name = "Exempelby kommun"
    second_site.save()
    set_up_roles(second_site)
    assert Group.objects.filter(name="Exempelby kommun: Publicister").exists()
    assert not Group.objects.filter(name__startswith="Exempelby: ").exists()


def test_the_first_publisher_chooses_a_password_and_logs_in(second_site):
    made = set_up_roles(second_site, publisher_email="Publicist@Exempelby.example")
    publisher = made.publisher
    assert not publisher.has_usable_password()
    assert publisher.groups.filter(name="Exempelby: Publicister").exists()
    assert set_up_roles(second_site, "publicist@exempelby.example").publisher == publisher

    client = Client()
    form = client.get(password_link(publisher), follow=True)
    assert form.status_code == 200
    password = "ett-långt-lösenord-för-exempelby"
    done = client.post(
        form.redirect_chain[-1][0], {"new_password1": password, "new_password2": password}
    )
    assert done.status_code == 302
    assert client.login(username=publisher.username, password=password)
    assert client.get("/admin/").status_code == 200
