"""The public register of signatories: the data behind the template tag and the open data."""

import unicodedata

from django.urls import NoReverseMatch, reverse
from django.utils.dates import MONTHS

from forms.models import ApplicationPage, OrganisationType, Signature

# Swedish alphabetical order puts å, ä and ö after z, and é with e; the
# database's default collation does neither, so the register is sorted here
# (it is one list in memory anyway).
AFTER_Z = {"å": "{", "ä": "|", "æ": "|", "ö": "}", "ø": "}"}
_AFTER_Z = str.maketrans(AFTER_Z)


def swedish_sort_key(name):
    """å, ä, ö after z; other letters without their accents (é with e).

    The whole name at once: decomposing it and dropping the accents is the
    same letter by letter, and the register sorts hundreds of names.
    """
    key = name.casefold().translate(_AFTER_Z)
    if key.isascii():
        return key
    return "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))


def sorted_signatures(signatures):
    return sorted(signatures, key=lambda s: swedish_sort_key(s.organisation.name))


def spreadsheet_safe(value):
    """A cell value that a spreadsheet will not run as a formula (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def long_date_writer():
    """Writes dates as the `date` filter's "j F Y" does ("3 mars 2025"), in the active language.

    The filter looks its format up and translates the month's name again
    for every date; the register writes hundreds of dates, most of them
    different, so here the twelve names are translated once and each date
    costs a string.
    """
    months = {number: str(name) for number, name in MONTHS.items()}
    return lambda value: f"{value.day} {months[value.month]} {value.year:04d}"


def open_data_urls(agreement):
    """The stable open-data addresses of this version's register, if the URLs are installed."""
    try:
        return {
            "json": reverse("forms_open_data_json", args=[agreement.pk]),
            "csv": reverse("forms_open_data_csv", args=[agreement.pk]),
        }
    except NoReverseMatch:
        return None


def register_for(agreement, selected_type=None):
    """Everything the register shows for one agreement version, in a fixed number of queries.

    One query for the signatures (with their organisations, of whichever
    language version of the agreement is shown), one for the affiliation
    form; the counts per type and the filtering happen in Python, so 50
    signatories cost what 5 do. Each shown signatory is a row (`rows`) with
    what its table row shows, ready to print: hundreds of rows, so each
    type's name is translated once, not once per row, dates are written
    without the `date` filter (`long_date_writer`), and the rows are plain
    values rather than model instances.
    """
    signatures = list(
        Signature.objects.for_agreement(agreement)
        .active()
        .values_list(
            "organisation__name",
            "organisation__organisation_type",
            "organisation__website",
            "joined_on",
            "organisation__listed",
        )
    )
    listed = sorted(
        (s for s in signatures if s[4]), key=lambda signature: swedish_sort_key(signature[0])
    )
    labels = dict(OrganisationType.choices)
    counts = {}
    for _name, kind, *_rest in listed:
        counts[kind] = counts.get(kind, 0) + 1
    if selected_type not in counts:
        selected_type = None
    names = {value: str(label) for value, label in labels.items()}
    long_date = long_date_writer()
    rows = []
    for name, kind, website, joined_on, _listed in listed:
        if selected_type is not None and kind != selected_type:
            continue
        rows.append(
            {
                "name": name,
                "type": names.get(kind, kind),
                "joined_iso": joined_on.isoformat(),
                "joined": long_date(joined_on),
                "website": website,
                # What the address shows: without its scheme.
                "website_text": website.replace("https://", "").replace("http://", ""),
            }
        )
    structure = getattr(agreement, "structure", None)
    if structure is not None:  # an AgreementPage: its child pages are fetched in one query
        application_page = structure["application_page"]
    else:
        application_page = ApplicationPage.objects.live().child_of(agreement).first()
    return {
        "agreement": agreement,
        "rows": rows,
        "total": len(signatures),
        "listed_count": len(listed),
        "unlisted_count": len(signatures) - len(listed),
        "shown_count": len(rows),
        "type_filters": [
            {"value": value, "label": labels[value], "count": counts[value]}
            for value, _label in OrganisationType.choices
            if value in counts
        ],
        "selected_type": selected_type,
        "selected_type_label": labels.get(selected_type, ""),
        "application_page": application_page,
        "open_data": open_data_urls(agreement),
    }
