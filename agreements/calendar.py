"""Events as iCalendar (RFC 5545): one event's .ics and an agreement's feed.

Written with the `icalendar` library. Times carry `TZID=Europe/Stockholm`
and the calendar includes the matching VTIMEZONE (generated from the
zoneinfo database by `add_missing_timezones`). That is what calendar
programs handle best: Outlook needs a VTIMEZONE for every TZID it meets,
Google and Apple accept either, and a local time with its zone keeps the
wall-clock time the organisers announced ("18.00 in Södertälje") even for a
reader whose device is set to another zone. UTC would also be correct for
one-off events, but reads worse when a person opens the file as text and
loses the organisers' intent when an event is moved across a DST change.

The UID is the page's `translation_key`, shared by every language version
and kept on every edit, so a calendar updates the event it already has
instead of adding a second one when the reader switches language or the
time changes. Its domain is the host of the event's own site, so two
municipalities on one installation never share one; the default site keeps
the installation's configured host (`WAGTAILADMIN_BASE_URL`), which its
UIDs have always had, so subscribed calendars do not see every event twice.
"""

import datetime
import zoneinfo
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.models import Site

import icalendar

PRODID = "-//Lokal överenskommelse//Forum events//SV"


def uid_domain(page):
    """The right-hand side of the UIDs of `page`'s events: its site's host name.

    Taken from the Site, never from the request, so the UID is the same
    whichever host alias or port the reader asked on, and in e-mails.
    """
    parts = page.get_url_parts()
    if parts is not None:
        hostname = (
            Site.objects.filter(pk=parts[0], is_default_site=False)
            .values_list("hostname", flat=True)
            .first()
        )
        if hostname:
            return hostname
    return urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "overenskommelse.example"


def event_uid(event, domain):
    return f"event-{event.translation_key}@{domain}"


def plain_text(html):
    """Rich text as plain text for DESCRIPTION: block ends become line breaks."""
    for tag in ("</p>", "</li>", "<br>", "<br/>", "</h3>"):
        html = html.replace(tag, tag + "\n")
    lines = [" ".join(line.split()) for line in strip_tags(html).splitlines()]
    return "\n".join(line for line in lines if line)


def location(event):
    """The place on one line (address lines joined by commas), else the online link."""
    lines = [line.strip() for line in event.place.splitlines() if line.strip()]
    return ", ".join(lines) or event.online_url


def description(event, url):
    parts = [event.summary.strip()]
    details = plain_text(event.description or "")
    if details:
        parts.append(details)
    if event.online_url:
        parts.append(_("Take part online: %(url)s") % {"url": event.online_url})
    parts.append(_("More information: %(url)s") % {"url": url})
    return "\n\n".join(part for part in parts if part)


def local_time(value, tz):
    return timezone.localtime(value, tz)


def vevent(event, url, *, stamp, domain):
    """One VEVENT for `event` whose public page is at `url`; `domain` ends its UID."""
    tz = zoneinfo.ZoneInfo(settings.TIME_ZONE)
    component = icalendar.Event()
    component.add("uid", event_uid(event, domain))
    component.add("dtstamp", stamp)
    component.add("dtstart", local_time(event.start, tz))
    component.add("dtend", local_time(event.end, tz))
    component.add("summary", event.title)
    component.add("description", description(event, url))
    component.add("url", url)
    place = location(event)
    if place:
        component.add("location", place)
    if event.last_published_at:
        component.add("last-modified", event.last_published_at.astimezone(datetime.UTC))
        # Increases with every publication, so a calendar replaces its copy.
        component.add("sequence", int(event.last_published_at.timestamp()) // 60)
    component.add("categories", [event.get_kind_display()])
    component.add("class", "PUBLIC")
    return component


def calendar(name=None, *, method="PUBLISH"):
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", method)
    if name:
        cal.add("x-wr-calname", name)
        cal.add("name", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    return cal


def event_calendar(event, url):
    """A calendar with just `event`: the .ics download and the e-mail attachment."""
    cal = calendar()
    cal.add_component(vevent(event, url, stamp=timezone.now(), domain=uid_domain(event)))
    cal.add_missing_timezones()
    return cal.to_ical()


def feed_calendar(index, events, url_for):
    """Every event of an agreement's listing, for subscribing (refreshed twice a day)."""
    agreement = index.get_parent()
    cal = calendar(f"{index.title} – {agreement.title}")
    cal.add("refresh-interval", datetime.timedelta(hours=12), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", datetime.timedelta(hours=12))
    stamp, domain = timezone.now(), uid_domain(index)
    for event in events:
        cal.add_component(vevent(event, url_for(event), stamp=stamp, domain=domain))
    cal.add_missing_timezones()
    return cal.to_ical()


def ics_response(content, filename, *, attachment):
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


def event_response(event, request):
    url = event.get_full_url(request)
    return ics_response(
        event_calendar(event, url), f"{slugify(event.slug) or 'event'}.ics", attachment=True
    )


def feed_response(index, request):
    events = list(index.get_events())
    root = index.get_full_url(request)
    # The events are children of the index: their URLs are the index's plus their
    # slug; an event that exists only in Swedish is at its Swedish address.
    content = feed_calendar(
        index,
        events,
        lambda event: (
            f"{root}{event.slug}/"
            if event.locale_id == index.locale_id
            else event.get_full_url(request)
        ),
    )
    response = ics_response(content, "calendar.ics", attachment=False)
    response["Cache-Control"] = "public, max-age=900"
    return response


def feed_urls(index, request):
    """(https URL, webcal:// URL) of the index's feed."""
    url = index.get_full_url(request) + "calendar/"
    return url, "webcal://" + url.split("://", 1)[1]
