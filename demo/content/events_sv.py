"""Demo forums, the follow-up conference and the consultation group of the current agreement.

Facts follow the agreement in `../shared/seeds/` (dialogue forums at least
twice a year, open also to organisations that have not joined; a
consultation group of civil society and the administration, whose civil
society members are chosen at a dialogue forum; an internal network of the
departments); every sentence is our own. Nobody here is a real person: the
members are roles in invented organisations, and the few names are
invented too. The upcoming forum is placed six weeks after the day the demo
is built, so it always has registration open.

`load(command, agreement)` is called once from `load_initial_data`, after
the agreement has its translations, and builds with the command's helpers
(`ensure_child`, `ensure_translations`, which count what they create). It is
idempotent: pages are looked up by slug.
"""

import datetime
import zoneinfo

from django.utils import timezone

from agreements.models import (
    BodyKind,
    BodyMember,
    BodyPage,
    EventAudience,
    EventIndexPage,
    EventKind,
    EventPage,
    MemberSide,
    SeatGroup,
)
from demo.richtext import paragraphs_html

STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")
CITY_HALL = "Stadshuset, Campusgatan 26\n151 89 Södertälje"
FOLKETS_HUS = "Folkets hus, Storgatan 17\n151 72 Södertälje"

INTERPRETATION = (
    "Vi tolkar till arabiska, somaliska och finska. Teckenspråkstolk finns på plats om du "
    "anmäler behovet senast en vecka före."
)
ACCESSIBILITY = (
    "Entrén och lokalen saknar trappsteg och det finns hörslinga. Toalett anpassad för "
    "rullstol finns i entréplanet. Närmaste busshållplats ligger 100 meter från entrén."
)

EVENTS_INDEX = {
    "slug": "forum-och-moten",
    "title": "Forum och möten",
    "intro": (
        "Här finns dialogforumen, uppföljningskonferensen och andra möten inom "
        "överenskommelsen. Forumen är öppna för alla organisationer i civilsamhället, "
        "också de som inte har anslutit sig."
    ),
}


def at(year, month, day, hour, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=STOCKHOLM)


def agenda(*items):
    return [
        ("item", {"time": datetime.time(*time), "end_time": None, "item": text, "details": ""})
        for time, text in items
    ]


PAST_EVENTS = [
    {
        "slug": "dialogforum-lokaler-och-motesplatser",
        "title": "Dialogforum: lokaler och mötesplatser",
        "kind": EventKind.DIALOGUE_FORUM,
        "start": at(2025, 4, 23, 17, 30),
        "end": at(2025, 4, 23, 20, 0),
        "place": CITY_HALL,
        "summary": "Vårens dialogforum handlade om föreningarnas behov av lokaler att mötas i.",
        "agenda": agenda(
            ((17, 30), "Fika och mingel"),
            ((18, 0), "Välkommen och läget i överenskommelsen"),
            ((18, 20), "Samtal i grupper om lokaler och mötesplatser"),
            ((19, 30), "Vad tar vi med oss? Samrådsgruppen sammanfattar"),
        ),
        "minutes": [
            "Ett fyrtiotal deltagare från föreningar, trossamfund och förvaltningar samtalade "
            "om lokaler. Många föreningar har svårt att hitta lokaler på kvällstid.",
            "Forumet föreslog en gemensam översikt över kommunens lokaler som föreningar kan "
            "boka. Samrådsgruppen tar med förslaget till aktivitetsplanen.",
        ],
        "organisations_attended": 27,
    },
    {
        "slug": "dialogforum-unga-och-fritid",
        "title": "Dialogforum: unga och fritid",
        "kind": EventKind.DIALOGUE_FORUM,
        "start": at(2025, 10, 15, 17, 30),
        "end": at(2025, 10, 15, 20, 0),
        "place": FOLKETS_HUS,
        "summary": "Höstens dialogforum handlade om hur fler unga kan hitta en meningsfull fritid.",
        "agenda": agenda(
            ((17, 30), "Fika och mingel"),
            ((18, 0), "Unga berättar: vad saknas på fritiden?"),
            ((18, 30), "Samtal i grupper"),
            ((19, 40), "Sammanfattning och nästa steg"),
        ),
        "minutes": [
            "Ungdomar från tre föreningar berättade om vad de saknar på kvällar och helger. "
            "Grupperna samtalade om samarbete mellan skolor, föreningar och fritidsgårdar.",
            "Civilsamhällets representanter i samrådsgruppen valdes för de kommande två åren.",
        ],
        "organisations_attended": 31,
    },
    {
        "slug": "uppfoljningskonferens-2025",
        "title": "Uppföljningskonferens 2025",
        "kind": EventKind.FOLLOW_UP_CONFERENCE,
        "start": at(2026, 3, 18, 9, 0),
        "end": at(2026, 3, 18, 12, 0),
        "place": CITY_HALL,
        "summary": "Parterna gick igenom hur åtagandena för 2025 har uppfyllts.",
        "agenda": agenda(
            ((9, 0), "Kaffe"),
            ((9, 30), "Uppföljningen av 2025: åtagande för åtagande"),
            ((10, 30), "Samtal i grupper: vad ska vi bli bättre på?"),
            ((11, 30), "Aktivitetsplanen framåt"),
        ),
        "minutes": [
            "Kommunen och samrådsgruppen redovisade uppföljningen av 2025. Deltagarna "
            "diskuterade de åtaganden som bara delvis har uppfyllts.",
        ],
        "organisations_attended": 22,
    },
]

