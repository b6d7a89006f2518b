"""The affiliation application form, defined in code.

A plain ModelForm rather than Wagtail's form builder: its field names, its
validation and the address it posts to stay the same in every language,
while labels and messages are translated through gettext.
"""

import re
import time
import uuid

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import models
from django.forms import (
    BooleanField,
    CharField,
    CheckboxInput,
    ChoiceField,
    DateInput,
    EmailInput,
    Form,
    HiddenInput,
    ModelChoiceField,
    ModelForm,
    RadioSelect,
    Select,
    Textarea,
    TextInput,
    URLField,
    URLInput,
)
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from forms import conf
from forms.models import Application, Confirmation, Organisation
from forms.models.applications import APPLICANT_FIELDS
from forms.validators import (
    ascii_digits,
    validate_organisation_number,
)
from home.text import clean_text

TOKEN_SALT = "forms.application.form-token"
INVITATION_SALT = "forms.application.invitation"

PHONE_PATTERN = re.compile(r"^\+?[0-9][0-9 ()\-]{4,28}$")
POSTAL_CODE_PATTERN = re.compile(r"^\d{3} ?\d{2}$")


def issue_form_token():
    """A signed token for a freshly rendered form: a unique id and the time it was issued.

    The id makes a second submission of the same form recognisable (it is
    stored, unique, on the application); the time lets `clean` refuse forms
    sent back faster than a person can fill them in.
    """
    return signing.dumps({"id": uuid.uuid4().hex, "at": int(time.time())}, salt=TOKEN_SALT)


