"""Admin views: submit a translation for review, and the translations report."""

from django.contrib.auth.decorators import permission_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.admin import messages
from wagtail.models import Page
from wagtail_localize.models import MissingTranslationError, Translation

from editorial.models import RevisionNote

from .drafts import save_translation_draft
from .status import translation_status


def translation_for_page(page):
    """The wagtail-localize translation whose target is `page`, if any."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale=page.locale, enabled=True
        )
        .exclude(source__locale=page.locale)
        .select_related("source")
        .first()
    )


def submit_translation_for_review(request, page_id):
    """Write the translated strings into a draft of the page and start its workflow.

    wagtail-localize's editor can only publish, which would skip review; a
    translator saves strings there, then comes here. The draft then goes
    through the page's workflow like any other change, and the live page
    stays as it is until the last step approves.
    """
    page = get_object_or_404(Page, id=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    translation = translation_for_page(page)
    if translation is None:
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    if page.workflow_in_progress:
        messages.error(request, _("This translation is already in review."))
        return redirect(edit_url)
    workflow = page.get_workflow()
    error = ""
    if request.method == "POST":
        note = request.POST.get("change_note", "").strip()[:500]
        if not note:
            error = _("Write a change note before submitting for review.")
        else:
            try:
                revision = save_translation_draft(translation, request.user)
            except MissingTranslationError:
                messages.error(request, _("Some texts are not translated yet."))
                return redirect(edit_url)
            page = Page.objects.get(pk=page.pk).specific
            RevisionNote.objects.update_or_create(
                revision=revision,
                defaults={"note": note, "created_by": request.user},
            )
            if workflow is not None:
                workflow.start(page, request.user)
                messages.success(request, _("The translation was submitted for review."))
            else:
                messages.success(request, _("The translation was saved as a draft."))
            return redirect(reverse("wagtailadmin_explore", args=(page.get_parent().pk,)))
    return TemplateResponse(
        request,
        "translations/submit_for_review.html",
        {"page": page, "translation": translation, "workflow": workflow, "error": error},
    )


@permission_required("wagtailadmin.access_admin")
def translation_report(request):
    return TemplateResponse(
        request, "translations/report.html", {"languages": translation_status(request.user)}
    )
