"""The agreement's bodies: the consultation group or council, working groups, the internal network.

Each body is a page under its agreement version: what it is for, how its
members are chosen, how often it meets, and who sits in it. Members are
edited inline on the page, so a change of members is reviewed and published
like any other change, and the page's revisions are the record of who sat
when.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from editorial.pages import EditorialPageMixin
from editorial.panels import EditorialStatePanel
from home.i18n import LocalizedPageMixin

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class BodyKind(models.TextChoices):
    CONSULTATION_GROUP = "consultation_group", _("Consultation group or council")
    WORKING_GROUP = "working_group", _("Working group")
    INTERNAL_NETWORK = "internal_network", _("Internal network of the municipality")


class MemberSide(models.TextChoices):
    """Whom a member represents."""

    CIVIL_SOCIETY = "civil_society", _("Civil society")
    MUNICIPALITY = "municipality", _("The municipality's administration")
    POLITICIAN = "politician", _("Elected representative")


class BodyPage(LocalizedPageMixin, EditorialPageMixin, Page):
    """A consultation group (*samrådsgrupp*), council, working group or the internal network.

    Sits directly under the agreement version it serves: each version may
    set up its bodies differently. Current and former members are shown
    apart; a member's name is public only when their consent is recorded,
    otherwise the page shows the role and the organisation only.
    """

    kind = models.CharField(
        _("kind"), max_length=30, choices=BodyKind.choices, default=BodyKind.CONSULTATION_GROUP
    )
    summary = models.TextField(
        _("short summary"),
        max_length=400,
        help_text=_("One or two sentences shown at the top of the page and in listings."),
    )
    purpose = RichTextField(_("purpose"), features=RICH_TEXT_FEATURES, blank=True)
    membership = RichTextField(
        _("how members are chosen"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("Who nominates or appoints the members, for how long, and how to take part."),
    )
    meeting_rhythm = models.CharField(
        _("meeting rhythm"),
        max_length=300,
        blank=True,
        help_text=_("E.g. four times a year, and before every dialogue forum."),
    )

    content_panels = [
        EditorialStatePanel(),
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("purpose"),
        FieldPanel("membership"),
        FieldPanel("meeting_rhythm"),
        InlinePanel(
            "members",
            heading=_("Members"),
            label=_("Member"),
            help_text=_(
                "A name is published only when the member's consent is recorded; otherwise "
                "the page shows the role and the organisation."
            ),
        ),
    ]
    # Members' names are left out of the search index on purpose.
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("purpose"),
        index.SearchField("membership"),
        index.SearchField("meeting_rhythm"),
        index.FilterField("kind"),
    ]
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("kind", overridable=False),
    ]

    parent_page_types = ["agreements.AgreementPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("body (group, council or network)")
        verbose_name_plural = _("bodies")

    def split_members(self, today=None):
        """(current, former) members, one query; former ones by end of term, newest first."""
        today = today or timezone.localdate()
        members = list(self.members.all())
        current = [m for m in members if not m.term_end or m.term_end >= today]
        former = sorted(
            (m for m in members if m.term_end and m.term_end < today),
            key=lambda m: m.term_end,
            reverse=True,
        )
        return current, former

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["current_members"], context["former_members"] = self.split_members()
        return context


class BodyMember(TranslatableMixin, Orderable):
    """One seat in a body, for one term: role, organisation or unit, and (with consent) a name."""

    page = ParentalKey("agreements.BodyPage", on_delete=models.CASCADE, related_name="members")
    side = models.CharField(_("represents"), max_length=20, choices=MemberSide.choices)
    role = models.CharField(
        _("role"), max_length=100, help_text=_("E.g. chair, member, deputy, secretary.")
    )
    organisation = models.CharField(
        _("organisation or municipal unit"),
        max_length=200,
        help_text=_("E.g. the name of the association, or the department or committee."),
    )
    name = models.CharField(
        _("name"),
        max_length=200,
        blank=True,
        help_text=_("Published only when the member's consent is recorded below."),
    )
    name_consent_on = models.DateField(
        _("consent to publish the name recorded on"),
        null=True,
        blank=True,
        help_text=_("Leave empty unless the member has agreed that their name is published."),
    )
    term_start = models.DateField(_("term starts"), null=True, blank=True)
    term_end = models.DateField(_("term ends"), null=True, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("side"), FieldPanel("role")]),
        FieldPanel("organisation"),
        FieldRowPanel([FieldPanel("name"), FieldPanel("name_consent_on")]),
        FieldRowPanel([FieldPanel("term_start"), FieldPanel("term_end")]),
    ]
    override_translatable_fields = [
        SynchronizedField("name", overridable=False),
        SynchronizedField("side", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("member")
        verbose_name_plural = _("members")

    def __str__(self):
        return f"{self.role}, {self.organisation}"

    @property
    def public_name(self):
        """The name if the member agreed to its publication, else an empty string."""
        return self.name if self.name and self.name_consent_on else ""
