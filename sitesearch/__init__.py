"""Site search: the search page (`/sok/`), why each result matched, and the search backend.

Its own app so that a reader looking for search finds it by name; it reads
the languages and the public-text cleaning of `home` and the site scoping of
`operations`, and nothing imports it but the site's URLs and settings.
"""
