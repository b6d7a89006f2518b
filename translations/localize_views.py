"""wagtail-localize's translations report and snippet listing API, within the user's municipalities.

Both list titles of whatever they find: the report every translation of
the installation, the API every snippet of a type (what its snippet chooser
shows). The same views, subclassed with their querysets narrowed by
`editorial.municipalities` (`pages_of`, `scoped`), are registered at
wagtail-localize's own URLs ahead of its (wagtail_hooks), so every link to
them, reversed by wagtail-localize's names, reaches these.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q

from wagtail.models import Page, get_translatable_models
from wagtail_localize.views.report import TranslationsReportView
from wagtail_localize.views.snippets_api import SnippetViewSet

from editorial.municipalities import is_scoped, pages_of, scoped, sites_of


def translations_of(queryset, user):
    """The translations (wagtail-localize's) of `queryset` whose source is the user's to see.

    A page's source is the user's when the page lies in one of their
    municipalities (`pages_of`); a snippet's when `scoped` keeps it, or
    when its model is scoped to no municipality. A superuser sees all.
    """
    if user.is_superuser or not sites_of(user).exists():
        return queryset
    visible = Q(source__object_id__in=pages_of(Page.objects.all(), user).values("translation_key"))
    for model in get_translatable_models():
        if issubclass(model, Page):
            continue
        content_type = ContentType.objects.get_for_model(model)
        if is_scoped(model):
            keys = scoped(model._default_manager.all(), user).values("translation_key")
            visible |= Q(source__specific_content_type=content_type, source__object_id__in=keys)
        else:
            visible |= Q(source__specific_content_type=content_type)
    return queryset.filter(visible)


class MunicipalityTranslationsReportView(TranslationsReportView):
    """wagtail-localize's translations report, of the user's municipalities only."""

    def get_queryset(self):
        return translations_of(super().get_queryset(), self.request.user)


class MunicipalitySnippetViewSet(SnippetViewSet):
    """wagtail-localize's snippet listing API, of the user's municipalities only."""

    def get_queryset(self):
        return scoped(super().get_queryset(), self.request.user)