UPCOMING_EVENT = {
    "slug": "dialogforum-samverkan-i-kris",
    "title": "Dialogforum: samverkan vid kris och oro",
    "kind": EventKind.DIALOGUE_FORUM,
    "place": CITY_HALL,
    "summary": (
        "Hur kan föreningar och kommunen hjälpas åt när något allvarligt händer? Kom och "
        "samtala om samverkan vid kris och oro."
    ),
    "description": [
        "Föreningslivet är ofta först på plats när människor behöver stöd. På det här "
        "dialogforumet samtalar vi om hur kommunen och civilsamhället kan förbereda sig "
        "tillsammans.",
        "Forumet är öppet för alla organisationer i civilsamhället, också de som inte har "
        "anslutit sig till överenskommelsen.",
    ],
    "agenda": [
        ((17, 30), "Fika och mingel"),
        ((18, 0), "Välkommen"),
        ((18, 15), "Samtal i grupper om samverkan vid kris"),
        ((19, 30), "Sammanfattning och nästa steg"),
    ],
    "capacity": 60,
}

CONSULTATION_GROUP = {
    "slug": "samradsgruppen",
    "title": "Samrådsgruppen",
    "kind": BodyKind.CONSULTATION_GROUP,
    "summary": (
        "Samrådsgruppen samordnar arbetet med överenskommelsen mellan dialogforumen. Den "
        "består av representanter för civilsamhället och kommunens förvaltningar."
    ),
    "purpose": [
        "Gruppen planerar och följer upp dialogforumen, tar fram aktivitetsplanen och "
        "stämmer av den under året. Den bereder också frågor som dyker upp mellan två forum.",
    ],
    "membership": [
        "Civilsamhällets representanter väljs på ett dialogforum för två år i taget. "
        "Tillsammans ska de spegla bredden bland de anslutna organisationerna. Kommunens "
        "förvaltningar utser sina egna representanter.",
    ],
    "meeting_rhythm": "Fyra gånger om året och inför varje dialogforum.",
    # The seed: representatives of the joined organisations, chosen at a dialogue forum
    # and reflecting their diversity, and of the administration; no number of seats.
    # (number of seats or None, side, how they are chosen, note)
    "seat_groups": [
        (None, MemberSide.CIVIL_SOCIETY,
         "väljs på ett dialogforum bland de anslutna organisationerna",
         "Tillsammans ska de så långt det går spegla bredden bland de anslutna organisationerna."),
        (None, MemberSide.MUNICIPALITY, "från kommunens förvaltningar", ""),
    ],
    # (side, role, organisation, invented name or "", name published, term start, term end)
    "members": [
        (MemberSide.CIVIL_SOCIETY, "Ordförande", "Idrottsföreningen Kvarnbacken",
         "Maja Exempelsson", True, (2025, 10, 15), (2027, 10, 31)),
        (MemberSide.CIVIL_SOCIETY, "Ledamot", "Stiftelsen Fyrljuset",
         "", False, (2025, 10, 15), (2027, 10, 31)),
        (MemberSide.CIVIL_SOCIETY, "Ledamot", "Församlingen Ljuspunkten",
         "Yusuf Påhittad", True, (2025, 10, 15), (2027, 10, 31)),
        (MemberSide.CIVIL_SOCIETY, "Ledamot", "Studieförbundet Kunskapsbron",
         "", False, (2025, 10, 15), (2027, 10, 31)),
        (MemberSide.MUNICIPALITY, "Sekreterare", "Föreningsstöd, kultur- och fritidskontoret",
         "", False, (2025, 1, 1), None),
        (MemberSide.MUNICIPALITY, "Ledamot", "Socialkontoret",
         "", False, (2025, 1, 1), None),
        (MemberSide.CIVIL_SOCIETY, "Ledamot", "Kulturföreningen Ljusgården",
         "Eino Tänktsson", True, (2023, 10, 1), (2025, 10, 14)),
        (MemberSide.CIVIL_SOCIETY, "Ledamot", "Pensionärsföreningen Ekbacken",
         "", False, (2023, 10, 1), (2025, 10, 14)),
    ],
}  # fmt: skip

