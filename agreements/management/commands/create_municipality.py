"""`manage.py create_municipality`: a municipality's site, pages, settings and roles in one step."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from home.municipality import County, Kind

from ...municipalities import HostNameTaken, create_municipality


class Command(BaseCommand):
    help = (
        "Create a municipality on this installation: its site (host name), home page, "
        "agreement index, accessibility statement and privacy notice (drafts to complete), "
        "settings, roles and first publisher. Running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("hostname", help="The site's host name, e.g. exempelby.localhost")
        parser.add_argument("--name", required=True, help="E.g. Exempelby kommun")
        parser.add_argument("--port", type=int, default=80)
        parser.add_argument("--county", choices=County.values, default="")
        parser.add_argument("--kind", choices=Kind.values, default=Kind.MUNICIPALITY)
        parser.add_argument(
            "--liaison-office", default="", help="The office that works with civil society"
        )
        parser.add_argument("--publisher-email", required=True, help="The first publisher")

    def handle(self, *args, **options):
        try:
            outcome = create_municipality(
                hostname=options["hostname"],
                name=options["name"],
                port=options["port"],
                county=options["county"],
                kind=options["kind"],
                liaison_office=options["liaison_office"],
                publisher_email=options["publisher_email"],
            )
        except HostNameTaken as error:
            raise CommandError(
                _("The host name %(host)s is already used by another site.") % {"host": error}
            ) from error
        site = outcome.site
        if outcome.created and outcome.password_link:
            # For the operator to hand over; the command's output is not a log.
            self.stdout.write(
                _("The first publisher chooses a password at %(url)s")
                % {"url": f"{site.root_url}{outcome.password_link}"}
            )
        if not outcome.created:
            self.stdout.write(
                _("%(name)s already exists at %(host)s: nothing changed.")
                % {"name": options["name"], "host": site.hostname}
            )
            return
        self.stdout.write(
            _("Created %(name)s at %(host)s: %(what)s.")
            % {"name": options["name"], "host": site.hostname, "what": ", ".join(outcome.created)}
        )
