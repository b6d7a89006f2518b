"""What the operations app keeps in the database."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PendingPurge(models.Model):
    """A page-cache purge that could not reach the shared cache (Redis unreachable).

    Written in the same transaction as the change that asked for it, so it
    outlives the outage and the process: the first request that reaches the
    cache again applies it (operations/pagecache.py) and deletes the row.
    `reason` names what changed (a page id, a model), never personal data.
    """

    reason = models.CharField(_("reason"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("pending page-cache purge")
        verbose_name_plural = _("pending page-cache purges")

    def __str__(self):
        return self.reason
