"""Whose dashboard panels (annual cycle, agreements due for review) a user sees."""

from editorial.municipalities import sites_of
from operations.sites import site_roots, sites_for_user


def sites_worked_on(user):
    """The sites whose pages `user` may edit, and those in whose groups they hold a role.

    A reviewer approves a municipality's pages without the permission to
    edit them, and a handler of applications edits none: both work for the
    municipality and see its annual cycle; never another's.
    """
    sites = sites_for_user(user)
    if user is None or not user.is_active or user.is_superuser:
        return sites
    seen = {site.pk for site in sites}
    member = set(sites_of(user).values_list("pk", flat=True)) - seen
    if not member:
        return sites
    return sites + [site for site in site_roots() if site.pk in member]
