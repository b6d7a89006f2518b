"""Site URLs: admin and documents without a language prefix, pages with one.

Swedish (the source language) is served at "/", every other content
language under its own prefix ("/en/", "/ar/", ...), as the Wagtail i18n docs
describe.
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from editorial import admin_reports
from home import views as home_views
from seo import views as seo_views
from sitesearch import views as sitesearch_views

urlpatterns = [
    # Wagtail's reports narrowed to the user's municipality, at Wagtail's own paths.
    *admin_reports.urlpatterns,
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("open-data/national/", include("overview.urls")),
    path("open-data/", include("forms.urls")),
    path("sitemap.xml", seo_views.sitemap, name="sitemap"),
    path("robots.txt", seo_views.robots_txt, name="robots_txt"),
    path("favicon.ico", seo_views.favicon, name="favicon"),
    path("theme.css", home_views.site_theme, name="site_theme"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("sok/", sitesearch_views.search, name="search"),
    # Wagtail's privacy views, before the catch-all page route below, which
    # would otherwise take "_util/…" for a page path and answer 404: the
    # password form of a restricted page (through a wrapper that keeps its
    # return address a local path) and the front-end login that a
    # login-restricted page or a private document sends visitors to.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        home_views.authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    *[pattern for pattern in wagtail_urls.urlpatterns if pattern.name == "wagtailcore_login"],
    # Pages, through a thin wrapper that explains untranslated pages.
    re_path(r"^((?:[\w\-]+/)*)$", home_views.serve, name="wagtail_serve"),
    prefix_default_language=False,
)

handler404 = "home.views.page_not_found"
handler500 = "operations.views.server_error"
