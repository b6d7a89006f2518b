"""Roles, workflows and the first publisher of a municipality's site.

A placeholder on this branch: replaced by the roles branch at merge, which
creates the municipality's groups with their permissions, its workflows and
its first publisher account. `manage.py create_municipality` calls it.
"""


def set_up_roles(site, publisher_email):
    """Replaced by the roles branch at merge."""
    raise NotImplementedError("replaced by the roles branch at merge")
