"""Forms for workflow actions (imported lazily: admin forms need the app registry)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.forms import TaskStateCommentForm


class RequiredCommentForm(TaskStateCommentForm):
    """Requesting changes without saying which leaves the submitter guessing."""

    comment = forms.CharField(
        label=_("Comment"),
        required=True,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Say what needs to change. The submitter receives this comment."),
    )
