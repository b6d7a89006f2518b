"""Editorial roles, the two workflows and their bindings, so every install has them."""

from django.contrib.auth.management import create_permissions
from django.contrib.contenttypes.management import create_contenttypes
from django.db import migrations

# The names as this migration made them (editorial.roles holds today's; the
# migration 0005_roles_per_municipality_data renames them).
CONTRIBUTORS = "Skribenter"
SUBJECT_REVIEWERS = "Granskare Föreningsstöd"
COMMUNICATIONS_REVIEWERS = "Granskare Kommunikation"
PUBLISHERS = "Publicister"
SUBJECT_REVIEW_TASK = "Sakgranskning (Föreningsstöd)"
PUBLICATION_APPROVAL_TASK = "Publiceringsgodkännande (Kommunikation)"
AGREEMENT_WORKFLOW = "Överenskommelse: sakgranskning och publicering"
STANDARD_WORKFLOW = "Granskning före publicering"
AGREEMENT_WORKFLOW_PAGE_TYPES = [("agreements", "agreementpage"), ("agreements", "principlepage")]

PAGE_PERMISSIONS = {
    CONTRIBUTORS: ["add_page", "change_page"],
    PUBLISHERS: [
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
        "bulk_delete_page",
    ],
}
MODEL_PERMISSIONS = {
    CONTRIBUTORS: [
        ("agreements", "add_contactpoint"),
        ("agreements", "change_contactpoint"),
    ],
    PUBLISHERS: [
        ("agreements", "add_contactpoint"),
        ("agreements", "change_contactpoint"),
        ("agreements", "delete_contactpoint"),
        ("agreements", "publish_contactpoint"),
        ("agreements", "lock_contactpoint"),
        ("agreements", "unlock_contactpoint"),
        ("wagtailcore", "add_workflow"),
        ("wagtailcore", "change_workflow"),
        ("wagtailcore", "delete_workflow"),
        ("wagtailcore", "add_task"),
        ("wagtailcore", "change_task"),
        ("wagtailcore", "delete_task"),
        ("editorial", "add_pagetypeworkflow"),
        ("editorial", "change_pagetypeworkflow"),
        ("editorial", "delete_pagetypeworkflow"),
        ("auth", "add_user"),
        ("auth", "change_user"),
    ],
}
COLLECTION_PERMISSIONS = {
    CONTRIBUTORS: [
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "choose_document"),
        ("wagtailimages", "add_image"),
        ("wagtailimages", "choose_image"),
    ],
    PUBLISHERS: [
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "delete_document"),
        ("wagtaildocs", "choose_document"),
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "delete_image"),
        ("wagtailimages", "choose_image"),
    ],
}


def ensure_permissions(apps):
    """Permissions are normally made after all migrations; these steps need them now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_contenttypes(app_config, verbosity=0, apps=apps)
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    # Wagtail adds these for snippets with drafts and locking after migrating.
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    contact_type = ContentType.objects.get(app_label="agreements", model="contactpoint")
    for action in ["publish", "lock", "unlock"]:
        Permission.objects.get_or_create(
            content_type=contact_type,
            codename=f"{action}_contactpoint",
            defaults={"name": f"Can {action} contact point"},
        )


def forwards(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    FourEyesApprovalTask = apps.get_model("editorial", "FourEyesApprovalTask")
    PageTypeWorkflow = apps.get_model("editorial", "PageTypeWorkflow")

    def permission(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    access_admin = permission("wagtailadmin", "access_admin")
    groups = {}
    for name in [
        CONTRIBUTORS,
        SUBJECT_REVIEWERS,
        COMMUNICATIONS_REVIEWERS,
        PUBLISHERS,
    ]:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        groups[name] = group

    root = Page.objects.get(depth=1)
    for name, codenames in PAGE_PERMISSIONS.items():
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=groups[name], page=root, permission=permission("wagtailcore", codename)
            )
    for name, perms in MODEL_PERMISSIONS.items():
        groups[name].permissions.add(*(permission(app, codename) for app, codename in perms))
    root_collection = Collection.objects.get(depth=1)
    for name, perms in COLLECTION_PERMISSIONS.items():
        for app, codename in perms:
            GroupCollectionPermission.objects.get_or_create(
                group=groups[name], collection=root_collection, permission=permission(app, codename)
            )

    task_type = ContentType.objects.get(app_label="editorial", model="foureyesapprovaltask")

    def make_task(name, group_names):
        task = FourEyesApprovalTask.objects.filter(name=name).first()
        if task is None:
            task = FourEyesApprovalTask.objects.create(name=name, content_type=task_type)
        task.groups.add(*(groups[g] for g in group_names))
        return task

    subject_review = make_task(SUBJECT_REVIEW_TASK, [SUBJECT_REVIEWERS])
    publication = make_task(
        PUBLICATION_APPROVAL_TASK, [COMMUNICATIONS_REVIEWERS, PUBLISHERS]
    )

    def make_workflow(name, tasks):
        workflow, created = Workflow.objects.get_or_create(name=name)
        if created:
            for order, task in enumerate(tasks):
                WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
        return workflow

    agreement_workflow = make_workflow(AGREEMENT_WORKFLOW, [subject_review, publication])
    standard_workflow = make_workflow(STANDARD_WORKFLOW, [publication])

    # Our roles and workflows replace the ones Wagtail's first migration made.
    Workflow.objects.filter(name="Moderators approval").exclude(pk=standard_workflow.pk).delete()
    Task = apps.get_model("wagtailcore", "Task")
    Task.objects.filter(name="Moderators approval").delete()
    Group.objects.filter(name__in=["Moderators", "Editors"]).delete()

    # Placeful: everything under the root gets the one-step workflow ...
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": standard_workflow})
    # ... by type: agreements and principles get the two-step one wherever they are.
    for app_label, model in AGREEMENT_WORKFLOW_PAGE_TYPES:
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        PageTypeWorkflow.objects.get_or_create(
            content_type=content_type, defaults={"workflow": agreement_workflow}
        )
    # Public snippets are reviewed too.
    contact_type = ContentType.objects.get(app_label="agreements", model="contactpoint")
    WorkflowContentType.objects.get_or_create(
        content_type=contact_type, defaults={"workflow": standard_workflow}
    )


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
        ("agreements", "0001_initial"),
        ("home", "0002_create_homepage"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
