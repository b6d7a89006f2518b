"""Agreements due for review: the dashboard panel and the list the weekly reminder sends."""

from django.utils import timezone

from wagtail.admin.ui.components import Component

from agreements.models import AgreementPage
from operations.sites import site_of_path, site_roots

from .dashboard_sites import sites_worked_on


def agreements_due_for_review(today=None, sites=None):
    """Live agreements whose review date is past or near, soonest first.

    Only those of `sites` when given (a list of Sites): an editor of one
    municipality is not told of another's.
    """
    due = AgreementPage.due_for_review(today or timezone.localdate())
    if sites is None:
        return due
    roots = site_roots()
    wanted = {site.pk for site in sites}
    return [page for page in due if getattr(site_of_path(page.path, roots), "pk", None) in wanted]


class AgreementsDueForReviewPanel(Component):
    """Agreements whose review date (aktualitetsprövning) is near or past."""

    name = "agreements_due_for_review"
    template_name = "agreements/panels/agreements_due_for_review.html"
    order = 150

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        today = timezone.localdate()
        context["agreements"] = [
            {"page": page, "overdue": page.review_deadline < today}
            for page in agreements_due_for_review(today, sites_worked_on(self.request.user))
        ]
        return context
