"""Roles per municipality: each Site's groups, collection and workflows, and who sees what.

One installation serves many municipalities, each a Wagtail Site whose root
page is its home page. Wagtail scopes pages by place (page permissions on
the home page) and documents and images by collection, so each municipality
gets its groups with permissions there, its collection, and its own copies
of the two workflows whose steps its own groups review (`set_up_roles`).
What Wagtail does not scope, plain models and snippets, is scoped by the
page or site they belong to: `scoped(queryset, user)` keeps only what lies
in the user's municipalities (editorial.scoping applies it in the admin).
A superuser, the service operator, sees everything.
"""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.tokens import default_token_generator
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Site,
    WorkflowPage,
    WorkflowTask,
)

from . import roles
from .models import FourEyesApprovalTask, MunicipalityCollection, MunicipalityRole


def sites_of(user, role_names=None):
    """The sites in whose groups `user` is (in one of `role_names`, if given)."""
    memberships = MunicipalityRole.objects.filter(group__user=user)
    if role_names is not None:
        memberships = memberships.filter(role__in=role_names)
    return Site.objects.filter(pk__in=memberships.values("site"))


def role_group(site, role):
    """The group holding `role` in `site`'s municipality."""
    return Group.objects.get(municipality_role__site=site, municipality_role__role=role)


def home_pages(sites):
    """The home pages of `sites` and their translations (each language's tree is a sibling)."""
    keys = Page.objects.filter(pk__in=sites.values("root_page")).values("translation_key")
    return Page.objects.filter(translation_key__in=keys, depth__lte=2)


def within_pages(fields, homes):
    """A filter for rows whose page `fields` (one or several; "" for the page itself)
    lies under one of `homes`."""
    paths = [home.path for home in homes]
    fields = [fields] if isinstance(fields, str) else fields
    if not paths:
        return Q(pk__in=[])
    lookups = [f"{field}__path__startswith" if field else "path__startswith" for field in fields]
    return reduce(or_, (Q(**{lookup: path}) for lookup in lookups for path in paths))


def pages_of(queryset, user):
    """The pages of `queryset` in the user's municipalities; all of them for a superuser."""
    if user.is_superuser or not sites_of(user).exists():
        return queryset  # the operator; or installation-wide groups only (see `scoped`)
    return queryset.filter(within_pages("", home_pages(sites_of(user))))


def site_for_page(page):
    """The municipality `page` belongs to: the site whose home (in any language) is above it."""
    home_path = page.path[: Page.steplen * 2]
    key = Page.objects.filter(path=home_path).values("translation_key")[:1]
    return Site.objects.filter(root_page__translation_key=key).order_by("pk").first()


# -- scoping plain models and snippets ------------------------------------------------------

# Model label -> (lookup to a page in the tree, or to a site; "page" or "site"). Apps
# register their models (`register_scope`), so that this module needs none of them.
SCOPES = {}


def register_scope(model, lookup, kind="page"):
    SCOPES[model._meta.label_lower] = (lookup, kind)


def is_scoped(model):
    return model._meta.label_lower in SCOPES


def scoped(queryset, user):
    """`queryset` narrowed to the user's municipalities (and no other's); all for a superuser.

    Groups linked to no municipality (any the operator makes) are the
    installation's: a user only in such groups is not narrowed, and has
    what their model permissions give.
    """
    if user.is_superuser or not is_scoped(queryset.model):
        return queryset
    lookup, kind = SCOPES[queryset.model._meta.label_lower]
    sites = Site.objects.filter(pk__in=list(sites_of(user).values_list("pk", flat=True)))
    if not sites:
        return queryset
    # Rows of no municipality (a contact point without a site, an application whose
    # agreement was deleted, an organisation not yet linked) stay as the model
    # permissions decide, like pages outside every municipality.
    if kind == "site":
        return queryset.filter(Q(**{f"{lookup}__in": sites}) | Q(**{f"{lookup}__isnull": True}))
    lookups = [lookup] if isinstance(lookup, str) else lookup
    unowned = Q(**{f"{field}__isnull": True for field in lookups})
    return queryset.filter(within_pages(lookup, home_pages(sites)) | unowned).distinct()


