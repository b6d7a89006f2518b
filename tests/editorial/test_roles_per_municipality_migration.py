"""The install's groups become its first municipality's, keeping members and permissions.

Migrates back to before the roles were per municipality (one set of groups,
page permissions on the tree's root, documents in the root collection, the
subject reviewers named after one municipality's office), stores a member,
a document, a collection and a contact point, migrates forward and reads
them back.
"""

from django.contrib.auth.hashers import make_password

import pytest

from tests.migration_steps import migrate

BEFORE = [
    ("editorial", "0004_roles_per_municipality"),
    ("agreements", "0012_contact_point_municipality"),
]
AFTER = [("editorial", "0005_roles_per_municipality_data")]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_groups_become_the_first_municipalitys(back_to_the_latest_migrations):
    old = migrate(BEFORE)
    Group = old.get_model("auth", "Group")
    Permission = old.get_model("auth", "Permission")
    User = old.get_model("auth", "User")
    Collection = old.get_model("wagtailcore", "Collection")
    Document = old.get_model("wagtaildocs", "Document")
    ContactPoint = old.get_model("agreements", "ContactPoint")
    Locale = old.get_model("wagtailcore", "Locale")
    Task = old.get_model("wagtailcore", "Task")

    assert Group.objects.filter(name="Granskare Föreningsstöd").exists()
    assert Task.objects.filter(name="Sakgranskning (Föreningsstöd)").exists()
    member = User.objects.create(username="medlem", password=make_password(None))
    member.groups.add(Group.objects.get(name="Granskare Föreningsstöd"))
    publishers = Group.objects.get(name="Publicister")
    publishers.permissions.add(Permission.objects.get(codename="change_workflow"))
    root_collection = Collection.objects.get(depth=1)
    minutes = Collection.objects.create(
        name="Protokoll", path=root_collection.path + "00ZZ", depth=2, numchild=0
    )
    Collection.objects.filter(pk=root_collection.pk).update(numchild=root_collection.numchild + 1)
    document = Document.objects.create(
        title="Beslut", file="beslut.txt", collection=root_collection
    )
    contact = ContactPoint.objects.create(
        name="Kontaktcenter", locale=Locale.objects.get(language_code="sv")
    )

    new = migrate(AFTER)
    Group = new.get_model("auth", "Group")
    Site = new.get_model("wagtailcore", "Site")
    Page = new.get_model("wagtailcore", "Page")
    GroupPagePermission = new.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = new.get_model("wagtailcore", "GroupCollectionPermission")
    WorkflowPage = new.get_model("wagtailcore", "WorkflowPage")
    MunicipalityRole = new.get_model("editorial", "MunicipalityRole")
    MunicipalityCollection = new.get_model("editorial", "MunicipalityCollection")
    site = Site.objects.get(is_default_site=True)
    name = site.site_name

    reviewers = Group.objects.get(name=f"{name}: Sakgranskare")
    assert list(reviewers.user_set.values_list("username", flat=True)) == ["medlem"]
    assert not Group.objects.filter(name__in=["Granskare Föreningsstöd", "Skribenter"]).exists()
    assert dict(MunicipalityRole.objects.filter(site=site).values_list("role", "group__name")) == {
        role: f"{name}: {role}"
        for role in [
            "Skribenter",
            "Sakgranskare",
            "Granskare Kommunikation",
            "Publicister",
            "Anslutningsgranskare",
            "Anmälningsansvariga",
        ]
    }
    assert set(new.get_model("wagtailcore", "Task").objects.values_list("name", flat=True)) >= {
        "Sakgranskning"
    }
    assert not new.get_model("wagtailcore", "Task").objects.filter(
        name="Sakgranskning (Föreningsstöd)"
    )

    contributors = Group.objects.get(name=f"{name}: Skribenter")
    root = Page.objects.get(depth=1)
    assert not GroupPagePermission.objects.filter(page=root, group=contributors).exists()
    assert set(
        GroupPagePermission.objects.filter(page=site.root_page, group=contributors).values_list(
            "permission__codename", flat=True
        )
    ) == {"add_page", "change_page"}
    assert WorkflowPage.objects.filter(page=site.root_page).exists()
    assert not WorkflowPage.objects.filter(page=root).exists()

    collection = MunicipalityCollection.objects.get(site=site).collection
    assert new.get_model("wagtaildocs", "Document").objects.get(pk=document.pk).collection_id == (
        collection.pk
    )
    for place in [collection.pk, minutes.pk]:
        assert GroupCollectionPermission.objects.filter(
            group=contributors, collection_id=place, permission__codename="add_document"
        ).exists()
    assert not GroupCollectionPermission.objects.filter(
        group=contributors, collection__depth=1
    ).exists()
    assert new.get_model("agreements", "ContactPoint").objects.get(pk=contact.pk).site_id == (
        site.pk
    )
    publishers = Group.objects.get(name=f"{name}: Publicister")
    assert not publishers.permissions.filter(codename="change_workflow").exists()
    assert publishers.permissions.filter(codename="publish_contactpoint").exists()
