from django.apps import AppConfig


class SiteSearchConfig(AppConfig):
    """Site search: the search page (`/sok/`), why each result matched, and the search backend.

    Its own app so that a reader looking for search finds it by name. It reads
    the languages and the public-text cleaning of `home` and the site scoping
    of `operations`; only the site's URLs and settings name it.
    """

    name = "sitesearch"
