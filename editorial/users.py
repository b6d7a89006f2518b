"""User management for publishers: only users of the groups below them.

Plone lets a Site Administrator manage users; here publishers manage the
contributors and reviewers, but never superusers, other publishers or anyone
in a group they do not manage (that would let them grant themselves more).
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.users.views import users as wagtail_user_views

from . import roles


def managed_groups(user):
    if user.is_superuser:
        return Group.objects.all()
    return Group.objects.filter(name__in=roles.GROUPS_MANAGED_BY_PUBLISHERS)


def manageable_users(user):
    users = get_user_model().objects.all()
    if user.is_superuser:
        return users
    unmanaged = Group.objects.exclude(pk__in=managed_groups(user))
    return users.filter(is_superuser=False).exclude(groups__in=unmanaged)


class ScopedGroupsMixin:
    """The group choices of the user form are the groups the editor manages."""

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        if "groups" in form.fields:
            form.fields["groups"].queryset = managed_groups(self.request.user)
        return form


class ScopedObjectMixin:
    """Users outside the editor's reach are not found (404)."""

    def get_queryset(self):
        return manageable_users(self.request.user)


class IndexView(wagtail_user_views.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().filter(pk__in=manageable_users(self.request.user))


class CreateView(ScopedGroupsMixin, wagtail_user_views.CreateView):
    pass


class EditView(ScopedObjectMixin, ScopedGroupsMixin, wagtail_user_views.EditView):
    pass


class DeleteView(ScopedObjectMixin, wagtail_user_views.DeleteView):
    pass


class UserViewSet(wagtail_user_views.UserViewSet):
    index_view_class = IndexView
    add_view_class = CreateView
    edit_view_class = EditView
    delete_view_class = DeleteView
