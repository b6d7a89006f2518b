"""Each agreement's own rules for joining, as its adopted text gives them.

Agreements differ in what an organisation must confirm, in who may join,
in which municipal committees and administrations must join one by one and
in where a paper form can be picked up. Staff enter these on the
agreement's form page (`ApplicationPage`); the public page and the form
show only what was entered, never a default.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin

from .organisations import OrganisationType


class Confirmation(models.TextChoices):
    """What the form may ask an applicant to confirm; each one is chosen per agreement."""

    DEMOCRATIC = "democratic", _("The organisation is democratically built")
    VALUES = "values", _("The organisation stands behind the values and principles")
    SIGNATORY = "signatory", _("An authorised signatory signs for the organisation")
    DECISION = "decision", _("The organisation has decided to join (e.g. by its board)")


class Joiner(models.TextChoices):
    """Who an agreement lets join; each group opens some of the form's types of organisation."""

    ORGANISATIONS = "organisations", _("Civil-society organisations")
    NETWORKS = "networks", _("Networks")
    MUNICIPAL_BODIES = "municipal_bodies", _("Municipal committees and administrations")
    MUNICIPAL_COMPANIES = "municipal_companies", _("Municipal companies")
    OTHERS = "others", _("Others")


# The form's types of organisation that each group of joiners may choose.
JOINER_TYPES = {
    Joiner.ORGANISATIONS: [
        OrganisationType.ASSOCIATION,
        OrganisationType.FOUNDATION,
        OrganisationType.FAITH_COMMUNITY,
        OrganisationType.STUDY_ASSOCIATION,
        OrganisationType.COOPERATIVE,
        OrganisationType.SOCIAL_ENTERPRISE,
    ],
    Joiner.NETWORKS: [OrganisationType.NETWORK],
    Joiner.MUNICIPAL_BODIES: [OrganisationType.MUNICIPAL_BODY],
    Joiner.MUNICIPAL_COMPANIES: [OrganisationType.MUNICIPAL_COMPANY],
    Joiner.OTHERS: [OrganisationType.OTHER],
}


class MustJoinBody(TranslatableMixin, Orderable):
    """A municipal committee or administration that the agreement says must join on its own.

    The public page lists each one as joined (an approved application is
    linked to it) or not yet. Translated with the page; the link from an
    application goes to any language's row, matched by `translation_key`.
    """

    page = ParentalKey(
        "forms.ApplicationPage", on_delete=models.CASCADE, related_name="must_join_bodies"
    )
    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_("As the agreement names it, e.g. “Socialnämnden”."),
    )

    panels = [FieldPanel("name")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("committee or administration that must join")
        verbose_name_plural = _("committees and administrations that must join")

    def __str__(self):
        return self.name


class PaperFormPlace(TranslatableMixin, Orderable):
    """A place where the agreement's paper application form can be picked up or handed in."""

    page = ParentalKey(
        "forms.ApplicationPage", on_delete=models.CASCADE, related_name="paper_form_places"
    )
    name = models.CharField(
        _("place"), max_length=200, help_text=_("E.g. “Medborgarkontoret, Stadshuset”.")
    )
    address = models.CharField(_("address"), max_length=300, blank=True)
    note = models.CharField(
        _("note"),
        max_length=300,
        blank=True,
        help_text=_("Optional, e.g. opening hours or who to ask for."),
    )

    panels = [FieldPanel("name"), FieldPanel("address"), FieldPanel("note")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("place with a paper form")
        verbose_name_plural = _("places with a paper form")

    def __str__(self):
        return self.name
