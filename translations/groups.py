"""Translators per municipality: a group per language it offers, editing that language only.

Each municipality (a Wagtail Site with roles, see editorial.municipalities)
gets one translator group per target language it offers (its settings'
languages, else every content language, minus the source language), named
like its other roles ("Södertälje: Översättare (en)") and linked to its site
by `MunicipalityRole`, so that everything scoped by municipality scopes
translators too. The group has `add` and `change` on the municipality's home
page in that language (its whole tree) and no `publish`: a translation is
published through the same review workflow as the source. A translator of
one municipality can therefore edit nothing of another's.

`ensure_translator_groups` runs when a municipality is set up (registered with
`editorial.municipalities.set_up_roles`), after `migrate` for every
municipality, when a municipality changes the languages it offers, and when
a municipality's home page is first published in a language.
"""

from django.conf import settings
from django.contrib.auth.models import Permission

from wagtail.models import GroupPagePermission, Page, Site

from editorial import roles
from editorial.models import MunicipalityRole
from editorial.municipalities import ensure_group, home_pages
from home.i18n import content_language_codes, locale_code
from home.municipality import for_site

TRANSLATOR_PAGE_PERMISSIONS = ["add_page", "change_page"]


def target_language_codes(site=None, municipality_settings=None):
    """The languages translated into: the ones `site` offers (every one without a site)."""
    if municipality_settings is None and site is not None:
        municipality_settings = for_site(site)
    codes = (
        municipality_settings.language_codes()
        if municipality_settings is not None
        else content_language_codes()
    )
    return [code for code in codes if code != settings.LANGUAGE_CODE]


def translator_roles():
    """{role: language code} for every content language that can be translated into."""
    return {
        roles.translator_role(code): code
        for code in content_language_codes()
        if code != settings.LANGUAGE_CODE
    }


def municipality_sites():
    return Site.objects.filter(municipality_roles__isnull=False).distinct().order_by("pk")


def ensure_translator_groups(site, municipality=None, municipality_settings=None):
    """`site`'s translator groups, with their page permissions where the language's home exists.

    Idempotent; a language the municipality stops offering keeps its group
    (its members are not silently dropped), the operator removes it.
    """
    access_admin = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    homes = list(home_pages(Site.objects.filter(pk=site.pk)).select_related("locale"))
    groups = {}
    for code in target_language_codes(site, municipality_settings):
        group = ensure_group(site, roles.translator_role(code))
        group.permissions.add(access_admin)
        for home in homes:
            if home.locale.language_code == code and not home.alias_of_id:
                grant_page_permissions(group, home)
        groups[code] = group
    return groups


def ensure_every_municipalitys_translators(**kwargs):
    """After `migrate`: every municipality's translator groups (new languages included)."""
    for site in municipality_sites():
        ensure_translator_groups(site)


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
    """A municipality's home page published in a language: its translators may edit below it."""
    if instance.depth != 2 or instance.alias_of_id:
        return
    if locale_code(instance.locale_id) == settings.LANGUAGE_CODE:
        return  # the source language's home: no translator works there
    key = Page.objects.filter(pk=instance.pk).values("translation_key")
    for site in municipality_sites().filter(root_page__translation_key__in=key):
        ensure_translator_groups(site)


def on_languages_changed(sender, instance, **kwargs):
    """A municipality's settings saved (perhaps offering a new language): its translators."""
    site = Site.objects.filter(pk=instance.site_id, municipality_roles__isnull=False).first()
    if site is not None:
        ensure_translator_groups(site, municipality_settings=instance)


def translator_languages(user, site=None):
    """The language codes `user` translates (in `site`'s municipality, if given)."""
    by_role = translator_roles()
    links = MunicipalityRole.objects.filter(group__user=user, role__in=by_role)
    if site is not None:
        links = links.filter(site=site)
    chosen = set(links.values_list("role", flat=True))
    return [code for role, code in by_role.items() if role in chosen]
