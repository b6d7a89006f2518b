"""The consultation moderators' group: the only staff who see respondents' contact details.

As in forms/migrations/0002: the permissions are created here if they do not
exist yet; Django's own post-migrate step then finds them in place.
"""

from django.db import migrations

GROUP_NAME = "Samrådsmoderatorer"

PERMISSIONS = [
    ("view_consultationcomment", "Can view consultation answer"),
    ("change_consultationcomment", "Can change consultation answer"),
    (
        "moderate_comment",
        "Can moderate and handle consultation answers and see respondents' contact details",
    ),
]


def create_group(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")

    group, _created = Group.objects.get_or_create(name=GROUP_NAME)
    content_type, _ = ContentType.objects.get_or_create(
        app_label="consultations", model="consultationcomment"
    )
    for codename, name in PERMISSIONS:
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
        ("consultations", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_group, remove_group)]
