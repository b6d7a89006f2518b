"""Forum events of an agreement: dialogue forums, follow-up conferences, meetings.

The agreement promises a minimum number of dialogue forums a year
(`AgreementPage.forums_per_year`); the yearly follow-up and the annual-cycle
dashboard count the forums actually held from these pages, so an event is
recorded once, as a page, and every figure about forums comes from it.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from editorial.pages import EditorialPageMixin
from editorial.panels import EditorialStatePanel
from home.i18n import LocalizedPageMixin


class EventKind(models.TextChoices):
    """What kind of meeting an event is; the agreement's forums are counted by kind."""

    DIALOGUE_FORUM = "dialogue_forum", _("Dialogue forum")
    FOLLOW_UP_CONFERENCE = "follow_up_conference", _("Follow-up conference")
    CONSULTATION_GROUP = "consultation_group", _("Consultation group meeting")
    SEMINAR = "seminar", _("Seminar")
    OTHER = "other", _("Other")


# The kinds that count towards the agreement's "forums per year": the
# follow-up conference is itself a forum of the agreement, open to all.
FORUM_KINDS = (EventKind.DIALOGUE_FORUM, EventKind.FOLLOW_UP_CONFERENCE)


class EventAudience(models.TextChoices):
    """Who may attend."""

    EVERYONE = "everyone", _("Everyone")
    AFFILIATED = "affiliated", _("Affiliated organisations")
    CONSULTATION_GROUP = "consultation_group", _("The consultation group")


class EventIndexPage(LocalizedPageMixin, EditorialPageMixin, Page):
    """The forums and meetings of one agreement version, upcoming and past.

    One per agreement version, directly under it, so an event belongs to the
    agreement whose forums it counts towards, and each agreement has its own
    calendar feed.
    """

    intro = models.TextField(_("short introduction"), max_length=600, blank=True)

    content_panels = [EditorialStatePanel(), *Page.content_panels, FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    parent_page_types = ["agreements.AgreementPage"]
    subpage_types = ["agreements.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("events listing")
        verbose_name_plural = _("events listings")


class EventPage(LocalizedPageMixin, EditorialPageMixin, Page):
    """One forum event: when, where, for whom, and afterwards what came of it.

    Times are stored in UTC and shown in Europe/Stockholm (the site's time
    zone), so a calendar export carries the right local time across daylight
    saving changes.
    """

    kind = models.CharField(
        _("kind"), max_length=30, choices=EventKind.choices, default=EventKind.DIALOGUE_FORUM
    )
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    summary = models.TextField(
        _("short summary"),
        max_length=400,
        help_text=_("One or two sentences shown in the events listing."),
    )
    description = RichTextField(
        _("description"), features=["bold", "italic", "link", "ol", "ul"], blank=True
    )
    place = models.TextField(
        _("place"),
        max_length=400,
        blank=True,
        help_text=_("Name of the venue and street address. Leave empty for an online event."),
    )
    online_url = models.URLField(
        _("online meeting link"),
        blank=True,
        help_text=_("Link for taking part online, if the event can be followed online."),
    )
    audience = models.CharField(
        _("who may attend"),
        max_length=30,
        choices=EventAudience.choices,
        default=EventAudience.EVERYONE,
    )
    organisations_attended = models.PositiveSmallIntegerField(
        _("organisations that attended"),
        null=True,
        blank=True,
        help_text=_("Filled in after the event."),
    )

    content_panels = [
        EditorialStatePanel(),
        *Page.content_panels,
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("Time")),
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("place"), FieldPanel("online_url"), FieldPanel("audience")],
            heading=_("Place and audience"),
        ),
        MultiFieldPanel([FieldPanel("organisations_attended")], heading=_("After the event")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("place"),
        index.FilterField("kind"),
        index.FilterField("start"),
    ]
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("kind", overridable=False),
        SynchronizedField("start", overridable=False),
        SynchronizedField("end", overridable=False),
        SynchronizedField("online_url", overridable=False),
        SynchronizedField("audience", overridable=False),
        SynchronizedField("organisations_attended", overridable=False),
    ]

    parent_page_types = ["agreements.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The event cannot end before it starts.")})

    @property
    def is_past(self):
        return self.end < timezone.now()


def forums_held(agreement, year, *, now=None):
    """The live forum events of `agreement` (in its language) held in `year`, by start.

    "Held" means the event has ended by `now`; one query.
    """
    now = now or timezone.now()
    tz = timezone.get_current_timezone()
    year_start = datetime.datetime(year, 1, 1, tzinfo=tz)
    next_year = datetime.datetime(year + 1, 1, 1, tzinfo=tz)
    return (
        EventPage.objects.live()
        .descendant_of(agreement)
        .filter(kind__in=FORUM_KINDS, start__gte=year_start, start__lt=next_year, end__lte=now)
        .order_by("start")
    )
