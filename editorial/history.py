"""Change history and restore for plain models kept with django-simple-history.

Pages and snippets have Wagtail revisions; plain models that staff edit
(organisations, signatures, applications) keep their history with
django-simple-history instead. `SimpleHistoryViewSetMixin` replaces a Wagtail
`ModelViewSet`'s history view with one built on those records (who, when, why,
which fields from what to what) and adds restoring an earlier state, which
itself becomes a new entry in the history.

A restore is an edit: it puts back only the fields staff may edit
(`restore_fields`, by default the edit form's), and goes through the edit
form's validation. Fields that change only through actions (an application's
status, a registration's place, a signature's withdrawal) are never restored,
since a restore would skip the rules of those actions: places counted, the
waiting list, the register.
"""

from django.forms.models import model_to_dict
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
    restore_fields = ()
    restore_note = ""

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
                    "restorable": bool(fields_to_restore(self.object, record, self.restore_fields)),
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
            restore_note=self.restore_note if can_restore else "",
        )
        return context


def fields_to_restore(obj, record, restore_fields):
    """The names of the restorable fields whose value in `record` differs from `obj`'s."""
    return [name for name in restore_fields if differs(obj, record, obj._meta.get_field(name))]


def differs(obj, record, field):
    return getattr(record, field.attname) != getattr(obj, field.attname)


def field_labels(model, names):
    return ", ".join(str(capfirst(model._meta.get_field(name).verbose_name)) for name in names)


def error_text(form):
    """The form's errors as one line, each after its field's label."""
    parts = []
    for name, errors in form.errors.items():
        text = " ".join(errors)
        field = form.fields.get(name)
        parts.append(f"{capfirst(field.label)}: {text}" if field is not None else text)
    return " ".join(parts)


class RestoreHistoryView(PermissionCheckedMixin, View):
    """Put back the editable fields of an earlier recorded state (POST only).

    The restored values go through the viewset's edit form, so a restore
    passes every check an edit does; the fields outside `restore_fields`
    keep their current value and `restore_note` says why.
    """

    permission_required = "change"
    http_method_names = ["post"]
    model = None
    history_url_name = None
    form_class = None
    restore_fields = ()
    restore_note = ""

    def post(self, request, pk, history_id):
        obj = get_object_or_404(self.model, pk=pk)
        record = get_object_or_404(obj.history, history_id=history_id)
        back = redirect(self.history_url_name, pk=obj.pk)
        date = record.history_date.strftime("%Y-%m-%d %H:%M")
        names = fields_to_restore(obj, record, self.restore_fields)
        others_differ = any(
            differs(obj, record, field)
            for field in self.model._meta.concrete_fields
            if field.editable and not field.primary_key and field.name not in self.restore_fields
        )
        if not names:
            message = _(
                "The state of %(date)s has nothing to restore: the fields that can be restored "
                "hold the same values today."
            ) % {"date": date}
            messages.error(request, self.with_note(message, others_differ))
            return back

        data = model_to_dict(obj, fields=list(self.form_class.base_fields))
        data.update(model_to_dict(record.instance, fields=names))
        form = self.form_class(data=data, instance=obj)
        if not form.is_valid():
            messages.error(
                request,
                _("The state of %(date)s cannot be restored: %(errors)s")
                % {"date": date, "errors": error_text(form)},
            )
            return back
        restored = form.save(commit=False)
        restored._change_reason = _("Restored the state of %(date)s") % {"date": date}
        restored.save()
        form.save_m2m()
        message = _("Restored from the state of %(date)s: %(fields)s.") % {
            "date": date,
            "fields": field_labels(self.model, names),
        }
        messages.success(request, self.with_note(message, others_differ))
        return back

    def with_note(self, message, others_differ):
        """The message, with why the other fields were not restored if they differ."""
        if others_differ and self.restore_note:
            return f"{message} {self.restore_note}"
        return message


class SimpleHistoryViewSetMixin:
    """For a ModelViewSet of a model with HistoricalRecords: history with diffs, and restore."""

    history_view_class = SimpleHistoryView
    restore_view_class = RestoreHistoryView
    # The fields a restore may put back (None: the edit form's); the others change
    # only through actions, and `restore_note` tells staff which and how.
    restore_fields = None
    restore_note = ""

    def get_restore_fields(self):
        if self.restore_fields is not None:
            return list(self.restore_fields)
        return list(self.get_form_class(for_update=True).base_fields)

    def get_history_view_kwargs(self, **kwargs):
        return {
            "model": self.model,
            "permission_policy": self.permission_policy,
            "index_url_name": self.get_url_name("index"),
            "inspect_url_name": self.get_url_name("inspect")
            if getattr(self, "inspect_view_enabled", False)
            else None,
            "restore_url_name": self.get_url_name("restore"),
            "restore_fields": self.get_restore_fields(),
            "restore_note": self.restore_note,
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
            form_class=self.get_form_class(for_update=True),
            restore_fields=self.get_restore_fields(),
            restore_note=self.restore_note,
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("history/<str:pk>/restore/<int:history_id>/", self.restore_view, name="restore"),
        ]
