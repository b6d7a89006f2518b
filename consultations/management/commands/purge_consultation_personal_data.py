"""Remove respondents' contact details some months after their consultation closed.

    python manage.py purge_consultation_personal_data [--months N] [--dry-run]

Blanks the contact person, e-mail and phone of every answer to a
consultation that closed more than N months ago (CONSULTATION_RETENTION_MONTHS,
6 by default), in the answer and in every historical record of it. The
answers stay, with the organisation's name, the comment and its handling:
the consultation report needs them. Run it periodically, e.g. once a night,
beside purge_affiliation_personal_data.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from consultations import conf
from consultations.models import RESPONDENT_PERSONAL_FIELDS, ConsultationComment
from forms.services import months_ago

BLANKS = dict.fromkeys(RESPONDENT_PERSONAL_FIELDS, "")


class Command(BaseCommand):
    help = "Remove respondents' contact details N months after their consultation closed."

    def add_arguments(self, parser):
        parser.add_argument(
            "--months",
            type=int,
            default=None,
            help="Keep contact details this many months after the consultation closed "
            "(default: CONSULTATION_RETENTION_MONTHS, 6).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Only count.")

    def handle(self, *args, months=None, dry_run=False, **options):
        months = conf.retention_months() if months is None else months
        if months < 0:
            raise CommandError("--months must be zero or more.")
        cutoff = months_ago(months, timezone.localdate())
        ids = list(
            ConsultationComment.objects.filter(
                consultation__closes_on__lt=cutoff, personal_data_removed_at__isnull=True
            ).values_list("pk", flat=True)
        )
        if dry_run:
            self.stdout.write(f"{len(ids)} answer(s) would have their contact details removed.")
            return
        with transaction.atomic():
            # update() on purpose: a purge must not write the data into yet
            # another historical record.
            ConsultationComment.objects.filter(pk__in=ids).update(
                **BLANKS, personal_data_removed_at=timezone.now()
            )
            ConsultationComment.history.filter(id__in=ids).update(**BLANKS)
        self.stdout.write(
            f"Removed the contact details of {len(ids)} answer(s) to consultations that closed "
            f"before {cutoff:%Y-%m-%d}."
        )
