"""The registration handlers lose the image choosing that Wagtail's migration gave them.

Wagtail's `wagtailimages.0023_add_choose_permissions` gives "choose image"
(as a model permission and on the root collection) to every group that may
access the admin at the time it runs. On a database migrated from scratch it
runs after `agreements.0003`, which made the registration handlers' group,
and so that group alone got it; `0005_roles_per_municipality_data` then moved
the collection permission to the first municipality's collection. A
database whose images migration ran before the group existed has no such
permission, and `set_up_roles` gives none to a new municipality's
registration handlers: the role (editorial.roles) chooses no images, it
edits no pages. This takes the artefact away, so every municipality's role
is the same whatever order the migrations ran in.
"""

from django.db import migrations

REGISTRATION_HANDLERS = "Anmälningsansvariga"


def forwards(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    choose_image = Permission.objects.filter(
        content_type__app_label="wagtailimages", codename="choose_image"
    ).first()
    if choose_image is None:
        return
    groups = Group.objects.filter(municipality_role__role=REGISTRATION_HANDLERS)
    GroupCollectionPermission.objects.filter(group__in=groups, permission=choose_image).delete()
    for group in groups:
        group.permissions.remove(choose_image)


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0005_roles_per_municipality_data"),
        ("wagtailimages", "0023_add_choose_permissions"),
    ]

    # Backwards: nothing to put back (the permission was never meant for the role).
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