def read_form_token(value):
    """(UUID, issued at) from a token, or None if it is missing, forged or too old."""
    try:
        data = signing.loads(value or "", salt=TOKEN_SALT, max_age=conf.form_max_age_seconds())
        return uuid.UUID(data["id"]), int(data["at"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None


def make_invitation_token(organisation, agreement):
    """A signed token inviting `organisation` to sign `agreement`; it holds only their ids."""
    return signing.dumps({"o": organisation.pk, "a": agreement.pk}, salt=INVITATION_SALT)


def read_invitation_token(value):
    """(organisation id, agreement id) from an invitation token, or None."""
    if not value:
        return None
    try:
        data = signing.loads(value, salt=INVITATION_SALT, max_age=conf.invitation_max_age_seconds())
        return int(data["o"]), int(data["a"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None


def formfield(db_field, **kwargs):
    """Model fields to form fields; web addresses without a scheme are taken as https."""
    if isinstance(db_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return db_field.formfield(**kwargs)


def language_choices():
    return [(code, name) for code, name in settings.LANGUAGES]


class LanguageSelect(Select):
    """A list of languages, each named in itself and marked with its `lang` (and `dir`),
    so a screen reader reads "العربية" in Arabic and "Suomi" in Finnish."""

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value:
            option["attrs"]["lang"] = value
            option["attrs"]["dir"] = "rtl" if value in settings.LANGUAGES_BIDI else "ltr"
        return option


class SanitisedFormMixin:
    """Clean every submitted value with `home.text.clean_text` before validation.

    Control, zero-width and direction-changing characters go (see
    home/text.py); one-line fields also lose their line breaks: a name with
    a line break would break the e-mail subject it is quoted in. List the
    one-line fields in `SINGLE_LINE_FIELDS`. Every public form that takes
    free text uses this mixin, so the clean-up is the same everywhere.
    """

    SINGLE_LINE_FIELDS = set()

    def _clean_fields(self):
        if self.is_bound:
            data = self.data.copy()
            for name in self.fields:
                key = self.add_prefix(name)
                if key in data:
                    data.setlist(key, [self._sanitise(name, v) for v in data.getlist(key)])
            self.data = data
        super()._clean_fields()

    def _sanitise(self, name, value):
        return clean_text(value, single_line=name in self.SINGLE_LINE_FIELDS)


class SpamProtectedForm(Form):
    """A honeypot and a fill-time token, for every public form that writes to the database.

    The honeypot `fax` is hidden from people (CSS, aria-hidden, no tab stop)
    and filled in by robots that complete every field they find; the signed
    token refuses forms sent back faster than a person can fill them in and
    gives each rendered form an id (`token_id`) that makes a second
    submission recognisable. A form caught either way fails as a whole with
    one neutral message, so a robot learns nothing. A person who sends an
    empty or half-filled form at once is also "too fast", but what they need
    is the field errors, not the neutral message above them: a form with
    field errors fails anyway, so the timing message is shown only when the
    timing is the form's one fault (the honeypot message always is).
    """

    fax = CharField(
        label=_("Leave this field empty"),
        required=False,
        max_length=100,
        widget=TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    form_token = CharField(widget=HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.is_spam = False
        self.honeypot_filled = False
        self.token_id = None
        if not self.is_bound:
            self.initial.setdefault("form_token", issue_form_token())

    def clean_fax(self):
        if self.cleaned_data.get("fax"):
            self.is_spam = self.honeypot_filled = True
        return ""

    def clean_form_token(self):
        token = read_form_token(self.cleaned_data.get("form_token"))
        if token is None:
            raise ValidationError(
                _("The form had expired. Check your answers and send them again."),
                code="expired",
            )
        self.token_id, issued_at = token
        if time.time() - issued_at < conf.min_fill_seconds():
            self.is_spam = True
        return self.cleaned_data["form_token"]

    def clean(self):
        cleaned = super().clean()
        if self.honeypot_filled or (self.is_spam and not self.errors):
            raise ValidationError(
                _("We could not accept the form. Please check your answers and send it again."),
                code="spam",
            )
        return cleaned


class ApplicationForm(SanitisedFormMixin, SpamProtectedForm, ModelForm):
    """What an organisation fills in to join; about five minutes on a phone."""

    no_organisation_number = BooleanField(
        label=_("The organisation has no organisation number"),
        required=False,
        help_text=_("For example an informal network. Tell us briefly why below."),
    )
    organisation_number = CharField(
        label=_("Organisation number"),
        required=False,
        max_length=20,
        help_text=_("Ten digits, e.g. 802999-0010."),
        widget=TextInput(
            attrs={
                "autocomplete": "off",
                "dir": "ltr",
                "inputmode": "numeric",
                "spellcheck": "false",
            }
        ),
    )
    website = URLField(
        label=_("Website (optional)"),
        required=False,
        max_length=300,
        assume_scheme="https",
        widget=URLInput(attrs={"autocomplete": "url", "dir": "ltr", "inputmode": "url"}),
        error_messages={"invalid": _("Enter a web address, e.g. https://forening.se.")},
    )
    language = ChoiceField(
        label=_("Language for our replies"),
        choices=language_choices,
        widget=LanguageSelect(),
        error_messages={
            "required": _("Choose the language for our replies."),
            "invalid_choice": _("Choose a language from the list."),
        },
    )
    invitation = CharField(widget=HiddenInput, required=False, max_length=500)
    must_join_body = ModelChoiceField(
        label=_("Which committee or administration?"),
        queryset=None,
        required=False,
        empty_label=_("Another one, not in the list"),
        help_text=_("The agreement lists those that must join one by one."),
    )

    class Meta:
        model = Application
        formfield_callback = formfield
        fields = APPLICANT_FIELDS
        labels = {
            "organisation_name": _("Name of the organisation"),
            "no_number_reason": _("Why the organisation has no organisation number"),
            "organisation_type": _("Type of organisation"),
            "activity": _("What does the organisation do?"),
            "street_address": _("Street address or PO box"),
            "postal_code": _("Postal code"),
            "city": _("City"),
            "contact_name": _("Name"),
            "contact_role": _("Role in the organisation (optional)"),
            "contact_email": _("E-mail"),
            "contact_phone": _("Phone (optional)"),
            "signatory_name": _("Name"),
            "signatory_role": _("Role"),
            "decision_basis": _("Decision to join"),
            "decision_date": _("Date of the decision"),
            "confirms_democratic": _("The organisation is democratically built."),
            "confirms_values": _(
                "The organisation stands behind the agreement's values, principles and "
                "commitments in full."
            ),
            "consents_to_publication": _(
                "The organisation's name may be published in the public list of "
                "organisations that have joined."
            ),
        }
        help_texts = {
            "no_number_reason": _("Only if the organisation has no organisation number."),
            "activity": _("One or two sentences, at most 500 characters."),
            "contact_name": _("The person we contact about the application."),
            "signatory_name": _(
                "The person entitled to sign for the organisation, e.g. the chair."
            ),
            "decision_basis": _("E.g. a board decision, § 4 of the minutes."),
            "decision_date": _("E.g. 2026-03-15."),
            "consents_to_publication": _(
                "Only the name, type, website and date of joining are published, never "
                "anyone's personal data."
            ),
        }
        error_messages = {
            "organisation_name": {"required": _("Enter the name of the organisation.")},
            "organisation_type": {
                "required": _("Choose the type of organisation."),
                "invalid_choice": _("Choose the type of organisation."),
            },
            "activity": {"required": _("Tell us briefly what the organisation does.")},
            "street_address": {"required": _("Enter the organisation's postal address.")},
            "postal_code": {"required": _("Enter the postal code.")},
            "city": {"required": _("Enter the city.")},
            "contact_name": {"required": _("Enter the contact person's name.")},
            "contact_email": {
                "required": _("Enter the contact person's e-mail address."),
                "invalid": _("Enter an e-mail address like name@example.se."),
            },
            "signatory_name": {"required": _("Enter the name of the authorised signatory.")},
            "signatory_role": {"required": _("Enter the signatory's role, e.g. chair.")},
            "decision_basis": {
                "required": _(
                    "Tell us how the organisation decided to join, e.g. a board decision."
                )
            },
            "decision_date": {
                "required": _("Enter the date of the decision."),
                "invalid": _("Enter the date as year-month-day, e.g. 2026-03-15."),
            },
            "confirms_democratic": {
                "required": _("Confirm that the organisation is democratically built.")
            },
            "confirms_values": {
                "required": _(
                    "Confirm that the organisation stands behind the values, principles and "
                    "commitments."
                )
            },
        }
        widgets = {
            "organisation_name": TextInput(attrs={"autocomplete": "organization"}),
            "no_number_reason": Textarea(attrs={"rows": 2}),
            "organisation_type": RadioSelect(),
            "activity": Textarea(attrs={"rows": 3}),
            "street_address": TextInput(attrs={"autocomplete": "address-line1"}),
            "postal_code": TextInput(
                attrs={"autocomplete": "postal-code", "dir": "ltr", "inputmode": "numeric"}
            ),
            "city": TextInput(attrs={"autocomplete": "address-level2"}),
            "contact_name": TextInput(attrs={"autocomplete": "name"}),
            "contact_role": TextInput(attrs={"autocomplete": "organization-title"}),
            "contact_email": EmailInput(
                attrs={"autocomplete": "email", "dir": "ltr", "inputmode": "email"}
            ),
            "contact_phone": TextInput(
                attrs={"autocomplete": "tel", "dir": "ltr", "inputmode": "tel", "type": "tel"}
            ),
            "signatory_name": TextInput(attrs={"autocomplete": "off"}),
            "signatory_role": TextInput(attrs={"autocomplete": "off"}),
            "decision_basis": TextInput(),
            "decision_date": DateInput(attrs={"type": "date", "dir": "ltr"}, format="%Y-%m-%d"),
            "confirms_democratic": CheckboxInput(),
            "confirms_values": CheckboxInput(),
            "confirms_extra": CheckboxInput(),
            "consents_to_publication": CheckboxInput(),
        }

    # The applicant's fields, with the "no number" box right after the number
    # and the hidden fields (honeypot, token, invitation) last.
    field_order = [
        *APPLICANT_FIELDS[:2],
        "no_organisation_number",
        *APPLICANT_FIELDS[2:4],
        "must_join_body",
        *APPLICANT_FIELDS[4:],
        "fax",
        "form_token",
        "invitation",
    ]

    # Groups of fields, each rendered as a fieldset with a legend.
    SECTIONS = [
        (
            _("The organisation"),
            [
                "organisation_name",
                "organisation_number",
                "no_organisation_number",
                "no_number_reason",
                "organisation_type",
                "must_join_body",
                "activity",
                "website",
            ],
        ),
        (_("Postal address"), ["street_address", "postal_code", "city"]),
        (_("Contact person"), ["contact_name", "contact_role", "contact_email", "contact_phone"]),
        (_("Authorised signatory"), ["signatory_name", "signatory_role"]),
        (_("The decision to join"), ["decision_basis", "decision_date"]),
        (
            _("Confirmations"),
            [
                "confirms_democratic",
                "confirms_values",
                "confirms_extra",
                "consents_to_publication",
            ],
        ),
        (_("Replies"), ["language"]),
    ]

    SINGLE_LINE_FIELDS = {
        "organisation_name",
        "organisation_number",
        "street_address",
        "postal_code",
        "city",
        "contact_name",
        "contact_role",
        "contact_email",
        "contact_phone",
        "signatory_name",
        "signatory_role",
        "decision_basis",
        "website",
    }

    # The fields each of the agreement's possible confirmations brings.
    CONFIRMATION_FIELDS = {
        Confirmation.DEMOCRATIC: ["confirms_democratic"],
        Confirmation.VALUES: ["confirms_values"],
        Confirmation.SIGNATORY: ["signatory_name", "signatory_role"],
        Confirmation.DECISION: ["decision_basis", "decision_date"],
    }

    def __init__(self, *args, page, **kwargs):
        """The form of `page`'s agreement: only what it asks, for those it lets join."""
        super().__init__(*args, **kwargs)
        self.page = page
        # Online, the e-mail address is how the applicant hears from us: always asked.
        self.fields["contact_email"].required = True
        self.fields["organisation_type"].choices = [
            (kind.value, kind.label) for kind in page.organisation_types()
        ]
        for confirmation, names in self.CONFIRMATION_FIELDS.items():
            for name in names:
                if page.asks(confirmation):
                    self.fields[name].required = True
                else:
                    del self.fields[name]
        if page.extra_confirmation:
            self.fields["confirms_extra"].label = page.extra_confirmation
            self.fields["confirms_extra"].required = True
            self.fields["confirms_extra"].error_messages["required"] = _(
                "Confirm this to join the agreement."
            )
        else:
            del self.fields["confirms_extra"]
        bodies = page.must_join_bodies.all()
        if page.open_to_municipal_bodies and bodies.exists():
            self.fields["must_join_body"].queryset = bodies
        else:
            del self.fields["must_join_body"]
        if not self.is_bound:
            language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
            if language in dict(settings.LANGUAGES):
                self.initial.setdefault("language", language)

    # -- one field at a time --------------------------------------------------

    def clean_organisation_number(self):
        value = self.cleaned_data.get("organisation_number", "")
        if not value:
            return ""
        return validate_organisation_number(value)

    def clean_postal_code(self):
        value = ascii_digits(self.cleaned_data["postal_code"]).strip()
        if not POSTAL_CODE_PATTERN.match(value):
            raise ValidationError(
                _("Enter a postal code of five digits, e.g. 151 89."), code="invalid"
            )
        return value.replace(" ", "")[:3] + " " + value.replace(" ", "")[3:]

    def clean_contact_phone(self):
        value = ascii_digits(self.cleaned_data.get("contact_phone", "")).strip()
        if value and not PHONE_PATTERN.match(value):
            raise ValidationError(
                _("Enter a phone number using digits, e.g. 070-123 45 67."), code="invalid"
            )
        return value

    def clean_decision_date(self):
        value = self.cleaned_data["decision_date"]
        if value > timezone.localdate():
            raise ValidationError(
                _("The date of the decision cannot be in the future."), code="future"
            )
        if value.year < 1800:
            raise ValidationError(
                _("Enter the date as year-month-day, e.g. 2026-03-15."), code="invalid"
            )
        return value

    def clean_invitation(self):
        return read_invitation_token(self.cleaned_data.get("invitation"))

    # -- the whole form -------------------------------------------------------

    def clean(self):
        cleaned = super().clean()
        number = cleaned.get("organisation_number")
        no_number = cleaned.get("no_organisation_number")
        reason = (cleaned.get("no_number_reason") or "").strip()
        if "organisation_number" not in self.errors:
            if number and no_number:
                self.add_error(
                    "organisation_number",
                    _("Enter the organisation number or tick the box for having none, not both."),
                )
            elif not number and not no_number:
                self.add_error(
                    "organisation_number",
                    _(
                        "Enter the organisation number, or tick the box below if the "
                        "organisation has none."
                    ),
                )
            elif no_number and not reason:
                self.add_error(
                    "no_number_reason",
                    _("Tell us briefly why the organisation has no organisation number."),
                )
        if number:
            cleaned["no_number_reason"] = ""
        return cleaned

    def clean_must_join_body(self):
        body = self.cleaned_data.get("must_join_body")
        if body is not None and self.data.get("organisation_type") != "municipal_body":
            return None  # only a committee or an administration is one of those listed
        return body

    def save(self, commit=True):
        application = super().save(commit=False)
        application.submission_token = self.token_id
        if "confirms_extra" in self.fields:
            application.extra_confirmation = self.page.extra_confirmation
        if "must_join_body" in self.fields:
            application.must_join_body = self.cleaned_data.get("must_join_body")
        invitation = self.cleaned_data.get("invitation")
        if invitation:
            organisation_id, agreement_id = invitation
            if application.agreement_id == agreement_id:
                application.organisation = Organisation.objects.filter(pk=organisation_id).first()
        if commit:
            application.save()
        return application

    # -- rendering --------------------------------------------------------------

    def sections(self):
        """The visible fields grouped under their legends, for the template.

        A section whose fields the agreement does not ask for is left out whole.
        """
        sections = []
        for legend, names in self.SECTIONS:
            fields = [self[name] for name in names if name in self.fields]
            if fields:
                sections.append((legend, fields))
        return sections

    @staticmethod
    def initial_from_organisation(organisation):
        """The public facts of an invited organisation, to pre-fill its new application."""
        return {
            "organisation_name": organisation.name,
            "organisation_number": organisation.organisation_number_display,
            "no_organisation_number": not organisation.organisation_number,
            "organisation_type": organisation.organisation_type,
            "website": organisation.website,
            "consents_to_publication": organisation.listed,
        }


__all__ = [
    "ApplicationForm",
    "SanitisedFormMixin",
    "issue_form_token",
    "make_invitation_token",
    "read_form_token",
    "read_invitation_token",
]
