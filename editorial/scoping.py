"""Admin requests for one object of a scoped model reach only the user's municipalities.

Plain models (applications, registrations, signatures, organisations) and
snippets (contact points) have no place in the page tree or a collection,
so Wagtail's permissions cannot say whose they are. Every admin view that
names one such object (edit, inspect, history, usage, restore, the
application actions, the chooser's "chosen", a bulk action's ids) is
answered "not found" here when the object lies outside the user's
municipalities, whichever view it is; the listings filter with
`editorial.municipalities.scoped` themselves.
"""

from django.apps import apps
from django.http import Http404

from .municipalities import in_other_municipality, is_scoped, scoped

BULK_ARGUMENTS = {"app_label", "model_name", "action"}
PAGE_ARGUMENTS = ["page_id", "parent_page_id", "page_to_move_id", "destination_id"]
DOCUMENT_ARGUMENTS = ["document_id", "doc_id"]
IMAGE_ARGUMENTS = ["image_id"]
# URL namespaces whose `pk` is a page, a document or an image.
PLACED_NAMESPACES = {
    "wagtailadmin_api:pages": "pages",
    "wagtailadmin_api:documents": "documents",
    "wagtailadmin_api:images": "images",
    "wagtaildocs_chooser": "documents",
    "wagtailimages_chooser": "images",
    "wagtailadmin_pages": "pages",
}
PLACED_MODELS = {
    "wagtailcore.page": "pages",
    "wagtaildocs.document": "documents",
    "wagtailimages.image": "images",
}


def placed_objects(request, view_kwargs):
    """The pages, documents and images a request names, by kind."""
    named = {"pages": [], "documents": [], "images": []}
    for kind, arguments in (
        ("pages", PAGE_ARGUMENTS),
        ("documents", DOCUMENT_ARGUMENTS),
        ("images", IMAGE_ARGUMENTS),
    ):
        named[kind] += [view_kwargs[a] for a in arguments if a in view_kwargs]
    match = getattr(request, "resolver_match", None)
    namespace = match.namespace if match else ""
    if "pk" in view_kwargs and namespace in PLACED_NAMESPACES:
        named[PLACED_NAMESPACES[namespace]].append(view_kwargs["pk"])
    if namespace.startswith("wagtailadmin_api") and "id" in request.GET:
        named[PLACED_NAMESPACES.get(namespace, "pages")].append(request.GET["id"])
    if set(view_kwargs) >= BULK_ARGUMENTS:
        kind = PLACED_MODELS.get(f"{view_kwargs['app_label']}.{view_kwargs['model_name']}")
        if kind:
            named[kind] += [pk for pk in request.GET.getlist("id") if pk != "all"]
            named["pages"] += request.GET.getlist("childOf")
    return {kind: [pk for pk in ids if str(pk).isdigit()] for kind, ids in named.items()}


def view_model(view_func, kwargs):
    if {"app_label", "model_name"} <= set(kwargs):
        try:
            return apps.get_model(kwargs["app_label"], kwargs["model_name"])
        except LookupError:
            return None
    model = getattr(view_func, "view_initkwargs", {}).get("model")
    return model or getattr(getattr(view_func, "view_class", None), "model", None)


class MunicipalityScopeMiddleware:
    """Raises Http404 for an object of a scoped model outside the user's municipalities."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.path.startswith("/admin/"):
            self.refuse_other_municipalities_places(request, view_kwargs)
        # The model first: the user (a session and a query) only for the views it concerns.
        model = view_model(view_func, view_kwargs)
        if model is None or not isinstance(model, type) or not is_scoped(model):
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_superuser:
            return None
        if set(view_kwargs) >= BULK_ARGUMENTS:
            ids = request.GET.getlist("id")
            if "all" in ids:
                # "Select all" means all the user may see, not every row of the model.
                request.GET = request.GET.copy()
                allowed = scoped(model._default_manager.all(), user).values_list("pk", flat=True)
                request.GET.setlist("id", [str(pk) for pk in allowed] or ["0"])
                return None
        else:
            ids = [view_kwargs[name] for name in ("pk", "object_id") if name in view_kwargs]
        if not ids:
            return None
        try:
            found = scoped(model._default_manager.filter(pk__in=ids), user).count()
        except (ValueError, TypeError):
            raise Http404 from None
        if found != len(set(ids)):
            raise Http404
        return None

    def refuse_other_municipalities_places(self, request, view_kwargs):
        named = placed_objects(request, view_kwargs)
        if not any(named.values()):
            return
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return
        if in_other_municipality(user, **named):
            raise Http404


class MunicipalityScopedListingMixin:
    """An admin listing (and its CSV export) of the user's municipalities' rows only."""

    def get_base_queryset(self):
        return scoped(super().get_base_queryset(), self.request.user)
