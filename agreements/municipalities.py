"""A new municipality on the installation, in one step: its site, pages and settings.

Used by `manage.py create_municipality`. It sits in the agreements app, the
lowest app that knows every page a municipality starts with (the home page,
the agreement index, the accessibility statement and the privacy notice);
the roles, workflows and first publisher come from
`editorial.municipalities.set_up_roles`.

The accessibility statement and the privacy notice are created as drafts
holding a neutral text marked for the editor to complete: nothing is
published that the municipality has not written.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.models import Locale, Page, Site

from editorial import municipalities as roles
from home.models import AccessibilityStatementPage, HomePage, StandardPage
from home.municipality import MunicipalitySettings

from .models import AgreementIndexPage


class HostNameTaken(Exception):
    """The host name belongs to another municipality's site."""


@dataclass
class Outcome:
    """What was created; empty when the municipality was already complete."""

    site: Site
    created: list = field(default_factory=list)
    # The admin path where the first publisher chooses a password (None
    # once they have one): printed for the operator, never logged.
    password_link: str | None = None


def to_complete(text):
    """A paragraph marked for the editor to complete (never presented as fact)."""
    return f"<p>[{_('To complete')}] {text}</p>"


def statement_fields():
    return {
        "how_accessible": to_complete(
            _("Describe how accessible the website is: what works and what does not yet.")
        ),
        "alternatives": to_complete(
            _("Describe how to get the content in another way, e.g. by phone or e-mail.")
        ),
        "report_problem": to_complete(
            _("Describe where to report a problem and how soon you answer.")
        ),
        "enforcement": to_complete(
            _("Name the supervisory authority (DIGG) and how to report to it.")
        ),
        "statement_published_on": timezone.localdate(),
    }


def unique_home_slug(name):
    base = slugify(name) or "kommun"
    slug, n = base, 1
    root = Page.get_first_root_node()
    while root.get_children().filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def create_municipality(
    *,
    hostname,
    name,
    port=80,
    county="",
    kind="municipality",
    liaison_office="",
    publisher_email="",
):
    """Create (or complete) the municipality whose site answers at `hostname`.

    The pages are written in the default (source) language, whatever
    language the command runs in. Idempotent: what exists is kept as it is, only what is missing is
    created (`Outcome.created` names it). Raises HostNameTaken when the
    host name is another municipality's.
    """
    with transaction.atomic(), translation.override(settings.LANGUAGE_CODE):
        site = Site.objects.filter(hostname=hostname).select_related("root_page").first()
        outcome = Outcome(site=site)
        if site is not None and site.site_name != name:
            raise HostNameTaken(hostname)
        if site is None:
            locale = Locale.get_default()
            home = HomePage(title=name, slug=unique_home_slug(name), locale=locale)
            Page.get_first_root_node().add_child(instance=home)
            home.save_revision().publish()
            site = Site.objects.create(hostname=hostname, port=port, site_name=name, root_page=home)
            outcome.site = site
            outcome.created.append(_("site %(host)s with its home page") % {"host": hostname})
        home = site.root_page.specific
        if not AgreementIndexPage.objects.child_of(home).exists():
            index = AgreementIndexPage(title=_("The agreement"), slug="overenskommelsen")
            home.add_child(instance=index)
            index.save_revision().publish()
            outcome.created.append(_("agreement index"))
        if not AccessibilityStatementPage.objects.child_of(home).exists():
            statement = AccessibilityStatementPage(
                title=_("Accessibility statement"),
                slug="tillganglighet",
                live=False,
                **statement_fields(),
            )
            home.add_child(instance=statement)
            statement.save_revision()
            outcome.created.append(_("accessibility statement (draft)"))
        if not MunicipalitySettings.objects.filter(site=site).exists():
            privacy = StandardPage(
                title=_("Privacy notice"),
                slug="personuppgifter",
                live=False,
                intro=f"[{_('To complete')}] "
                + _("Describe which personal data the site collects, why, and for how long."),
            )
            home.add_child(instance=privacy)
            privacy.save_revision()
            MunicipalitySettings.objects.create(
                site=site,
                name=name,
                county=county,
                kind=kind,
                liaison_office=liaison_office,
                accessibility_statement=AccessibilityStatementPage.objects.child_of(home).first(),
                privacy_notice=privacy,
            )
            outcome.created.append(_("privacy notice (draft) and settings"))
        publisher = roles.set_up_roles(site, publisher_email).publisher
    if publisher is not None and not publisher.has_usable_password():
        outcome.password_link = roles.password_link(publisher)
    return outcome
