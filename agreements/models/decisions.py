"""Decisions on an agreement and the earlier versions it records.

An agreement lives through several decisions (adopted, revised, reviewed,
endorsed by a council), each with its own body, date, record number and
paragraph: one set of fields on the page could hold only the first. The
earlier versions of the agreement often survive only as a line in the new
text ("first adopted in 2012, Ks 2011/412"): an entry here records them
without a page whose dates nobody knows.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField


class DecisionKind(models.TextChoices):
    """What a decision did to the agreement."""

    ADOPTED = "adopted", _("Adopted")
    REVISED = "revised", _("Revised")
    REVIEWED = "reviewed", _("Reviewed")
    ENDORSED = "endorsed", _("Endorsed")


class Decision(TranslatableMixin, Orderable):
    """One decision on the agreement, in the order the editor gives them.

    The body's name is translated ("Kommunfullmäktige", "the municipal
    council"); the date, record number, paragraph and link are facts of the
    record and stay the same in every language (the link follows its source
    unless a translator points it to a translated record).
    """

    page = ParentalKey(
        "agreements.AgreementPage", on_delete=models.CASCADE, related_name="decisions"
    )
    kind = models.CharField(_("decision"), max_length=20, choices=DecisionKind.choices)
    body = models.CharField(
        _("decided by"),
        max_length=200,
        blank=True,
        help_text=_("The body that decided, e.g. the municipal council."),
    )
    date = models.DateField(_("date"), null=True, blank=True)
    record_number = models.CharField(
        _("record number"), max_length=50, blank=True, help_text=_("E.g. Ks 512/2024.")
    )
    paragraph = models.CharField(
        _("paragraph"), max_length=50, blank=True, help_text=_("E.g. § 123.")
    )
    url = models.URLField(_("link to the decision"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("date")]),
        FieldPanel("body"),
        FieldRowPanel([FieldPanel("record_number"), FieldPanel("paragraph")]),
        FieldPanel("url"),
    ]
    override_translatable_fields = [
        SynchronizedField("date", overridable=False),
        SynchronizedField("record_number", overridable=False),
        SynchronizedField("paragraph", overridable=False),
        # A translator may point to a translated record of the decision.
        SynchronizedField("url"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")

    def __str__(self):
        return " ".join(str(part) for part in (self.get_kind_display(), self.body) if part)


class EarlierVersion(TranslatableMixin, Orderable):
    """An earlier version of the agreement, as the current text records it."""

    page = ParentalKey(
        "agreements.AgreementPage", on_delete=models.CASCADE, related_name="earlier_versions"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    decision = models.CharField(
        _("decision"),
        max_length=300,
        blank=True,
        help_text=_("What was decided, e.g. 'Adopted by the municipal council'."),
    )
    record_number = models.CharField(_("record number"), max_length=50, blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldRowPanel([FieldPanel("year"), FieldPanel("record_number")]),
        FieldPanel("decision"),
        FieldPanel("document"),
    ]
    override_translatable_fields = [
        SynchronizedField("year", overridable=False),
        SynchronizedField("record_number", overridable=False),
        SynchronizedField("document", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("earlier version")
        verbose_name_plural = _("earlier versions")

    def __str__(self):
        return f"{self.year} {self.decision}".strip()
