"""The public list of a page's published versions, with their change notes."""

from django.db.models import OuterRef, Subquery

from wagtail.models import PageLogEntry

from operations import generation

from .models import RevisionNote

# Published by an editor, or by `publish_scheduled` at the go-live date.
PUBLISH_ACTIONS = ["wagtail.publish", "wagtail.publish.scheduled"]


def published_versions(page, limit=50, request=None):
    """Each publication of `page`, newest first: when, and the change note (one query).

    With the request, once per publication and app server: only a
    publication adds to the list, and every publication starts a new
    generation (operations/generation.py).
    """
    if request is not None:
        return generation.memo(
            request, "published-versions", (page.pk, limit), lambda: published_versions(page, limit)
        )
    entries = (
        PageLogEntry.objects.filter(page=page, action__in=PUBLISH_ACTIONS)
        .annotate(
            note=Subquery(
                RevisionNote.objects.filter(revision_id=OuterRef("revision_id")).values("note")[:1]
            )
        )
        .order_by("-timestamp")
        .values("timestamp", "note")[:limit]
    )
    return [{"published_at": e["timestamp"], "note": e["note"] or ""} for e in entries]
