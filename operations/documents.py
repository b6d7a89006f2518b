"""Uploaded documents must be what their extension says.

Wagtail checks the extension (WAGTAILDOCS_EXTENSIONS) and the size
(WAGTAILDOCS_MAX_UPLOAD_SIZE). This form also reads the first bytes: a PDF
starts with `%PDF-`, the office formats are ZIP containers, RTF starts with
`{\\rtf`, and CSV or text is text. An executable or an HTML page renamed to
`.pdf` is refused before it is stored and offered to visitors.
"""

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from wagtail.documents.forms import BaseDocumentForm

ZIP = (b"PK\x03\x04",)
SIGNATURES = {
    "pdf": (b"%PDF-",),
    "docx": ZIP,
    "xlsx": ZIP,
    "pptx": ZIP,
    "odt": ZIP,
    "ods": ZIP,
    "odp": ZIP,
    "zip": ZIP,
    "rtf": (b"{\\rtf",),
}
TEXT_EXTENSIONS = {"txt", "csv"}
HTML_MARKERS = (b"<!doctype html", b"<html", b"<script", b"<svg")


def content_matches_extension(head, extension):
    """Whether the first bytes of a file fit its extension."""
    extension = extension.lower()
    if extension in SIGNATURES:
        return head.startswith(SIGNATURES[extension])
    if extension in TEXT_EXTENSIONS:
        if b"\x00" in head:
            return False
        if head.lstrip().lower().startswith(HTML_MARKERS):
            return False
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as exc:
            # A multi-byte character cut off at the end of the sample is fine.
            if exc.start < len(head) - 4:
                try:
                    head.decode("cp1252")
                except UnicodeDecodeError:
                    return False
        return True
    return True  # an extension allowed by settings without a known signature


class CheckedDocumentForm(BaseDocumentForm):
    """Wagtail's document form, refusing files whose content does not match the extension."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if isinstance(uploaded, UploadedFile) and uploaded.name:
            extension = uploaded.name.rsplit(".", 1)[-1] if "." in uploaded.name else ""
            uploaded.seek(0)
            head = uploaded.read(2048)
            uploaded.seek(0)
            if not content_matches_extension(head, extension):
                raise forms.ValidationError(
                    _("The content of this file does not match its type (.%(extension)s)."),
                    code="file_type_mismatch",
                    params={"extension": extension},
                )
        return uploaded
