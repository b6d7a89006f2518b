from django.apps import AppConfig


class SeoConfig(AppConfig):
    """What crawlers and browsers ask every site for: sitemap.xml, robots.txt, favicon.ico,
    and each page's meta description, canonical URL and Open Graph tags (`seo_tags`).

    Its own app so that findability has one home. It reads the languages of
    `home` and the site scoping of `operations`; only the site's URLs and the
    page shell (`cms/templates/base.html`) use it.
    """

    name = "seo"
