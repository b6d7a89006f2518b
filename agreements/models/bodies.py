"""The agreement's bodies: the consultation group or council, working groups, the internal network.

Each body is a page under its agreement version: what it is for, how its
members are chosen, how often it meets, its composition and who sits in it.
Agreements describe a council by its seats ("ten for civil society
nominated by the signatories, three politicians, one official"), not by
names: the seat groups say that, and the members (optional, with or without
a published name) say who holds seats today. Both are edited inline on the
page, so a change is reviewed and published like any other change, and the
page's revisions are the record of who sat when.
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

    # Blank when the editor does not choose: the page then names no kind.
    kind = models.CharField(
        _("kind"), max_length=30, choices=BodyKind.choices, blank=True, default=""
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
            "seat_groups",
            heading=_("Composition"),
            label=_("Seats"),
            help_text=_(
                "The seats as the text describes them, e.g. “10 seats for civil society, "
                "nominated by the signatory organisations”. Leave the number empty if the "
                "text gives none."
            ),
        ),
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
        index.RelatedFields("seat_groups", [index.SearchField("chosen_how")]),
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
        context["seat_groups"] = list(self.seat_groups.all())
        return context


class SeatGroup(TranslatableMixin, Orderable):
    """A group of seats in a body, as the text describes it: how many, for whom, chosen how.

    The number is optional (some texts say "representatives of civil society"
    without one); a seat group says nothing about whether its seats are
    filled. How they are chosen and the note are translated; the number and
    the side are the same in every language.
    """

    page = ParentalKey("agreements.BodyPage", on_delete=models.CASCADE, related_name="seat_groups")
    seats = models.PositiveSmallIntegerField(
        _("number of seats"),
        null=True,
        blank=True,
        help_text=_("Leave empty if the text gives no number."),
    )
    side = models.CharField(_("represents"), max_length=20, choices=MemberSide.choices)
    chosen_how = models.CharField(
        _("how they are chosen"),
        max_length=300,
        blank=True,
        help_text=_("E.g. “nominated by the signatory organisations”, “appointed by the board”."),
    )
    note = models.CharField(
        _("note"),
        max_length=300,
        blank=True,
        help_text=_("E.g. “one of them chairs the council”."),
    )

    panels = [
        FieldRowPanel([FieldPanel("seats"), FieldPanel("side")]),
        FieldPanel("chosen_how"),
        FieldPanel("note"),
    ]
    override_translatable_fields = [
        SynchronizedField("seats", overridable=False),
        SynchronizedField("side", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("seat group")
        verbose_name_plural = _("seat groups")

    def __str__(self):
        return f"{self.seats or ''} {self.get_side_display()}".strip()


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
