"""Change history and restore for plain models kept with django-simple-history.

Pages and snippets have Wagtail revisions; plain models that staff edit
(organisations, signatures, applications) keep their history with
django-simple-history instead. `SimpleHistoryViewSetMixin` replaces a Wagtail
`ModelViewSet`'s history view with one built on those records (who, when, why,
which fields from what to what) and adds restoring an earlier state, which
itself becomes a new entry in the history.
"""

from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView

from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin


class SimpleHistoryView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """Every historical record of one object: when, who, why, and which fields changed."""

    any_permission_required = ["view", "change"]
    template_name = "editorial/simple_history/history.html"
    page_title = gettext_lazy("History")
    header_icon = "history"
    model = None
    index_url_name = None
    inspect_url_name = None
    restore_url_name = None

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.object = get_object_or_404(self.model, pk=kwargs["pk"])

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        items = [
            {
                "url": reverse(self.index_url_name),
                "label": capfirst(self.model._meta.verbose_name_plural),
            }
        ]
        if self.inspect_url_name:
            items.append(
                {
                    "url": reverse(self.inspect_url_name, args=[self.object.pk]),
                    "label": str(self.object),
                }
            )
        items.append({"url": "", "label": self.get_page_title(), "sublabel": str(self.object)})
        return self.breadcrumbs_items + items

    def get_entries(self):
        """Newest first; one query, with diffs computed between neighbouring records."""
        records = list(self.object.history.select_related("history_user").order_by("history_date"))
        entries = []
        previous = None
        for record in records:
            changes = []
            if previous is not None:
                for change in record.diff_against(previous).changes:
                    field = self.model._meta.get_field(change.field)
                    changes.append(
                        {
                            "field": capfirst(field.verbose_name),
                            "old": self.display(field, change.old),
                            "new": self.display(field, change.new),
                        }
                    )
            entries.append(
                {
                    "history_id": record.history_id,
                    "date": record.history_date,
                    "user": record.history_user,
                    "type": record.get_history_type_display(),
                    "reason": record.history_change_reason,
                    "changes": changes,
                }
            )
            previous = record
        entries.reverse()
        return entries

    @staticmethod
    def display(field, value):
        if value in (None, ""):
            return "–"
        if field.choices:
            return dict(field.flatchoices).get(value, value)
        if field.is_relation:
            return f"#{value}"
        return value

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        can_restore = bool(self.restore_url_name) and self.permission_policy.user_has_permission(
            self.request.user, "change"
        )
        context.update(
            object=self.object,
            entries=self.get_entries(),
            restore_url_name=self.restore_url_name if can_restore else None,
        )
        return context


class RestoreHistoryView(PermissionCheckedMixin, View):
    """Put an object back in an earlier recorded state (POST only)."""

    permission_required = "change"
    http_method_names = ["post"]
    model = None
    history_url_name = None

    def post(self, request, pk, history_id):
        obj = get_object_or_404(self.model, pk=pk)
        record = get_object_or_404(obj.history, history_id=history_id)
        restored = record.instance
        restored._change_reason = _("Restored the state of %(date)s") % {
            "date": record.history_date.strftime("%Y-%m-%d %H:%M")
        }
        restored.save()
        messages.success(request, _("The earlier state was restored."))
        return redirect(self.history_url_name, pk=obj.pk)


class SimpleHistoryViewSetMixin:
    """For a ModelViewSet of a model with HistoricalRecords: history with diffs, and restore."""

    history_view_class = SimpleHistoryView
    restore_view_class = RestoreHistoryView

    def get_history_view_kwargs(self, **kwargs):
        return {
            "model": self.model,
            "permission_policy": self.permission_policy,
            "index_url_name": self.get_url_name("index"),
            "inspect_url_name": self.get_url_name("inspect")
            if getattr(self, "inspect_view_enabled", False)
            else None,
            "restore_url_name": self.get_url_name("restore"),
            "header_icon": self.icon,
            **kwargs,
        }

    @property
    def history_view(self):
        return self.history_view_class.as_view(**self.get_history_view_kwargs())

    @property
    def history_results_view(self):
        return self.history_view

    @property
    def restore_view(self):
        return self.restore_view_class.as_view(
            model=self.model,
            permission_policy=self.permission_policy,
            history_url_name=self.get_url_name("history"),
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("history/<str:pk>/restore/<int:history_id>/", self.restore_view, name="restore"),
        ]
