"""Checks of the Swedish organisation number (*organisationsnummer*)."""

import unicodedata

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from stdnum import exceptions as stdnum_exceptions
from stdnum.se import orgnr


def ascii_digits(value):
    """Digits in any script (Arabic-Indic, fullwidth ...) as ASCII; other characters kept.

    Phones in Arabic or Persian keyboards type ٨٠٢٩... for a number the
    register needs as 802...; the check must not reject the applicant for it.
    """
    out = []
    for char in value:
        digit = unicodedata.digit(char, None) if not char.isascii() else None
        out.append(str(digit) if digit is not None else char)
    return "".join(out)


def normalise_organisation_number(value):
    """The number as ten ASCII digits without separators, or "" for an empty value."""
    if not value:
        return ""
    return orgnr.compact(ascii_digits(value).replace("\u2010", "-").replace("\u2013", "-"))


def validate_organisation_number(value):
    """Raise ValidationError unless `value` is a valid organisation number of a legal person.

    python-stdnum checks the length and the Luhn check digit. On top of
    that, a number whose third digit is 0 or 1 has a birth month in that
    place: it is a sole trader's personal identity number, which is personal
    data and never belongs in the public register.
    """
    number = normalise_organisation_number(value)
    try:
        orgnr.validate(number)
    except stdnum_exceptions.InvalidLength as exc:
        raise ValidationError(
            _("An organisation number has ten digits, e.g. 802999-0010."), code="length"
        ) from exc
    except stdnum_exceptions.InvalidFormat as exc:
        raise ValidationError(
            _("Use only digits and a hyphen, e.g. 802999-0010."), code="format"
        ) from exc
    except stdnum_exceptions.ValidationError as exc:
        raise ValidationError(
            _("This organisation number does not exist: check the digits again."),
            code="checksum",
        ) from exc
    if number[2] in "01":
        raise ValidationError(
            _(
                "This looks like a personal identity number. Enter the organisation's "
                "own number, or tick the box below if it has none."
            ),
            code="personal_number",
        )
    return number


def format_organisation_number(value):
    """802999-0010 for display; "" for none."""
    return orgnr.format(value) if value else ""
