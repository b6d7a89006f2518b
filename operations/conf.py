"""Pieces of the production configuration that tests reuse.

`cms.settings.production` refuses to import without its environment; the
tests that check production behaviour under the test settings build the
same middleware stack and security policies from here.
"""

HEALTH = "operations.health.HealthCheckMiddleware"
SECURITY = "django.middleware.security.SecurityMiddleware"
WHITENOISE = "whitenoise.middleware.WhiteNoiseMiddleware"
# The page cache outside the header middleware: a cached page is kept with
# its Content-Security-Policy and Permissions-Policy (the same for every
# visitor: the public policy has no nonce), so a hit costs neither again.
OUTER = [
    "operations.pagecache.PageCacheMiddleware",
    "operations.middleware.PermissionsPolicyMiddleware",
    "operations.middleware.SiteCSPMiddleware",
]
INNER = ["operations.middleware.DatabaseUnavailableMiddleware"]


def production_middleware(base, whitenoise=True):
    """Base middleware with health check first, static files, headers, page cache, 503."""
    rest = [name for name in base if name not in (SECURITY, HEALTH)]
    return [
        HEALTH,
        SECURITY,
        *([WHITENOISE] if whitenoise else []),
        *OUTER,
        *rest,
        *INNER,
    ]


def content_security_policy(media_origins=(), frame_origins=()):
    """The public site's policy: nothing inline, nothing from elsewhere but media and embeds."""
    self_ = "'self'"
    return {
        "DIRECTIVES": {
            "default-src": [self_],
            "script-src": [self_],
            "style-src": [self_],
            "img-src": [self_, "data:", *media_origins],
            "media-src": [self_, *media_origins],
            "font-src": [self_],
            "connect-src": [self_],
            "frame-src": [self_, *frame_origins],
            "object-src": ["'none'"],
            "base-uri": [self_],
            "form-action": [self_],
            "frame-ancestors": [self_],
        }
    }


def admin_content_security_policy(media_origins=(), frame_origins=()):
    """The Wagtail admin's policy: as strict as Wagtail 8 allows (inline script and style)."""
    self_ = "'self'"
    return {
        "DIRECTIVES": {
            "default-src": [self_],
            "script-src": [self_, "'unsafe-inline'"],
            "style-src": [self_, "'unsafe-inline'"],
            "img-src": [self_, "data:", "blob:", *media_origins],
            "media-src": [self_, "blob:", *media_origins],
            "font-src": [self_, "data:"],
            "connect-src": [self_],
            "frame-src": [self_, *frame_origins],
            "worker-src": [self_, "blob:"],
            "object-src": ["'none'"],
            "base-uri": [self_],
            "form-action": [self_],
            "frame-ancestors": [self_],
        }
    }


PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)
