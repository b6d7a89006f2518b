"""Every admin URL, filled with real objects, and what a GET of it did.

`admin_patterns()` reads the URL patterns under /admin/ from Django's
resolver (Wagtail's admin and every viewset the project registers), so a new
admin view appears here without anyone listing it. `AdminTree` is one small
set of objects of every kind the admin edits; `admin_cases()` turns every
pattern into one or more paths filled with their ids (the bulk-action pattern
once per registered bulk action). `outcome()` names what a response did in
the words the expectation table uses.
"""

import datetime
from dataclasses import dataclass
from urllib.parse import quote

from django.contrib.auth.tokens import default_token_generator
from django.contrib.contenttypes.models import ContentType
from django.contrib.messages import get_messages
from django.core.files.base import ContentFile
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from wagtail.admin.models import EditingSession
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.contrib.redirects.models import Redirect
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, Site, Task, UploadedFile
from wagtail_localize.models import OverridableSegment, StringSegment, Translation
from wagtail_localize.operations import TranslationCreator

from agreements.models import AgreementPage, ContactPoint, Decision
from editorial.models import PageTypeWorkflow
from editorial.municipalities import role_group
from editorial.roles import CONTRIBUTORS
from tests.admin_forms import denied_message
from tests.editorial.accounts import make_user, published
from tests.editorial.editor import current_task_state
from tests.factories import (
    AgreementIndexPageFactory,
    AgreementPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    PrinciplePageFactory,
    RegistrationFactory,
)
from tests.factories.consultations import ConsultationCommentFactory, ConsultationPageFactory
from tests.factories.forms import ApplicationFactory, OrganisationFactory, SignatureFactory

ADMIN_PREFIX = "admin/"
BULK_ROUTE = "admin/bulk/<str:app_label>/<str:model_name>/<str:action>/"
SETTINGS_ROUTES = (
    "admin/settings/<slug:app_name>/<slug:model_name>/",
    "admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/",
    "admin/settings/<slug:app_name>/<slug:model_name>/<int:pk>/preview/",
)

# Personal data in the tree: only the roles entitled to it may ever receive it.
APPLICANT_NAME = "Ansökarperson Hemligsson"
APPLICANT_EMAIL = "ansokarperson.hemligsson@person.example"
APPLICANT_PHONE = "070-987 65 43"
REGISTRANT_NAME = "Anmälperson Hemligsson"
REGISTRANT_EMAIL = "anmalperson.hemligsson@person.example"
RESPONDENT_EMAIL = "svarsperson.hemligsson@person.example"


@dataclass(frozen=True)
class AdminPattern:
    """One URL pattern under /admin/: its full route (the key), name and arguments."""

    route: str
    name: str | None
    arguments: tuple[str, ...]


@dataclass(frozen=True)
class Case:
    """One GET to make: `key` names it in the expectation table."""

    key: str
    pattern: AdminPattern
    path: str


def admin_patterns():
    """Every URL pattern under /admin/, as Django's resolver holds them."""
    admin = next(
        p
        for p in get_resolver().url_patterns
        if isinstance(p, URLResolver) and str(p.pattern) == ADMIN_PREFIX
    )
    return list(_walk(admin.url_patterns, ADMIN_PREFIX, ""))


def _walk(patterns, route, namespace):
    for pattern in patterns:
        full_route = URLResolver._join_route(route, str(pattern.pattern))
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from _walk(pattern.url_patterns, full_route, inner)
        elif isinstance(pattern, URLPattern):
            name = pattern.name and (f"{namespace}:{pattern.name}" if namespace else pattern.name)
            arguments = tuple(pattern.pattern.regex.groupindex)
            yield AdminPattern(full_route, name, arguments)


def slug(suffix):
    return suffix.strip().lower().replace(" ", "-") and f"-{suffix.strip().lower()}"


