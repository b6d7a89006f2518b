"""Forum events of an agreement: dialogue forums, follow-up conferences, meetings.

The agreement promises its forums in its own words (`ForumPromise`: once a
year, twice a year, on request...); the yearly follow-up and the
annual-cycle dashboard count the forums actually held from these pages, so
an event is recorded once, as a page, and every figure about forums comes
from it.
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _

from wagtail import blocks, hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from editorial.pages import EditorialPageMixin
from editorial.panels import EditorialStatePanel
from home.i18n import (
    LocalizedPageMixin,
    default_locale_id,
    own_language_or_source,
    source_version,
)


class EventKind(models.TextChoices):
    """What kind of meeting an event is; the agreement's forums are counted by kind."""

    DIALOGUE_FORUM = "dialogue_forum", _("Dialogue forum")
    FOLLOW_UP_CONFERENCE = "follow_up_conference", _("Follow-up conference")
    CONSULTATION_GROUP = "consultation_group", _("Consultation group meeting")
    SEMINAR = "seminar", _("Seminar")
    OTHER = "other", _("Other")


# The kinds counted against a forum promise that names no kind of event:
# the follow-up conference is itself a forum of the agreement, open to all.
FORUM_KINDS = (EventKind.DIALOGUE_FORUM, EventKind.FOLLOW_UP_CONFERENCE)


class EventAudience(models.TextChoices):
    """Who may attend."""

    EVERYONE = "everyone", _("Everyone")
    AFFILIATED = "affiliated", _("Affiliated organisations")
    CONSULTATION_GROUP = "consultation_group", _("The consultation group")


class AgendaItemBlock(blocks.StructBlock):
    """One item of the agenda: when it starts (and ends), what happens."""

    time = blocks.TimeBlock(label=_("Starts"), format="%H:%M")
    end_time = blocks.TimeBlock(label=_("Ends"), required=False, format="%H:%M")
    item = blocks.CharBlock(label=_("Item"), max_length=200)
    details = blocks.TextBlock(label=_("Details"), required=False, max_length=600)

    class Meta:
        icon = "time"
        label = _("Agenda item")


class AgendaBlock(blocks.StreamBlock):
    item = AgendaItemBlock()


class EventIndexPage(LocalizedPageMixin, EditorialPageMixin, RoutablePageMixin, Page):
    """The forums and meetings of one agreement version, upcoming and past.

    One per agreement version, directly under it, so an event belongs to the
    agreement whose forums it counts towards, and each agreement has its own
    calendar feed: `calendar/` below this page, one per language (the
    page's translations have their own URLs, each feed in its language).
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

    def get_events(self):
        """The live events of this listing, by start; what the listing and the feed show.

        A translated listing also shows the events that exist only in Swedish
        (marked as Swedish where listed), never "no events" while there are some.
        """
        listings = [self] + [v for v in [source_version(self)] if v is not None]
        below = Q()
        for listing in listings:
            below |= Q(path__startswith=listing.path, depth=listing.depth + 1)
        events = (
            EventPage.objects.filter(below)
            .live()
            .order_by("start", "path")
            .only(*EventPage.LISTING_FIELDS)
        )
        return own_language_or_source(list(events), self.locale_id)

    def get_context(self, request, *args, **kwargs):
        from agreements.calendar import feed_urls

        context = super().get_context(request, *args, **kwargs)
        # Read when the template first asks (the parts that show them may be
        # kept between publications: `fragment_cache` in the template).
        feed = SimpleLazyObject(lambda: feed_urls(self, request))
        context.update(
            listing=SimpleLazyObject(lambda: event_listing(self, request.GET)),
            agreement=SimpleLazyObject(self.get_parent),
            feed_url=SimpleLazyObject(lambda: feed[0]),
            webcal_url=SimpleLazyObject(lambda: feed[1]),
        )
        return context

    @path("")
    def listing(self, request):
        return self.render(request)

    @path("calendar/")
    def calendar_feed(self, request):
        """The subscribable feed of every event of the agreement, in this page's language."""
        from agreements.calendar import feed_response

        return feed_response(self, request)


