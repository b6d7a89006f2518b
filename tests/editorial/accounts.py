"""Users in the editorial roles, and pages published the way the admin publishes them."""

from django.contrib.auth.models import Group
from django.test import Client

from wagtail.users.models import UserProfile


def make_user(django_user_model, username, group_names, *, language="en", superuser=False):
    """A user with an e-mail address and a preferred admin language, in `group_names`."""
    manager = django_user_model.objects
    create = manager.create_superuser if superuser else manager.create_user
    user = create(
        username,
        f"{username}@kommun.example",
        "password",
        first_name=username.capitalize(),
        last_name="Testsson",
    )
    user.groups.add(*(Group.objects.get(name=name) for name in group_names))
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
