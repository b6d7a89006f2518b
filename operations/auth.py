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


# The length of django-axes' username column.
AXES_USERNAME_LENGTH = 255


def login_username(request, credentials=None):
    """The user name django-axes counts failed logins under: as typed, fit for its table.

    Axes keeps it in a 255-character column; a longer one (no account has
    one: Django's user names have at most 150) made PostgreSQL refuse the
    failed login's record, a server error on the login form. NUL, which
    PostgreSQL refuses in any text, goes too. Set as AXES_USERNAME_CALLABLE.
    """
    if credentials:
        username = credentials.get("username")
    else:
        username = getattr(request, "data", request.POST).get("username")
    if username is None:
        return None
    return str(username).replace("\x00", "")[:AXES_USERNAME_LENGTH]
