"""Security headers Django has no setting for, the admin's CSP, and the 503 page."""

import logging

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.template.response import TemplateResponse

from csp.middleware import CSPMiddleware
from csp.utils import default_config

logger = logging.getLogger(__name__)

DATABASE_ERRORS = (OperationalError, InterfaceError)


def service_unavailable(request):
    """The friendly 503 page, rendered without touching the database."""
    response = TemplateResponse(request, "503.html", status=503)
    response["Retry-After"] = str(getattr(settings, "DATABASE_UNAVAILABLE_RETRY_AFTER", 120))
    response["Cache-Control"] = "no-store"
    return response.render()


class DatabaseUnavailableMiddleware:
    """A database that cannot be reached gives 503 and a friendly page, not a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            logger.error("Database unavailable: %s", type(exception).__name__)
            return service_unavailable(request)
        return None


class PermissionsPolicyMiddleware:
    """Permissions-Policy: the site uses no camera, microphone, location or payment."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = getattr(settings, "PERMISSIONS_POLICY", "")
        if policy and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = policy
        return response


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp with a second policy for the Wagtail admin.

    The public site runs under the strict CONTENT_SECURITY_POLICY (no inline
    script or style at all). The Wagtail 8 admin still writes inline
    `<script>` blocks and `style` attributes (widgets, the rich-text editor,
    the preview panel), shows image previews from `blob:` and `data:` URLs
    and embeds its own preview in a frame, so /admin/ gets
    CONTENT_SECURITY_POLICY_ADMIN instead.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        admin_policy = getattr(settings, "CONTENT_SECURITY_POLICY_ADMIN", None)
        if (
            not report_only
            and admin_policy
            and parts.config is None
            and request.path_info.startswith(getattr(settings, "ADMIN_PATH_PREFIX", "/admin/"))
        ):
            parts.config = default_config(admin_policy.get("DIRECTIVES", {}))
            parts.nonce = None  # a nonce would switch 'unsafe-inline' off
        return parts
