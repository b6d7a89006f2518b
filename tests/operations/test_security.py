"""Security headers on the public site and in the admin, login lockout, document checks."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from wagtail.documents import get_document_model

import pytest
from axes.models import AccessAttempt

from operations.documents import content_matches_extension

pytestmark = pytest.mark.django_db


def test_public_page_has_the_security_headers(production, client, home_page):
    response = client.get("/", secure=True)
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    csp = response["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";") if d.strip())
    assert directives["default-src"] == "'self'"
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in csp
    assert directives["frame-ancestors"] == "'self'"
    assert directives["object-src"] == "'none'"


def test_admin_runs_under_its_own_policy(production, admin_client):
    response = admin_client.get("/admin/", secure=True)
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in csp
    assert "style-src 'self' 'unsafe-inline'" in csp
    assert "object-src 'none'" in csp
    assert "unsafe-eval" not in csp


def test_session_and_csrf_cookies_are_secure(production, client, admin_user):
    client.get("/admin/login/", secure=True)
    response = client.post(
        "/admin/login/", {"username": "admin", "password": "password"}, secure=True
    )
    assert response.status_code == 302
    assert response.cookies["sessionid"]["secure"]
    assert response.cookies["sessionid"]["httponly"]
    assert client.cookies["csrftoken"]["secure"]


def login(client, password, username="admin"):
    return client.post(
        "/admin/login/", {"username": username, "password": password}, REMOTE_ADDR="203.0.113.7"
    )


def test_admin_login_locks_out_after_repeated_failures(client, admin_user, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(2):
        response = login(client, "wrong")
        assert response.status_code == 200  # the login form again, with an error
    response = login(client, "wrong")
    assert response.status_code == 429
    # Locked out: even the right password is refused now, with a friendly page.
    response = login(client, "password")
    assert response.status_code == 429
    assert "För många misslyckade inloggningar" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_behind_a_proxy_the_lockout_holds_the_real_client_whatever_it_claims(
    client, admin_user, settings
):
    """Behind one proxy of ours the client is the right-most X-Forwarded-For entry."""
    settings.AXES_FAILURE_LIMIT = 2
    settings.AFFILIATION_TRUSTED_PROXY_COUNT = 1
    proxy, guesser, admin = "10.0.0.5", "203.0.113.7", "198.51.100.20"

    def via_proxy(forwarded_for, password):
        return Client(REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR=forwarded_for).post(
            "/admin/login/", {"username": "admin", "password": password}
        )

    assert via_proxy(guesser, "wrong").status_code == 200
    assert via_proxy(f"192.0.2.1, {guesser}", "wrong").status_code == 429
    # A made-up left entry is no new client: still locked out.
    assert via_proxy(f"192.0.2.2, {guesser}", "password").status_code == 429
    # The administrator, elsewhere behind the same proxy, is not.
    assert via_proxy(admin, "password").status_code == 302


def test_a_user_name_of_any_length_is_a_failed_login_not_a_server_error(client):
    """Axes keeps the user name in 255 characters; PostgreSQL refused a longer one (a 500).

    (The front-end login form, unlike the admin's, sends a user name of any length on.)
    """
    visitor = Client(raise_request_exception=False)
    for username in ["x" * 5000, "a\x00b" * 100]:
        response = visitor.post("/_util/login/", {"username": username, "password": "wrong"})
        assert response.status_code == 200
    names = list(AccessAttempt.objects.values_list("username", flat=True))
    assert names
    assert all(len(name) <= 255 and "\x00" not in name for name in names)


def test_a_correct_login_before_the_limit_resets_the_count(client, admin_user, settings):
    settings.AXES_FAILURE_LIMIT = 3
    login(client, "wrong")
    login(client, "wrong")
    assert login(client, "password").status_code == 302
    client.logout()
    assert login(client, "wrong").status_code == 200


@pytest.mark.parametrize(
    ("head", "extension", "ok"),
    [
        (b"%PDF-1.7\n...", "pdf", True),
        (b"<!DOCTYPE html><script>alert(1)</script>", "pdf", False),
        (b"MZ\x90\x00\x03", "docx", False),
        (b"PK\x03\x04\x14\x00", "docx", True),
        (b"namn;typ\nIdrottsf\xc3\xb6rening;ideell\n", "csv", True),
        (b"<html><body>hej</body></html>", "txt", False),
        (b"\x7fELF\x02\x01\x01\x00\x00", "txt", False),
        (b"{\\rtf1\\ansi", "rtf", True),
        # A byte order mark or whitespace before the markup hides nothing from a browser.
        (b"\xef\xbb\xbf<html><script>alert(1)</script></html>", "txt", False),
        (b"\xef\xbb\xbf<!DOCTYPE html>", "csv", False),
        (b"\xef\xbb\xbf\r\n  <script>alert(1)</script>", "txt", False),
        (b" \xef\xbb\xbf\xef\xbb\xbf<iframe src=x>", "txt", False),
        (b"\xef\xbb\xbf<?xml version='1.0'?><svg onload=alert(1)>", "txt", False),
        (b"<p>Hej</p>", "txt", False),
        (b"<!-- -->\n<b>fet</b>", "txt", False),
        # Text that merely starts with "<" or carries a byte order mark is text.
        (b"\xef\xbb\xbfnamn;typ\nIdrottsf\xc3\xb6rening;ideell\n", "csv", True),
        (b"<bilaga 1> Protokoll", "txt", True),
    ],
)
def test_document_content_must_match_its_extension(head, extension, ok):
    assert content_matches_extension(head, extension) is ok


def upload(admin_client, name, content):
    return admin_client.post(
        "/admin/documents/add/",
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": 1},
    )


def test_admin_refuses_a_disguised_document(admin_client):
    response = upload(admin_client, "beslut.pdf", b"<html><script>alert(1)</script></html>")
    assert response.status_code == 200
    assert "stämmer inte med filtypen" in response.content.decode()
    assert not get_document_model().objects.exists()


def test_admin_refuses_html_behind_a_byte_order_mark_in_a_text_file(admin_client):
    content = b"\xef\xbb\xbf<html><script>alert(1)</script></html>"
    response = upload(admin_client, "protokoll.txt", content)
    assert response.status_code == 200
    assert "stämmer inte med filtypen" in response.content.decode()
    assert not get_document_model().objects.exists()
    assert upload(admin_client, "protokoll.txt", b"\xef\xbb\xbfProtokoll\n").status_code == 302


def test_admin_refuses_a_document_of_a_type_not_allowed(admin_client):
    response = upload(admin_client, "program.exe", b"MZ\x90\x00")
    assert response.status_code == 200
    assert not get_document_model().objects.exists()


def test_admin_refuses_a_document_that_is_too_large(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response = upload(admin_client, "stor.pdf", b"%PDF-1.7\n" + b"0" * 2048)
    assert response.status_code == 200
    assert not get_document_model().objects.exists()


def test_admin_accepts_a_real_pdf(admin_client):
    response = upload(admin_client, "beslut.pdf", b"%PDF-1.7\n%%EOF\n")
    assert response.status_code == 302
    assert get_document_model().objects.get().title == "beslut.pdf"


def test_the_browser_tests_serve_the_admin_as_production_does(monkeypatch):
    """tests/browser/settings_csp.py mirrors production's policies and admin settings."""
    from tests.browser import settings_csp
    from tests.operations.test_frontend_cache import production_settings

    production = production_settings(monkeypatch)
    for name in [
        "CONTENT_SECURITY_POLICY",
        "CONTENT_SECURITY_POLICY_ADMIN",
        "PERMISSIONS_POLICY",
        "X_FRAME_OPTIONS",
        "WAGTAIL_GRAVATAR_PROVIDER_URL",
        "WAGTAIL_ENABLE_UPDATE_CHECK",
    ]:
        assert getattr(settings_csp, name) == getattr(production, name), name
    # No third-party request from the admin: the policy would block it.
    assert production.WAGTAIL_ENABLE_UPDATE_CHECK is False
    assert production.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    # The same middleware, but for WhiteNoise (runserver serves the static files).
    whitenoise = "whitenoise.middleware.WhiteNoiseMiddleware"
    assert [m for m in production.MIDDLEWARE if m != whitenoise] == settings_csp.MIDDLEWARE