class AdminTree:
    """One object of every kind the admin shows, for filling URL arguments.

    A published agreement with a principle in review (so there is a workflow
    state, a task state and revisions) and an English translation, a contact
    point in review, a document, an image, a managed user, a group, an
    application, an organisation and a signature, an event with a
    registration, a redirect, a collection, an upload and an editing session.
    """

    def __init__(self, home_page, django_user_model, site=None, suffix=""):
        """Built in `site`'s municipality (the default site's unless told); `suffix`
        ends the titles and names of a second tree, to tell its objects apart."""
        self.site = site or Site.objects.get(is_default_site=True)
        self.owner = make_user(
            django_user_model, f"tradagare{slug(suffix)}", [CONTRIBUTORS], site=self.site
        )
        self.managed_user = make_user(
            django_user_model, f"hanterad-skribent{slug(suffix)}", [CONTRIBUTORS], site=self.site
        )
        self.group = role_group(self.site, CONTRIBUTORS)

        index = AgreementIndexPageFactory(parent=home_page)
        self.agreement = published(
            AgreementPageFactory(
                parent=index,
                title=f"Överenskommelsen{suffix}",
                decisions=[Decision(kind="adopted", url="https://kommun.example/b")],
            )
        )
        self.principle = published(
            PrinciplePageFactory(parent=self.agreement, title=f"Dialog{suffix}", slug="dialog")
        )
        self.destination = published(
            AgreementPageFactory(parent=index, title=f"Nästa version{suffix}")
        )
        self.principle.save_revision(user=self.owner)
        self.principle.get_workflow().start(self.principle, self.owner)
        self.principle.refresh_from_db()
        self.task_state = current_task_state(self.principle)
        self.workflow_state = self.task_state.workflow_state
        self.revision = self.principle.get_latest_revision()

        english = Locale.objects.get(language_code="en")
        # Publishing the English home page gives the English translators their tree.
        self.english_home = published(home_page.copy_for_translation(english))
        creator = TranslationCreator(self.owner, [english])
        creator.create_translations(self.agreement)
        self.translation = Translation.objects.get(
            source__object_id=self.agreement.translation_key, target_locale=english
        )
        self.translation_source = self.translation.source
        self.english_agreement = AgreementPage.objects.get(
            translation_key=self.agreement.translation_key, locale=english
        )
        self.string_segment = StringSegment.objects.filter(source=self.translation_source).first()
        self.overridable_segment = OverridableSegment.objects.filter(
            source=self.translation_source
        ).first()

        self.contact = ContactPoint.objects.create(
            name=f"Föreningskontoret{suffix}",
            unit="Kultur",
            phone="08-123",
            email="forening@kommun.example",
            site=self.site,
        )
        self.contact.save_revision().publish()
        self.contact.refresh_from_db()
        self.contact.save_revision(user=self.owner)
        self.contact.get_workflow().start(self.contact, self.owner)
        self.contact.refresh_from_db()
        self.contact_task_state = self.contact.current_workflow_task_state
        self.contact_revision = self.contact.latest_revision

        self.collection = self.site.municipality_collection.collection.add_child(
            name=f"Protokoll{suffix}"
        )
        self.document = Document.objects.create(
            title=f"Beslut{suffix}",
            file=ContentFile(b"Protokoll", name="beslut.txt"),
            collection=self.collection,
        )
        self.image = Image.objects.create(
            title=f"Forum{suffix}", file=get_test_image_file(), collection=self.collection
        )
        self.upload = UploadedFile.objects.create(
            for_content_type=ContentType.objects.get_for_model(Image),
            file=ContentFile(b"x", name="uppladdad.txt"),
            uploaded_by_user=self.owner,
        )

        self.organisation = OrganisationFactory(name=f"Föreningen Gemenskap{suffix}")
        self.application = ApplicationFactory(
            agreement=self.agreement,
            organisation=self.organisation,
            contact_name=f"{APPLICANT_NAME}{suffix}",
            contact_email=APPLICANT_EMAIL,
            contact_phone=APPLICANT_PHONE,
        )
        self.signature = SignatureFactory(agreement=self.agreement)
        events = EventIndexPageFactory(parent=self.agreement)
        self.event = EventPageFactory(
            parent=events,
            title=f"Dialogforum{suffix}",
            start=timezone.now() + datetime.timedelta(days=30),
        )
        self.registration = RegistrationFactory(
            event=self.event, name=f"{REGISTRANT_NAME}{suffix}", email=REGISTRANT_EMAIL
        )

        consultation = ConsultationPageFactory(parent=index, draft=self.destination)
        self.consultation_answer = ConsultationCommentFactory(
            consultation=consultation, contact_email=RESPONDENT_EMAIL
        )

        self.redirect = Redirect.objects.create(
            old_path=f"/gammal{slug(suffix)}", redirect_link="/ny", site=self.site
        )
        self.locale = Locale.objects.get(language_code="sv")
        self.workflow = self.workflow_state.workflow
        self.task = Task.objects.get(pk=self.task_state.task_id)
        self.page_type_workflow = PageTypeWorkflow.objects.filter(site=self.site).first()
        self.editing_session = EditingSession.objects.create(
            user=self.owner,
            content_type=ContentType.objects.get_for_model(self.principle.specific_class),
            object_id=str(self.principle.pk),
            last_seen_at=timezone.now(),
        )
        self.reset_uid = urlsafe_base64_encode(force_bytes(self.managed_user.pk))
        self.reset_token = default_token_generator.make_token(self.managed_user)
        body = AgreementPage._meta.get_field("body").stream_block
        self.block_definition = body.child_blocks["paragraph"].definition_prefix

    def history_id(self, instance):
        """The id of `instance`'s first django-simple-history record."""
        return instance.history.earliest("history_date").history_id


