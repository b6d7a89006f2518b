"""StreamField blocks shared by every page type with free sections."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock


class HeadingBlock(blocks.StructBlock):
    """A section heading; the level keeps the page outline correct."""

    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "home/blocks/heading_block.html"


class DocumentBlock(blocks.StructBlock):
    """A document to download, with a description of what it is."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "home/blocks/document_block.html"


class FactBlock(blocks.StructBlock):
    """A highlighted box for a key fact, e.g. when the next forum meets."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "info-circle"
        label = _("Fact box")
        template = "home/blocks/fact_block.html"


class BodyStreamBlock(blocks.StreamBlock):
    """Free sections of a page: headings, text, documents and fact boxes."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        icon="pilcrow",
        template="home/blocks/paragraph_block.html",
    )
    document = DocumentBlock()
    fact = FactBlock()
