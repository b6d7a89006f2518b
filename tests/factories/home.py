"""Factories for the home app's pages."""

import factory
import wagtail_factories

from home.models import StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Sida {n}")
    slug = factory.Sequence(lambda n: f"sida-{n}")
    intro = "En kort inledning."

    class Meta:
        model = StandardPage
