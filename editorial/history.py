"""Change history and restore for plain models kept with django-simple-history.

Pages and snippets have Wagtail revisions; plain models that staff edit
(organisations, signatures, applications) keep their history with
django-simple-history instead. `SimpleHistoryViewSetMixin` adds two admin
views to a Wagtail `ModelViewSet`: the list of changes (who, when, which
fields from what to what) and restoring an earlier state, which itself
becomes a new entry in the history.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.admin import messages


def history_with_changes(obj):
    """The object's history records, newest first, each with its field changes.

    One query: diffs are computed between neighbouring records in memory.
    """
    records = list(obj.history.select_related("history_user").order_by("-history_date", "-pk"))
    entries = []
    for newer, older in zip(records, [*records[1:], None], strict=True):
        changes = []
        if older is not None:
            for change in newer.diff_against(older).changes:
                field = obj._meta.get_field(change.field)
                changes.append({"field": field.verbose_name, "old": change.old, "new": change.new})
        entries.append({"record": newer, "changes": changes})
    return entries


class SimpleHistoryViewSetMixin:
    """Add "changes" and "restore" views to a ModelViewSet of a model with HistoricalRecords."""

    changes_template_name = "editorial/simple_history/changes.html"

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("changes/<str:pk>/", self.changes_view, name="changes"),
            path(
                "changes/<str:pk>/restore/<int:history_id>/",
                self.restore_view,
                name="restore",
            ),
        ]

    def check_history_permission(self, request, action):
        if not self.permission_policy.user_has_permission(request.user, action):
            raise PermissionDenied

    @property
    def changes_view(self):
        def view(request, pk):
            self.check_history_permission(request, "change")
            obj = get_object_or_404(self.model, pk=pk)
            return TemplateResponse(
                request,
                self.changes_template_name,
                {
                    "object": obj,
                    "entries": history_with_changes(obj),
                    "page_title": _("Changes to %(object)s") % {"object": obj},
                    "header_icon": self.icon,
                    "edit_url": reverse(self.get_url_name("edit"), args=(obj.pk,)),
                    "restore_url_name": self.get_url_name("restore"),
                },
            )

        return view

    @property
    def restore_view(self):
        @require_POST
        def view(request, pk, history_id):
            self.check_history_permission(request, "change")
            obj = get_object_or_404(self.model, pk=pk)
            record = get_object_or_404(obj.history, history_id=history_id)
            restored = record.instance
            restored._change_reason = _("Restored the state of %(date)s") % {
                "date": record.history_date.strftime("%Y-%m-%d %H:%M")
            }
            restored.save()
            messages.success(request, _("The earlier state was restored."))
            return redirect(self.get_url_name("changes"), pk=obj.pk)

        return view
