"""The public list of a page's published versions, with their change notes."""

from django.db.models import OuterRef, Subquery

from wagtail.models import PageLogEntry

from .models import RevisionNote

# Published by an editor, or by `publish_scheduled` at the go-live date.
PUBLISH_ACTIONS = ["wagtail.publish", "wagtail.publish.scheduled"]


def published_versions(page, limit=50):
    """Each publication of `page`, newest first: when, and the change note (one query)."""
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