# -- setting up a municipality ---------------------------------------------------------------


@dataclass
class Municipality:
    """What `set_up_roles` made (or found): the groups by role, the collection, the workflows."""

    site: Site
    groups: dict
    collection: Collection
    agreement_workflow: object
    standard_workflow: object
    publisher: object = None


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def ensure_group(site, role):
    """The site's group for `role`, named after the site as it is called now."""
    name = roles.group_name(site, role)
    link = MunicipalityRole.objects.filter(site=site, role=role).select_related("group").first()
    if link is None:
        group, _created = Group.objects.get_or_create(name=name)
        MunicipalityRole.objects.create(site=site, role=role, group=group)
        return group
    if link.group.name != name:
        link.group.name = name
        link.group.save(update_fields=["name"])
    return link.group


def ensure_collection(site):
    link = MunicipalityCollection.objects.filter(site=site).select_related("collection").first()
    if link is not None:
        return link.collection
    collection = Collection.get_first_root_node().add_child(name=roles.municipality_name(site))
    MunicipalityCollection.objects.create(site=site, collection=collection)
    return collection


def grant_on_home(groups, home):
    """Page permissions of the municipality's groups on one of its home pages."""
    for role, codenames in roles.PAGE_PERMISSIONS.items():
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=groups[role], page=home, permission=permission("wagtailcore", codename)
            )


def ensure_task(name, groups):
    """A review step of this municipality: found by name among the steps its groups review."""
    task = FourEyesApprovalTask.objects.filter(name=name, groups=groups[0]).first()
    if task is None:
        task = FourEyesApprovalTask.objects.create(name=name)
    task.groups.add(*groups)
    return task


def ensure_workflow(existing, name, tasks):
    from wagtail.models import Workflow

    if existing is not None:
        return existing
    workflow = Workflow.objects.create(name=name)
    for order, task in enumerate(tasks):
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    return workflow


def ensure_workflows(site, groups):
    """The agreement workflow (by page type) and the standard one (on the home page)."""
    from .models import PageTypeWorkflow

    subject_review = ensure_task(roles.SUBJECT_REVIEW_TASK, [groups[roles.SUBJECT_REVIEWERS]])
    publication = ensure_task(
        roles.PUBLICATION_APPROVAL_TASK,
        [groups[roles.COMMUNICATIONS_REVIEWERS], groups[roles.PUBLISHERS]],
    )
    bindings = PageTypeWorkflow.objects.filter(site=site).select_related("workflow")
    bound = next(iter(bindings), None)
    agreement_workflow = ensure_workflow(
        bound.workflow if bound else None, roles.AGREEMENT_WORKFLOW, [subject_review, publication]
    )
    for app_label, model in roles.AGREEMENT_WORKFLOW_PAGE_TYPES:
        content_type = ContentType.objects.get_by_natural_key(app_label, model)
        PageTypeWorkflow.objects.get_or_create(
            site=site, content_type=content_type, defaults={"workflow": agreement_workflow}
        )
    on_home = WorkflowPage.objects.filter(page=site.root_page_id).select_related("workflow")
    placed = next(iter(on_home), None)
    standard_workflow = ensure_workflow(
        placed.workflow if placed else None, roles.STANDARD_WORKFLOW, [publication]
    )
    return agreement_workflow, standard_workflow


def apply_to_translations(site, groups, standard_workflow):
    for home in home_pages(Site.objects.filter(pk=site.pk)):
        grant_on_home(groups, home)
        WorkflowPage.objects.get_or_create(page=home, defaults={"workflow": standard_workflow})


def ensure_publisher(group, email):
    """The municipality's first publisher: no password until they set one through the link."""
    users = get_user_model().objects
    user = users.filter(email__iexact=email).first()
    if user is None:
        user = users.create_user(username=email.lower(), email=email)
        user.set_unusable_password()
        user.save(update_fields=["password"])
    user.groups.add(group)
    return user