# What a viewset's `pk` stands for, by the viewset's URL namespace.
PK_BY_NAMESPACE = {
    "wagtailadmin_pages": lambda t: t.principle.pk,
    "wagtailadmin_collections": lambda t: t.collection.pk,
    "wagtailadmin_workflows": lambda t: t.workflow.pk,
    "wagtailsnippets_agreements_contactpoint": lambda t: t.contact.pk,
    "wagtailsnippetchoosers_agreements_contactpoint": lambda t: t.contact.pk,
    "wagtail_localize": lambda t: t.contact.pk,
    "forms_registration": lambda t: t.registration.pk,
    "forms_application": lambda t: t.application.pk,
    "forms_organisation": lambda t: t.organisation.pk,
    "forms_signature": lambda t: t.signature.pk,
    "consultations_comment": lambda t: t.consultation_answer.pk,
    "wagtaillocales": lambda t: t.locale.pk,
    "wagtailsites": lambda t: t.site.pk,
    "wagtailusers_users": lambda t: t.managed_user.pk,
    "wagtailusers_groups": lambda t: t.group.pk,
    "wagtaildocs_chooser": lambda t: t.document.pk,
    "wagtailimages_chooser": lambda t: t.image.pk,
    "page_type_workflows": lambda t: t.page_type_workflow.pk,
    "wagtailadmin_api:pages": lambda t: t.principle.pk,
    "wagtailadmin_api:documents": lambda t: t.document.pk,
    "wagtailadmin_api:images": lambda t: t.image.pk,
}

# The object whose django-simple-history record `history_id` is, by namespace.
HISTORY_BY_NAMESPACE = {
    "forms_registration": lambda t: t.registration,
    "forms_application": lambda t: t.application,
    "forms_organisation": lambda t: t.organisation,
    "forms_signature": lambda t: t.signature,
    "consultations_comment": lambda t: t.consultation_answer,
}

SNIPPET_NAMESPACE = "wagtailsnippets_agreements_contactpoint"


def _namespace(pattern):
    return pattern.name.rsplit(":", 1)[0] if pattern.name and ":" in pattern.name else ""


def _argument(tree, pattern, argument):
    """The value of one URL argument of `pattern`, from the tree."""
    namespace = _namespace(pattern)
    in_snippet = namespace == SNIPPET_NAMESPACE
    values = {
        "pk": lambda: PK_BY_NAMESPACE[namespace](tree),
        "page_id": lambda: tree.principle.pk,
        "page_pk": lambda: tree.principle.pk,
        "parent_page_id": lambda: tree.agreement.pk,
        "page_to_move_id": lambda: tree.principle.pk,
        "destination_id": lambda: tree.destination.pk,
        "revision_id": lambda: (tree.contact_revision if in_snippet else tree.revision).pk,
        "revision_id_a": lambda: "earliest",
        "revision_id_b": lambda: "latest",
        "task_state_id": lambda: (tree.contact_task_state if in_snippet else tree.task_state).pk,
        "workflow_state_id": lambda: (
            (tree.contact_task_state.workflow_state if in_snippet else tree.workflow_state).pk
        ),
        "action_name": lambda: "approve",
        "task_id": lambda: tree.task.pk,
        "workflow_pk": lambda: tree.workflow.pk,
        "content_type_app_name": lambda: "agreements",
        "content_type_model_name": lambda: "principlepage",
        "document_id": lambda: tree.document.pk,
        "doc_id": lambda: tree.document.pk,
        "image_id": lambda: tree.image.pk,
        "uploaded_file_id": lambda: tree.upload.pk,
        "filter_spec": lambda: "fill-100x100",
        "collection_id": lambda: tree.collection.pk,
        "redirect_id": lambda: tree.redirect.pk,
        "history_id": lambda: tree.history_id(HISTORY_BY_NAMESPACE[namespace](tree)),
        "translation_id": lambda: tree.translation.pk,
        "translation_source_id": lambda: tree.translation_source.pk,
        "string_segment_id": lambda: tree.string_segment.pk,
        "overridable_segment_id": lambda: tree.overridable_segment.pk,
        "mode": lambda: "default",
        "session_id": lambda: tree.editing_session.pk,
        "object_id": lambda: str(tree.principle.pk),
        "uidb64": lambda: tree.reset_uid,
        "token": lambda: tree.reset_token,
    }
    return values[argument]()


