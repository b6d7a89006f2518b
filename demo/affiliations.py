"""Demo content for affiliation: the form page, fictional signatories and applications.

Called from `load_initial_data` with the current agreement version. Every
organisation and person here is invented. The organisation numbers are in
a range chosen to be fictional (802999-xxxx) and carry a valid Luhn check
digit so that they pass the form's validation. Idempotent: organisations
are looked up by name, applications by a fixed submission token, the form
page by its slug, so a second run creates nothing.
"""

import datetime
import random
import uuid

from django.utils import timezone

from stdnum import luhn

from forms.models import (
    Application,
    ApplicationPage,
    ApplicationStatus,
    Organisation,
    OrganisationType,
    Signature,
)

T = OrganisationType
FICTIONAL_NUMBER_PREFIX = "802999"
TOKEN_NAMESPACE = uuid.UUID("6f1c1f9e-3f4d-4e43-9d1c-6a0e5f7b2a11")

# (name, type, has an organisation number, listed in the register, website)
SIGNATORIES = [
    ("Idrottsföreningen Kvarnbacken", T.ASSOCIATION, True, True, "https://kvarnbacken.example"),
    ("Kulturföreningen Ljusgården", T.ASSOCIATION, True, True, "https://ljusgarden.example"),
    ("Pensionärsföreningen Ekbacken", T.ASSOCIATION, True, True, ""),
    ("Ungdomsföreningen Vågbrytaren", T.ASSOCIATION, True, True, "https://vagbrytaren.example"),
    ("Boendeföreningen Solgläntan", T.ASSOCIATION, True, True, ""),
    ("Syföreningen Tråden och Nålen", T.ASSOCIATION, True, True, ""),
    ("Schackklubben Löparen", T.ASSOCIATION, True, True, "https://loparen.example"),
    ("Kammarkören Klangen", T.ASSOCIATION, True, True, "https://klangen.example"),
    ("Stiftelsen Fyrljuset", T.FOUNDATION, True, True, "https://fyrljuset.example"),
    ("Stiftelsen Läxhjälp i Sjöstaden", T.FOUNDATION, True, True, ""),
    ("Församlingen Ljuspunkten", T.FAITH_COMMUNITY, True, True, "https://ljuspunkten.example"),
    ("Trossamfundet Brobyggarna", T.FAITH_COMMUNITY, True, True, ""),
    (
        "Studieförbundet Kunskapsbron",
        T.STUDY_ASSOCIATION,
        True,
        True,
        "https://kunskapsbron.example",
    ),
    ("Odlingskooperativet Rabarbern", T.COOPERATIVE, True, True, ""),
    ("Föräldrakooperativet Ekorrboet", T.COOPERATIVE, True, True, "https://ekorrboet.example"),
    ("Cykelverkstaden Ekret", T.SOCIAL_ENTERPRISE, True, True, "https://ekret.example"),
    ("Kaféet Andra Chansen", T.SOCIAL_ENTERPRISE, True, True, ""),
    ("Nätverket Trygga Kvällar", T.NETWORK, False, True, ""),
    ("Nätverket Språkvänner", T.NETWORK, False, False, ""),
    ("Läsecirkeln Bokmalarna", T.OTHER, False, True, ""),
]
WITHDRAWN = ("Dansföreningen Virveln", T.ASSOCIATION, True, True, "https://virveln.example")

PENDING_APPLICATIONS = [
    {
        "organisation_name": "Musikföreningen Tonträffen",
        "organisation_type": T.ASSOCIATION,
        "activity": "Vi spelar och sjunger tillsammans varje vecka och ordnar öppna konserter.",
        "website": "https://tontraffen.example",
        "contact_name": "Alva Exempelsson",
        "contact_role": "Sekreterare",
        "contact_email": "kontakt@tontraffen.example",
        "contact_phone": "070-000 00 01",
        "signatory_name": "Bo Påhittad",
        "signatory_role": "Ordförande",
        "decision_basis": "Styrelsebeslut, § 6",
        "language": "sv",
    },
    {
        "organisation_name": "Stiftelsen Gröna Gårdar",
        "organisation_type": T.FOUNDATION,
        "activity": "Stiftelsen driver skolträdgårdar och lär barn odla.",
        "website": "",
        "contact_name": "Cem Testare",
        "contact_role": "Verksamhetsledare",
        "contact_email": "info@gronagardar.example",
        "contact_phone": "",
        "signatory_name": "Dana Demo",
        "signatory_role": "Styrelseordförande",
        "decision_basis": "Styrelsebeslut, § 3",
        "language": "en",
    },
    {
        "organisation_name": "Nätverket Föräldrar i Rörelse",
        "organisation_type": T.NETWORK,
        "activity": "Föräldrar som ordnar promenader och lekträffar i stadsdelen.",
        "website": "",
        "contact_name": "Eli Fiktiv",
        "contact_role": "",
        "contact_email": "foraldrar.i.rorelse@natverk.example",
        "contact_phone": "070-000 00 03",
        "signatory_name": "Eli Fiktiv",
        "signatory_role": "Samordnare",
        "decision_basis": "Beslut på nätverkets öppna möte",
        "language": "ar",
        "no_number_reason": "Vi är ett informellt nätverk utan stadgar.",
    },
]

