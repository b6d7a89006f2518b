"""Demo content: easy-to-read Swedish (lättläst) versions and the accessibility statement.

Lättläst: short sentences, common words, one thing at a time, hard words
explained. One version for the agreement in force and one for each of its
principles, as child pages (`EasyReadPage`, slug "lattlast").

The accessibility statement tells the truth about this site: what the
automated browser tests check, and what nobody has checked yet.

`load(command, home)` is called once from `load_initial_data`; like the rest
of the command it only creates what is missing.
"""

import datetime

from agreements.models import AgreementPage, ContactPoint, EasyReadPage, PrinciplePage
from demo.richtext import heading_sections, list_html, paragraphs_html
from home.models import AccessibilityStatementPage

from .agreements_sv import CONTACT, CURRENT_AGREEMENT

EASY_READ_SLUG = "lattlast"

AGREEMENT_EASY_READ = {
    "title": "Överenskommelsen på lättläst svenska",
    "intro": (
        "Här kan du läsa om överenskommelsen mellan Södertälje kommun och föreningarna. "
        "Texten är lätt att läsa."
    ),
    "sections": [
        (
            "Vad är överenskommelsen?",
            [
                "Södertälje kommun och föreningarna i Södertälje har gjort en överenskommelse.",
                "En överenskommelse är när två parter bestämmer något tillsammans.",
                "Den här överenskommelsen handlar om hur kommunen och föreningarna "
                "ska arbeta tillsammans.",
                "Den gäller från år 2025 till och med år 2028.",
            ],
        ),
        (
            "Vilka är med?",
            [
                "Kommunen är den ena parten. Kommunen är politikerna och alla som arbetar "
                "i kommunen.",
                "Den andra parten kallas civilsamhället.",
                "Civilsamhället är föreningar, stiftelser, trossamfund och andra grupper. "
                "Där gör människor saker tillsammans för att de vill.",
                "Civilsamhället är inte kommunen. Det är inte heller ett företag.",
            ],
        ),
        (
            "Varför finns överenskommelsen?",
            [
                "Många problem kan ingen lösa ensam.",
                "Det blir lättare när kommunen och föreningarna hjälps åt.",
                "Då kan fler människor vara med och bestämma om sin stad.",
            ],
        ),
        (
            "Sju principer",
            [
                "Överenskommelsen har sju principer.",
                "En princip är en regel om hur vi ska tänka och göra.",
                "Principerna heter Långsiktighet, Öppenhet och insyn, Mångfald, "
                "Självständighet och oberoende, Dialog, Kvalitet och Samhällsutveckling.",
                "Du kan läsa om varje princip på lättläst svenska. "
                "Länkarna finns längre ner på sidan.",
            ],
        ),
        (
            "Vad lovar kommunen och föreningarna?",
            [
                "Kommunen och föreningarna har lovat varandra saker. "
                "Ett sådant löfte kallas för ett åtagande.",
                "Kommunen lovar att bjuda in till möten minst två gånger varje år. "
                "Mötena kallas dialogforum. Alla föreningar får komma.",
                "Kommunen lovar också att fråga föreningarna tidigt när kommunen "
                "planerar nya saker.",
                "Föreningarna lovar att berätta vad människorna i Södertälje behöver och tycker.",
                "Båda parterna lovar att lyssna på varandra och att berätta det som är viktigt.",
                "Varje år kontrollerar kommunen och föreningarna att de har gjort det de lovat.",
            ],
        ),
        (
            "Kan min förening vara med?",
            [
                "Ja. Alla föreningar som tycker som överenskommelsen får vara med.",
                "Föreningen ska vara demokratisk. Det betyder att medlemmarna bestämmer "
                "tillsammans.",
                "Ni skickar en ansökan till kommunen. Det kan ni göra här på webbplatsen.",
                "Ni kan också lämna överenskommelsen när ni vill.",
            ],
        ),
        (
            "Vill du veta mer?",
            [
                "Du kan ringa eller mejla till Föreningsstöd i kommunen.",
                f"Telefon: {CONTACT['phone']}.",
                f"E-post: {CONTACT['email']}.",
            ],
        ),
    ],
}

