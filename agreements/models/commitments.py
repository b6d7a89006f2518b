"""Commitments (*åtaganden*) and the parties that make them, named as each agreement names them."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable, TranslatableMixin


class Party(models.TextChoices):
    """The side a commitment is made by: a code, named per agreement by `AgreementParty`.

    The labels are only the fallback for a side the agreement has not named
    (and the choices of the admin's side field); the order is the fallback order.
    """

    MUNICIPALITY = "municipality", _("The municipality")
    CIVIL_SOCIETY = "civil_society", _("Civil society")
    BOTH = "both", _("Both parties")


PARTY_COMMITS_LABELS = {
    Party.MUNICIPALITY: _("The municipality commits to"),
    Party.CIVIL_SOCIETY: _("Civil society commits to"),
    Party.BOTH: _("Both parties commit to"),
}


class AgreementParty(TranslatableMixin, Orderable):
    """A party of one agreement, named and ordered as the adopted text names and orders them.

    Agreements name their parties in their own words ("Staden", "Idéburen
    sektor", a named network that concluded the agreement, "Parterna"), and
    list them in their own order (joint commitments first is common). The
    commitments keep only the side code; every public place that shows a
    party takes its name and order from here. The name is translated with the
    page; the side is a code, synchronised across languages.
    """

    page = ParentalKey(
        "agreements.AgreementPage", on_delete=models.CASCADE, related_name="party_names"
    )
    side = models.CharField(
        _("side"),
        max_length=20,
        choices=Party.choices,
        help_text=_("Which side this party is: the commitments are made by a side."),
    )
    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_(
            "The party as the adopted text names it, e.g. “Staden”, “Idéburen sektor”, "
            "the network that concluded the agreement, or “Båda parter”."
        ),
    )
    heading = models.CharField(
        _("heading above its commitments"),
        max_length=200,
        blank=True,
        help_text=_(
            "As the text introduces this party's commitments, e.g. “Staden åtar sig”. "
            "Leave empty to show the name."
        ),
    )

    panels = [FieldRowPanel([FieldPanel("side"), FieldPanel("name")]), FieldPanel("heading")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("party")
        verbose_name_plural = _("parties")

    def __str__(self):
        return self.name

    @property
    def commits_label(self):
        """The heading above the party's list of commitments."""
        return self.heading or self.name

    @classmethod
    def fallback(cls, side):
        """A stand-in for a side the agreement has not named: the side's plain label.

        The admin refuses commitments of an unnamed side; this covers pages
        published before parties were named, or built in code.
        """
        side = Party(side)
        return cls(side=side, name=side.label, heading=PARTY_COMMITS_LABELS[side])


def parties_in_order(named, sides):
    """The parties of `sides` (codes used by commitments), in the agreement's order.

    `named` are the agreement's `AgreementParty` rows in order; a side used
    but not named comes after them with its fallback label. Parties without
    commitments are left out: they get no column, heading or filter.
    """
    parties, seen = [], set()
    for party in named:
        if party.side in sides and party.side not in seen:
            parties.append(party)
            seen.add(party.side)
    parties += [AgreementParty.fallback(s) for s in Party.values if s in sides and s not in seen]
    return parties


def party_lookup(named):
    """side code → party, for labelling single items (a report entry, an activity)."""
    lookup = {}
    for party in named:
        lookup.setdefault(party.side, party)
    for side in Party.values:
        lookup.setdefault(side, AgreementParty.fallback(side))
    return lookup


class Commitment(TranslatableMixin, Orderable):
    """One commitment, edited inline on the page it belongs to.

    Real agreements list commitments either under each principle or once for
    the whole agreement, so the parental key points at any page: a
    `PrinciplePage` or an `AgreementPage` offers the inline panel. Being a
    child of the page means a commitment is drafted, reviewed, published and
    translated together with its page. Its primary key survives publishing
    (modelcluster updates rows in place), and its `translation_key` is shared
    by every language version, so the yearly follow-up can track one
    commitment across years and languages. It keeps the side's code; the
    agreement's `AgreementParty` rows give the side its name.
    """

    page = ParentalKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="commitments")
    party = models.CharField(
        _("party"),
        max_length=20,
        choices=Party.choices,
        help_text=_("The side that commits; name it under “Parties” on the agreement."),
    )
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
