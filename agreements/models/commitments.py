"""Commitments (*åtaganden*): what one party promises to do."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin


class Party(models.TextChoices):
    """Who makes a commitment. The order is the order of the matrix columns."""

    MUNICIPALITY = "municipality", _("The municipality")
    CIVIL_SOCIETY = "civil_society", _("Civil society")
    BOTH = "both", _("Both parties")

    @property
    def commits_label(self):
        """The heading used above a party's list: "The municipality commits to"."""
        return PARTY_COMMITS_LABELS[self]


PARTY_COMMITS_LABELS = {
    Party.MUNICIPALITY: _("The municipality commits to"),
    Party.CIVIL_SOCIETY: _("Civil society commits to"),
    Party.BOTH: _("Both parties commit to"),
}


class Commitment(TranslatableMixin, Orderable):
    """One commitment, edited inline on the page it belongs to.

    Real agreements list commitments either under each principle or once for
    the whole agreement, so the parental key points at any page: a
    `PrinciplePage` or an `AgreementPage` offers the inline panel. Being a
    child of the page means a commitment is drafted, reviewed, published and
    translated together with its page. Its primary key survives publishing
    (modelcluster updates rows in place), and its `translation_key` is shared
    by every language version, so the yearly follow-up can track one
    commitment across years and languages.
    """

    page = ParentalKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="commitments")
    party = models.CharField(_("party"), max_length=20, choices=Party.choices)
    text = models.TextField(
        _("commitment"),
        max_length=1000,
        help_text=_("What the party commits to, e.g. 'To follow up the agreement every year'."),
    )

    panels = [FieldPanel("party"), FieldPanel("text")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")

    def __str__(self):
        return self.text
