"""The forums an agreement promises, as its text promises them.

Agreements promise forums by rhythm, not by date: "an annual follow-up
conference open to all, signed or not", "half-yearly thematic meetings",
"seminars on request". Each promise is part of the agreement (edited,
reviewed, published and translated with its page) and is shown on it. The
annual cycle counts the events held against what *this* agreement promises:
a promise made on request, or in words no count fits, asks for nothing, and
an agreement that promises no forum is never told a forum is missing.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from .events import FORUM_KINDS, EventKind


class ForumFrequency(models.TextChoices):
    """How often the text promises a forum."""

    YEARLY = "yearly", _("Once a year")
    TWICE_A_YEAR = "twice_a_year", _("Twice a year")
    QUARTERLY = "quarterly", _("Four times a year")
    TIMES_A_YEAR = "times_a_year", _("A number of times a year")
    ON_REQUEST = "on_request", _("On request")
    OTHER = "other", _("Other (describe it)")


#: How many forums a year each rhythm asks for; the others ask for none.
TIMES_PER_YEAR = {
    ForumFrequency.YEARLY: 1,
    ForumFrequency.TWICE_A_YEAR: 2,
    ForumFrequency.QUARTERLY: 4,
}


class ForumPromise(TranslatableMixin, Orderable):
    """One forum the agreement promises: what it is, how often, and who may come.

    The name and the free texts are translated with the page; the rhythm,
    the count and the event kind are facts of the text, the same in every
    language.
    """

    page = ParentalKey(
        "agreements.AgreementPage", on_delete=models.CASCADE, related_name="forum_promises"
    )
    name = models.CharField(
        _("name"),
        max_length=200,
        blank=True,
        help_text=_(
            "As the text names the forum, e.g. “Uppföljningskonferens”. "
            "Leave empty to use the kind of event chosen below."
        ),
    )
    description = models.TextField(
        _("description"),
        max_length=1000,
        blank=True,
        help_text=_("What the forum is for, in a sentence or two."),
    )
    frequency = models.CharField(_("how often"), max_length=20, choices=ForumFrequency.choices)
    times_a_year = models.PositiveSmallIntegerField(
        _("times a year"),
        null=True,
        blank=True,
        help_text=_("Only for “A number of times a year”: how many, e.g. 3."),
    )
    frequency_text = models.CharField(
        _("how often, in the text's words"),
        max_length=200,
        blank=True,
        help_text=_("Only for “Other”, e.g. “when the consultation group decides”."),
    )
    open_to = models.CharField(
        _("who may take part"),
        max_length=300,
        blank=True,
        help_text=_(
            "E.g. “open to all organisations, signed or not”. Leave empty if the text does not say."
        ),
    )
    event_kind = models.CharField(
        _("kind of event it matches"),
        max_length=30,
        choices=EventKind.choices,
        blank=True,
        help_text=_(
            "The events of this kind are counted against this promise in the annual cycle. "
            "Leave empty to count the dialogue forums and follow-up conferences."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("event_kind")]),
        FieldPanel("description"),
        FieldRowPanel(
            [FieldPanel("frequency"), FieldPanel("times_a_year"), FieldPanel("frequency_text")]
        ),
        FieldPanel("open_to"),
    ]
    override_translatable_fields = [
        SynchronizedField("frequency", overridable=False),
        SynchronizedField("times_a_year", overridable=False),
        SynchronizedField("event_kind", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("forum promise")
        verbose_name_plural = _("forum promises")

    def __str__(self):
        return str(self.title)

    def clean(self):
        super().clean()
        errors = {}
        if not self.name and not self.event_kind:
            errors["name"] = _("Name the forum, or choose the kind of event it is.")
        if self.frequency == ForumFrequency.TIMES_A_YEAR and not self.times_a_year:
            errors["times_a_year"] = _("Say how many times a year.")
        if self.frequency == ForumFrequency.OTHER and not self.frequency_text:
            errors["frequency_text"] = _("Say how often, in the words of the text.")
        if errors:
            raise ValidationError(errors)

    @property
    def title(self):
        """The name the text gives the forum, else the label of its kind of event."""
        return self.name or self.get_event_kind_display()

    @property
    def per_year(self):
        """How many forums a year this promise asks for: 0 for on request or other rhythms."""
        if self.frequency == ForumFrequency.TIMES_A_YEAR:
            return self.times_a_year or 0
        return TIMES_PER_YEAR.get(self.frequency, 0)

    @property
    def frequency_display(self):
        """The rhythm as the page shows it."""
        if self.frequency == ForumFrequency.OTHER:
            return self.frequency_text
        if self.frequency == ForumFrequency.TIMES_A_YEAR:
            return ngettext(
                "%(count)s time a year", "%(count)s times a year", self.times_a_year or 0
            ) % {"count": self.times_a_year or 0}
        return self.get_frequency_display()

    @property
    def counted_kinds(self):
        """The kinds of event counted against this promise."""
        return (self.event_kind,) if self.event_kind else tuple(FORUM_KINDS)


def forums_required(promises):
    """What a year's promises ask for: [(kinds counted, how many)], without on-request ones."""
    needs = {}
    for promise in promises:
        if promise.per_year:
            kinds = promise.counted_kinds
            needs[kinds] = needs.get(kinds, 0) + promise.per_year
    return list(needs.items())
