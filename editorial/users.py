"""User management for publishers: only users of the groups below them, only those groups.

Each municipality has its own groups (editorial.municipalities): a publisher
manages the contributors and reviewers of the municipalities they publish
for, and nobody else, so one municipality's staff are not even listed in
another's admin.

Plone lets a Site Administrator manage users; here publishers manage the
contributors, reviewers and translators (a municipality commissions its own
translators, often from outside), but never superusers, other publishers or anyone
in a group they do not manage (that would let them grant themselves more).
What a user may grant is decided here, on the server, for every way into
Wagtail's user management: the add and edit forms, the copy view and the
bulk actions. A crafted POST gets no further than the rendered form.

Groups themselves carry permissions, so whoever may edit a group may grant
anything: group management is for superusers only, whatever model
permissions a group has been given (`GroupPermissionPolicy`).
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import Q
from django.shortcuts import get_list_or_404, get_object_or_404

from wagtail.admin.views import generic
from wagtail.admin.views.generic.usage import UsageView as BaseUsageView
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.users import forms as wagtail_user_forms
from wagtail.users.views import bulk_actions as wagtail_bulk_actions
from wagtail.users.views import users as wagtail_user_views

from . import roles
from .copying import PrefillOnlyCopyViewMixin
from .municipalities import sites_of


def managed_groups(user):
    """The groups `user` may put users in (and take them out of)."""
    if user.is_superuser:
        return Group.objects.all()
    return Group.objects.filter(
        Q(municipality_role__role__in=roles.GROUPS_MANAGED_BY_PUBLISHERS)
        | Q(municipality_role__role__startswith=f"{roles.TRANSLATORS} ("),
        municipality_role__site__in=sites_of(user, [roles.PUBLISHERS]),
    )


def manageable_users(user):
    """The users `user` may see and change: in one of their groups and in none outside them.

    No superuser; and nobody without a group, who belongs to no municipality
    (only the service operator sees them).
    """
    users = get_user_model().objects.all()
    if user.is_superuser:
        return users
    managed = managed_groups(user)
    unmanaged = Group.objects.exclude(pk__in=managed)
    return (
        users.filter(is_superuser=False, groups__in=managed)
        .exclude(groups__in=unmanaged)
        .distinct()
    )


class GroupPermissionPolicy(ModelPermissionPolicy):
    """Only superusers add, change or delete groups (and so their permissions)."""

    def user_has_permission(self, user, action):
        return user.is_active and user.is_superuser

    def users_with_any_permission(self, actions):
        return get_user_model().objects.filter(is_active=True, is_superuser=True)


class ScopedUserFormMixin:
    """The user form offers only what `for_user` may grant.

    The "Administrator" (superuser) flag only to superusers; groups only from
    `managed_groups`, so a group outside them is "not one of the available
    choices" whatever the POST says. Staff status is never a field.
    """

    def __init__(self, *args, for_user, **kwargs):
        super().__init__(*args, **kwargs)
        if not for_user.is_superuser:
            self.fields.pop("is_superuser", None)
        if "groups" in self.fields:
            self.fields["groups"].queryset = managed_groups(for_user)


class UserCreationForm(ScopedUserFormMixin, wagtail_user_forms.UserCreationForm):
    pass


class UserEditForm(ScopedUserFormMixin, wagtail_user_forms.UserEditForm):
    pass


class ScopedFormMixin:
    """Hands the requesting user to the scoped user form."""

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class ScopedObjectMixin:
    """Users outside the editor's reach are not found (404): edit and delete."""

    def get_queryset(self):
        return manageable_users(self.request.user)


class ScopedListingObjectMixin:
    """The same for the views that list things about one user: history and usage."""

    def get_base_object_queryset(self):
        return manageable_users(self.request.user)


class UserFilterSet(wagtail_user_views.UserFilterSet):
    """The group filter offers the groups the listed users can be in: the ones one manages.

    (Wagtail's offers every group: every municipality's, by name.)
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = getattr(self.request, "user", None)
        if user is not None and user.is_authenticated and sites_of(user).exists():
            self.filters["group"].queryset = managed_groups(user)


class IndexView(wagtail_user_views.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().filter(pk__in=manageable_users(self.request.user))


class CreateView(ScopedFormMixin, wagtail_user_views.CreateView):
    pass


class EditView(ScopedObjectMixin, ScopedFormMixin, wagtail_user_views.EditView):
    pass


class DeleteView(ScopedObjectMixin, wagtail_user_views.DeleteView):
    pass


class HistoryView(ScopedListingObjectMixin, wagtail_user_views.HistoryView):
    pass


class UsageView(ScopedListingObjectMixin, BaseUsageView):
    pass


class CopyView(PrefillOnlyCopyViewMixin, ScopedFormMixin, generic.CopyView):
    """The add form pre-filled from a user the editor manages (it posts to "add")."""

    def get_object(self, queryset=None):
        return get_object_or_404(
            manageable_users(self.request.user), pk=self.kwargs[self.pk_url_kwarg]
        )


class UserViewSet(wagtail_user_views.UserViewSet):
    index_view_class = IndexView
    filterset_class = UserFilterSet
    add_view_class = CreateView
    edit_view_class = EditView
    delete_view_class = DeleteView
    history_view_class = HistoryView
    usage_view_class = UsageView
    copy_view_class = CopyView
    create_template_name = "editorial/users/create.html"

    def get_form_class(self, for_update=False):
        return UserEditForm if for_update else UserCreationForm


# -- bulk actions on the user listing --------------------------------------------


class ScopedUserBulkActionMixin:
    """Bulk actions reach only users the editor manages; any other id is not found."""

    def get_queryset(self, model, object_ids):
        return get_list_or_404(manageable_users(self.request.user), pk__in=object_ids)


class AssignRoleBulkAction(ScopedUserBulkActionMixin, wagtail_bulk_actions.AssignRoleBulkAction):
    """The "Assign role" action offers, and accepts, only the groups the editor manages."""

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.fields["role"].queryset = managed_groups(self.request.user)
        return form


class SetActiveStateBulkAction(
    ScopedUserBulkActionMixin, wagtail_bulk_actions.SetActiveStateBulkAction
):
    pass


class DeleteBulkAction(ScopedUserBulkActionMixin, wagtail_bulk_actions.DeleteBulkAction):
    pass


BULK_ACTIONS = [AssignRoleBulkAction, SetActiveStateBulkAction, DeleteBulkAction]
