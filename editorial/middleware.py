"""Shows a reviewer why the four-eyes rule refused their action, on the object's editor."""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation

from wagtail.admin import messages
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.modal_workflow import render_modal_workflow
from wagtail.users.models import UserProfile

from .four_eyes import ReviewRefused


class ReviewRefusedMiddleware:
    """Turns a refused review action into a message next to the page or snippet.

    The refusal is raised where the action is carried out (Task.on_action),
    which has no request; Wagtail's admin would answer a PermissionDenied
    with "Sorry, you do not have permission" on the dashboard, which tells a
    reviewer whose edit was just saved nothing about what happened to it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, ReviewRefused):
            return None
        # In the admin language the user chose, as Wagtail's views speak to them.
        language = UserProfile.get_for_user(request.user).get_preferred_language()
        with translation.override(language):
            messages.error(request, str(exception.message))
        url = None
        if exception.obj is not None:
            url = AdminURLFinder(request.user).get_edit_url(exception.obj)
        url = url or reverse("wagtailadmin_home")
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # The workflow action modal follows this to the editor, which shows the message.
            return render_modal_workflow(
                request, "", None, {}, json_data={"step": "success", "redirect": url}
            )
        return redirect(url)
