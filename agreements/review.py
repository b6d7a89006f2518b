"""Agreements due for review: the dashboard panel and the list the weekly reminder sends."""

from django.utils import timezone

from wagtail.admin.ui.components import Component

from agreements.models import AgreementPage


def agreements_due_for_review(today=None):
    """Live agreements whose review date is past or near, soonest first."""
    return AgreementPage.due_for_review(today or timezone.localdate())


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
            for page in agreements_due_for_review(today)
        ]
        return context
