"""Factories for the affiliation app: its page, organisations, signatures and applications."""

import datetime
import uuid

import factory
import wagtail_factories

from demo.affiliations import fictional_organisation_number
from forms.models import (
    Application,
    ApplicationPage,
    ApplicationStatus,
    Organisation,
    OrganisationType,
    Signature,
)
from tests import clock


class ApplicationPageFactory(wagtail_factories.PageFactory):
    title = "Anslut er organisation"
    slug = factory.Sequence(lambda n: f"anslut-{n}")
    intro = "<p>Så ansluter ni er.</p>"
    privacy_notice = "<p>Vi sparar kontaktuppgifterna i tolv månader.</p>"
    # The form as it was before per-agreement rules (and as existing pages were migrated):
    # every confirmation asked, every type of organisation offered.
    asks_democratic = True
    asks_values = True
    asks_signatory = True
    asks_decision = True
    open_to_organisations = True
    open_to_networks = True
    open_to_municipal_bodies = True
    open_to_municipal_companies = True
    open_to_others = True

    class Meta:
        model = ApplicationPage


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Föreningen Nummer {n}")
    organisation_number = factory.Sequence(lambda n: fictional_organisation_number(n % 1000))
    organisation_type = OrganisationType.ASSOCIATION
    website = factory.Sequence(lambda n: f"https://forening-{n}.example")
    listed = True

    class Meta:
        model = Organisation


class SignatureFactory(factory.django.DjangoModelFactory):
    organisation = factory.SubFactory(OrganisationFactory)
    agreement = None
    joined_on = factory.LazyFunction(lambda: clock.days(-30))

    class Meta:
        model = Signature


class ApplicationFactory(factory.django.DjangoModelFactory):
    """A complete, valid application waiting for review (its e-mails already sent)."""

    submission_token = factory.LazyFunction(uuid.uuid4)
    agreement = None
    status = ApplicationStatus.SUBMITTED
    organisation_name = factory.Sequence(lambda n: f"Sökande föreningen {n}")
    organisation_number = factory.Sequence(lambda n: fictional_organisation_number(500 + n % 400))
    organisation_type = OrganisationType.ASSOCIATION
    website = "https://sokande.example"
    activity = "Vi ordnar träffar för grannar."
    consents_to_publication = True
    street_address = "Storgatan 1"
    postal_code = "151 89"
    city = "Exempelby"
    contact_name = factory.Sequence(lambda n: f"Kontakt Personsson{n}")
    contact_role = "Sekreterare"
    contact_email = factory.Sequence(lambda n: f"kontakt{n}@person.example")
    contact_phone = "070-111 22 33"
    signatory_name = factory.Sequence(lambda n: f"Firma Tecknarsson{n}")
    signatory_role = "Ordförande"
    decision_basis = "Styrelsebeslut § 4"
    decision_date = factory.LazyFunction(lambda: clock.days(-45))
    confirms_democratic = True
    confirms_values = True
    language = "sv"
    confirmation_sent_at = factory.LazyFunction(lambda: datetime.datetime.now(datetime.UTC))
    notification_sent_at = factory.LazyFunction(lambda: datetime.datetime.now(datetime.UTC))

    class Meta:
        model = Application
