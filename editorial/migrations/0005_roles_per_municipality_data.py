"""The install's groups, permissions and workflows become those of its first municipality.

Until now there was one set of groups for the whole installation, with page
permissions and the standard workflow on the tree's root and collection
permissions on the root collection. They now belong to the first site (the
default one), keeping their members and permissions: the groups are named
after it ("Lokal överenskommelse: Skribenter") and linked to it
(MunicipalityRole), their page permissions and the workflow move to its home
page (and its translations), their documents and images to its own
collection, the page-type workflow bindings and contact points to the site.
The subject reviewers and their step get neutral names (no municipality's
office in the code). Managing workflows becomes the service operator's: a
workflow edited by one municipality's publisher could hand another's
reviews to anyone.
"""

from django.db import migrations

# Before -> the role's name (editorial.roles at the time of this migration).
OLD_GROUPS = {
    "Skribenter": "Skribenter",
    "Granskare Föreningsstöd": "Sakgranskare",
    "Granskare Kommunikation": "Granskare Kommunikation",
    "Publicister": "Publicister",
    "Anslutningsgranskare": "Anslutningsgranskare",
    "Anmälningsansvariga": "Anmälningsansvariga",
}
OLD_TASK, NEW_TASK = "Sakgranskning (Föreningsstöd)", "Sakgranskning"
OPERATOR_ONLY = [
    ("wagtailcore", "add_workflow"),
    ("wagtailcore", "change_workflow"),
    ("wagtailcore", "delete_workflow"),
    ("wagtailcore", "add_task"),
    ("wagtailcore", "change_task"),
    ("wagtailcore", "delete_task"),
    ("editorial", "add_pagetypeworkflow"),
    ("editorial", "change_pagetypeworkflow"),
    ("editorial", "delete_pagetypeworkflow"),
]
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # treebeard's, four characters a level


def next_child_path(parent, children):
    last = children.order_by("-path").values_list("path", flat=True).first()
    if last is None:
        return parent.path + "0001"
    number = int(last[-4:], 36) + 1
    step = ""
    for _ in range(4):
        number, digit = divmod(number, 36)
        step = ALPHABET[digit] + step
    return parent.path + step


def first_site(apps):
    Site = apps.get_model("wagtailcore", "Site")
    return Site.objects.filter(is_default_site=True).first() or Site.objects.order_by("pk").first()


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Task = apps.get_model("wagtailcore", "Task")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    MunicipalityRole = apps.get_model("editorial", "MunicipalityRole")
    MunicipalityCollection = apps.get_model("editorial", "MunicipalityCollection")
    PageTypeWorkflow = apps.get_model("editorial", "PageTypeWorkflow")
    ContactPoint = apps.get_model("agreements", "ContactPoint")
    Document = apps.get_model("wagtaildocs", "Document")
    Image = apps.get_model("wagtailimages", "Image")

    Task.objects.filter(name=OLD_TASK).update(name=NEW_TASK)
    site = first_site(apps)
    if site is None:
        Group.objects.filter(name="Granskare Föreningsstöd").update(name="Sakgranskare")
        return
    prefix = site.site_name or site.hostname

    groups = []
    for old_name, role in OLD_GROUPS.items():
        group = Group.objects.filter(name=old_name).first()
        if group is None or MunicipalityRole.objects.filter(site=site, role=role).exists():
            continue
        group.name = f"{prefix}: {role}"
        group.save(update_fields=["name"])
        MunicipalityRole.objects.create(site=site, role=role, group=group)
        groups.append(group)

    root = Page.objects.filter(depth=1).first()
    homes = list(Page.objects.filter(translation_key=site.root_page.translation_key, depth=2))
    for grant in GroupPagePermission.objects.filter(page=root, group__in=groups):
        for home in homes:
            GroupPagePermission.objects.get_or_create(
                group=grant.group, page=home, permission=grant.permission
            )
        grant.delete()
    on_root = WorkflowPage.objects.filter(page=root).first()
    if on_root is not None:
        for home in homes:
            WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": on_root.workflow})
        on_root.delete()

    PageTypeWorkflow.objects.filter(site__isnull=True).update(site=site)
    ContactPoint.objects.filter(site__isnull=True).update(site=site)

    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None and not MunicipalityCollection.objects.filter(site=site):
        existing = list(Collection.objects.filter(depth=2))
        collection = Collection.objects.create(
            name=prefix,
            path=next_child_path(root_collection, Collection.objects.filter(depth=2)),
            depth=2,
            numchild=0,
        )
        Collection.objects.filter(pk=root_collection.pk).update(
            numchild=root_collection.numchild + 1
        )
        MunicipalityCollection.objects.create(site=site, collection=collection)
        Document.objects.filter(collection=root_collection).update(collection=collection)
        Image.objects.filter(collection=root_collection).update(collection=collection)
        # The collections made so far are the first municipality's too.
        for grant in GroupCollectionPermission.objects.filter(
            collection=root_collection, group__in=groups
        ):
            for target in [collection, *existing]:
                GroupCollectionPermission.objects.get_or_create(
                    group=grant.group, collection=target, permission=grant.permission
                )
            grant.delete()

    for app_label, codename in OPERATOR_ONLY:
        permission = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if permission is not None:
            permission.group_set.remove(*groups)


