"""Plain demo text as Wagtail rich text and StreamField data, escaped."""

from django.utils.html import escape


def paragraphs_html(paragraphs):
    """Plain paragraphs as rich text."""
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


def list_html(items):
    """Plain items as a rich-text bulleted list."""
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def heading_sections(sections):
    """(heading, paragraphs) pairs as StreamField data: an h2 and its paragraphs."""
    blocks = []
    for heading, paragraphs in sections:
        blocks.append(("heading", {"text": heading, "level": "h2"}))
        blocks.append(("paragraph", paragraphs_html(paragraphs)))
    return blocks
