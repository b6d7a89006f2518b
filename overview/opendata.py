"""The registers of every municipality as one open data set, with a municipality column.

Each row is what the municipality's own open data already publishes for a
signatory (`forms.views.signatory_row`: the organisation only, never a
person, and only organisations that agreed to be listed), preceded by the
municipality, its county and the agreement version. One query for the
signatures, whatever the number of municipalities.
"""

import csv
import io

from django.conf import settings
from django.db.models import F
from django.utils import translation

from forms.exports import BYTE_ORDER_MARK
from forms.models import OrganisationType
from forms.register import sorted_signatures, spreadsheet_safe
from forms.views import OPEN_DATA_FIELDS, public_signatures, signatory_row

FIELDS = ["municipality", "county", "agreement_id", "agreement_title", *OPEN_DATA_FIELDS]


def signatory_rows(overview_rows):
    """Every listed signatory of the agreements in `overview_rows`, by municipality."""
    by_key = {row.agreement.translation_key: row for row in overview_rows}
    signatures = (
        public_signatures()
        .filter(agreement__translation_key__in=list(by_key))
        .annotate(agreement_key=F("agreement__translation_key"))
    )
    grouped = {}
    for signature in signatures:
        grouped.setdefault(signature.agreement_key, []).append(signature)
    labels = dict(OrganisationType.choices)
    result = []
    with translation.override(settings.LANGUAGE_CODE):
        for row in overview_rows:
            for signature in sorted_signatures(grouped.get(row.agreement.translation_key, [])):
                result.append(
                    {
                        "municipality": row.municipality,
                        "county": row.county,
                        "agreement_id": row.agreement.pk,
                        "agreement_title": row.agreement.title,
                        **signatory_row(signature, labels),
                    }
                )
    return result


def as_csv(rows):
    """`rows` as CSV that spreadsheet programs open as UTF-8, safe from formula injection."""
    buffer = io.StringIO()
    buffer.write(BYTE_ORDER_MARK)
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: spreadsheet_safe(value) for key, value in row.items()})
    return buffer.getvalue()