def backwards(apps, schema_editor):
    """Back to one set of groups on the root, named as before (the first site's)."""
    Group = apps.get_model("auth", "Group")
    Task = apps.get_model("wagtailcore", "Task")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    MunicipalityRole = apps.get_model("editorial", "MunicipalityRole")
    MunicipalityCollection = apps.get_model("editorial", "MunicipalityCollection")
    Document = apps.get_model("wagtaildocs", "Document")
    Image = apps.get_model("wagtailimages", "Image")

    Task.objects.filter(name=NEW_TASK).update(name=OLD_TASK)
    site = first_site(apps)
    if site is None:
        Group.objects.filter(name="Sakgranskare").update(name="Granskare Föreningsstöd")
        return
    old_names = {role: old for old, role in OLD_GROUPS.items()}
    links = MunicipalityRole.objects.filter(site=site).select_related("group")
    groups = []
    for link in links:
        link.group.name = old_names.get(link.role, link.group.name)
        link.group.save(update_fields=["name"])
        groups.append(link.group)
    links.delete()
    root = Page.objects.filter(depth=1).first()
    home = site.root_page
    for grant in GroupPagePermission.objects.filter(page=home, group__in=groups):
        GroupPagePermission.objects.get_or_create(
            group=grant.group, page=root, permission=grant.permission
        )
    on_home = WorkflowPage.objects.filter(page=home).first()
    if on_home is not None:
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": on_home.workflow})
    link = MunicipalityCollection.objects.filter(site=site).first()
    root_collection = Collection.objects.filter(depth=1).first()
    if link is not None and root_collection is not None:
        for grant in GroupCollectionPermission.objects.filter(
            collection=link.collection, group__in=groups
        ):
            GroupCollectionPermission.objects.get_or_create(
                group=grant.group, collection=root_collection, permission=grant.permission
            )
        Document.objects.filter(collection=link.collection).update(collection=root_collection)
        Image.objects.filter(collection=link.collection).update(collection=root_collection)
        collection = link.collection
        link.delete()
        if not Collection.objects.filter(path__startswith=collection.path, depth__gt=2).exists():
            collection.delete()
            Collection.objects.filter(pk=root_collection.pk).update(
                numchild=max(root_collection.numchild - 1, 0)
            )


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0004_roles_per_municipality"),
        ("agreements", "0012_contact_point_municipality"),
        ("forms", "0004_registration_moves_to_forms"),
        ("home", "0002_create_homepage"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
