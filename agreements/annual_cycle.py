"""The annual cycle (*årshjul*) of the current agreement, on the admin dashboard.

What the year still requires: the forums this agreement promises, last
year's follow-up report, the next activity plan, the review of the agreement
and what the apps above this one add through the hook
`register_annual_cycle_lines` (the forms app: the affiliation applications
waiting for a decision). Each line says how things stand and links to where
to act.
"""

import datetime

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Locale

from operations.sites import in_site

from .dashboard_sites import sites_worked_on

PLAN_WARNING_DAYS = 90


def current_agreement(today, site=None):
    """The live agreement of `site` in force (or extended) on `today` in the default language."""
    from .models import AgreementPage, AgreementStatus

    pages = AgreementPage.objects.live()
    if site is not None:
        pages = pages.filter(in_site(site))
    candidates = (
        pages.filter(locale=Locale.get_default())
        .filter(Q(starts_on__lte=today) | Q(starts_on__isnull=True))
        .order_by(*AgreementPage.NEWEST_FIRST)
    )
    for agreement in candidates[:5]:
        if agreement.status_on(today) in (AgreementStatus.IN_FORCE, AgreementStatus.EXTENDED):
            return agreement
    return None


def add_page_url(model, parent):
    return reverse(
        "wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk)
    )


def edit_page_url(page):
    return reverse("wagtailadmin_pages:edit", args=(page.pk,))


def line(key, label, text, ok, action_url, action_label):
    return {
        "key": key,
        "label": label,
        "text": text,
        "ok": ok,
        "action_url": action_url,
        "action_label": action_label,
    }


def forums_line(agreement, today, now):
    """Held and planned events of the year against what this agreement promises, or None.

    Each promise with a yearly rhythm asks for its number of events of its
    kind (by default the dialogue forums and follow-up conferences); a
    promise made on request, or in words no count fits, asks for none. An
    agreement that promises no forum gets no line: nothing is missing.
    """
    from .models import EventIndexPage, EventPage

    promises = agreement.get_forum_promises()
    if not promises:
        return None
    needs = agreement.forums_required(promises)
    kinds = {kind for counted, _count in needs for kind in counted}
    year_start = datetime.datetime(today.year, 1, 1, tzinfo=timezone.get_current_timezone())
    year_end = datetime.datetime(today.year + 1, 1, 1, tzinfo=timezone.get_current_timezone())
    events = list(
        EventPage.objects.live()
        .descendant_of(agreement)
        .filter(kind__in=kinds, start__gte=year_start, start__lt=year_end)
        .values_list("kind", "end")
    )
    held = [kind for kind, end in events if end <= now]
    planned = [kind for kind, end in events if end > now]
    # Every promise met by its own kinds of event (not by the others').
    ok = all(
        sum(1 for kind in held + planned if kind in counted) >= count for counted, count in needs
    )
    required = sum(count for _counted, count in needs)
    if required:
        text = ngettext(
            "%(held)s of %(required)s forum held in %(year)s",
            "%(held)s of %(required)s forums held in %(year)s",
            required,
        ) % {"held": len(held), "required": required, "year": today.year}
    else:
        text = _(
            "The agreement promises no number of forums a year (on request or as its "
            "text describes): nothing to count."
        )
    if planned:
        text += ", " + ngettext(
            "%(planned)s more planned", "%(planned)s more planned", len(planned)
        ) % {"planned": len(planned)}
    events_index = EventIndexPage.objects.child_of(agreement).first()
    if events_index is None:
        url, action = add_page_url(EventIndexPage, agreement), _("Add an events listing")
    else:
        url, action = add_page_url(EventPage, events_index), _("Add a forum")
    return line("forums", _("Forums"), text, ok, url, action)


