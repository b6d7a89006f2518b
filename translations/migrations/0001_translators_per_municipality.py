"""The installation's translator groups, one per language, become the first municipality's.

Until now a translator group per language ("Översättare English (en)") could
edit that language's home page of every municipality. Translators are now a
role per municipality and language ("Södertälje: Översättare (en)", linked
by MunicipalityRole, see translations.groups). Every translator today worked
on the first municipality (the default site), the only one before there were
several: each old group becomes that municipality's group of its language,
as the editorial groups did (editorial 0005). Renaming it keeps its members
and any permission the operator gave it; its page permissions are narrowed
to the first municipality's home page in its language. Where that group
exists already, the old group's members join it and the old group is
deleted: no group of translators is left that reaches every municipality.
The other municipalities' translator groups are made after `migrate`
(translations.groups.ensure_every_municipalitys_translators).
"""

import re

from django.db import migrations

# The old groups' names (translations.groups before this migration).
OLD_NAME = re.compile(r"^Översättare .+ \((?P<code>[a-z]{2,3}(?:-[A-Za-z0-9]+)*)\)$")
PAGE_PERMISSIONS = ["add_page", "change_page"]


def translator_role(code):
    """editorial.roles.translator_role at the time of this migration."""
    return f"Översättare ({code})"


def first_site(apps):
    Site = apps.get_model("wagtailcore", "Site")
    return Site.objects.filter(is_default_site=True).first() or Site.objects.order_by("pk").first()


def page_permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    return list(
        Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=PAGE_PERMISSIONS
        )
    )


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    MunicipalityRole = apps.get_model("editorial", "MunicipalityRole")
    site = first_site(apps)
    if site is None:
        return  # no municipality yet: the groups stay as they are until there is one
    prefix = site.site_name or site.hostname
    homes = Page.objects.filter(
        translation_key=site.root_page.translation_key, depth=2, alias_of__isnull=True
    )
    permissions = page_permissions(apps)
    old_groups = Group.objects.filter(
        name__startswith="Översättare ", municipality_role__isnull=True
    )
    for old in old_groups:
        match = OLD_NAME.match(old.name)
        if match is None:
            continue
        code = match["code"]
        role = translator_role(code)
        link = MunicipalityRole.objects.filter(site=site, role=role).select_related("group").first()
        if link is not None:
            group = link.group
            group.user_set.add(*old.user_set.all())
            old.delete()
        else:
            group = old
            GroupPagePermission.objects.filter(group=group).delete()
            group.name = f"{prefix}: {role}"
            group.save(update_fields=["name"])
            MunicipalityRole.objects.create(site=site, role=role, group=group)
        for home in homes.filter(locale__language_code=code):
            for permission in permissions:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=home, permission=permission
                )


def backwards(apps, schema_editor):
    """Back to one group per language with page permissions on every home in its language.

    Each municipality's translators join the group of their language (the
    first municipality's, renamed as before; or a new one).
    """
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    MunicipalityRole = apps.get_model("editorial", "MunicipalityRole")
    from django.conf import settings

    names = getattr(settings, "LANGUAGE_NAMES", {})
    permissions = page_permissions(apps)
    site = first_site(apps)
    links = MunicipalityRole.objects.filter(role__startswith="Översättare (").select_related(
        "group"
    )
    # The first municipality's first, so that its group is the one renamed.
    ordered = sorted(links, key=lambda link: (site is None or link.site_id != site.pk, link.pk))
    installation_groups = {}
    for link in ordered:
        code = link.role[len("Översättare (") : -1]
        group = installation_groups.get(code)
        if group is None:
            group = link.group
            GroupPagePermission.objects.filter(group=group).delete()
            group.name = f"Översättare {names.get(code, code)} ({code})"
            group.save(update_fields=["name"])
            link.delete()
            installation_groups[code] = group
        else:
            group.user_set.add(*link.group.user_set.all())
            old = link.group
            link.delete()
            old.delete()
    for code, group in installation_groups.items():
        for home in Page.objects.filter(
            depth=2, locale__language_code=code, alias_of__isnull=True
        ):
            for permission in permissions:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=home, permission=permission
                )


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0005_roles_per_municipality_data"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
