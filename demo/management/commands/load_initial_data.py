"""Build the complete demo site in code.

Idempotent: every object is looked up by a stable key (slug under its parent,
name) and created only when missing, so running it twice changes nothing and
running it after an upgrade adds only what is new. `--reset` deletes the demo
content first and rebuilds it. It refuses to run in production.
"""

import importlib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from agreements.models import (
    AgreementContact,
    AgreementIndexPage,
    AgreementPage,
    AgreementParty,
    Commitment,
    ContactPoint,
    Decision,
    EarlierVersion,
    ForumPromise,
    PrinciplePage,
)
from demo import municipalities
from demo.affiliations import load_demo_affiliations
from demo.content import (
    agreements_sv,
    consultation_sv,
    easy_read_sv,
    events_sv,
    exempelby_sv,
    followup_sv,
    pages_sv,
)
from demo.richtext import heading_sections, list_html, paragraphs_html
from editorial import roles
from editorial.models import RevisionNote
from editorial.municipalities import role_group, set_up_roles
from forms.models import ApplicationPage
from home.i18n import content_language_codes
from home.models import HomePage, StandardPage

DEMO_ADMIN_USERNAME = "admin"
DEMO_ADMIN_PASSWORD = "admin"  # noqa: S105 - local demo only; the command refuses production
# One user per editorial role, enough to take a principle through both review
# steps, and an English translator: (user name and password, full name, role).
DEMO_EDITORIAL_USERS = [
    ("skribent", "Sara Skribent", roles.CONTRIBUTORS),
    ("granskare-foreningsstod", "Farid Föreningsstöd", roles.SUBJECT_REVIEWERS),
    ("granskare-kommunikation", "Karin Kommunikation", roles.COMMUNICATIONS_REVIEWERS),
    ("publicist", "Pelle Publicist", roles.PUBLISHERS),
    # Translates Södertälje's pages into English, and no other municipality's.
    ("oversattare", "Olle Översättare", roles.translator_role("en")),
]


def stream_sections(sections):
    """Demo sections ({"heading", "paragraphs"}) as StreamField data."""
    return heading_sections((section["heading"], section["paragraphs"]) for section in sections)


