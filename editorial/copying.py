"""Copy views that only pre-fill the add form: they never save.

Wagtail's generic copy view binds a POST to the object being copied (the
form's instance is the original), so a POST sent to a copy URL saves over the
original, past the edit view and the review workflow: a contributor could
replace the live contact point and take it offline, a publisher could change
a superuser's e-mail and password. The page the admin renders posts the copy
to the add view, so copy views answer GET only.
"""


class PrefillOnlyCopyViewMixin:
    """For a `copy_view_class`: GET shows the pre-filled add form; any POST is refused (405)."""

    http_method_names = ["get", "head", "options"]