INTERNAL_NETWORK = {
    "slug": "kommunens-natverk-for-samverkan",
    "title": "Kommunens nätverk för samverkansfrågor",
    "kind": BodyKind.INTERNAL_NETWORK,
    "summary": (
        "Ett nätverk inom kommunen där förvaltningarna delar erfarenheter av samverkan med "
        "civilsamhället."
    ),
    "purpose": [
        "Nätverket följer hur förvaltningarna samverkar med civilsamhället i dag och hur "
        "samverkan kan växa till fler områden.",
    ],
    "membership": ["Varje förvaltning utser en kontaktperson. Föreningsstöd leder nätverket."],
    "meeting_rhythm": "Två gånger per termin.",
    # The seed: representatives of the administration's departments; no number.
    "seat_groups": [
        (None, MemberSide.MUNICIPALITY, "en kontaktperson från varje förvaltning", ""),
    ],
    "members": [
        (MemberSide.MUNICIPALITY, "Sammankallande", "Föreningsstöd, kultur- och fritidskontoret",
         "", False, (2025, 1, 1), None),
        (MemberSide.MUNICIPALITY, "Kontaktperson", "Barn- och utbildningskontoret",
         "", False, (2025, 1, 1), None),
        (MemberSide.MUNICIPALITY, "Kontaktperson", "Stadsbyggnadskontoret",
         "", False, (2025, 1, 1), None),
    ],
}  # fmt: skip


def date_or_none(parts):
    return datetime.date(*parts) if parts else None


def upcoming_start(today=None):
    """Six weeks ahead, at 17.30 in Stockholm: the demo's forum always has registration open."""
    day = (today or timezone.localdate()) + datetime.timedelta(weeks=6)
    return at(day.year, day.month, day.day, 17, 30)


def ensure_body(command, agreement, data):
    body = BodyPage.objects.child_of(agreement).filter(slug=data["slug"]).first()
    if body is not None:
        return body
    members = [
        BodyMember(
            side=side,
            role=role,
            organisation=organisation,
            name=name,
            name_consent_on=datetime.date(*start) if published else None,
            term_start=date_or_none(start),
            term_end=date_or_none(end),
            sort_order=order,
        )
        for order, (side, role, organisation, name, published, start, end) in enumerate(
            data["members"]
        )
    ]
    return command.ensure_child(
        agreement,
        BodyPage,
        data["slug"],
        title=data["title"],
        kind=data["kind"],
        summary=data["summary"],
        purpose=paragraphs_html(data["purpose"]),
        membership=paragraphs_html(data["membership"]),
        meeting_rhythm=data["meeting_rhythm"],
        seat_groups=[
            SeatGroup(seats=seats, side=side, chosen_how=chosen_how, note=note, sort_order=order)
            for order, (seats, side, chosen_how, note) in enumerate(data["seat_groups"])
        ],
        members=members,
    )


def load(command, agreement):
    """Build the events listing, its events and the bodies under `agreement`."""
    index = command.ensure_child(
        agreement,
        EventIndexPage,
        EVENTS_INDEX["slug"],
        title=EVENTS_INDEX["title"],
        intro=EVENTS_INDEX["intro"],
    )
    for data in PAST_EVENTS:
        command.ensure_child(
            index,
            EventPage,
            data["slug"],
            title=data["title"],
            kind=data["kind"],
            start=data["start"],
            end=data["end"],
            summary=data["summary"],
            place=data["place"],
            audience=EventAudience.EVERYONE,
            interpretation=INTERPRETATION,
            accessibility=ACCESSIBILITY,
            agenda=data["agenda"],
            minutes=paragraphs_html(data["minutes"]),
            organisations_attended=data["organisations_attended"],
        )
    start = upcoming_start()
    upcoming = command.ensure_child(
        index,
        EventPage,
        UPCOMING_EVENT["slug"],
        title=UPCOMING_EVENT["title"],
        kind=UPCOMING_EVENT["kind"],
        start=start,
        end=start + datetime.timedelta(hours=2, minutes=30),
        summary=UPCOMING_EVENT["summary"],
        description=paragraphs_html(UPCOMING_EVENT["description"]),
        place=UPCOMING_EVENT["place"],
        audience=EventAudience.EVERYONE,
        interpretation=INTERPRETATION,
        accessibility=ACCESSIBILITY,
        agenda=agenda(*UPCOMING_EVENT["agenda"]),
        registration_enabled=True,
        capacity=UPCOMING_EVENT["capacity"],
        waiting_list=True,
    )
    ensure_body(command, agreement, CONSULTATION_GROUP)
    ensure_body(command, agreement, INTERNAL_NETWORK)
    # The listing and the upcoming forum in every language; the past events
    # and the bodies stay Swedish only (the "not translated" page shows).
    command.ensure_translations([index, upcoming])
