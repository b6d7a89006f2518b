"""Factories for the home app's pages."""

import factory
import wagtail_factories

from home.models import AccessibilityStatementPage, StandardPage
from tests import clock


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Sida {n}")
    slug = factory.Sequence(lambda n: f"sida-{n}")
    intro = "En kort inledning."

    class Meta:
        model = StandardPage


class AccessibilityStatementPageFactory(wagtail_factories.PageFactory):
    title = "Tillgänglighetsredogörelse"
    slug = factory.Sequence(lambda n: f"tillganglighet-{n}")
    how_accessible = "<p>Det mesta fungerar.</p>"
    alternatives = "<p>Ring oss.</p>"
    report_problem = "<p>Mejla oss.</p>"
    enforcement = "<p>DIGG har tillsyn.</p>"
    statement_published_on = factory.LazyFunction(lambda: clock.days(-300))

    class Meta:
        model = AccessibilityStatementPage