PRINCIPLE_TYPE = {"app_label": "agreements", "model_name": "principlepage"}
CONTACT_TYPE = {"app_label": "agreements", "model_name": "contactpoint"}

# Arguments that name a model, or an object other than the namespace's, by route.
ROUTE_ARGUMENTS = {
    "admin/pages/create/<slug:app_label>/<slug:model_name>": lambda t: PRINCIPLE_TYPE,
    "admin/tag-autocomplete/<slug:app_name>/<slug:model_name>/": lambda t: {
        "app_name": "taggit",
        "model_name": "tag",
    },
    "admin/editing-sessions/ping/<str:app_label>/<str:model_name>/<str:object_id>/"
    "<int:session_id>/": lambda t: PRINCIPLE_TYPE,
    "admin/workflows/tasks/add/<str:app_label>/<str:model_name>/": lambda t: {
        "app_label": "editorial",
        "model_name": "foureyesapprovaltask",
    },
    # A task's views share the workflows' namespace, whose `pk` is a workflow's.
    "admin/workflows/tasks/edit/<int:pk>/": lambda t: {"pk": t.task.pk},
    "admin/workflows/tasks/disable/<int:pk>/": lambda t: {"pk": t.task.pk},
    "admin/workflows/tasks/enable/<int:pk>/": lambda t: {"pk": t.task.pk},
    "admin/localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/": (
        lambda t: CONTACT_TYPE
    ),
    "admin/localize/api/snippets/<slug:app_label>/<slug:model_name>/": lambda t: CONTACT_TYPE,
    "admin/localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/": (
        lambda t: CONTACT_TYPE
    ),
    # Views about a translated page: the English agreement.
    "admin/translations/submit/<int:page_id>/": lambda t: {"page_id": t.english_agreement.pk},
    "admin/localize/page/<int:page_id>/convert_to_alias/": lambda t: {
        "page_id": t.english_agreement.pk
    },
}

# Query strings the view needs to do its work (without one it answers 404 to all).
ROUTE_QUERIES = {
    "admin/api/main/pages/find/": lambda t: f"?id={t.principle.pk}",
    "admin/api/main/documents/find/": lambda t: f"?id={t.document.pk}",
    "admin/api/main/images/find/": lambda t: f"?id={t.image.pk}",
    "admin/block-preview/": lambda t: f"?id={t.block_definition}",
}

# Patterns Django cannot reverse (no name), by route: a path that reaches them.
UNNAMED_PATHS = {
    "admin/test404/": "/admin/test404/",
    "admin/.*/$": "/admin/no-such-admin-page/",
}

# The object a bulk action is tried on, by model ("app_label.model_name").
BULK_OBJECTS = {
    "auth.user": lambda t: f"id={t.managed_user.pk}",
    "forms.application": lambda t: f"id={t.application.pk}",
    "agreements.contactpoint": lambda t: f"id={t.contact.pk}",
    "wagtaildocs.document": lambda t: f"id={t.document.pk}",
    "wagtailimages.image": lambda t: f"id={t.image.pk}",
    "wagtailcore.page": lambda t: f"id={t.principle.pk}&childOf={t.agreement.pk}",
}


