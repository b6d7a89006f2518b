"""Swedish demo content for Exempelby, an invented municipality shaped unlike Södertälje.

Everything here is invented and written for the demo. The agreement is
shaped as many small municipalities shape theirs: a period in years only,
commitments made jointly and listed once for the whole agreement, merged
principles, a council described by its seats, an annual conference
promised without a date, applications on a paper form, and a network of
associations as the party that concluded it.
"""

HOSTNAME = "exempelby.localhost"
NAME = "Exempelby kommun"
COUNTY = "vastmanland"
LIAISON_OFFICE = "Föreningsenheten"
PUBLISHER_EMAIL = "publicist@exempelby.example"

HOME_INTRO = (
    "Exempelby kommun och föreningslivet i Exempelby har en gemensam överenskommelse. "
    "Här kan du läsa vad vi har lovat varandra och hur din förening kan vara med."
)

NETWORK = "Nätverket Idéburna Exempelby"

AGREEMENT = {
    "slug": "overenskommelsen",
    # The period, in years only, is counted from the year the demo is built.
    "years_before": 1,
    "years_after": 2,
    "title": "Överenskommelse om samverkan {first}–{last}",
    "intro": (
        "Exempelby kommun och Nätverket Idéburna Exempelby har kommit överens om hur vi "
        "ska arbeta tillsammans. Alla åtaganden gör vi gemensamt."
    ),
    "purpose": [
        (
            "Vi vill att fler invånare ska kunna vara med i föreningslivet och påverka sin "
            "bygd. Det klarar ingen av oss ensam."
        ),
    ],
    "parties": [
        (
            "Överenskommelsen är sluten mellan Exempelby kommun och Nätverket Idéburna "
            "Exempelby, där byalag, idrottsklubbar, studieförbund och församlingar i "
            "kommunen samarbetar. Den som ansluter sig går med i överenskommelsen genom "
            "nätverket."
        ),
    ],
    "values": ["Alla människors lika värde", "Demokrati", "Öppenhet"],
    "decision": {
        "kind": "adopted",
        "body": "Kommunfullmäktige",
        "record_number": "KS 2023/117",
    },
    "affiliation_rules": [
        (
            "Föreningar som är demokratiskt uppbyggda och står bakom överenskommelsen kan "
            "ansluta sig. Den som ansluter sig blir också en del av Nätverket Idéburna "
            "Exempelby."
        ),
        (
            "De flesta ansöker på en pappersblankett som finns i kommunhusets reception och "
            "på biblioteket. Ansökan ska skrivas under av någon som får teckna föreningen."
        ),
    ],
    "party_names": [
        ("municipality", "Exempelby kommun", ""),
        ("civil_society", NETWORK, ""),
        ("both", "Parterna", "Parterna åtar sig gemensamt att"),
    ],
    "commitments": [
        ("both", "träffas på en årskonferens och gå igenom vad som har blivit gjort"),
        ("both", "bjuda in föreningar som inte är med i nätverket när vi planerar nytt"),
        ("both", "dela med oss av lokaler, kunskap och kontakter när vi kan"),
        ("both", "berätta öppet om hur kommunens stöd till föreningslivet fördelas"),
        ("both", "låta unga själva säga vad de behöver av föreningslivet"),
    ],
    "principles": [
        (
            "sjalvstandighet",
            "Självständighet och oberoende",
            "Föreningarna bestämmer själva över sin verksamhet, även när de får stöd.",
        ),
        (
            "dialog-och-oppenhet",
            "Dialog och öppenhet",
            "Vi pratar med varandra i tid och visar hur beslut blir till.",
        ),
        (
            "kvalitet-och-langsiktighet",
            "Kvalitet och långsiktighet",
            "Vi gör hellre färre saker som håller över tid än många som snart tar slut.",
        ),
        ("mangfald", "Mångfald", "Små och stora föreningar, nya och gamla, ska få plats."),
        (
            "samhallsutveckling",
            "Samhällsutveckling",
            "Tillsammans gör vi bygderna i Exempelby till bättre platser att leva på.",
        ),
    ],
    "forum_promise": {
        "name": "Årskonferensen",
        "description": (
            "En gång om året går parterna igenom överenskommelsen och bestämmer vad som ska "
            "göras härnäst."
        ),
        "frequency": "yearly",
        "open_to": "Öppen för alla föreningar i kommunen, anslutna eller inte",
        "event_kind": "follow_up_conference",
    },
    "council": {
        "slug": "samverkansradet",
        "title": "Samverkansrådet",
        "kind": "consultation_group",
        "summary": (
            "Rådet förbereder årskonferensen och följer arbetet med överenskommelsen under året."
        ),
        "seats": [
            (8, "civil_society", "utses av Nätverket Idéburna Exempelby"),
            (3, "politician", "utses av kommunstyrelsen"),
            (1, "municipality", "föreningsenhetens samordnare"),
        ],
    },
}

