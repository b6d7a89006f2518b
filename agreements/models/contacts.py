"""Contact points, and the contacts each agreement lists.

An agreement names whom to contact, often one office per party (the
municipality's office for civil society, a network's secretariat). Each
municipality calls its office something of its own, so nothing here names
one: the editor enters the office as the adopted text gives it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from editorial.forms import MunicipalityObjectForm

from .commitments import Party


class ContactPoint(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    index.Indexed,
    models.Model,
):
    """An office (or a network's secretariat) that residents and organisations contact.

    A snippet rather than page fields because one office usually serves
    several agreement versions and other pages; changing the phone number
    once updates every page. It is public content, so it gets drafts,
    revisions, locking and the review workflow like a page.

    Every field but the name is optional, and the public pages show only
    what is filled in. A contact person's name is published deliberately
    by staff: it is an office contact, not an applicant's personal data.
    The address fields of the first version (street, postal code, city) are
    the postal address; the visiting address is its own line, as the two
    often differ ("Box 123" by post, the town hall by foot).
    """

    name = models.CharField(_("name"), max_length=200)
    unit = models.CharField(
        _("department or unit"),
        max_length=200,
        blank=True,
        help_text=_("The part of the municipality or organisation the office belongs to."),
    )
    person = models.CharField(
        _("contact person"),
        max_length=200,
        blank=True,
        help_text=_("Optional. Shown publicly: name a person only with their consent."),
    )
    role = models.CharField(
        _("role or title"),
        max_length=200,
        blank=True,
        help_text=_("E.g. coordinator for civil society."),
    )
    street_address = models.CharField(
        _("street address or box"), max_length=200, blank=True, help_text=_("E.g. Box 123.")
    )
    postal_code = models.CharField(_("postal code"), max_length=20, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    visiting_address = models.CharField(
        _("visiting address"),
        max_length=300,
        blank=True,
        help_text=_("Where to come in person, e.g. the town hall, its street and town."),
    )
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    opening_hours = models.CharField(_("opening hours"), max_length=200, blank=True)
    site = models.ForeignKey(
        "wagtailcore.Site",
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "The municipality whose editors keep this contact point. "
            "New contact points belong to the municipality of whoever adds them."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("unit"),
        FieldRowPanel([FieldPanel("person"), FieldPanel("role")]),
        MultiFieldPanel(
            [FieldPanel("street_address"), FieldPanel("postal_code"), FieldPanel("city")],
            heading=_("Postal address"),
        ),
        FieldPanel("visiting_address"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("opening_hours"),
        # Only the service operator moves a contact point between municipalities.
        FieldPanel("site", permission="wagtailcore.add_site"),
    ]
    base_form_class = MunicipalityObjectForm
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    # Facts that read the same in every language: a translator never retypes them.
    override_translatable_fields = [
        SynchronizedField(name, overridable=False)
        for name in ("person", "postal_code", "phone", "email")
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact point")
        verbose_name_plural = _("contact points")

    def __str__(self):
        return self.name

    @property
    def postal_address_lines(self):
        """The postal address as its lines ("Box 123", "151 89 Södertälje"), empty ones left out."""
        town = " ".join(part for part in (self.postal_code, self.city) if part)
        return [line for line in (self.street_address, town) if line]

    def get_workflow(self):
        """Its municipality's review: the workflow on the home page of its site."""
        if self.site_id:
            from wagtail.models import WorkflowPage

            on_home = (
                WorkflowPage.objects.filter(
                    page__sites_rooted_here=self.site_id, workflow__active=True
                )
                .select_related("workflow")
                .first()
            )
            if on_home is not None:
                return on_home.workflow
        return super().get_workflow()


class AgreementContact(TranslatableMixin, Orderable):
    """One contact an agreement lists, in the editor's order.

    It links a `ContactPoint` (kept once, shared by every version and page
    that lists it) and says, optionally, whom it speaks for: a side of the
    agreement, shown under the name the agreement gives that party
    (`AgreementParty`), and/or a label of the editor's own ("Questions about
    joining"). A side code rather than a link to the party row, as the
    commitments do: the party rows are edited in the same form and get new
    ids when translated.

    The first contact whose contact point is live and has an e-mail address
    answers applications (see `AgreementPage.application_contact`).
    """

    page = ParentalKey(
        "agreements.AgreementPage", on_delete=models.CASCADE, related_name="contacts"
    )
    contact_point = models.ForeignKey(
        ContactPoint,
        verbose_name=_("contact point"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    side = models.CharField(
        _("speaks for"),
        max_length=20,
        choices=Party.choices,
        blank=True,
        help_text=_(
            "The party this contact speaks for, shown under the name the agreement gives it. "
            "Leave empty if it speaks for no single party."
        ),
    )
    label = models.CharField(
        _("heading"),
        max_length=200,
        blank=True,
        help_text=_(
            "Shown above the contact, e.g. “Questions about joining”. Leave empty to show the "
            "party's name, or nothing."
        ),
    )

    panels = [FieldPanel("contact_point"), FieldRowPanel([FieldPanel("side"), FieldPanel("label")])]
    override_translatable_fields = [SynchronizedField("side", overridable=False)]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self):
        return self.label or str(self.contact_point)
