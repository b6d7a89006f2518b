"""The installation's translator groups become the first municipality's, keeping their members.

Migrates back to before translators were per municipality (one group per
language with page permissions on every home page of that language), gives
the English group a member and two English home pages (the first
municipality's and another's), migrates forward and reads them back.
"""

import uuid

from django.contrib.auth.hashers import make_password

import pytest

from tests.migration_steps import migrate

BEFORE = [("translations", None), ("editorial", "0005_roles_per_municipality_data")]
AFTER = [("translations", "0001_translators_per_municipality")]
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def add_home(apps, title, locale, translation_key):
    """A page at depth 2 (a home page), made with the historical models."""
    Page = apps.get_model("wagtailcore", "Page")
    ContentType = apps.get_model("contenttypes", "ContentType")
    root = Page.objects.get(depth=1)
    last = Page.objects.filter(depth=2).order_by("-path").values_list("path", flat=True).first()
    number = int(last[-4:], 36) + 1
    step = ""
    for _ in range(4):
        number, digit = divmod(number, 36)
        step = ALPHABET[digit] + step
    slug = title.lower().replace(" ", "-")
    page = Page.objects.create(
        title=title,
        draft_title=title,
        slug=slug,
        path=root.path + step,
        depth=2,
        numchild=0,
        url_path=f"/{slug}/",
        locale=locale,
        translation_key=translation_key,
        content_type=ContentType.objects.get(app_label="wagtailcore", model="page"),
        live=True,
    )
    Page.objects.filter(pk=root.pk).update(numchild=root.numchild + 1)
    return page


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_installations_translators_become_the_first_municipalitys(
    back_to_the_latest_migrations,
):
    old = migrate(BEFORE)
    Group = old.get_model("auth", "Group")
    Permission = old.get_model("auth", "Permission")
    User = old.get_model("auth", "User")
    Site = old.get_model("wagtailcore", "Site")
    Locale = old.get_model("wagtailcore", "Locale")
    GroupPagePermission = old.get_model("wagtailcore", "GroupPagePermission")
    english = Group.objects.get(name="Översättare English (en)")
    assert not old.get_model("editorial", "MunicipalityRole").objects.filter(group=english)
    member = User.objects.create(username="oversattare", password=make_password(None))
    member.groups.add(english)
    site = Site.objects.get(is_default_site=True)
    locale = Locale.objects.get(language_code="en")
    own_home = add_home(old, "Welcome", locale, site.root_page.translation_key)
    other_home = add_home(old, "Welcome to Nordby", locale, uuid.uuid4())
    for home in (own_home, other_home):
        for codename in ("add_page", "change_page"):
            GroupPagePermission.objects.create(
                group=english,
                page=home,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )

    new = migrate(AFTER)
    Group = new.get_model("auth", "Group")
    MunicipalityRole = new.get_model("editorial", "MunicipalityRole")
    GroupPagePermission = new.get_model("wagtailcore", "GroupPagePermission")
    name = new.get_model("wagtailcore", "Site").objects.get(is_default_site=True).site_name

    assert not Group.objects.filter(name__regex=r"^Översättare .* \(").exists()
    translators = Group.objects.get(name=f"{name}: Översättare (en)")
    link = MunicipalityRole.objects.get(group=translators)
    assert (link.site_id, link.role) == (site.pk, "Översättare (en)")
    assert list(translators.user_set.values_list("username", flat=True)) == ["oversattare"]
    assert translators.permissions.filter(codename="access_admin").exists()
    assert sorted(
        GroupPagePermission.objects.filter(group=translators).values_list(
            "page_id", "permission__codename"
        )
    ) == [(own_home.pk, "add_page"), (own_home.pk, "change_page")]
    # Every language's group moved, none reaches another municipality.
    assert set(
        MunicipalityRole.objects.filter(role__startswith="Översättare").values_list(
            "site_id", "role"
        )
    ) == {(site.pk, f"Översättare ({code})") for code in ("en", "fi", "ar", "so")}