class EventPage(LocalizedPageMixin, EditorialPageMixin, RoutablePageMixin, Page):
    """One forum event: when, where, for whom, and afterwards what came of it.

    Times are stored in UTC and shown in Europe/Stockholm (the site's time
    zone), so a calendar export carries the right local time across daylight
    saving changes. Routes below the page: `calendar/` (add to calendar),
    `register/` (the registration form posts here) and `cancel/<token>/`.
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
    agenda = StreamField(
        AgendaBlock(),
        verbose_name=_("agenda"),
        blank=True,
        help_text=_("The programme, item by item, with the time each item starts."),
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
    interpretation = models.TextField(
        _("interpretation"),
        max_length=600,
        blank=True,
        help_text=_(
            "Which languages are interpreted (including sign language), or how to ask for "
            "interpretation and by when."
        ),
    )
    accessibility = models.TextField(
        _("accessibility"),
        max_length=1000,
        blank=True,
        help_text=_(
            "Step-free access, hearing loop, toilets, quiet room, how to get there: what a "
            "visitor needs to know in advance."
        ),
    )

    # Registration (optional).
    registration_enabled = models.BooleanField(
        _("take registrations"),
        default=False,
        help_text=_("Show a registration form on the event page."),
    )
    registration_closed = models.BooleanField(
        _("registration closed"),
        default=False,
        help_text=_("Close the registration now, whatever the deadline."),
    )
    registration_deadline = models.DateTimeField(
        _("registration deadline"),
        null=True,
        blank=True,
        help_text=_("Leave empty to take registrations until the event starts."),
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        help_text=_("The number of places. Leave empty for no limit."),
    )
    waiting_list = models.BooleanField(
        _("waiting list"),
        default=True,
        help_text=_(
            "When the event is full, put further registrations on a waiting list. A place "
            "that becomes free goes to the first person waiting, who is told by e-mail."
        ),
    )

    # After the event.
    organisations_attended = models.PositiveSmallIntegerField(
        _("organisations that attended"),
        null=True,
        blank=True,
        help_text=_("Filled in after the event."),
    )
    minutes = RichTextField(
        _("minutes or documentation"),
        features=["h3", "bold", "italic", "link", "document-link", "ol", "ul"],
        blank=True,
        help_text=_("What was discussed and decided, filled in after the event."),
    )
    minutes_document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("minutes as a document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The minutes or documentation as a file, e.g. an accessible PDF."),
    )

    content_panels = [
        EditorialStatePanel(),
        *Page.content_panels,
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("Time")),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("agenda"),
        MultiFieldPanel(
            [
                FieldPanel("place"),
                FieldPanel("online_url"),
                FieldPanel("audience"),
                FieldPanel("interpretation"),
                FieldPanel("accessibility"),
            ],
            heading=_("Place, audience and accessibility"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration_enabled"),
                FieldPanel("registration_closed"),
                FieldRowPanel([FieldPanel("registration_deadline"), FieldPanel("capacity")]),
                FieldPanel("waiting_list"),
            ],
            heading=_("Registration"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organisations_attended"),
                FieldPanel("minutes"),
                FieldPanel("minutes_document"),
            ],
            heading=_("After the event"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("agenda"),
        index.SearchField("place"),
        index.SearchField("minutes"),
        index.AutocompleteField("summary"),
        index.FilterField("kind"),
        index.FilterField("start"),
    ]
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("kind", overridable=False),
        SynchronizedField("start", overridable=False),
        SynchronizedField("end", overridable=False),
        SynchronizedField("online_url", overridable=False),
        # An address is the same in every language; a translator may still override it.
        SynchronizedField("place"),
        SynchronizedField("audience", overridable=False),
        SynchronizedField("organisations_attended", overridable=False),
        SynchronizedField("registration_enabled", overridable=False),
        SynchronizedField("registration_closed", overridable=False),
        SynchronizedField("registration_deadline", overridable=False),
        SynchronizedField("capacity", overridable=False),
        SynchronizedField("waiting_list", overridable=False),
        SynchronizedField("minutes_document"),
    ]

    parent_page_types = ["agreements.EventIndexPage"]
    subpage_types = []

    # What the listing and the calendar feed read: one query, without the
    # agenda, minutes or registration settings.
    LISTING_FIELDS = (
        "id",
        "title",
        "slug",
        "url_path",
        "path",
        "depth",
        "locale_id",
        "translation_key",
        "last_published_at",
        "kind",
        "start",
        "end",
        "summary",
        "description",
        "place",
        "online_url",
        "audience",
    )

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The event cannot end before it starts.")
        if self.registration_deadline and self.start and self.registration_deadline > self.start:
            errors["registration_deadline"] = _("The deadline cannot be after the event starts.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def is_forum(self):
        return self.kind in FORUM_KINDS

    @property
    def registration_closes(self):
        """When registration closes: the deadline, else the start of the event."""
        return self.registration_deadline or self.start

    def registration_is_open(self, now=None):
        now = now or timezone.now()
        return (
            self.registration_enabled
            and not self.registration_closed
            and now < self.registration_closes
        )

    def in_default_language(self):
        """This event in the default language: registrations of every language point there.

        The default language's Locale from the in-process map of locales
        (`default_locale_id`), not a query on every view of an open event.
        """
        default_id = default_locale_id()
        if default_id is None or self.locale_id == default_id:
            return self
        return (
            EventPage.objects.filter(
                translation_key=self.translation_key, locale_id=default_id
            ).first()
            or self
        )

    def in_language(self, language):
        """The live version of this event in `language`, else this one."""
        translated = (
            EventPage.objects.live()
            .filter(translation_key=self.translation_key, locale__language_code=language)
            .first()
        )
        return translated or self

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read when the template first asks (the part that shows it may be
        # kept between publications: `fragment_cache` in the template).
        context["events_index"] = SimpleLazyObject(self.get_parent)
        return context

    # -- routes ---------------------------------------------------------------

    @path("")
    def event(self, request):
        view = registration_views().get("page")
        return view(self, request) if view else Page.serve(self, request)

    @path("register/")
    def register(self, request):
        return self.registration_view("register")(self, request)

    @path("cancel/<str:token>/")
    def cancel(self, request, token):
        return self.registration_view("cancel")(self, request, token)

    def registration_view(self, name):
        view = registration_views().get(name)
        if view is None:
            raise Http404
        return view

    @path("calendar/")
    def calendar_file(self, request):
        """The event as an .ics file: "add to calendar"."""
        from agreements.calendar import event_response

        return event_response(self, request)


def registration_views():
    """The views of an event's registration, as the app that takes them registered them.

    Registering for an event is one of the public forms that take personal
    data (the `forms` app, which sits above this one): it registers its
    views with the hook `register_event_registration_views`, returning
    {"page": view(page, request), "register": ..., "cancel": view(page,
    request, token)}. Without it an event page is a plain page.
    """
    views = {}
    for hook in hooks.get_hooks("register_event_registration_views"):
        views.update(hook())
    return views


def event_listing(index, params, *, now=None):
    """Upcoming and past events of `index`, filtered by kind and year: one query.

    `changes_at`: when the first upcoming event ends (it moves to the past).

    `params` is the request's GET. Unknown filter values are ignored (the
    whole listing shows). The choices offered are the kinds and years that
    occur in the listing, so a filter never leads to an empty page.
    """
    now = now or timezone.now()
    events = list(index.get_events())
    for event in events:
        event.local_start = timezone.localtime(event.start)
    kinds_present = {event.kind for event in events}
    kind_choices = [(value, label) for value, label in EventKind.choices if value in kinds_present]
    years = sorted({event.local_start.year for event in events}, reverse=True)

    kind = params.get("kind")
    if kind not in kinds_present:
        kind = None
    try:
        year = int(params.get("year", ""))
    except ValueError:
        year = None
    if year not in years:
        year = None

    selected = [
        event
        for event in events
        if (kind is None or event.kind == kind) and (year is None or event.local_start.year == year)
    ]
    upcoming = [event for event in events if event.end >= now]
    return {
        "upcoming_events": [event for event in selected if event.end >= now],
        "past_events": [event for event in reversed(selected) if event.end < now],
        "kind": kind,
        "year": year,
        "kind_choices": kind_choices,
        "years": years,
        "filtered": kind is not None or year is not None,
        "total_events": len(events),
        # When the first upcoming event ends, and the listing changes by itself.
        "changes_at": min((event.end for event in upcoming), default=None),
    }


def forums_held(agreement, year, *, now=None):
    """The live forum events of `agreement` (in its language) held in `year`, by start.

    "Held" means the event has ended by `now`; one query.
    """
    return forums_of_year(agreement, year).filter(end__lte=now or timezone.now())


def forums_of_year(agreement, year):
    """The live forum events of `agreement` (in its language) starting in `year`, by start."""
    tz = timezone.get_current_timezone()
    year_start = datetime.datetime(year, 1, 1, tzinfo=tz)
    next_year = datetime.datetime(year + 1, 1, 1, tzinfo=tz)
    return (
        EventPage.objects.live()
        .descendant_of(agreement)
        .filter(kind__in=FORUM_KINDS, start__gte=year_start, start__lt=next_year)
        .order_by("start")
    )
