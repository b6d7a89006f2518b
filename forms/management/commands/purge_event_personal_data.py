"""Remove the personal data of event registrations some time after the event.

    python manage.py purge_event_personal_data [--days N] [--dry-run]

Blanks the name, organisation, e-mail and needs of every registration for
an event that ended more than N days ago (EVENT_REGISTRATION_RETENTION_DAYS,
90 by default), in the registration and in every historical record of it.
The rows stay, so the number of registrations and the waiting list remain
countable. Run it periodically, e.g. once a night, beside
purge_affiliation_personal_data.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from forms.models import REGISTRANT_PERSONAL_FIELDS, Registration

BLANKS = dict.fromkeys(REGISTRANT_PERSONAL_FIELDS, "")


def retention_days():
    return getattr(settings, "EVENT_REGISTRATION_RETENTION_DAYS", 90)


class Command(BaseCommand):
    help = "Remove the personal data of event registrations N days after the event."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Keep personal data this many days after the event "
            "(default: EVENT_REGISTRATION_RETENTION_DAYS, 90).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Only count.")

    def handle(self, *args, days=None, dry_run=False, **options):
        days = retention_days() if days is None else days
        if days < 0:
            raise CommandError("--days must be zero or more.")
        cutoff = timezone.now() - datetime.timedelta(days=days)
        ids = list(
            Registration.objects.filter(
                event__end__lt=cutoff, personal_data_removed_at__isnull=True
            ).values_list("pk", flat=True)
        )
        if dry_run:
            self.stdout.write(f"{len(ids)} registration(s) would have their personal data removed.")
            return
        with transaction.atomic():
            # update() on purpose: a purge must not write the data into yet
            # another historical record.
            Registration.objects.filter(pk__in=ids).update(
                **BLANKS, personal_data_removed_at=timezone.now()
            )
            Registration.history.filter(id__in=ids).update(**BLANKS)
        self.stdout.write(
            f"Removed the personal data of {len(ids)} registration(s) for events that ended "
            f"before {timezone.localtime(cutoff):%Y-%m-%d}."
        )
