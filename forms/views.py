"""Public views: the application form (served by `ApplicationPage`) and the open data."""

import csv
import io
import json
import logging
import re
from functools import partial

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.http import require_safe

from wagtail.models import Site

from agreements.models import AgreementPage, AgreementStatus
from forms import ratelimit, tasks
from forms.exports import BYTE_ORDER_MARK, CSV_CONTENT_TYPE
from forms.forms import ApplicationForm, issue_form_token, read_form_token, read_invitation_token
from forms.joining_rules import joining_rules
from forms.models import Application, Organisation, OrganisationType, Signature
from forms.models.applications import REFERENCE_PATTERN
from forms.register import sorted_signatures, spreadsheet_safe
from forms.services import canonical_agreement
from operations.sites import in_site

logger = logging.getLogger(__name__)

RECEIPT_RE = re.compile(REFERENCE_PATTERN)


# -- the application form --------------------------------------------------------


def serve_application_page(page, request, *args, **kwargs):
    """GET: the form (pre-filled from an invitation) or the receipt; POST: an application."""
    agreement = page.get_agreement()
    if request.method == "POST":
        return handle_submission(page, agreement, request)
    receipt = request.GET.get("receipt", "")
    if RECEIPT_RE.fullmatch(receipt):
        return render_page(page, request, agreement, receipt=receipt)
    form = ApplicationForm(
        initial=invitation_initial(agreement, request.GET.get("invitation")), page=page
    )
    return render_page(page, request, agreement, form=form)


def invitation_initial(agreement, token):
    """Initial form data from a signed re-sign invitation: the organisation's public record."""
    invitation = read_invitation_token(token)
    if invitation is None:
        return {}
    organisation_id, agreement_id = invitation
    if agreement_id != canonical_agreement(agreement).pk:
        return {}
    organisation = Organisation.objects.filter(pk=organisation_id).first()
    if organisation is None:
        return {}
    return {**ApplicationForm.initial_from_organisation(organisation), "invitation": token}


def is_closed(agreement):
    return agreement.status == AgreementStatus.EXPIRED


def handle_submission(page, agreement, request):
    if is_closed(agreement):
        return render_page(page, request, agreement)
    target = canonical_agreement(agreement)

    # A second click on "Send", or the same form sent again: the receipt of the first.
    token = read_form_token(request.POST.get("form_token"))
    if token is not None:
        existing = Application.objects.filter(submission_token=token[0]).first()
        if existing is not None:
            return redirect_to_receipt(page, request, existing)

    form = ApplicationForm(request.POST, instance=Application(agreement=target), page=page)
    if not form.is_valid():
        if "form_token" in form.errors:
            # A fresh token, so that sending the corrected form works.
            form.data = form.data.copy()
            form.data["form_token"] = issue_form_token()
        if form.is_spam:
            logger.info("Affiliation form refused as automated (honeypot or fill time).")
        return render_page(page, request, agreement, form=form)

    allowed, retry_after = ratelimit.hit(request)
    if not allowed:
        logger.info("Affiliation form refused: rate limit reached for a client.")
        context = {"page": page, "self": page, "agreement": agreement}

        def render(status, rate_limited, retry_minutes):
            return TemplateResponse(
                request,
                "forms/rate_limited.html",
                {**context, "retry_minutes": retry_minutes},
                status=status,
            )

        return ratelimit.refused(render, retry_after)

    application = save_application(form)
    if application is None:
        existing = Application.objects.get(submission_token=form.token_id)
        return redirect_to_receipt(page, request, existing)
    logger.info("Affiliation application %s received.", application.reference)
    return redirect_to_receipt(page, request, application)


def save_application(form):
    """Store the application in one transaction, then queue its e-mails.

    Returns None if the same form was stored meanwhile by a concurrent
    request (the unique submission token decides which one wins).
    """
    for _attempt in range(3):
        try:
            with transaction.atomic():
                application = form.save()
                transaction.on_commit(
                    partial(tasks.send_application_emails.enqueue, application.pk)
                )
            return application
        except IntegrityError:
            if Application.objects.filter(submission_token=form.token_id).exists():
                return None
            # A clash of the random reference: draw another one.
            form.instance.pk = None
            form.instance.reference = Application._meta.get_field("reference").get_default()
    raise IntegrityError("Could not store the affiliation application.")


def redirect_to_receipt(page, request, application):
    url = page.get_url(request) or page.url
    return HttpResponseRedirect(f"{url}?receipt={application.reference}", status=303)


def error_summary(form, form_anchor="#application-form"):
    """Links to every field in error, in form order, for the summary at the top."""
    if form is None or not form.is_bound:
        return []
    items = [{"href": form_anchor, "message": message} for message in form.non_field_errors()]
    for field in form:
        if field.errors and not field.is_hidden:
            anchor = field.auto_id
            if field.use_fieldset:
                anchor = f"{anchor}_0"
            items.extend({"href": f"#{anchor}", "message": message} for message in field.errors)
    for field in form.hidden_fields():
        items.extend({"href": form_anchor, "message": m} for m in field.errors)
    return items


def render_page(page, request, agreement, form=None, receipt=None, status=200):
    context = page.get_context(request)
    context.update(
        agreement=agreement,
        form=form,
        receipt=receipt,
        closed=is_closed(agreement),
        error_summary=error_summary(form),
        joining=joining_rules(page, agreement),
    )
    return TemplateResponse(request, page.get_template(request), context, status=status)


# -- open data --------------------------------------------------------------------

