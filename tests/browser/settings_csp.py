"""The browser tests' demo site with production's headers: its middleware
stack and both Content-Security-Policies (public site and Wagtail admin).

ADMIN_CSP=strict gives the admin the public site's policy instead, so that a
test can show that the violation check catches a policy the admin breaks.
"""

from operations import conf

from .settings import *  # noqa: F403
from .settings import MIDDLEWARE, env

MIDDLEWARE = conf.production_middleware(MIDDLEWARE, whitenoise=False)
PERMISSIONS_POLICY = conf.PERMISSIONS_POLICY
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = conf.content_security_policy()
CONTENT_SECURITY_POLICY_ADMIN = (
    conf.content_security_policy()
    if env.get("ADMIN_CSP") == "strict"
    else conf.admin_content_security_policy()
)
# As in production: the admin makes no third-party requests.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
