"""Publishers manage the users of the groups below them and no one else; superusers grant more.

The group names are written out here, not imported from the product: if
someone adds a group to what publishers may grant (say *Anslutningsgranskare*,
who sees applicants' personal data), these tests must notice.

Every refusal is tried with the POST a crafted request would send, not only
with the rendered form.
"""

from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse

import pytest

pytestmark = pytest.mark.django_db

# Each municipality's groups are named after it; the first one's after the default site.
MUNICIPALITY = "Lokal överenskommelse"
CONTRIBUTORS = f"{MUNICIPALITY}: Skribenter"
SUBJECT_REVIEWERS = f"{MUNICIPALITY}: Sakgranskare"
PUBLISHERS = f"{MUNICIPALITY}: Publicister"
# What a publisher may grant, and nothing else.
GRANTABLE_BY_PUBLISHERS = {
    CONTRIBUTORS,
    SUBJECT_REVIEWERS,
    f"{MUNICIPALITY}: Granskare Kommunikation",
    # The municipality's translators, one group per language it offers besides Swedish.
    *(f"{MUNICIPALITY}: Översättare ({code})" for code in ("en", "fi", "so", "ar")),
}
AFFILIATION_REVIEWERS = f"{MUNICIPALITY}: Anslutningsgranskare"


def make_user(django_user_model, username, *group_names, **extra):
    user = django_user_model.objects.create_user(
        username,
        f"{username}@kommun.example",
        "password",
        first_name=username.capitalize(),
        last_name="Testsson",
        **extra,
    )
    user.groups.add(*Group.objects.filter(name__in=group_names))
    return user


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def publisher(django_user_model):
    return make_user(django_user_model, "publicist", PUBLISHERS)


@pytest.fixture
def publisher_client(publisher):
    return logged_in(publisher)


@pytest.fixture
def contributor(django_user_model):
    return make_user(django_user_model, "skribent", CONTRIBUTORS)


@pytest.fixture
def boss(django_user_model):
    return django_user_model.objects.create_superuser(
        "chef", "chef.hemlig@kommun.example", "password", first_name="Cecilia", last_name="Chef"
    )


def ungrantable_groups():
    """Every group a publisher must not grant: all but those, whatever the install has."""
    groups = list(Group.objects.exclude(name__in=GRANTABLE_BY_PUBLISHERS).order_by("name"))
    assert AFFILIATION_REVIEWERS in {g.name for g in groups}
    return groups


def account_data(username, **extra):
    return {
        "username": username,
        "email": f"{username}@kommun.example",
        "first_name": "Ny",
        "last_name": "Användare",
        "password1": "Ett-langt-losenord-42",
        "password2": "Ett-langt-losenord-42",
        "is_active": "on",
        **extra,
    }


def bulk_url(action, *users):
    ids = "&".join(f"id={user.pk}" for user in users)
    return reverse("wagtail_bulk_action", args=("auth", "user", action)) + f"?{ids}"


# -- who is listed and found ----------------------------------------------------


def test_publisher_sees_only_users_of_the_groups_below(
    publisher_client, contributor, boss, django_user_model
):
    make_user(django_user_model, "annan-publicist", PUBLISHERS)
    make_user(django_user_model, "granskare", AFFILIATION_REVIEWERS)

    response = publisher_client.get(reverse("wagtailusers_users:index"))

    assert response.status_code == 200
    listed = {user.username for user in response.context["object_list"]}
    assert listed == {"skribent"}


@pytest.mark.parametrize("view", ["edit", "history", "usage"])
def test_publisher_cannot_open_a_superuser_another_publisher_or_a_reviewer(
    publisher_client, boss, django_user_model, view
):
    """Not found, so nothing about them (name, e-mail, groups) reaches the page."""
    peer = make_user(django_user_model, "annan-publicist", PUBLISHERS)
    reviewer = make_user(django_user_model, "granskare", AFFILIATION_REVIEWERS)
    for user in (boss, peer, reviewer):
        response = publisher_client.get(reverse(f"wagtailusers_users:{view}", args=(user.pk,)))
        assert response.status_code == 404, (view, user.username)
        assert user.email not in response.content.decode()


def test_publisher_cannot_change_a_superuser_or_another_publisher(
    publisher_client, boss, django_user_model
):
    peer = make_user(django_user_model, "annan-publicist", PUBLISHERS)
    for user in (boss, peer):
        response = publisher_client.post(
            reverse("wagtailusers_users:edit", args=(user.pk,)),
            account_data(user.username, email="hijack@example.com"),
        )
        assert response.status_code == 404
        user.refresh_from_db()
        assert user.email != "hijack@example.com"


