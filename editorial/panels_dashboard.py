"""Dashboard panels for editors."""

import datetime

from django.utils import timezone

from wagtail.admin.ui.components import Component

REVIEW_WARNING_DAYS = 180


def agreements_due_for_review(today=None):
    """Live agreements whose review date is past or within 180 days, soonest first."""
    from agreements.models import AgreementPage

    today = today or timezone.localdate()
    return (
        AgreementPage.objects.live()
        .filter(
            review_by__isnull=False,
            review_by__lte=today + datetime.timedelta(days=REVIEW_WARNING_DAYS),
        )
        .order_by("review_by")
    )


class AgreementsDueForReviewPanel(Component):
    """Agreements whose review date (aktualitetsprövning) is near or past."""

    name = "agreements_due_for_review"
    template_name = "editorial/panels/agreements_due_for_review.html"
    order = 150

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        today = timezone.localdate()
        context["agreements"] = [
            {"page": page, "overdue": page.review_by < today}
            for page in agreements_due_for_review(today)
        ]
        return context