def fill(tree, pattern):
    """The path of `pattern` with the tree's ids in its arguments."""
    if pattern.name is None:
        return UNNAMED_PATHS[pattern.route]
    values = ROUTE_ARGUMENTS.get(pattern.route, lambda t: {})(tree)
    kwargs = {a: values.get(a) or _argument(tree, pattern, a) for a in pattern.arguments}
    query = ROUTE_QUERIES.get(pattern.route, lambda t: "")(tree)
    return reverse(pattern.name, kwargs=kwargs) + query


def bulk_action_keys():
    """Every registered bulk action, as "app_label.model_name.action"."""
    bulk_action_registry._scan_for_bulk_actions()
    return sorted(
        f"{app_label}.{model_name}.{action}"
        for app_label, models in bulk_action_registry.actions.items()
        for model_name, actions in models.items()
        for action in actions
    )


def settings_model_keys():
    """Every registered site/generic settings model, as "app_label.model_name"."""
    return sorted(f"{m._meta.app_label}.{m._meta.model_name}" for m in settings_registry)


def _expanded(pattern):
    """The keys and URL arguments of the GETs one pattern stands for.

    The bulk-action pattern stands for every registered bulk action, the
    settings patterns for every registered settings model (the municipality's
    settings, `home.MunicipalitySettings`; the ones with a pk filled with the
    tree's site): a new one is a new key that the expectation table must classify.
    """
    if pattern.route == BULK_ROUTE:
        for key in bulk_action_keys():
            yield (
                f"{pattern.route} {key}",
                dict(zip(("app_label", "model_name", "action"), key.split("."), strict=True)),
            )
    elif pattern.route in SETTINGS_ROUTES:
        for key in settings_model_keys():
            yield (
                f"{pattern.route} {key}",
                dict(zip(("app_name", "model_name"), key.split("."), strict=True)),
            )
    else:
        yield pattern.route, None


def admin_case_keys():
    """The key of every GET `admin_cases` makes (skipped patterns included)."""
    return [key for pattern in admin_patterns() for key, _arguments in _expanded(pattern)]


def admin_cases(tree, skipped):
    """One GET per admin pattern (per bulk action, per settings model), except `skipped`.

    Logging out comes last: Wagtail's logout view drops the session cookie
    even when it refuses a GET.
    """
    cases = []
    for pattern in admin_patterns():
        if pattern.route in skipped:
            continue
        for key, arguments in _expanded(pattern):
            if arguments is None:
                path = fill(tree, pattern)
            elif pattern.route == BULK_ROUTE:
                model = f"{arguments['app_label']}.{arguments['model_name']}"
                path = f"{reverse(pattern.name, kwargs=arguments)}?{BULK_OBJECTS[model](tree)}"
            else:
                if "pk" in pattern.arguments:
                    arguments["pk"] = tree.site.pk
                path = reverse(pattern.name, kwargs=arguments)
            cases.append(Case(key, pattern, path))
    return sorted(cases, key=lambda case: case.pattern.name == "wagtailadmin_logout")


def resolves_to(path, pattern):
    """Whether `path` reaches `pattern` (and not another pattern of the same name)."""
    return resolve(path.split("?", 1)[0]).route == pattern.route


# -- what a response did --------------------------------------------------------

OK = "200"
LOGIN = "login"
DENIED = "denied"
NOT_FOUND = "404"
NOT_ALLOWED = "405"


def redirect_to(location):
    return f"redirect {location}"


def get(client, path):
    """GET `path`; messages left by earlier requests are dropped first, as if shown."""
    client.cookies.pop("messages", None)
    return client.get(path)


def _denied_messages():
    with translation.override("en"):
        english = translation.gettext("Sorry, you do not have permission to access this area.")
    return {denied_message(), english}


def outcome(path, response):
    """What the response did: "200", "404", "login", "denied" or "redirect <where>".

    "login" is the redirect to the admin login that comes back to `path`;
    "denied" is Wagtail's refusal: back to the dashboard with exactly one
    message, the error saying the user has no permission.
    """
    if response.status_code not in (301, 302):
        return str(response.status_code)
    location = response["Location"]
    if location == f"{reverse('wagtailadmin_login')}?next={quote(path, safe='/')}":
        return LOGIN
    shown = [(m.level_tag, str(m).strip()) for m in get_messages(response.wsgi_request)]
    refusals = [("error", text) for text in _denied_messages()]
    if location == reverse("wagtailadmin_home") and len(shown) == 1 and shown[0] in refusals:
        return DENIED
    return redirect_to(location)
