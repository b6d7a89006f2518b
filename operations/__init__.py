"""Running the site in production: caching, health, errors, security headers, jobs."""
