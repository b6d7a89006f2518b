"""The public list of a page's published versions, with their change notes."""

from django.db.models import OuterRef, Subquery

from wagtail.models import PageLogEntry, Revision

from .models import RevisionNote

# Published by an editor, or by `publish_scheduled` at the go-live date.
PUBLISH_ACTIONS = ["wagtail.publish", "wagtail.publish.scheduled"]


def published_versions(page, limit=50):
    """Each publication of `page`, newest first: when, the change note, the revision (one query).

    `has_previous` says whether an earlier publication exists to compare
    with (one more row is read to know it for the oldest one listed).
    """
    entries = list(
        PageLogEntry.objects.filter(page=page, action__in=PUBLISH_ACTIONS)
        .annotate(
            note=Subquery(
                RevisionNote.objects.filter(revision_id=OuterRef("revision_id")).values("note")[:1]
            )
        )
        .order_by("-timestamp", "-pk")
        .values("timestamp", "note", "revision_id")[: limit + 1]
    )
    return [
        {
            "published_at": e["timestamp"],
            "note": e["note"] or "",
            "revision_id": e["revision_id"],
            "has_previous": i + 1 < len(entries) and e["revision_id"] is not None,
        }
        for i, e in enumerate(entries[:limit])
    ]


def published_revision_pair(page, revision_id):
    """(the publication before, the publication of `revision_id`) of `page`, or None.

    Each as {"revision": Revision, "published_at": datetime}; only revisions
    that were published count, so no draft is ever shown. Two queries.
    """
    entries = list(
        PageLogEntry.objects.filter(
            page=page, action__in=PUBLISH_ACTIONS, revision_id__isnull=False
        )
        .order_by("timestamp", "pk")
        .values_list("revision_id", "timestamp")
    )
    index = next((i for i, (rev, _at) in enumerate(entries) if rev == revision_id), None)
    if not index:  # not published, or the first publication: nothing before it
        return None
    (old_id, old_at), (new_id, new_at) = entries[index - 1], entries[index]
    revisions = Revision.page_revisions.in_bulk([old_id, new_id])
    if old_id not in revisions or new_id not in revisions:
        return None
    return (
        {"revision": revisions[old_id], "published_at": old_at},
        {"revision": revisions[new_id], "published_at": new_at},
    )
