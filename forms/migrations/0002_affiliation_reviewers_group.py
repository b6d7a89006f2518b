"""The affiliation reviewers' group: the only staff who see applicants' personal data.

Permissions are normally created after all migrations have run, so the ones
this group needs are created here if they do not exist yet; Django's own
post-migrate step then finds them in place.
"""

from django.db import migrations

GROUP_NAME = "Anslutningsgranskare"

PERMISSIONS = {
    "application": [
        ("view_application", "Can view affiliation application"),
        ("change_application", "Can change affiliation application"),
        (
            "review_application",
            "Can review affiliation applications and see applicants' personal data",
        ),
    ],
    "organisation": [
        ("view_organisation", "Can view organisation"),
        ("change_organisation", "Can change organisation"),
    ],
    "signature": [
        ("view_signature", "Can view signature"),
        ("change_signature", "Can change signature"),
    ],
}


def create_group(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")

    group, _created = Group.objects.get_or_create(name=GROUP_NAME)
    for model, permissions in PERMISSIONS.items():
        content_type, _ = ContentType.objects.get_or_create(app_label="forms", model=model)
        for codename, name in permissions:
            permission, _ = Permission.objects.get_or_create(
                content_type=content_type, codename=codename, defaults={"name": name}
            )
            group.permissions.add(permission)
    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_type,
        codename="access_admin",
        defaults={"name": "Can access Wagtail admin"},
    )
    group.permissions.add(access_admin)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP_NAME).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("forms", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
