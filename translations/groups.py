"""A translator group per content language, allowed to edit that language's pages only.

Translators get `add` and `change` on their language's home page (its whole
tree) and no `publish`: a translation is published through the same review
workflow as the source. The groups follow the configured languages; the page
permissions are granted as soon as a language's home page exists.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission

from wagtail.models import GroupPagePermission, Locale, Page

from home.i18n import content_language_codes, language_info

TRANSLATOR_PAGE_PERMISSIONS = ["add_page", "change_page"]


def translator_group_name(code):
    return f"Översättare {language_info(code)['name_local']} ({code})"


def target_language_codes():
    return [code for code in content_language_codes() if code != settings.LANGUAGE_CODE]


def ensure_translator_groups(**kwargs):
    """Create the groups and grant their page permissions where the home page exists."""
    access_admin = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).first()
    for code in target_language_codes():
        group, _created = Group.objects.get_or_create(name=translator_group_name(code))
        if access_admin is not None:
            group.permissions.add(access_admin)
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            continue
        for home in Page.objects.filter(depth=2, locale=locale, alias_of__isnull=True):
            grant_page_permissions(group, home)


def grant_page_permissions(group, page):
    for codename in TRANSLATOR_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=page,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )


def grant_on_new_language_home(sender, instance, **kwargs):
    """When a language's home page is first published, its translators may edit below it."""
    if instance.depth != 2 or instance.alias_of_id:
        return
    code = instance.locale.language_code
    if code in target_language_codes():
        group, _created = Group.objects.get_or_create(name=translator_group_name(code))
        grant_page_permissions(group, instance)


def translator_languages(user):
    """The language codes `user` translates, from their groups."""
    names = set(user.groups.values_list("name", flat=True))
    return [code for code in target_language_codes() if translator_group_name(code) in names]
