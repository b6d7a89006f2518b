"""Who runs a site: the municipality's identity, set per Wagtail Site in the admin.

One installation serves several municipalities (and regions), each as its
own Wagtail Site. What differs between them and is not content (their
name, county, logo, accent colour, liaison office, e-mail sender, the
pages the footer links to and the languages offered) is a site setting
(`wagtail.contrib.settings`), edited under Settings → Municipality. Every
value is optional: a site without settings behaves as the single-site
installation always has (the site name, `DEFAULT_FROM_EMAIL`, every
content language of the settings, the statement found in its tree).
"""

import re

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

# The text on the accent colour (the header) is white; links and headings
# on white use the darker accent. WCAG 2.1 AA asks 4.5:1 for normal text.
TEXT_ON_ACCENT = "#ffffff"
MINIMUM_CONTRAST = 4.5
HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
SETTINGS_CACHE_TIMEOUT = 3600


class County(models.TextChoices):
    """Sweden's 21 counties (län)."""

    BLEKINGE = "blekinge", _("Blekinge County")
    DALARNA = "dalarna", _("Dalarna County")
    GAVLEBORG = "gavleborg", _("Gävleborg County")
    GOTLAND = "gotland", _("Gotland County")
    HALLAND = "halland", _("Halland County")
    JAMTLAND = "jamtland", _("Jämtland County")
    JONKOPING = "jonkoping", _("Jönköping County")
    KALMAR = "kalmar", _("Kalmar County")
    KRONOBERG = "kronoberg", _("Kronoberg County")
    NORRBOTTEN = "norrbotten", _("Norrbotten County")
    SKANE = "skane", _("Skåne County")
    STOCKHOLM = "stockholm", _("Stockholm County")
    SODERMANLAND = "sodermanland", _("Södermanland County")
    UPPSALA = "uppsala", _("Uppsala County")
    VARMLAND = "varmland", _("Värmland County")
    VASTERBOTTEN = "vasterbotten", _("Västerbotten County")
    VASTERNORRLAND = "vasternorrland", _("Västernorrland County")
    VASTMANLAND = "vastmanland", _("Västmanland County")
    VASTRA_GOTALAND = "vastra_gotaland", _("Västra Götaland County")
    OREBRO = "orebro", _("Örebro County")
    OSTERGOTLAND = "ostergotland", _("Östergötland County")


class Kind(models.TextChoices):
    MUNICIPALITY = "municipality", _("Municipality")
    REGION = "region", _("Region")


def relative_luminance(colour):
    """WCAG 2.1's relative luminance of a "#rrggbb" colour."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first, second):
    """WCAG 2.1's contrast ratio of two "#rrggbb" colours (1 to 21)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def validate_accent_colour(value):
    """A "#rrggbb" colour on which white text keeps WCAG AA contrast (4.5:1)."""
    if not HEX_COLOUR.match(value or ""):
        raise ValidationError(
            _("Enter a colour as # and six hexadecimal digits, e.g. #0f3d5c."), code="format"
        )
    ratio = contrast_ratio(value, TEXT_ON_ACCENT)
    if ratio < MINIMUM_CONTRAST:
        raise ValidationError(
            _(
                "White text on this colour has a contrast of %(ratio)s:1; at least 4.5:1 "
                "is needed (WCAG AA). Choose a darker colour."
            ),
            code="contrast",
            params={"ratio": f"{ratio:.2f}"},
        )


