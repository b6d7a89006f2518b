"""Register the affiliation admin with Wagtail."""

from wagtail import hooks

from forms.viewsets import AffiliationViewSetGroup, ApproveApplicationsBulkAction


@hooks.register("register_admin_viewset")
def register_affiliation_viewsets():
    return AffiliationViewSetGroup()


hooks.register("register_bulk_action", ApproveApplicationsBulkAction)