# Per principle slug of the current agreement: (intro, paragraphs).
PRINCIPLE_EASY_READ = {
    "langsiktighet": (
        "Långsiktighet betyder att samarbetet ska hålla länge.",
        [
            "Kommunen och föreningarna ska samarbeta under många år.",
            "Samarbetet ska fortsätta även när nya personer börjar arbeta.",
            "Därför bestämmer vi mål som gäller flera år framåt.",
            "Alla i kommunen och i föreningarna ska känna till överenskommelsen.",
        ],
    ),
    "oppenhet-och-insyn": (
        "Öppenhet och insyn betyder att vi berättar hur vi arbetar.",
        [
            "Kommunen berättar hur den arbetar och hur den fattar beslut.",
            "Då blir det lättare för föreningarna att säga vad de tycker.",
            "Föreningar som får pengar av kommunen berättar vad de gör med pengarna.",
            "Information ska vara lätt att hitta.",
        ],
    ),
    "mangfald": (
        "Mångfald betyder att många olika människor och grupper är med.",
        [
            "Det finns många olika föreningar i Södertälje.",
            "De har olika idéer om hur man kan lösa problem.",
            "Det är bra. Olika idéer gör att vi hittar bättre lösningar.",
            "Det ska vara lätt att starta nya föreningar.",
        ],
    ),
    "sjalvstandighet-och-oberoende": (
        "Självständighet betyder att föreningarna bestämmer själva.",
        [
            "Föreningarna bestämmer själva vad de vill göra.",
            "Kommunen får inte bestämma över föreningarna.",
            "Föreningarna får säga att kommunen gör fel.",
            "En förening ska inte förlora pengar från kommunen för att den kritiserar kommunen.",
        ],
    ),
    "dialog": (
        "Dialog betyder att vi pratar med varandra och lyssnar.",
        [
            "Kommunen och föreningarna pratar med varandra ofta.",
            "Alla ska få säga vad de tycker.",
            "Vi lyssnar på varandra och visar respekt.",
            "Vi lär oss av varandras kunskaper.",
        ],
    ),
    "kvalitet": (
        "Kvalitet betyder att det vi gör ska vara bra.",
        [
            "När kommunen och en förening gör något tillsammans bestämmer de vad som är bra.",
            "Kommunen måste följa lagar om kvalitet.",
            "Föreningarna arbetar ofta ideellt. Det betyder att de inte får betalt.",
            "Därför kan föreningarna ha andra sätt att göra ett bra arbete.",
        ],
    ),
    "samhallsutveckling": (
        "Samhällsutveckling betyder att Södertälje blir en bättre plats att bo på.",
        [
            "Södertälje blir bättre när människor engagerar sig.",
            "Att engagera sig betyder att vilja vara med och hjälpa till.",
            "Kommunen ska ta vara på människors engagemang.",
            "Tillsammans ska vi våga pröva nya sätt att arbeta.",
        ],
    ),
}