# -- what is offered and accepted --------------------------------------------------


def offered_groups(client, url, field="groups"):
    response = client.get(url)
    assert response.status_code == 200
    return {group.name for group in response.context["form"].fields[field].queryset}


def test_every_form_offers_a_publisher_exactly_the_groups_below(publisher_client, contributor):
    """Add, edit, copy and "Assign role" offer the same groups, and no "Administrator"."""
    forms = {
        "add": reverse("wagtailusers_users:add"),
        "edit": reverse("wagtailusers_users:edit", args=(contributor.pk,)),
        "copy": reverse("wagtailusers_users:copy", args=(contributor.pk,)),
    }
    for name, url in forms.items():
        assert offered_groups(publisher_client, url) == GRANTABLE_BY_PUBLISHERS, name
        response = publisher_client.get(url)
        assert "is_superuser" not in response.context["form"].fields, name
        assert 'name="is_superuser"' not in response.content.decode(), name
    assert (
        offered_groups(publisher_client, bulk_url("assign_role", contributor), field="role")
        == GRANTABLE_BY_PUBLISHERS
    )


def test_publisher_can_only_grant_the_groups_below(publisher_client, contributor):
    url = reverse("wagtailusers_users:edit", args=(contributor.pk,))
    publishers = Group.objects.get(name=PUBLISHERS)
    reviewers = Group.objects.get(name=SUBJECT_REVIEWERS)

    data = account_data("skribent", password1="", password2="", groups=[publishers.pk])
    response = publisher_client.post(url, data)
    assert response.status_code == 200  # shown again with the error next to the field
    assert "groups" in response.context["form"].errors
    assert not contributor.groups.filter(name=PUBLISHERS).exists()

    data["groups"] = [reviewers.pk]
    response = publisher_client.post(url, data)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailusers_users:index")
    assert set(contributor.groups.values_list("name", flat=True)) == {SUBJECT_REVIEWERS}


def grant_by_adding(client, group, contributor, django_user_model):
    username = f"ny-{group.pk}"
    client.post(reverse("wagtailusers_users:add"), account_data(username, groups=[group.pk]))
    return django_user_model.objects.filter(username=username, groups=group).exists()


def grant_by_editing(client, group, contributor, django_user_model):
    data = account_data("skribent", password1="", password2="", groups=[group.pk])
    client.post(reverse("wagtailusers_users:edit", args=(contributor.pk,)), data)
    return contributor.groups.filter(pk=group.pk).exists()


def grant_by_copying(client, group, contributor, django_user_model):
    data = account_data("skribent", groups=[group.pk])
    client.post(reverse("wagtailusers_users:copy", args=(contributor.pk,)), data)
    return contributor.groups.filter(pk=group.pk).exists()


def grant_by_assigning_a_role(client, group, contributor, django_user_model):
    client.post(bulk_url("assign_role", contributor), {"role": group.pk})
    return contributor.groups.filter(pk=group.pk).exists()


@pytest.mark.parametrize(
    "grant",
    [grant_by_adding, grant_by_editing, grant_by_copying, grant_by_assigning_a_role],
    ids=["add", "edit", "copy", "assign-role"],
)
def test_no_way_in_lets_a_publisher_grant_another_group(
    publisher_client, contributor, django_user_model, grant
):
    """Above all not *Anslutningsgranskare*, who sees applicants' personal data."""
    granted = [
        group.name
        for group in ungrantable_groups()
        if grant(publisher_client, group, contributor, django_user_model)
    ]
    assert granted == []


def test_only_a_superuser_makes_a_superuser(publisher_client, boss, contributor, django_user_model):
    """The same crafted POSTs: refused from a publisher, honoured from a superuser."""
    crafted = {"is_superuser": "on", "is_staff": "on"}
    publisher_client.post(reverse("wagtailusers_users:add"), account_data("ny", **crafted))
    publisher_client.post(
        reverse("wagtailusers_users:edit", args=(contributor.pk,)),
        account_data("skribent", password1="", password2="", **crafted),
    )
    new = django_user_model.objects.get(username="ny")
    contributor.refresh_from_db()
    for user in (new, contributor):
        assert not user.is_superuser, user.username
        assert not user.is_staff, user.username

    boss_client = logged_in(boss)
    reviewers = Group.objects.get(name=AFFILIATION_REVIEWERS)
    response = boss_client.post(
        reverse("wagtailusers_users:add"),
        account_data("ny-chef", groups=[reviewers.pk], **crafted),
    )
    assert response.status_code == 302
    made = django_user_model.objects.get(username="ny-chef")
    assert made.is_superuser
    assert not made.is_staff  # staff status is in no admin form, not even a superuser's
    assert list(made.groups.values_list("name", flat=True)) == [AFFILIATION_REVIEWERS]