def password_link(user):
    """The admin path where `user` chooses a password (Wagtail's password reset confirmation)."""
    return reverse(
        "wagtailadmin_password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )


# Functions of higher apps that give a municipality more roles (the translators'):
# each is called as func(site, municipality) at the end of `set_up_roles`.
ROLE_EXTENSIONS = []


def register_role_extension(func):
    """Have `set_up_roles` call `func(site, municipality)` too; this app imports no higher one."""
    if func not in ROLE_EXTENSIONS:
        ROLE_EXTENSIONS.append(func)
    return func


@transaction.atomic
def set_up_roles(site, publisher_email=None):
    """Give `site` its groups, collection, workflows and (optionally) its first publisher.

    Idempotent: what exists is kept (renamed after the site if its name
    changed), what is missing is made. The site's root page is the
    municipality's home page; its translations get the same permissions.
    """
    access_admin = permission("wagtailadmin", "access_admin")
    groups = {role: ensure_group(site, role) for role in roles.ROLES}
    for group in groups.values():
        group.permissions.add(access_admin)
    for role, perms in roles.MODEL_PERMISSIONS.items():
        groups[role].permissions.add(*(permission(app, codename) for app, codename in perms))

    collection = ensure_collection(site)
    for role, perms in roles.COLLECTION_PERMISSIONS.items():
        for app, codename in perms:
            GroupCollectionPermission.objects.get_or_create(
                group=groups[role], collection=collection, permission=permission(app, codename)
            )

    agreement_workflow, standard_workflow = ensure_workflows(site, groups)
    apply_to_translations(site, groups, standard_workflow)

    publisher = None
    if publisher_email:
        publisher = ensure_publisher(groups[roles.PUBLISHERS], publisher_email)
    municipality = Municipality(
        site=site,
        groups=groups,
        collection=collection,
        agreement_workflow=agreement_workflow,
        standard_workflow=standard_workflow,
        publisher=publisher,
    )
    for extend in ROLE_EXTENSIONS:
        extend(site, municipality)
    return municipality


def extend_to_new_language_home(sender, instance, **kwargs):
    """A municipality's home page published in a new language: its groups work there too.

    Each language's tree is a sibling of the source home page, outside the
    permissions and the workflow set on it.
    """
    if instance.depth != 2 or instance.alias_of_id:
        return
    source = (
        Site.objects.filter(
            root_page__translation_key=instance.translation_key,
            municipality_roles__isnull=False,
        )
        .distinct()
        .first()
    )
    if source is None:
        return
    groups = {
        link.role: link.group
        for link in MunicipalityRole.objects.filter(site=source).select_related("group")
    }
    if set(roles.PAGE_PERMISSIONS) - set(groups):
        return
    grant_on_home(groups, instance)
    on_home = WorkflowPage.objects.filter(page=source.root_page_id).first()
    if on_home is not None:
        WorkflowPage.objects.get_or_create(page=instance, defaults={"workflow": on_home.workflow})


# -- what Wagtail scopes by place, guarded against other municipalities ------------------


def others_homes(user):
    """The home pages (all languages) of the municipalities `user` is not in."""
    mine = sites_of(user)
    others = Site.objects.filter(municipality_roles__isnull=False).exclude(pk__in=mine).distinct()
    return home_pages(others), home_pages(mine)


def in_other_municipality(user, pages=None, documents=None, images=None):
    """Whether any of these pages, documents or images is another municipality's.

    Wagtail lets some views (bulk-action confirmations, the admin API's
    details, the explorer of a page one cannot edit) show an object to
    anyone with admin access. An object under another municipality's home
    page or in its collection is none of the user's business; objects
    outside every municipality stay as Wagtail decides. For users in no
    municipality's group, nothing changes.
    """
    if user.is_superuser or not sites_of(user).exists():
        return False
    other, mine = others_homes(user)
    if pages:
        candidates = Page.objects.filter(pk__in=pages)
        outside_mine = candidates.exclude(within_pages("", mine))
        if outside_mine.filter(within_pages("", other)).exists():
            return True
    collections = MunicipalityCollection.objects.exclude(site__in=sites_of(user))
    other_paths = [c.collection.path for c in collections.select_related("collection")]
    if other_paths and (documents or images):
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model

        for model, ids in ((get_document_model(), documents), (get_image_model(), images)):
            if (
                ids
                and model.objects.filter(
                    pk__in=ids, collection__path__regex=rf"^({'|'.join(other_paths)})"
                ).exists()
            ):
                return True
    return False