OPEN_DATA_FIELDS = [
    "organisation_name",
    "organisation_number",
    "organisation_type",
    "organisation_type_label",
    "website",
    "joined_on",
]


def live_agreement(agreement_id, request):
    """The live agreement version with this id, in the default language, of the request's site.

    Another municipality's agreement is not found here (404): its open data
    is published at its own host.
    """
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    page = get_object_or_404(AgreementPage.objects.live().filter(in_site(site)), pk=agreement_id)
    canonical = canonical_agreement(page)
    if not canonical.live:
        raise Http404
    return canonical


def public_signatures():
    """The register's rows that open data publishes, with only the organisation's public fields."""
    return (
        Signature.objects.public()
        .select_related("organisation")
        .only(
            "joined_on",
            "agreement_id",
            "organisation__name",
            "organisation__organisation_number",
            "organisation__organisation_type",
            "organisation__website",
        )
    )


def signatory_row(signature, labels):
    """One signatory as open data: the organisation only, no people.

    `labels` are the organisation types' labels (`dict(OrganisationType.choices)`),
    read in the default language by the caller.
    """
    organisation = signature.organisation
    return {
        "organisation_name": organisation.name,
        "organisation_number": organisation.organisation_number_display,
        "organisation_type": organisation.organisation_type,
        "organisation_type_label": str(labels.get(organisation.organisation_type, "")),
        "website": organisation.website,
        "joined_on": signature.joined_on.isoformat(),
    }


def signatory_rows(agreement):
    """The public register of `agreement` as plain rows: organisations only, no people."""
    signatures = public_signatures().filter(agreement__translation_key=agreement.translation_key)
    labels = dict(OrganisationType.choices)
    with translation.override(settings.LANGUAGE_CODE):
        return [signatory_row(s, labels) for s in sorted_signatures(signatures)]


def open_data_headers(response):
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "public, max-age=300"
    return response


def agreement_summary(agreement, request):
    return {
        "id": agreement.pk,
        "title": agreement.title,
        "municipality": agreement.municipality,
        # The period only as the text gives it: exact dates or nothing here.
        "valid_from": agreement.valid_from.isoformat() if agreement.valid_from else None,
        "valid_to": agreement.valid_to.isoformat() if agreement.valid_to else None,
        "url": agreement.full_url,
        "signatories_json": request.build_absolute_uri(
            reverse("forms_open_data_json", args=[agreement.pk])
        ),
        "signatories_csv": request.build_absolute_uri(
            reverse("forms_open_data_csv", args=[agreement.pk])
        ),
        # As the agreement names them, in its order; none when it names none.
        "parties": [{"side": p.side, "name": p.name} for p in agreement.get_party_names()],
        "commitments_json": request.build_absolute_uri(
            reverse("forms_open_data_commitments", args=[agreement.pk])
        ),
    }


def commitment_rows(agreement):
    """Every commitment of `agreement` with its principle (none: the whole agreement) and party.

    Laid out as the agreement page lays them out, each party under the
    agreement's name for it.
    """
    matrix = agreement.get_commitment_matrix()
    groups = [(row["label"], cell) for row in matrix["rows"] for cell in row["cells"]] + [
        (None, group) for group in matrix["whole"]
    ]
    with translation.override(settings.LANGUAGE_CODE):
        return [
            {
                "principle": principle,
                "side": group["party"].side,
                "party": str(group["party"].name),
                "text": commitment.text,
            }
            for principle, group in groups
            for commitment in group["commitments"]
        ]


def agreement_rows_json(request, agreement_id, name, rows_of):
    """One live agreement version's rows (`rows_of(agreement)`) as JSON under `name`."""
    agreement = live_agreement(agreement_id, request)
    rows = rows_of(agreement)
    data = {
        "agreement": agreement_summary(agreement, request),
        "generated_at": timezone.now().isoformat(timespec="seconds"),
        "count": len(rows),
        name: rows,
    }
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    return open_data_headers(response)


@require_safe
def open_data_commitments(request, agreement_id):
    """The commitments of one agreement version as JSON, with the parties' own names."""
    return agreement_rows_json(request, agreement_id, "commitments", commitment_rows)


@require_safe
def open_data_index(request):
    """Every live agreement version of the request's site and where its register is published."""
    site = Site.find_for_request(request)
    pages = AgreementPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)
    agreements = [
        canonical_agreement(a) for a in (pages.filter(in_site(site)) if site else pages.none())
    ]
    data = {
        "generated_at": timezone.now().isoformat(timespec="seconds"),
        "agreements": [agreement_summary(a, request) for a in agreements if a.live],
    }
    return open_data_headers(
        JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
    )


@require_safe
def open_data_json(request, agreement_id):
    """The current signatories of one agreement version as JSON."""
    return agreement_rows_json(request, agreement_id, "signatories", signatory_rows)


@require_safe
def open_data_csv(request, agreement_id):
    """The current signatories of one agreement version as CSV (UTF-8, comma-separated)."""
    agreement = live_agreement(agreement_id, request)
    buffer = io.StringIO()
    buffer.write(BYTE_ORDER_MARK)
    writer = csv.DictWriter(buffer, fieldnames=OPEN_DATA_FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for row in signatory_rows(agreement):
        writer.writerow({key: spreadsheet_safe(value) for key, value in row.items()})
    response = HttpResponse(buffer.getvalue(), content_type=CSV_CONTENT_TYPE)
    response["Content-Disposition"] = f'inline; filename="signatories-{agreement.pk}.csv"'
    return open_data_headers(response)
