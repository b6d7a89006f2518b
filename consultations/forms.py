"""The public answer form, defined in code like the affiliation form (forms/forms.py).

Field names and validation are the same in every language; labels and
messages go through gettext. The honeypot, the fill-time token and the
clean-up of typed text come from the affiliation form's bases.
"""

import uuid

from django.core.exceptions import ValidationError
from django.forms import (
    CharField,
    ChoiceField,
    EmailField,
    EmailInput,
    ModelChoiceField,
    RadioSelect,
    Select,
    Textarea,
    TextInput,
)
from django.utils.translation import gettext_lazy as _

from consultations.models import Audience, RespondentKind, TargetKind
from consultations.proposal import target_choices
from forms.forms import PHONE_PATTERN, SanitisedFormMixin, SpamProtectedForm
from forms.models import Organisation, OrganisationType, Signature


def signatories(agreement):
    """The organisations in the public register of `agreement` (the version in force)."""
    if agreement is None:
        return Organisation.objects.none()
    return Organisation.objects.filter(
        pk__in=Signature.objects.for_agreement(agreement).public().values("organisation")
    ).order_by("name")


class CommentForm(SanitisedFormMixin, SpamProtectedForm):
    """What a respondent fills in: what about, who they are, how to reach them, the comment."""

    SINGLE_LINE_FIELDS = {"organisation_name", "contact_name", "contact_email", "contact_phone"}

    target = ChoiceField(
        label=_("What is your answer about?"),
        error_messages={
            "required": _("Choose what your answer is about."),
            "invalid_choice": _("Choose what your answer is about."),
        },
    )
    respondent_kind = ChoiceField(
        label=_("You answer as"),
        choices=RespondentKind.choices,
        widget=RadioSelect,
        initial=RespondentKind.ORGANISATION,
        error_messages={"required": _("Say whether you answer for an organisation or yourself.")},
    )
    organisation = ModelChoiceField(
        label=_("Organisation"),
        queryset=Organisation.objects.none(),
        required=False,
        help_text=_("This consultation is for the organisations that have signed the agreement."),
        widget=Select,
    )
    organisation_name = CharField(
        label=_("Name of the organisation"),
        max_length=200,
        required=False,
        widget=TextInput(attrs={"autocomplete": "organization"}),
    )
    organisation_type = ChoiceField(
        label=_("Type of organisation"),
        choices=[("", _("Choose…")), *OrganisationType.choices],
        required=False,
    )
    contact_name = CharField(
        label=_("Contact person"),
        max_length=200,
        widget=TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Enter the name of a contact person.")},
    )
    contact_email = EmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("We send the receipt here."),
        widget=EmailInput(attrs={"autocomplete": "email", "dir": "ltr"}),
        error_messages={
            "required": _("Enter your e-mail address."),
            "invalid": _("Enter an e-mail address like name@example.se."),
        },
    )
    contact_phone = CharField(
        label=_("Phone (optional)"),
        max_length=40,
        required=False,
        widget=TextInput(attrs={"autocomplete": "tel", "dir": "ltr"}),
    )
    comment = CharField(
        label=_("Your comment"),
        max_length=5000,
        widget=Textarea(attrs={"rows": 8}),
        error_messages={"required": _("Write your comment.")},
    )
    proposed_wording = CharField(
        label=_("Proposed wording (optional)"),
        max_length=3000,
        required=False,
        help_text=_("If you want the text changed: how you would like it to read."),
        widget=Textarea(attrs={"rows": 4}),
    )

    FIELD_ORDER = [
        "target",
        "respondent_kind",
        "organisation",
        "organisation_name",
        "organisation_type",
        "contact_name",
        "contact_email",
        "contact_phone",
        "comment",
        "proposed_wording",
    ]

    def __init__(self, *args, consultation, proposal, **kwargs):
        super().__init__(*args, **kwargs)
        self.consultation = consultation
        self.audience = consultation.audience
        self.fields["target"].choices = target_choices(proposal, TargetKind.WHOLE.label)
        if self.audience == Audience.SIGNATORIES:
            draft = consultation.draft
            current = draft.replaces if draft is not None else None
            self.fields["organisation"].queryset = signatories(current)
            self.fields["organisation"].required = True
            self.fields["organisation"].empty_label = _("Choose your organisation…")
            self.fields["organisation"].error_messages["required"] = _("Choose your organisation.")
            for name in ("respondent_kind", "organisation_name", "organisation_type"):
                del self.fields[name]
        else:
            del self.fields["organisation"]
            if self.audience == Audience.ORGANISATIONS:
                del self.fields["respondent_kind"]

    def visible_fields_in_order(self):
        return [self[name] for name in self.FIELD_ORDER if name in self.fields]

    def clean_contact_phone(self):
        phone = self.cleaned_data.get("contact_phone", "")
        if phone and not PHONE_PATTERN.match(phone):
            raise ValidationError(_("Enter a phone number like 070-123 45 67."), code="invalid")
        return phone

    @property
    def answers_as_organisation(self):
        kind = self.cleaned_data.get("respondent_kind", RespondentKind.ORGANISATION)
        return kind == RespondentKind.ORGANISATION

    def clean(self):
        cleaned = super().clean()
        if "organisation_name" in self.fields and self.answers_as_organisation:
            if not cleaned.get("organisation_name"):
                self.add_error(
                    "organisation_name", _("Enter the name of the organisation you answer for.")
                )
            if not cleaned.get("organisation_type"):
                self.add_error("organisation_type", _("Choose the type of organisation."))
        return cleaned

    def target_parts(self):
        """(kind, principle key, target key) of the chosen target."""
        value = self.cleaned_data["target"]
        if value == "whole":
            return TargetKind.WHOLE, None, None
        kind, *keys = value.split(":")
        if kind == "principle":
            return TargetKind.PRINCIPLE, uuid.UUID(keys[0]), uuid.UUID(keys[0])
        principle = None if keys[0] == "-" else uuid.UUID(keys[0])
        return TargetKind.COMMITMENT, principle, uuid.UUID(keys[1])

    def target_label(self):
        value = self.cleaned_data["target"]
        for choice, label in self.fields["target"].choices:
            if isinstance(label, (list, tuple)):
                for inner, inner_label in label:
                    if inner == value:
                        return str(inner_label)
            elif choice == value:
                return str(label)
        return ""

    def fill(self, comment):
        """Copy the answer onto an unsaved `ConsultationComment`."""
        data = self.cleaned_data
        comment.target_kind, comment.principle_key, comment.target_key = self.target_parts()
        comment.target_label = self.target_label()[:300]
        if self.audience == Audience.SIGNATORIES:
            organisation = data["organisation"]
            comment.respondent_kind = RespondentKind.ORGANISATION
            comment.organisation = organisation
            comment.organisation_name = organisation.name
            comment.organisation_type = organisation.organisation_type
        elif self.answers_as_organisation:
            comment.respondent_kind = RespondentKind.ORGANISATION
            comment.organisation_name = data["organisation_name"]
            comment.organisation_type = data["organisation_type"]
        else:
            comment.respondent_kind = RespondentKind.PRIVATE
        for name in ("contact_name", "contact_email", "contact_phone", "comment"):
            setattr(comment, name, data[name])
        comment.proposed_wording = data.get("proposed_wording", "")
        comment.submission_token = self.token_id
        return comment
