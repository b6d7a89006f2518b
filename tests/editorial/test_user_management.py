"""Publishers manage the users of the groups below them, and no one else."""

from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

import pytest

from editorial import roles

pytestmark = pytest.mark.django_db


def make_user(django_user_model, username, *group_names, **extra):
    user = django_user_model.objects.create_user(
        username, f"{username}@kommun.example", "password", **extra
    )
    user.groups.add(*Group.objects.filter(name__in=group_names))
    return user


@pytest.fixture
def publisher_client(django_user_model):
    client = Client()
    client.force_login(make_user(django_user_model, "publicist", roles.PUBLISHERS))
    return client


def test_publisher_sees_only_users_of_the_groups_below(publisher_client, django_user_model):
    make_user(django_user_model, "skribent", roles.CONTRIBUTORS)
    make_user(django_user_model, "annan-publicist", roles.PUBLISHERS)
    django_user_model.objects.create_superuser("chef", "chef@kommun.example", "password")

    response = publisher_client.get(reverse("wagtailusers_users:index"))

    assert response.status_code == 200
    listed = {user.username for user in response.context["object_list"]}
    assert listed == {"skribent"}


def test_publisher_cannot_open_a_superuser_or_another_publisher(
    publisher_client, django_user_model
):
    boss = django_user_model.objects.create_superuser("chef", "chef@kommun.example", "password")
    peer = make_user(django_user_model, "annan-publicist", roles.PUBLISHERS)
    for user in (boss, peer):
        assert (
            publisher_client.get(reverse("wagtailusers_users:edit", args=(user.pk,))).status_code
            == 404
        )
        response = publisher_client.post(
            reverse("wagtailusers_users:edit", args=(user.pk,)),
            {
                "username": user.username,
                "email": "hijack@example.com",
                "password1": "x",
                "password2": "x",
            },
        )
        assert response.status_code == 404
        user.refresh_from_db()
        assert user.email != "hijack@example.com"


def test_publisher_can_only_grant_the_groups_below(publisher_client, django_user_model):
    contributor = make_user(django_user_model, "skribent", roles.CONTRIBUTORS)
    url = reverse("wagtailusers_users:edit", args=(contributor.pk,))

    form = publisher_client.get(url).context["form"]
    assert {g.name for g in form.fields["groups"].queryset} == set(
        roles.GROUPS_MANAGED_BY_PUBLISHERS
    )

    publishers = Group.objects.get(name=roles.PUBLISHERS)
    reviewers = Group.objects.get(name=roles.SUBJECT_REVIEWERS)
    data = {
        "username": "skribent",
        "email": "skribent@kommun.example",
        "first_name": "Sara",
        "last_name": "Skribent",
        "password1": "",
        "password2": "",
        "is_active": "on",
        "groups": [publishers.pk],
    }
    response = publisher_client.post(url, data)
    assert response.status_code == 200  # re-shown with an error: not a valid choice
    assert not contributor.groups.filter(name=roles.PUBLISHERS).exists()

    data["groups"] = [reviewers.pk]
    response = publisher_client.post(url, data)
    assert response.status_code == 302
    assert set(contributor.groups.values_list("name", flat=True)) == {roles.SUBJECT_REVIEWERS}
