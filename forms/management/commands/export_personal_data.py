"""Everything held about one e-mail address, as JSON (a data subject's access request).

    python manage.py export_personal_data person@example.se > export.json

Finds the applications where the address is the contact person's, with
every historical version of them, and the public record of the
organisations they concern; and the event registrations made with the
address, with their history.
"""

import json

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.serializers.json import DjangoJSONEncoder
from django.core.validators import validate_email
from django.db.models.fields.files import FieldFile
from django.forms.models import model_to_dict
from django.utils import timezone

from forms.models import Application, Registration, Signature


def plain(value):
    """A stored file as its name (the scanned application is named, not embedded)."""
    return value.name if isinstance(value, FieldFile) else value


def history_of(obj):
    return [
        {
            "date": record.history_date,
            "type": record.get_history_type_display(),
            "changed_by": record.history_user.get_username() if record.history_user else None,
            "reason": record.history_change_reason,
            "values": {
                field.name: plain(getattr(record, field.attname))
                for field in type(obj)._meta.concrete_fields
            },
        }
        for record in obj.history.order_by("history_date").select_related("history_user")
    ]


def registration_data(registration):
    data = model_to_dict(registration)
    data.update(
        event=str(registration.event),
        created_at=registration.created_at,
        history=history_of(registration),
    )
    return data


def application_data(application):
    data = {key: plain(value) for key, value in model_to_dict(application).items()}
    data.update(
        reference=application.reference,
        submission_token=str(application.submission_token),
        submitted_at=application.submitted_at,
        updated_at=application.updated_at,
        agreement=str(application.agreement) if application.agreement else None,
        organisation=str(application.organisation) if application.organisation else None,
        reviewed_by=application.reviewed_by.get_username() if application.reviewed_by else None,
    )
    data["history"] = history_of(application)
    return data


class Command(BaseCommand):
    help = "Print as JSON everything the affiliation feature holds about one e-mail address."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        try:
            validate_email(email)
        except ValidationError as exc:
            raise CommandError("Give an e-mail address.") from exc
        applications = list(
            Application.objects.filter(contact_email__iexact=email)
            .select_related("agreement", "organisation", "reviewed_by")
            .order_by("submitted_at")
        )
        history_only = (
            Application.history.filter(contact_email__iexact=email)
            .exclude(id__in=[a.pk for a in applications])
            .values_list("id", flat=True)
            .distinct()
        )
        applications += list(Application.objects.filter(pk__in=list(history_only)))
        organisations = {a.organisation for a in applications if a.organisation}
        registration_ids = set(
            Registration.history.filter(email__iexact=email).values_list("id", flat=True)
        )
        registrations = (
            Registration.objects.filter(pk__in=registration_ids)
            .select_related("event")
            .order_by("created_at")
        )
        export = {
            "email": email,
            "exported_at": timezone.now(),
            "applications": [application_data(a) for a in applications],
            "event_registrations": [registration_data(r) for r in registrations],
            "organisations": [
                {
                    "name": o.name,
                    "organisation_number": o.organisation_number_display,
                    "organisation_type": o.organisation_type,
                    "website": o.website,
                    "listed": o.listed,
                    "signatures": [
                        {
                            "agreement": str(s.agreement),
                            "joined_on": s.joined_on,
                            "withdrawn_on": s.withdrawn_on,
                        }
                        for s in Signature.objects.filter(organisation=o).select_related(
                            "agreement"
                        )
                    ],
                }
                for o in sorted(organisations, key=lambda o: o.name)
            ],
        }
        self.stdout.write(json.dumps(export, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2))