class Command(BaseCommand):
    help = "Build the demo site (idempotent). Use --reset to delete the demo content and rebuild."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Delete the demo pages and snippets first, then build them again.",
        )

    def handle(self, *args, reset=False, **options):
        if getattr(settings, "CMS_ENVIRONMENT", None) == "production":
            raise CommandError("load_initial_data refuses to run with production settings.")
        self.created = 0
        with transaction.atomic():
            home = self.get_home()
            if reset:
                self.reset(home)
            self.build(home)
            self.created += municipalities.ensure_identity(
                Site.objects.get(root_page=home),
                agreements_sv.MUNICIPALITY,
                "stockholm",
                "Föreningsstöd",
            )
            municipalities.ensure_exempelby(self)
            municipalities.ensure_overview(self)
            admin_created = self.ensure_admin()
            self.ensure_editorial_users()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo site ready ({self.created} objects created, the rest already existed)."
            )
        )
        self.stdout.write("  Site:  http://127.0.0.1:8000/")
        self.stdout.write(f"  Second municipality: http://{exempelby_sv.HOSTNAME}:8000/")
        self.stdout.write(f"  National overview:   http://{municipalities.OVERVIEW_HOSTNAME}:8000/")
        self.stdout.write("  Admin: http://127.0.0.1:8000/admin/")
        self.stdout.write(
            f"  Login: {DEMO_ADMIN_USERNAME} / {DEMO_ADMIN_PASSWORD}"
            + ("" if admin_created else " (existing user; password unchanged)")
        )
        self.stdout.write("  Editorial demo users (password = user name):")
        for username, _name, group in DEMO_EDITORIAL_USERS:
            self.stdout.write(f"    {username:<26} {group}")

    # -- tree -------------------------------------------------------------------

    def get_home(self):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            raise CommandError("No default site. Run `manage.py migrate` first.")
        home = site.root_page.specific
        if not isinstance(home, HomePage):
            raise CommandError("The default site's root page is not a HomePage.")
        return home

    def reset(self, home):
        # The translated home pages and everything below every home page.
        for other_home in Page.objects.filter(depth=2).exclude(pk=home.pk):
            other_home.delete()
        for child in home.get_children():
            child.delete()
        ContactPoint.objects.all().delete()
        TranslationSource.objects.all().delete()
        home.refresh_from_db()
        home.intro = ""
        home.body = []
        home.save_revision().publish()
        self.stdout.write("Deleted the demo content.")

    def publish(self, page):
        page.save_revision().publish()

    def ensure_child(self, parent, model, slug, **fields):
        """The live child of `parent` with this slug, created and published if missing."""
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing is not None:
            return existing
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        self.publish(page)
        self.created += 1
        return page

    def build(self, home):
        if not home.intro:
            home.title = pages_sv.HOME["title"]
            home.draft_title = home.title
            home.intro = pages_sv.HOME["intro"]
            home.body = stream_sections(pages_sv.HOME["sections"])
            self.publish(home)
            self.created += 1
        Site.objects.filter(root_page=home).update(site_name=pages_sv.HOME["title"])
        self.site = Site.objects.get(root_page=home)
        # The groups are named after the site: renamed now that it has its name.
        set_up_roles(self.site)

        contact = self.ensure_contact(home.locale)
        index = self.ensure_child(
            home,
            AgreementIndexPage,
            pages_sv.AGREEMENT_INDEX["slug"],
            title=pages_sv.AGREEMENT_INDEX["title"],
            intro=pages_sv.AGREEMENT_INDEX["intro"],
            show_in_menus=True,
        )
        earlier = self.ensure_agreement(index, agreements_sv.EARLIER_AGREEMENT, contact, None)
        current = self.ensure_agreement(index, agreements_sv.CURRENT_AGREEMENT, contact, earlier)
        self.created += load_demo_affiliations(current, self.stdout)
        self.created += followup_sv.ensure_demo_followup(current)
        for data in pages_sv.STANDARD_PAGES:
            self.ensure_child(
                home,
                StandardPage,
                data["slug"],
                title=data["title"],
                intro=data["intro"],
                body=stream_sections(data["sections"]),
                show_in_menus=True,
            )
        easy_read_sv.load(self, home)
        # The earlier agreement stays Swedish only, so the "not translated"
        # page shows in the other languages.
        self.ensure_translations(
            [
                contact,
                home,
                index,
                current,
                *PrinciplePage.objects.child_of(current).order_by("path"),
                *ApplicationPage.objects.child_of(current),
            ]
        )
        events_sv.load(self, current)
        self.created += consultation_sv.ensure_demo_consultation(self, index, current)

    def ensure_translations(self, objects):
        """Translate the demo objects with wagtail-localize, from demo/content/translations."""
        for code in content_language_codes():
            if code == settings.LANGUAGE_CODE:
                continue
            try:
                strings = importlib.import_module(f"demo.content.translations.{code}").STRINGS
            except ModuleNotFoundError:
                self.stdout.write(f"No demo translation for {code!r}; skipped.")
                continue
            locale = Locale.objects.get(language_code=code)
            for obj in objects:
                if obj.get_translation_or_none(locale) is not None:
                    continue
                self.translate(obj, locale, strings)

    def translate(self, obj, locale, strings):
        source, _created = TranslationSource.get_or_create_from_instance(obj)
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale
        )
        missing = []
        for segment in source.stringsegment_set.select_related("string"):
            text = strings.get(segment.string.data)
            if text is None:
                missing.append(segment.string.data)
                continue
            StringTranslation.objects.get_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text},
            )
        if missing:
            raise CommandError(
                f"demo/content/translations/{locale.language_code}.py lacks "
                f"{len(missing)} string(s) of {obj}, e.g. {missing[0]!r}"
            )
        # Saved as a draft and published here and now: wagtail-localize would
        # publish on commit, from a revision whose cached page still has the
        # tree counts of before its translated children were added.
        translation.save_target(publish=False)
        target = type(obj).objects.get(pk=obj.get_translation(locale).pk)
        target.get_latest_revision().publish()
        self.created += 1

    def ensure_contact(self, locale):
        data = agreements_sv.CONTACT
        contact = ContactPoint.objects.filter(name=data["name"], locale=locale).first()
        if contact is None:
            contact = ContactPoint(locale=locale, site=self.site, **data)
            contact.save()
            contact.save_revision().publish()
            self.created += 1
        return contact

    def ensure_agreement(self, index, data, contact, replaces):
        agreement = AgreementPage.objects.child_of(index).filter(slug=data["slug"]).first()
        if agreement is None:
            agreement = AgreementPage(
                slug=data["slug"],
                title=data["title"],
                municipality=agreements_sv.MUNICIPALITY,
                intro=data["intro"],
                purpose=paragraphs_html(data["purpose"]),
                parties=paragraphs_html(data["parties"]),
                shared_values=list_html(data["values"]),
                **data["period"],
                extension_years=data["extension_years"],
                **data["review"],
                decisions=[Decision(**decision) for decision in data["decisions"]],
                earlier_versions=[EarlierVersion(**entry) for entry in data["earlier_versions"]],
                anchored_how=data["anchored_how"],
                anchored_on=data["anchored_on"],
                scope=data["scope_kind"],
                scope_details=list_html(data["scope_bodies"]) if data["scope_bodies"] else "",
                forum_promises=[
                    ForumPromise(**promise, sort_order=order)
                    for order, promise in enumerate(data["forum_promises"])
                ],
                affiliation_rules=paragraphs_html(data["affiliation_rules"]),
                contacts=[
                    AgreementContact(
                        contact_point=contact, side=side, label=label, sort_order=order
                    )
                    for order, (side, label) in enumerate(data["contacts"])
                ],
                replaces=replaces,
                body=stream_sections(data["sections"]),
                party_names=[
                    AgreementParty(side=side, name=name, heading=heading, sort_order=order)
                    for order, (side, name, heading) in enumerate(data["party_names"])
                ],
                commitments=self.commitments(data["agreement_commitments"]),
            )
            index.add_child(instance=agreement)
            self.publish(agreement)
            self.created += 1
        for principle in data["principles"]:
            first = principle.get("first_published")
            exists = PrinciplePage.objects.child_of(agreement).filter(slug=principle["slug"])
            if first is not None and not exists.exists():
                self.publish_twice(agreement, principle, first)
                continue
            self.ensure_child(
                agreement,
                PrinciplePage,
                principle["slug"],
                title=principle["title"],
                summary=principle["summary"],
                explanation=paragraphs_html(principle["explanation"]),
                commitments=self.commitments(principle["commitments"]),
            )
        return agreement

    def publish_twice(self, agreement, data, first):
        """A principle published first as `first` words it, then as it reads now, with notes.

        So its public list of versions links to a comparison (the final text
        is the one the translations are made from).
        """
        page = PrinciplePage(
            slug=data["slug"],
            title=data["title"],
            summary=first["summary"],
            explanation=paragraphs_html(first["explanation"]),
            commitments=self.commitments(data["commitments"]),
        )
        agreement.add_child(instance=page)
        for note in (first["note"], first["then_note"]):
            revision = page.save_revision()
            RevisionNote.objects.create(revision=revision, note=note)
            revision.publish()
            page = PrinciplePage.objects.get(pk=page.pk)
            page.summary = data["summary"]
            page.explanation = paragraphs_html(data["explanation"])
        self.created += 1

    def commitments(self, items):
        return [
            Commitment(party=party, text=text, sort_order=order)
            for order, (party, text) in enumerate(items)
        ]

    # -- people -----------------------------------------------------------------

    def ensure_editorial_users(self):
        User = get_user_model()
        for username, full_name, group_name in DEMO_EDITORIAL_USERS:
            if User.objects.filter(username=username).exists():
                continue
            first_name, last_name = full_name.split(" ", 1)
            user = User.objects.create_user(
                username,
                f"{username}@overenskommelse.example",
                username,
                first_name=first_name,
                last_name=last_name,
            )
            user.groups.add(role_group(self.site, group_name))
            self.created += 1

    def ensure_admin(self):
        User = get_user_model()
        if User.objects.filter(username=DEMO_ADMIN_USERNAME).exists():
            return False
        User.objects.create_superuser(
            DEMO_ADMIN_USERNAME, "admin@overenskommelse.example", DEMO_ADMIN_PASSWORD
        )
        self.created += 1
        return True