APPLICATION_PAGE = {
    "title": "Anslut er organisation",
    # Södertälje's form asks what it always asked, of every kind of organisation.
    "asks_democratic": True,
    "asks_values": True,
    "asks_signatory": True,
    "asks_decision": True,
    "open_to_organisations": True,
    "open_to_networks": True,
    "open_to_municipal_bodies": True,
    "open_to_municipal_companies": True,
    "open_to_others": True,
    "slug": "anslut",
    "intro": (
        "<p>Föreningar, stiftelser, trossamfund och andra idéburna organisationer kan "
        "ansluta sig till överenskommelsen när som helst under perioden. Organisationen "
        "ska vara demokratiskt uppbyggd och stå bakom överenskommelsens värderingar, "
        "principer och åtaganden i sin helhet.</p>"
        "<p>Fyll i ansökan nedan. Föreningsstöd går igenom den och svarar inom några "
        "veckor. Därefter syns organisationen i listan över anslutna organisationer.</p>"
    ),
    "privacy_notice": (
        "<p>Vi frågar efter namn, roll, e-postadress och telefonnummer till en "
        "kontaktperson och namnet på den som får teckna organisationen. Uppgifterna "
        "behövs för att handlägga ansökan och kontakta er om den.</p>"
        "<p>Bara de handläggare på Föreningsstöd som granskar ansökningar ser "
        "uppgifterna. De visas aldrig på webbplatsen: där syns bara organisationens namn, "
        "typ, webbplats och datum för anslutningen. Om ansökan avslås eller "
        "organisationen lämnar överenskommelsen tas personuppgifterna bort efter tolv "
        "månader.</p>"
    ),
    "receipt_text": ("<p>Föreningsstöd går igenom ansökan och hör av sig inom några veckor.</p>"),
}


def fictional_organisation_number(serial):
    """802999 + a three-digit serial + the Luhn check digit: valid and fictional."""
    body = f"{FICTIONAL_NUMBER_PREFIX}{serial:03d}"
    return body + luhn.calc_check_digit(body)


def ensure_application_page(agreement):
    """The agreement's form page, created and published if missing; (page, created)."""
    page = ApplicationPage.objects.child_of(agreement).first()
    if page is not None:
        return page, False
    page = ApplicationPage(**APPLICATION_PAGE)
    agreement.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def ensure_organisation(serial, name, kind, has_number, listed, website):
    organisation = Organisation.objects.filter(name=name).first()
    if organisation is not None:
        return organisation, False
    organisation = Organisation.objects.create(
        name=name,
        organisation_type=kind,
        organisation_number=fictional_organisation_number(serial) if has_number else None,
        listed=listed,
        website=website,
    )
    return organisation, True


def ensure_signature(organisation, agreement, joined_on, withdrawn_on=None):
    signature, created = Signature.objects.get_or_create(
        organisation=organisation,
        agreement=agreement,
        defaults={"joined_on": joined_on, "withdrawn_on": withdrawn_on},
    )
    return signature, created


def load_demo_affiliations(agreement_page, stdout):
    """Build the affiliation demo for `agreement_page`; return how many objects were created."""
    rng = random.Random(2025)
    today = timezone.localdate()
    start = agreement_page.starts_on or agreement_page.sort_date or today
    created = 0

    page, page_created = ensure_application_page(agreement_page)
    created += page_created

    def joined_date():
        return min(start + datetime.timedelta(days=rng.randint(0, 420)), today)

    for serial, row in enumerate(SIGNATORIES, start=1):
        organisation, org_created = ensure_organisation(serial, *row)
        _signature, sig_created = ensure_signature(organisation, agreement_page, joined_date())
        created += org_created + sig_created

    organisation, org_created = ensure_organisation(len(SIGNATORIES) + 1, *WITHDRAWN)
    joined_on = joined_date()
    withdrawn_on = min(joined_on + datetime.timedelta(days=rng.randint(60, 200)), today)
    _signature, sig_created = ensure_signature(
        organisation, agreement_page, joined_on, withdrawn_on=withdrawn_on
    )
    created += org_created + sig_created

    for index, data in enumerate(PENDING_APPLICATIONS):
        token = uuid.uuid5(TOKEN_NAMESPACE, data["organisation_name"])
        existing = Application.objects.filter(submission_token=token).first()
        if existing is not None:
            if existing.agreement_id != agreement_page.pk:
                # The agreement was rebuilt (`load_initial_data --reset`): follow it.
                existing.agreement = agreement_page
                existing.save(update_fields=["agreement"])
            continue
        serial = 900 + index
        has_number = data["organisation_type"] != T.NETWORK
        Application.objects.create(
            submission_token=token,
            agreement=agreement_page,
            status=ApplicationStatus.SUBMITTED,
            organisation_number=fictional_organisation_number(serial) if has_number else "",
            no_number_reason=data.get("no_number_reason", ""),
            street_address="Exempelgatan 1",
            postal_code="151 89",
            city="Exempelby",
            decision_date=min(start + datetime.timedelta(days=rng.randint(400, 500)), today),
            confirms_democratic=True,
            confirms_values=True,
            consents_to_publication=True,
            # Demo applications were "sent" long ago: mark their e-mails as sent so
            # that send_pending_affiliation_emails does not mail .example addresses.
            confirmation_sent_at=timezone.now(),
            notification_sent_at=timezone.now(),
            **{k: v for k, v in data.items() if k != "no_number_reason"},
        )
        created += 1

    stdout.write(
        f"Affiliation demo: {len(SIGNATORIES)} signatories, 1 withdrawn, "
        f"{len(PENDING_APPLICATIONS)} applications waiting ({created} objects created)."
    )
    return created