APPLICATION_PAGE = {
    "slug": "anslut",
    "title": "Anslut din förening",
    "intro": (
        "<p>Hämta en blankett i kommunhusets reception eller på biblioteket, eller fyll i "
        "formuläret här. Föreningsenheten hör av sig när ansökan har behandlats.</p>"
    ),
    "privacy_notice": (
        "<p>Vi frågar efter en kontaktperson så att vi kan svara på ansökan. Namn och "
        "kontaktuppgifter visas aldrig på webbplatsen och tas bort när ansökan är klar.</p>"
    ),
    "asks_democratic": True,
    "asks_values": True,
    "asks_signatory": True,
    "open_to_organisations": True,
    "joins_party": "civil_society",
}

PAPER_FORM_PLACES = [
    ("Kommunhusets reception", "Storgatan 1, Exempelby", "Vardagar kl. 9–16"),
    ("Biblioteket i Exempelby", "Torget 3, Exempelby", "Under bibliotekets öppettider"),
]

# (serial for a fictional organisation number, name, organisation type, listed)
SIGNATORIES = [
    (901, "Exempelby byalag", "association", True),
    (902, "IK Exempelby", "association", True),
    (903, "Exempelby församling", "faith_community", True),
    (904, "Studieförbundet i Exempelby", "study_association", False),
]

# Exempelby's own accessibility statement and privacy notice, written over the drafts
# that `create_municipality` leaves (an invented municipality: invented contact ways).
ACCESSIBILITY_STATEMENT = {
    "intro": (
        "Exempelby kommun står bakom den här webbplatsen om överenskommelsen med det "
        "idéburna Exempelby. Här beskriver vi hur den uppfyller lagen om tillgänglighet "
        "till digital offentlig service och hur du säger till om något inte fungerar."
    ),
    "how_accessible": [
        "Webbplatsen går att använda med bara tangentbord, med skärmläsare och förstoring "
        "och på en liten skärm. Den finns på svenska.",
    ],
    "alternatives": [
        "Vill du ha överenskommelsen uppläst eller på papper kan du ringa eller skriva till "
        "Föreningsenheten. Ansökan om anslutning kan också lämnas på papper i "
        "kommunhusets reception och på biblioteket.",
    ],
    "report_problem": [
        "Hittar du något som inte fungerar, säg till Föreningsenheten så rättar vi det. "
        "Vi svarar inom fem arbetsdagar.",
    ],
    "enforcement": [
        "Myndigheten för digital förvaltning (DIGG) har tillsyn över lagen. Är du inte nöjd "
        "med hur vi tar hand om det du påpekat kan du vända dig dit.",
    ],
    "non_compliance": [
        "Webbplatsen har ännu inte testats av användare med skärmläsare; de automatiska "
        "testerna hittar bara en del av alla brister.",
    ],
    "testing_method": [
        "Webbplatsen testas automatiskt med axe-core mot WCAG 2.1 nivå A och AA och med "
        "Nu HTML Checker varje gång koden ändras.",
    ],
}

PRIVACY_NOTICE = {
    "intro": (
        "Så här hanterar Exempelby kommun personuppgifter på webbplatsen om överenskommelsen."
    ),
    "sections": [
        (
            "Ansökan om anslutning",
            [
                "När en organisation ansöker om att ansluta sig sparar vi kontaktpersonens "
                "namn och kontaktuppgifter för att kunna handlägga ansökan. Bara "
                "Föreningsenhetens handläggare ser dem; på webbplatsen visas bara "
                "organisationens namn.",
            ],
        ),
        (
            "Kakor",
            [
                "Webbplatsen använder inga kakor för statistik eller reklam.",
            ],
        ),
    ],
}
