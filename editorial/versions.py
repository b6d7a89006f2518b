"""The public list of a page's published versions, with their change notes."""

from wagtail.models import PageLogEntry

from .models import RevisionNote

# Published by an editor, or by `publish_scheduled` at the go-live date.
PUBLISH_ACTIONS = ["wagtail.publish", "wagtail.publish.scheduled"]


def published_versions(page, limit=50):
    """Each publication of `page`, newest first: when, and the change note (two queries)."""
    entries = list(
        PageLogEntry.objects.filter(page=page, action__in=PUBLISH_ACTIONS)
        .order_by("-timestamp")
        .values("timestamp", "revision_id")[:limit]
    )
    notes = dict(
        RevisionNote.objects.filter(
            revision_id__in=[e["revision_id"] for e in entries if e["revision_id"]]
        ).values_list("revision_id", "note")
    )
    return [
        {"published_at": e["timestamp"], "note": notes.get(e["revision_id"], "")} for e in entries
    ]
