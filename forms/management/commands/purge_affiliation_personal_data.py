"""Remove the personal data of rejected and withdrawn applications after a while.

    python manage.py purge_affiliation_personal_data [--months N] [--dry-run]

Blanks the contact person's and the signatory's names, roles, e-mail and
phone, the postal address and the scanned paper form (deleting its file)
of every rejected or withdrawn application decided more than N months
ago (AFFILIATION_RETENTION_MONTHS, 12 by default), in the application
and in every historical record of it. The organisation's public record and
its signatures stay. Run it periodically, e.g. once a night.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from forms import conf
from forms.models import PERSONAL_FIELDS, Application, ApplicationStatus
from forms.services import months_ago

BLANKS = dict.fromkeys(PERSONAL_FIELDS, "")


class Command(BaseCommand):
    help = "Remove the personal data of rejected and withdrawn applications older than N months."

    def add_arguments(self, parser):
        parser.add_argument(
            "--months",
            type=int,
            default=None,
            help="Keep personal data this many months after the decision "
            "(default: AFFILIATION_RETENTION_MONTHS, 12).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Only count.")

    def handle(self, *args, months=None, dry_run=False, **options):
        months = conf.retention_months() if months is None else months
        if months < 0:
            raise CommandError("--months must be zero or more.")
        cutoff = months_ago(months)
        due = Application.objects.filter(
            status__in=[ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN],
            reviewed_at__lt=cutoff,
            personal_data_removed_at__isnull=True,
        )
        ids = list(due.values_list("pk", flat=True))
        if dry_run:
            self.stdout.write(f"{len(ids)} application(s) would have their personal data removed.")
            return
        scans = list(
            Application.objects.filter(pk__in=ids)
            .exclude(scanned_form="")
            .values_list("scanned_form", flat=True)
        )
        with transaction.atomic():
            # update() on purpose: a purge must not write the data into yet
            # another historical record.
            Application.objects.filter(pk__in=ids).update(
                **BLANKS, personal_data_removed_at=timezone.now()
            )
            Application.history.filter(id__in=ids).update(**BLANKS)
        # The scanned forms go too, once their rows no longer name them.
        storage = Application._meta.get_field("scanned_form").storage
        for name in scans:
            storage.delete(name)
        self.stdout.write(
            f"Removed the personal data of {len(ids)} application(s) decided before "
            f"{cutoff:%Y-%m-%d}."
        )
