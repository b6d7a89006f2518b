"""Login throttling with django-axes, for logins made through a web request.

django-axes refuses `authenticate()` without a request; logins made in
code (the test client's `login()`, management commands) have none and are
no guessing threat, so they go straight to the next backend.
"""

from axes.backends import AxesStandaloneBackend


class AxesLoginBackend(AxesStandaloneBackend):
    """django-axes' lockout for every login form (Wagtail's admin login included)."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
