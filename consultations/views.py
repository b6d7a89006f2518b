"""The consultation page: the proposal, the answer form, the published answers, the report.

The form follows the affiliation form's pattern (forms/views.py): errors in a
focusable summary with links and at each field, nothing typed lost, a
honeypot and a minimum fill time, a per-client rate limit, a second sending
of the same form answered with the first one's receipt, the row saved first
and the receipt e-mailed after commit.
"""

import logging
import re
from functools import partial

from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language

from consultations import conf
from consultations.forms import CommentForm
from consultations.models import (
    CommentStatus,
    ConsultationComment,
    ConsultationStatus,
    FrozenReport,
)
from consultations.proposal import read_proposal
from consultations.report import answer_sections, build_report, report_for_display
from forms import ratelimit
from forms.forms import issue_form_token, read_form_token
from forms.views import error_summary

logger = logging.getLogger(__name__)

FORM_ANCHOR = "#answer-form"
RECEIPT_RE = re.compile(r"S-\d{4}-[2-9A-HJ-NP-Z]{6}")


def published_answers(source):
    return list(
        ConsultationComment.objects.filter(consultation=source, status=CommentStatus.PUBLISHED)
        .only(
            *("id", "consultation_id", "target_kind", "target_key", "principle_key"),
            *("target_label", "respondent_kind", "organisation_name", "comment"),
            *("proposed_wording", "handling", "handling_reason", "created_at"),
        )
        .order_by("created_at", "pk")
    )


def render(page, request, *, form=None, receipt=None, status=200, **extra):
    source = page.in_default_language()
    draft = page.draft
    adopted = draft is not None and draft.live
    proposal = None if draft is None or adopted else read_proposal(draft, get_language())
    if form is None and page.accepts_answers and receipt is None:
        form = CommentForm(
            consultation=page,
            proposal=proposal,
            initial={"target": request.GET.get("target", "whole")},
        )
    answers = published_answers(source)
    context = page.get_context(request)
    context.update(
        proposal=proposal,
        adopted_version=draft if adopted else None,
        status=page.status,
        statuses=ConsultationStatus,
        form=form,
        receipt=receipt,
        error_summary=error_summary(form, FORM_ANCHOR),
        sections=answer_sections(answers, proposal, draft, get_language()),
        answer_count=len(answers),
        retention_months=conf.retention_months(),
        **extra,
    )
    response = TemplateResponse(
        request, "consultations/consultation_page.html", context, status=status
    )
    if page.accepts_answers:
        patch_cache_control(response, private=True)
    return response


def consultation_page(page, request):
    """GET: the page with the form or the receipt; POST: an answer."""
    if request.method == "POST":
        return submit(page, request)
    receipt = request.GET.get("receipt", "")
    return render(page, request, receipt=receipt if RECEIPT_RE.fullmatch(receipt) else None)


def receipt_redirect(page, request, comment):
    url = page.get_url(request)
    return HttpResponseRedirect(f"{url}?receipt={comment.reference}#receipt", status=303)


def submit(page, request):
    if not page.accepts_answers:
        return render(page, request)
    source = page.in_default_language()
    token = read_form_token(request.POST.get("form_token"))
    if token is not None:
        existing = ConsultationComment.objects.filter(submission_token=token[0]).first()
        if existing is not None:
            return receipt_redirect(page, request, existing)

    draft = page.draft
    proposal = read_proposal(draft, get_language()) if draft is not None else None
    form = CommentForm(request.POST, consultation=page, proposal=proposal)
    if not form.is_valid():
        if "form_token" in form.errors:
            form.data = form.data.copy()
            form.data["form_token"] = issue_form_token()
        if form.is_spam:
            logger.info("Consultation answer refused as automated (honeypot or fill time).")
        return render(page, request, form=form)

    allowed, retry_after = ratelimit.hit(request, scope="consultation", rate=conf.rate_limit())
    if not allowed:
        logger.info("Consultation answer refused: rate limit reached for a client.")
        return ratelimit.refused(partial(render, page, request, form=form), retry_after)

    comment = form.fill(ConsultationComment(consultation=source, language=get_language()))
    try:
        with transaction.atomic():
            comment.save()
            transaction.on_commit(partial(queue_receipt, comment.pk))
    except IntegrityError:
        existing = ConsultationComment.objects.filter(submission_token=form.token_id).first()
        if existing is None:
            raise
        return receipt_redirect(page, request, existing)
    logger.info("Consultation answer %s received.", comment.reference)
    return receipt_redirect(page, request, comment)


def queue_receipt(comment_id):
    from consultations import tasks

    tasks.send_receipt.enqueue(comment_id)


def report_page(page, request):
    """The consultation report: once the consultation has closed; frozen once adopted."""
    if page.status != ConsultationStatus.CLOSED:
        raise Http404
    source = page.in_default_language()
    frozen = FrozenReport.objects.filter(consultation=source).first()
    snapshot = frozen.snapshot if frozen is not None else build_report(source, get_language())
    draft = page.draft
    context = page.get_context(request)
    context.update(
        report=report_for_display(snapshot),
        frozen=frozen,
        adopted_version=draft if draft is not None and draft.live else None,
    )
    return TemplateResponse(request, "consultations/report_page.html", context)
