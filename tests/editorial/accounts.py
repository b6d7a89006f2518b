"""Users in the editorial roles, and pages published the way the admin publishes them."""

from django.contrib.auth.models import Group
from django.test import Client

from wagtail.models import Site
from wagtail.users.models import UserProfile

from editorial.municipalities import role_group


def group(name, site=None):
    """The group called `name`, or the one holding the role `name` on `site` (the default site).

    Each municipality has its own groups ("<municipality>: Skribenter"); the
    tests name the role, and mean the first municipality's unless told.
    """
    found = Group.objects.filter(name=name).first()
    if found is not None and site is None:
        return found
    return role_group(site or Site.objects.get(is_default_site=True), name)


def make_user(
    django_user_model, username, group_names, *, language="en", superuser=False, site=None
):
    """A user with an e-mail address and a preferred admin language, in `group_names`.

    A name is a group's or a role's (see `group`); `site` picks the municipality.
    """
    manager = django_user_model.objects
    create = manager.create_superuser if superuser else manager.create_user
    user = create(
        username,
        f"{username}@kommun.example",
        "password",
        first_name=username.capitalize(),
        last_name="Testsson",
    )
    user.groups.add(*(group(name, site) for name in group_names))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def published(page):
    """`page` published through a revision, as the admin publishes it.

    Factories make live pages without a live revision; Wagtail then treats a
    scheduled change as the page's first publication and takes it offline.
    """
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)
