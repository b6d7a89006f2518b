"""What crawlers and browsers ask every site for: sitemap.xml, robots.txt, favicon.ico, and
each page's meta description, canonical URL and Open Graph tags (`{% load seo_tags %}`).

Its own app so that findability has one home; it reads the languages of
`home` and the site scoping of `operations`, and only the site's URLs and
page shell (`cms/templates/base.html`) use it.
"""
