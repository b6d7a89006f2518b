"""Wagtail's workflow, site history and page types usage reports, each municipality's own.

The reports read every row the user's model permissions allow: the workflow
reports every contact point in review, the site history every logged change
of a contact point, document, image or user, the page types usage report
counts every page and names the last one edited; and their filters offer
every requester, workflow, task, site and user. These subclasses leave out
what is another municipality's (`editorial.admin_listings`), in the rows and
in the filters. A superuser and a user in no municipality's group get
Wagtail's report unchanged.

Wagtail adds the URLs of hooks (`register_admin_urls`) after its own, so a
hook cannot take a report's place. `urlpatterns` below is put before the
admin's URLs (cms/urls.py), at the same paths: Wagtail's URL names, menu
items and links lead to these views. They are wrapped as Wagtail wraps its
admin views: admin access required, in the user's admin language, never cached.
"""

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.urls import path
from django.views.decorators.cache import never_cache
from django.views.defaults import page_not_found

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports import audit_logging, page_types_usage, workflows
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import Page, PageLogEntry, Site, Task, TaskState, Workflow, WorkflowState

from .admin_listings import others_of, without_others_objects, without_others_pages


def workflow_states(queryset, user, prefix=""):
    """Workflow states (or task states, `prefix` "workflow_state__") but another's."""
    others = others_of(user)
    if others is None:
        return queryset
    return without_others_objects(
        queryset, others, f"{prefix}base_content_type", f"{prefix}object_id"
    )


def log_entries(queryset, user):
    """Log entries of one log model but those of another municipality's pages and objects."""
    others = others_of(user)
    if others is None:
        return queryset
    if issubclass(queryset.model, PageLogEntry):
        return queryset.exclude(page_id__in=others.pages().values("pk"))
    fields = {field.name for field in queryset.model._meta.get_fields()}
    if {"content_type", "object_id"} <= fields:
        return without_others_objects(queryset, others, "content_type", "object_id", pages=False)
    return queryset


def users_named(ids):
    user_model = get_user_model()
    return user_model.objects.filter(pk__in=ids).order_by(user_model.USERNAME_FIELD)


# -- workflows ---------------------------------------------------------------------


class WorkflowReportFilterSet(workflows.WorkflowReportFilterSet):
    """Requesters and workflows of the states the user sees."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = getattr(self.request, "user", None)
        if others_of(user) is None:
            return
        states = workflow_states(WorkflowState.objects.all(), user)
        self.filters["requested_by"].queryset = users_named(states.values("requested_by"))
        self.filters["workflow"].queryset = Workflow.objects.filter(
            pk__in=states.values("workflow")
        )


class WorkflowTasksReportFilterSet(workflows.WorkflowTasksReportFilterSet):
    """Workflows and tasks of the task states the user sees."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = getattr(self.request, "user", None)
        if others_of(user) is None:
            return
        states = workflow_states(TaskState.objects.all(), user, "workflow_state__")
        self.filters["workflow"].queryset = Workflow.objects.filter(
            pk__in=states.values("workflow_state__workflow")
        )
        self.filters["task"].queryset = Task.objects.filter(pk__in=states.values("task"))


class WorkflowView(workflows.WorkflowView):
    filterset_class = WorkflowReportFilterSet

    def get_queryset(self):
        return workflow_states(super().get_queryset(), self.request.user)


class WorkflowTasksView(workflows.WorkflowTasksView):
    filterset_class = WorkflowTasksReportFilterSet

    def get_queryset(self):
        return workflow_states(super().get_queryset(), self.request.user, "workflow_state__")


# -- site history --------------------------------------------------------------------


class SiteHistoryReportFilterSet(audit_logging.SiteHistoryReportFilterSet):
    """The users who made the entries the user sees (Wagtail's offers everyone's)."""

    def get_users_queryset(self):
        user = getattr(self.request, "user", None)
        if others_of(user) is None:
            return super().get_users_queryset()
        ids = set()
        for log_model in log_action_registry.get_log_entry_models():
            ids |= log_entries(log_model.objects.viewable_by_user(user), user).get_user_ids()
        return users_named(ids)


