"""The page editor form with a change note; the form of a municipality's snippets."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm


class EditorialPageForm(WagtailAdminPageForm):
    """The page editor with a change note, required when submitting for review."""

    change_note = forms.CharField(
        label=_("Change note"),
        required=False,
        max_length=500,
        help_text=_(
            "What did you change and why? Required when you submit for review; "
            "published change notes are shown in the page's public list of versions."
        ),
    )

    def clean(self):
        cleaned_data = super().clean()
        if "action-submit" in self.data and not cleaned_data.get("change_note", "").strip():
            self.add_error("change_note", _("Write a change note before submitting for review."))
        return cleaned_data


class MunicipalityObjectForm(WagtailAdminModelForm):
    """A snippet kept by one municipality (its `site`): added to the adder's municipality.

    Only the service operator sees the field (a panel permission); everyone
    else's new snippets belong to the municipality whose groups they are in.
    """

    def save(self, commit=True):
        user = getattr(self, "for_user", None)
        if self.instance.site_id is None and user is not None and not user.is_superuser:
            from .municipalities import sites_of

            self.instance.site = sites_of(user).order_by("pk").first()
        return super().save(commit=commit)
