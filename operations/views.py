"""The server-error view: 503 when the database is the cause, else the 500 page.

Django calls handler500 inside the `except` block of the failing request,
so the exception is still at hand; middleware that failed before the view
ran (a session read, for example) ends up here too.
"""

import sys

from django.views.defaults import server_error as django_server_error

from .middleware import DATABASE_ERRORS, service_unavailable


def server_error(request, template_name="500.html"):
    if isinstance(sys.exc_info()[1], DATABASE_ERRORS):
        return service_unavailable(request)
    return django_server_error(request, template_name=template_name)