class LanguageChoiceField(forms.MultipleChoiceField):
    """The content languages of the settings as check boxes, stored comma-separated."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, *args, **kwargs):
        kwargs.pop("max_length", None)
        kwargs.pop("empty_value", None)
        kwargs["choices"] = list(settings.WAGTAIL_CONTENT_LANGUAGES)
        super().__init__(*args, **kwargs)

    def prepare_value(self, value):
        if isinstance(value, str):
            return [code for code in value.split(",") if code]
        return value

    def has_changed(self, initial, data):
        return super().has_changed(self.prepare_value(initial), data)

    def clean(self, value):
        return ",".join(super().clean(value))


class LanguageListField(models.CharField):
    """Language codes, comma-separated (the same on SQLite and PostgreSQL)."""

    def formfield(self, **kwargs):
        return LanguageChoiceField(
            required=not self.blank, label=self.verbose_name, help_text=self.help_text
        )


@register_setting(icon="site")
class MunicipalitySettings(BaseSiteSetting):
    """The identity of the municipality (or region) whose site this is."""

    name = models.CharField(
        _("name of the municipality or region"),
        max_length=100,
        blank=True,
        help_text=_("E.g. Södertälje kommun. Empty: the installation's name."),
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=Kind.choices, default=Kind.MUNICIPALITY
    )
    county = models.CharField(_("county"), max_length=20, choices=County.choices, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in the header beside the name of the site."),
    )
    accent_colour = models.CharField(
        _("accent colour"),
        max_length=7,
        blank=True,
        validators=[validate_accent_colour],
        help_text=_(
            "The header's colour, as #rrggbb. White text on it must keep a contrast of "
            "4.5:1. Empty: the standard blue."
        ),
    )
    liaison_office = models.CharField(
        _("liaison office"),
        max_length=150,
        blank=True,
        help_text=_("What the municipality calls its office that works with civil society."),
    )
    email_sender = models.EmailField(
        _("e-mail sender"),
        blank=True,
        help_text=_("The From address of the site's e-mails. Empty: the installation's sender."),
    )
    accessibility_statement = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Empty: the statement found in the site."),
    )
    privacy_notice = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    easy_read = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("easy-to-read pages"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Linked where the page being read has no easy-to-read version of its own. "
            "Empty: the easy-to-read version of the current agreement."
        ),
    )
    languages = LanguageListField(
        _("content languages offered"),
        max_length=200,
        blank=True,
        help_text=_("The languages the site offers. None ticked: every language."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("kind"), FieldPanel("county")],
            heading=_("Municipality"),
        ),
        MultiFieldPanel([FieldPanel("logo"), FieldPanel("accent_colour")], heading=_("Look")),
        MultiFieldPanel(
            [FieldPanel("liaison_office"), FieldPanel("email_sender")], heading=_("Contact")
        ),
        MultiFieldPanel(
            [
                FieldPanel("accessibility_statement"),
                FieldPanel("privacy_notice"),
                FieldPanel("easy_read"),
            ],
            heading=_("Footer links"),
        ),
        FieldPanel("languages"),
    ]

    class Meta:
        verbose_name = _("municipality")

    def display_name(self):
        """The name, else the installation's (WAGTAIL_SITE_NAME), as before sites had one."""
        return self.name or settings.WAGTAIL_SITE_NAME

    def signature(self):
        """How the site's e-mails are signed: the liaison office and the municipality."""
        return ", ".join(part for part in (self.liaison_office, self.display_name()) if part)

    def from_email(self):
        return self.email_sender or settings.DEFAULT_FROM_EMAIL

    def language_codes(self):
        """The content languages offered, in the settings' order."""
        chosen = {code for code in self.languages.split(",") if code}
        return [
            code
            for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
            if not chosen or code in chosen or code == settings.LANGUAGE_CODE
        ]


def cache_key(site_id):
    return f"municipality:{site_id}"


def for_site(site):
    """The settings of `site`; None without a site.

    Kept in the shared cache (its values and the ids of the pages and logo
    it names, which are loaded only when set), so a page rendered after a
    publication does not pay a query for them; saving the settings drops
    the copy (`forget`). Unlike Wagtail's `for_site`, a site without
    settings gets unsaved defaults: a GET request never writes a row.
    """
    if site is None:
        return None
    values = cache.get(cache_key(site.pk))
    if values is None:
        values = MunicipalitySettings.objects.filter(site=site).values().first() or {}
        cache.set(cache_key(site.pk), values, SETTINGS_CACHE_TIMEOUT)
    values = {name: value for name, value in values.items() if name != "site_id"}
    return MunicipalitySettings(site=site, **values)


def forget(sender, instance, **kwargs):
    """Drop the cached copy of a site's settings (saved or deleted), now and at commit."""
    key = cache_key(instance.site_id)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


def for_page(page):
    """The settings of the site `page` belongs to (for e-mails and commands: no request)."""
    from operations.sites import site_of_page

    return for_site(site_of_page(page)) if page is not None else None


def for_request(request):
    """The settings of the request's site, once per request."""
    if request is None:
        return None
    from wagtail.models import Site

    site = Site.find_for_request(request)
    if site is None:
        return None
    cached = getattr(request, "municipality_settings", None)
    if cached is None or cached.site_id != site.pk:
        cached = for_site(site)
        request.municipality_settings = cached
    return cached


post_save.connect(forget, sender=MunicipalitySettings, dispatch_uid="municipality_saved")
post_delete.connect(
    forget, sender=MunicipalitySettings, dispatch_uid="municipality_settings_deleted"
)