class LogEntriesView(audit_logging.LogEntriesView):
    filterset_class = SiteHistoryReportFilterSet

    def filter_queryset(self, queryset):
        # Called once for each log model's entries, before they are joined.
        return super().filter_queryset(log_entries(queryset, self.request.user))


# -- page types usage --------------------------------------------------------------


class PageTypesUsageReportFilterSet(page_types_usage.PageTypesUsageReportFilterSet):
    """The sites to filter by: the user's (and those of no municipality)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        others = others_of(getattr(self.request, "user", None))
        if others is None or "site" not in self.filters:
            return
        sites = Site.objects.exclude(pk__in=others.sites.values("pk")).select_related("root_page")
        choices = [(site.root_page.path, str(site)) for site in sites]
        if len(choices) > 1:
            self.filters["site"].extra["choices"] = choices
        else:
            del self.filters["site"]


class PageTypesUsageReportView(page_types_usage.PageTypesUsageReportView):
    """Counts and the last edited page of each type among the pages of no other municipality."""

    filterset_class = PageTypesUsageReportFilterSet

    def get_queryset(self):
        if others_of(self.request.user) is None:
            return super().get_queryset()
        language_code = site_root_path = None
        if self.filters and self.filters.is_valid():
            language_code = self.filters.form.cleaned_data.get("page_locale")
            site_root_path = self.filters.form.cleaned_data.get("site")
        pages = without_others_pages(Page.objects.filter(depth__gt=1), self.request.user)
        if language_code:
            pages = pages.filter(locale__language_code=language_code)
        if site_root_path:
            pages = pages.filter(path__startswith=site_root_path)
        of_type = pages.filter(content_type=OuterRef("pk")).order_by()
        counted = of_type.values("content_type").annotate(number=Count("pk")).values("number")
        last_edited = of_type.order_by(
            F("latest_revision_created_at").desc(nulls_last=True), "title", "-pk"
        ).values("pk")[:1]
        page_types = self.get_page_types()
        self.queryset = page_types
        page_types = page_types.annotate(
            count=Coalesce(Subquery(counted), 0), last_edited_page_id=Subquery(last_edited)
        )
        if language_code or site_root_path:
            page_types = page_types.filter(count__gt=0)
        return page_types.order_by("-count", "app_label", "model")

    def get_page_types(self):
        """Every page type, as Wagtail lists them (the base type only if a page has it)."""
        page_types = ContentType.objects.filter(model__in=self.page_models)
        base_type = ContentType.objects.get_for_model(Page)
        if not Page.objects.filter(depth__gt=1, content_type=base_type).exists():
            page_types = page_types.exclude(pk=base_type.pk)
        return page_types


def admin_view(view):
    """Wrapped as Wagtail wraps the admin's own views (its "not found" page included)."""
    view = require_admin_access(view)

    def with_admin_404(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except Http404:
            return page_not_found(request, "", template_name="wagtailadmin/404.html")

    return never_cache(with_admin_404)


# Before the admin's URLs (cms/urls.py): the same paths as Wagtail's reports.
urlpatterns = [
    path(f"admin/reports/{route}", admin_view(view_class.as_view(**kwargs)))
    for route, view_class, kwargs in [
        ("workflow/", WorkflowView, {}),
        ("workflow/results/", WorkflowView, {"results_only": True}),
        ("workflow_tasks/", WorkflowTasksView, {}),
        ("workflow_tasks/results/", WorkflowTasksView, {"results_only": True}),
        ("site-history/", LogEntriesView, {}),
        ("site-history/results/", LogEntriesView, {"results_only": True}),
        ("page-types-usage/", PageTypesUsageReportView, {}),
        ("page-types-usage/results/", PageTypesUsageReportView, {"results_only": True}),
    ]
]
