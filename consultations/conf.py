"""Settings of the consultation feature, each with a default; read on every call."""

from django.conf import settings

from forms import conf as forms_conf


def rate_limit():
    """(max answers, window in seconds) per client: CONSULTATION_RATE_LIMIT, default 10/h."""
    return forms_conf.rate_limit("CONSULTATION_RATE_LIMIT", "10/h")


def retention_months():
    """Months after a consultation closes until respondents' contact details are removed."""
    return getattr(settings, "CONSULTATION_RETENTION_MONTHS", 6)
