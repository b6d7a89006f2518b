"""CSV that spreadsheet programs open as UTF-8: a byte-order mark and a declared charset.

Excel reads a CSV file without a byte-order mark in the computer's legacy
code page, so "Idrottsförening" opens as "IdrottsfÃ¶rening". The mark
(U+FEFF, three bytes in UTF-8) tells it the encoding; `charset=utf-8` tells
browsers and every other client. Used by the admin exports and the open data.
"""

from wagtail.admin.views import generic

BYTE_ORDER_MARK = "\ufeff"
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"


class Utf8CsvExportMixin:
    """Wagtail's spreadsheet export, with the CSV opening as UTF-8 in Excel too."""

    def stream_csv(self, queryset):
        yield BYTE_ORDER_MARK
        yield from super().stream_csv(queryset)

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = CSV_CONTENT_TYPE
        return response


class ExportIndexView(Utf8CsvExportMixin, generic.IndexView):
    """The admin listing whose CSV export opens correctly in Excel."""
