"""Project configuration: settings, URLs, WSGI and the site-wide templates."""
