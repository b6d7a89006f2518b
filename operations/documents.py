"""Uploaded documents must be what their extension says.

Wagtail checks the extension (WAGTAILDOCS_EXTENSIONS) and the size
(WAGTAILDOCS_MAX_UPLOAD_SIZE). This form also reads the first bytes: a PDF
starts with `%PDF-`, the office formats are ZIP containers, RTF starts with
`{\\rtf`, and CSV or text is text. An executable or an HTML page renamed to
`.pdf` is refused before it is stored and offered to visitors, and so is a
"text" file that a browser would take for HTML.
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
UTF8_BOM = b"\xef\xbb\xbf"
# How browsers recognise HTML in a file of unknown type (WHATWG MIME
# Sniffing, "rules for identifying an unknown MIME type"): after leading
# whitespace, one of these tags followed by a space or ">" (here also any
# whitespace or "/", to be safe) ...
HTML_TAGS = (
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<script",
    b"<iframe",
    b"<h1",
    b"<div",
    b"<font",
    b"<table",
    b"<a",
    b"<style",
    b"<title",
    b"<b",
    b"<body",
    b"<br",
    b"<p",
    b"<!--",
    b"<svg",
)
TAG_ENDS = (b" ", b">", b"\t", b"\n", b"\x0c", b"\r", b"/")
# ... or the start of an XML document (which may be SVG with a script).
XML_START = b"<?xml"
WHITESPACE = b" \t\n\x0c\r"


def looks_like_html(head):
    """Whether a browser could take these first bytes for HTML (or XML) and run them as a page.

    A UTF-8 byte order mark and whitespace before the markup do not hide it:
    browsers skip both.
    """
    start = head
    while True:
        stripped = start.lstrip(WHITESPACE)
        if stripped.startswith(UTF8_BOM):
            stripped = stripped[len(UTF8_BOM) :]
        if stripped == start:
            break
        start = stripped
    start = start.lower()
    if start.startswith(XML_START):
        return True
    return any(
        start.startswith(tag) and start[len(tag) : len(tag) + 1] in (*TAG_ENDS, b"")
        for tag in HTML_TAGS
    )


def content_matches_extension(head, extension):
    """Whether the first bytes of a file fit its extension."""
    extension = extension.lower()
    if extension in SIGNATURES:
        return head.startswith(SIGNATURES[extension])
    if extension in TEXT_EXTENSIONS:
        if b"\x00" in head:
            return False
        if looks_like_html(head):
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