ACCESSIBILITY_STATEMENT = {
    "slug": "tillganglighetsredogorelse",
    "title": "Tillgänglighetsredogörelse",
    "intro": (
        "Södertälje kommun står bakom den här webbplatsen. Vi vill att så många som möjligt "
        "ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen om "
        "tillgänglighet till digital offentlig service, vilka brister vi känner till och hur "
        "du kan rapportera problem så att vi kan åtgärda dem."
    ),
    "how_accessible": [
        "Du ska kunna använda hela webbplatsen med bara tangentbord, med skärmläsare och "
        "förstoring, och på en liten mobilskärm. Texten går att förstora till 400 procent "
        "utan att du behöver skrolla i sidled.",
        "Överenskommelsen och dess principer finns på lättläst svenska. Sidorna finns också "
        "på engelska, finska, arabiska och somaliska, men inte alla sidor är översatta.",
        "Vi vet att delar av webbplatsen inte är helt tillgängliga. Bristerna står längre ner "
        "på sidan.",
    ],
    "alternatives": [
        "Om du behöver innehåll från webbplatsen i ett annat format, till exempel uppläst, "
        "i punktskrift eller på papper, kan du kontakta Föreningsstöd. Du kan också ansöka om "
        "anslutning till överenskommelsen med brev eller e-post i stället för formuläret.",
    ],
    "report_problem": [
        "Vi strävar hela tiden efter att förbättra webbplatsens tillgänglighet. Om du upptäcker "
        "problem som inte står på den här sidan, eller om du tycker att vi inte uppfyller "
        "lagens krav, kontakta oss så att vi får veta att problemet finns.",
        "Vi svarar inom fem arbetsdagar.",
    ],
    "enforcement": [
        "Myndigheten för digital förvaltning (DIGG) har ansvaret för tillsyn över lagen om "
        "tillgänglighet till digital offentlig service.",
        "Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta DIGG och "
        "påtala det.",
    ],
    "non_compliance": [
        "Ingen har ännu testat webbplatsen manuellt med skärmläsare (till exempel NVDA, "
        "JAWS, VoiceOver eller TalkBack) eller med användare med funktionsnedsättning. "
        "De automatiska testerna hittar bara en del av alla brister. Vi planerar ett sådant "
        "test innan webbplatsen tas i drift.",
        "Datumfältet i ansökningsformuläret använder webbläsarens eget datumfält. Hur det "
        "fungerar med skärmläsare och tangentbord skiljer sig mellan webbläsare. Du kan alltid "
        "skriva datumet med siffror.",
        "Sidor som inte är översatta visar en sida på ditt språk med en länk till originalet "
        "på svenska. Den lättlästa texten och den här redogörelsen finns bara på svenska.",
        "Dokument som laddas upp av redaktörerna, till exempel överenskommelsen som pdf, "
        "kontrolleras inte automatiskt. Vi ska granska dem innan de publiceras.",
    ],
    "out_of_scope": [
        "Redaktörernas verktyg för att skriva och granska innehåll (Wagtails "
        "administrationsgränssnitt) är inte en del av den här redogörelsen och har inte "
        "granskats av oss.",
    ],
    "testing_method": [
        "Varje gång koden ändras testas webbplatsen automatiskt i webbläsaren Chromium. "
        "Testerna besöker en sida av varje sidtyp på alla språk, sidan som inte finns, "
        "sökresultat och ansökningsformuläret med fel.",
        "Verktyget axe-core kontrollerar varje sida mot kraven i WCAG 2.1 på nivå A och AA. "
        "Nu HTML Checker kontrollerar att koden är korrekt. Testerna kontrollerar också att "
        "sidorna fungerar i 320 pixlars bredd och att man med bara tangentbordet kan byta "
        "språk och skicka en ansökan, även när man har skrivit fel.",
    ],
    "assessed_on": datetime.date(2026, 11, 23),
    "published_on": datetime.date(2026, 11, 23),
}


def load(command, home):
    """Create what is missing: the easy-to-read pages and the accessibility statement."""
    agreement = (
        AgreementPage.objects.descendant_of(home)
        .filter(slug=CURRENT_AGREEMENT["slug"], locale=home.locale)
        .first()
    )
    if agreement is not None:
        command.ensure_child(
            agreement,
            EasyReadPage,
            EASY_READ_SLUG,
            title=AGREEMENT_EASY_READ["title"],
            intro=AGREEMENT_EASY_READ["intro"],
            body=heading_sections(AGREEMENT_EASY_READ["sections"]),
        )
        for principle in PrinciplePage.objects.child_of(agreement).order_by("path"):
            text = PRINCIPLE_EASY_READ.get(principle.slug)
            if text is None:
                continue
            intro, paragraphs = text
            command.ensure_child(
                principle,
                EasyReadPage,
                EASY_READ_SLUG,
                title=f"{principle.title} på lättläst svenska",
                intro=intro,
                body=[("paragraph", paragraphs_html(paragraphs))],
            )
    data = ACCESSIBILITY_STATEMENT
    command.ensure_child(
        home,
        AccessibilityStatementPage,
        data["slug"],
        title=data["title"],
        intro=data["intro"],
        compliance=AccessibilityStatementPage.Compliance.PARTIAL,
        how_accessible=paragraphs_html(data["how_accessible"]),
        alternatives=paragraphs_html(data["alternatives"]),
        report_problem=paragraphs_html(data["report_problem"]),
        contact=ContactPoint.objects.filter(name=CONTACT["name"], locale=home.locale).first(),
        enforcement=paragraphs_html(data["enforcement"])
        + '<p><a href="https://www.digg.se/">Myndigheten för digital förvaltning (digg.se)</a></p>',
        non_compliance=list_html(data["non_compliance"]),
        out_of_scope=paragraphs_html(data["out_of_scope"]),
        testing_method=paragraphs_html(data["testing_method"]),
        assessed_on=data["assessed_on"],
        statement_published_on=data["published_on"],
    )
