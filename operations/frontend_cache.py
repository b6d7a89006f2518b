"""wagtail.contrib.frontend_cache as production installs it (with FRONTEND_CACHE_*)."""

from wagtail.contrib.frontend_cache.apps import WagtailFrontendCacheAppConfig


class FrontendCacheConfig(WagtailFrontendCacheAppConfig):
    """wagtail.contrib.frontend_cache without its own page signal handlers.

    Installed so that Wagtail's redirects purge the old addresses of moved
    pages. The pages themselves are purged by operations/signals.py: after
    the commit, at their public https addresses, with the pages that show
    them. Wagtail's handlers would send each page's own URL once more, as
    http:// when the Site is on port 80, and before the commit when tasks
    run immediately.
    """

    def ready(self):
        pass
