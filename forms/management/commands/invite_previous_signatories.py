"""Invite the signatories of the previous version to sign a new agreement version.

    python manage.py invite_previous_signatories AGREEMENT_PAGE_ID [--force]

Every organisation with an active signature of the version the given one
replaces (and no signature of the new one yet) gets an e-mail, in the
language of its latest application, with a signed link to the new
version's application form that pre-fills the organisation's details.
Organisations already invited are skipped unless --force. The same is
available in the admin under Affiliation → Applications → Invite.
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from agreements.models import AgreementPage
from forms.services import ActionNotAllowed, invite_previous_signatories


class Command(BaseCommand):
    help = "E-mail the previous version's signatories a link to sign the new agreement version."

    def add_arguments(self, parser):
        parser.add_argument("agreement_id", type=int, help="The new agreement page's id.")
        parser.add_argument("--force", action="store_true", help="Invite again.")

    def handle(self, *args, agreement_id, force=False, **options):
        agreement = AgreementPage.objects.filter(pk=agreement_id).first()
        if agreement is None:
            raise CommandError(f"No agreement page with id {agreement_id}.")
        if agreement.replaces_id is None:
            raise CommandError(f"{agreement.title} does not replace an earlier version.")
        try:
            with transaction.atomic():
                counts = invite_previous_signatories(agreement, force=force)
        except ActionNotAllowed as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(
            "Invitations queued: {queued}; already invited: {already_invited}; "
            "without a contact e-mail: {no_contact}.".format(**counts)
        )