def report_line(agreement, today):
    from .models import FollowUpReportPage

    year = today.year - 1
    if agreement.starts_on is not None and year < agreement.starts_on.year:
        return line(
            "report",
            _("Follow-up report"),
            _("No report is due yet: the agreement began in %(year)s.")
            % {"year": agreement.starts_on.year},
            True,
            None,
            None,
        )
    report = FollowUpReportPage.objects.child_of(agreement).filter(year=year).first()
    if report is None:
        return line(
            "report",
            _("Follow-up report"),
            _("The follow-up report for %(year)s has not been started.") % {"year": year},
            False,
            add_page_url(FollowUpReportPage, agreement),
            _("Start the report"),
        )
    if not report.live:
        return line(
            "report",
            _("Follow-up report"),
            _("The follow-up report for %(year)s is not published yet.") % {"year": year},
            False,
            edit_page_url(report),
            _("Edit the report"),
        )
    return line(
        "report",
        _("Follow-up report"),
        _("The follow-up report for %(year)s is published.") % {"year": year},
        True,
        edit_page_url(report),
        _("Open the report"),
    )


def plan_line(agreement, today):
    from .models import ActivityPlanPage

    plan = (
        ActivityPlanPage.objects.child_of(agreement)
        .live()
        .filter(period_start__lte=today, period_end__gte=today)
        .order_by("-period_end")
        .first()
    )
    add_url = add_page_url(ActivityPlanPage, agreement)
    if plan is None:
        return line(
            "plan",
            _("Activity plan"),
            _("No published activity plan covers today."),
            False,
            add_url,
            _("Add an activity plan"),
        )
    ends = date_format(plan.period_end, "DATE_FORMAT")
    if plan.period_end <= today + datetime.timedelta(days=PLAN_WARNING_DAYS):
        following = (
            ActivityPlanPage.objects.child_of(agreement)
            .filter(period_start__gt=plan.period_end)
            .first()
        )
        if following is None:
            return line(
                "plan",
                _("Activity plan"),
                _("The activity plan ends on %(date)s: time to prepare the next one.")
                % {"date": ends},
                False,
                add_url,
                _("Add the next activity plan"),
            )
        return line(
            "plan",
            _("Activity plan"),
            _("The activity plan ends on %(date)s; the next one is being prepared.")
            % {"date": ends},
            True,
            edit_page_url(following),
            _("Edit the next activity plan"),
        )
    return line(
        "plan",
        _("Activity plan"),
        _("The activity plan runs until %(date)s.") % {"date": ends},
        True,
        edit_page_url(plan),
        _("Update the activity plan"),
    )


def review_line(agreement, today):
    url = edit_page_url(agreement)
    window = agreement.review_window()
    if window is None:
        return line(
            "review",
            _("Review"),
            _("No review date is set."),
            False,
            url,
            _("Set the review date"),
        )
    due_from, deadline = window
    date = date_format(deadline, "DATE_FORMAT")
    if deadline < today:
        text, ok = _("The review date %(date)s has passed.") % {"date": date}, False
    elif due_from <= today + datetime.timedelta(days=agreement.REVIEW_WARNING_DAYS):
        text, ok = _("The agreement must be reviewed by %(date)s.") % {"date": date}, False
    else:
        text, ok = _("The agreement is to be reviewed by %(date)s.") % {"date": date}, True
    return line("review", _("Review"), text, ok, url, _("Edit the agreement"))


def annual_cycle(today=None, user=None, site=None):
    """The lines of the annual cycle for the current agreement of `site` on `today`, or None."""
    now = timezone.now()
    today = today or timezone.localdate(now)
    agreement = current_agreement(today, site)
    if agreement is None:
        return None
    return {
        "agreement": agreement,
        "site": site,
        "year": today.year,
        "lines": [
            item
            for item in (
                forums_line(agreement, today, now),
                report_line(agreement, today),
                plan_line(agreement, today),
                review_line(agreement, today),
                # Lines of the apps that build on this one (the affiliation
                # applications waiting for a decision, from the forms app).
                *(hook(agreement, user) for hook in hooks.get_hooks("register_annual_cycle_lines")),
            )
            if item is not None
        ],
    }


class AnnualCyclePanel(Component):
    """The annual cycle (årshjul) of the current agreement on the dashboard.

    One per site the user works on (the sites whose pages they may edit;
    a superuser sees every site's): never another municipality's.
    """

    name = "annual_cycle"
    template_name = "agreements/panels/annual_cycle.html"
    order = 140

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = self.request.user
        sites = sites_worked_on(user)
        cycles = [(site, annual_cycle(user=user, site=site)) for site in sites]
        context["cycles"] = [
            {"site": site, "cycle": cycle, "named": len(sites) > 1} for site, cycle in cycles
        ]
        return context
