"""The contact point of an agreement (e.g. *Föreningsstöd*)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index

from editorial.forms import MunicipalityObjectForm


class ContactPoint(
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    index.Indexed,
    models.Model,
):
    """The office residents and organisations contact about the agreement.

    A snippet rather than page fields because one office usually serves
    several agreement versions and other pages; changing the phone number
    once updates every page. It is public content, so it gets drafts,
    revisions, locking and the review workflow like a page.
    """

    name = models.CharField(_("name"), max_length=200)
    unit = models.CharField(
        _("department or unit"),
        max_length=200,
        blank=True,
        help_text=_("The part of the municipality the office belongs to."),
    )
    street_address = models.CharField(_("street address"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=20, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
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
        MultiFieldPanel(
            [FieldPanel("street_address"), FieldPanel("postal_code"), FieldPanel("city")],
            heading=_("Address"),
        ),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("opening_hours"),
        # Only the service operator moves a contact point between municipalities.
        FieldPanel("site", permission="wagtailcore.add_site"),
    ]
    base_form_class = MunicipalityObjectForm
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact point")
        verbose_name_plural = _("contact points")

    def __str__(self):
        return self.name

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
