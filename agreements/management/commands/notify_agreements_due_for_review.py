"""E-mail the publishers about agreements whose review date is near or past.

Meant to run once a week from cron or a systemd timer (see docs/operators.md).
"""

import logging

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.admin.utils import get_admin_base_url
from wagtail.users.models import UserProfile

from agreements.review import agreements_due_for_review
from editorial import roles
from operations.sites import site_of_path, site_roots, sites_for_user

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "E-mail the publishers a list of agreements due for review within 180 days."

    def handle(self, *args, **options):
        today = timezone.localdate()
        agreements = list(agreements_due_for_review(today))
        if not agreements:
            self.stdout.write("No agreement is due for review.")
            return
        publishers = (
            get_user_model()
            .objects.filter(groups__municipality_role__role=roles.PUBLISHERS, is_active=True)
            .exclude(email="")
            .distinct()
        )
        items = [
            {
                "title": a.title,
                "review_by": a.review_deadline,
                "overdue": a.review_deadline < today,
                "edit_url": get_admin_base_url() + reverse("wagtailadmin_pages:edit", args=(a.pk,)),
                "path": a.path,
            }
            for a in agreements
        ]
        roots = site_roots()
        sent = 0
        for user in publishers:
            # Each publisher hears only of the municipalities they work on.
            sites = {site.pk for site in sites_for_user(user)}
            context = {
                "agreements": [
                    item
                    for item in items
                    if getattr(site_of_path(item["path"], roots), "pk", None) in sites
                ]
            }
            if not context["agreements"]:
                continue
            with translation.override(UserProfile.get_for_user(user).get_preferred_language()):
                subject = _("Agreements due for review")
                body = render_to_string("agreements/notifications/due_for_review.txt", context)
            try:
                send_mail(subject, body, None, [user.email])
                sent += 1
            except Exception:
                logger.exception("Could not send the review-date reminder to user %s", user.pk)
        self.stdout.write(
            f"{len(agreements)} agreement(s) due for review; reminded {sent} publisher(s)."
        )