# -- copying -----------------------------------------------------------------------


def test_a_post_to_a_copy_url_never_changes_the_user_copied(
    publisher_client, boss, contributor, django_user_model
):
    """Wagtail's copy view would save the POST over the original; the copy form posts to "add"."""
    response = logged_in(boss).get(reverse("wagtailusers_users:copy", args=(contributor.pk,)))
    assert f'action="{reverse("wagtailusers_users:add")}"' in response.content.decode()

    for client, user in ((publisher_client, contributor), (logged_in(boss), contributor)):
        response = client.post(
            reverse("wagtailusers_users:copy", args=(user.pk,)),
            account_data(user.username, email="hijack@example.com"),
        )
        assert response.status_code == 405
        user.refresh_from_db()
        assert user.email == f"{user.username}@kommun.example"
        assert user.check_password("password")


def test_a_publisher_copies_only_users_they_manage(publisher_client, boss, contributor):
    """Copying the superuser would pre-fill their name, e-mail, flag and every group."""
    response = publisher_client.get(reverse("wagtailusers_users:copy", args=(boss.pk,)))
    assert response.status_code == 404
    html = response.content.decode()
    assert boss.email not in html
    assert "Cecilia" not in html

    response = publisher_client.get(reverse("wagtailusers_users:copy", args=(contributor.pk,)))
    form = response.context["form"]
    assert [group.name for group in form.initial["groups"]] == [CONTRIBUTORS]
    assert form.initial["email"] == "skribent@kommun.example"


# -- bulk actions ----------------------------------------------------------------


def test_bulk_actions_reach_only_the_users_a_publisher_manages(
    publisher_client, publisher, boss, contributor, django_user_model
):
    peer = make_user(django_user_model, "annan-publicist", PUBLISHERS)
    for user in (boss, peer):
        response = publisher_client.post(
            bulk_url("set_active_state", user), {"mark_as_active": "False"}
        )
        assert response.status_code == 404
        response = publisher_client.get(bulk_url("assign_role", user))
        assert response.status_code == 404
        user.refresh_from_db()
        assert user.is_active

    # A mixed selection acts on the managed user only.
    response = publisher_client.post(
        bulk_url("set_active_state", contributor, boss), {"mark_as_active": "False"}
    )
    assert response.status_code == 302
    contributor.refresh_from_db()
    boss.refresh_from_db()
    assert not contributor.is_active
    assert boss.is_active

    # Publishers do not delete users, not even the ones they manage.
    publisher_client.post(bulk_url("delete", contributor))
    assert django_user_model.objects.filter(pk=contributor.pk).exists()


# -- groups ------------------------------------------------------------------------


def test_only_superusers_manage_groups_whatever_permissions_a_group_has(publisher_client, boss):
    """Editing a group grants its permissions to everyone in it: a mis-granted
    `auth.change_group` must not let a publisher give their own group more."""
    publishers = Group.objects.get(name=PUBLISHERS)
    publishers.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="auth", codename__in=["add_group", "change_group"]
        )
    )
    permissions_before = set(publishers.permissions.all())
    delete_users = Permission.objects.get(content_type__app_label="auth", codename="delete_user")
    home = reverse("wagtailadmin_home")

    for url in (
        reverse("wagtailusers_groups:index"),
        reverse("wagtailusers_groups:add"),
        reverse("wagtailusers_groups:edit", args=(publishers.pk,)),
    ):
        response = publisher_client.get(url)
        assert (response.status_code, response.get("Location")) == (302, home), url

    response = publisher_client.post(
        reverse("wagtailusers_groups:edit", args=(publishers.pk,)),
        {"name": PUBLISHERS, "permissions": [p.pk for p in permissions_before | {delete_users}]},
    )
    assert (response.status_code, response.get("Location")) == (302, home)
    assert set(publishers.permissions.all()) == permissions_before

    assert logged_in(boss).get(reverse("wagtailusers_groups:index")).status_code == 200
