"""Page forms that refuse a commitment or contact whose party the agreement has not named.

The public pages show each commitment under the name its agreement gives
the party ("Staden", a named network, "Båda parter"). A commitment of a side
the agreement has not named would have to be shown under a name nobody
chose, so the admin asks the editor to name the party first.
"""

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from editorial.forms import EditorialPageForm

from .commitments import Commitment, Party

MISSING_PARTY = _(
    "This agreement does not name this party yet. Add it under “Parties” on the agreement "
    "first, with the name the adopted text gives it."
)
DUPLICATE_SIDE = _("This side is already named above. Give each side one name.")


def kept_forms(formset):
    """The formset's filled-in forms that are not marked for deletion."""
    forms = []
    for form in formset.forms:
        if not hasattr(form, "cleaned_data") or not form.cleaned_data:
            continue
        if formset.can_delete and formset._should_delete_form(form):
            continue
        forms.append(form)
    return forms


def refuse_unnamed_parties(rows, named_sides, field="party"):
    """Mark each row (commitment, contact) whose side `field` is not in `named_sides`.

    True if none was found.
    """
    valid = True
    for form in kept_forms(rows):
        side = form.cleaned_data.get(field)
        if side and side not in named_sides:
            form.add_error(field, MISSING_PARTY)
            valid = False
    return valid


class AgreementPageForm(EditorialPageForm):
    """Each side named once; each commitment (here, on the principles) and contact has a party."""

    def is_valid(self):
        valid = super().is_valid()
        parties = self.formsets.get("party_names")
        commitments = self.formsets.get("commitments")
        if parties is None or commitments is None:
            return valid
        named = set()
        for form in kept_forms(parties):
            side = form.cleaned_data.get("side")
            if side in named:
                form.add_error("side", DUPLICATE_SIDE)
                valid = False
            named.add(side)
        valid = refuse_unnamed_parties(commitments, named) and valid
        # A contact that speaks for a party is shown under the party's name.
        contacts = self.formsets.get("contacts")
        if contacts is not None:
            valid = refuse_unnamed_parties(contacts, named, field="side") and valid
        if self.instance.pk:
            # Below an agreement, only principles carry commitments.
            on_principles = set(
                Commitment.objects.filter(
                    page__in=Page.objects.child_of(self.instance)
                ).values_list("party", flat=True)
            )
            for side in Party.values:
                if side in on_principles and side not in named:
                    self.add_error(
                        None,
                        format_lazy(
                            _("The principles have commitments by “{side}”: name that party."),
                            side=Party(side).label,
                        ),
                    )
                    valid = False
        return valid


class PrinciplePageForm(EditorialPageForm):
    """A principle's commitments need parties named on its agreement (its latest draft)."""

    def is_valid(self):
        valid = super().is_valid()
        commitments = self.formsets.get("commitments")
        agreement = self.parent_page if self.instance.pk is None else self.instance.get_parent()
        if commitments is None or agreement is None:
            return valid
        latest = agreement.specific.get_latest_revision_as_object()
        named = {p.side for p in latest.party_names.all()}
        return refuse_unnamed_parties(commitments, named) and valid
