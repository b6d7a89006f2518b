"""Swedish demo content modelled on Södertälje kommun's two local agreements with civil society.

The facts (municipality, principles, who commits to what, periods, decisions, structure) come
from the seed texts of the older and the newer agreement. All wording is our own, written in
plain Swedish; nothing is copied from the originals. Facts that the seeds lack are invented
and marked with a comment.
"""

import datetime

MUNICIPALITY = "Södertälje kommun"

CONTACT = {
    "name": "Föreningsstöd",
    "unit": "Kultur- och fritidskontoret",
    # The seed gives the town hall's street address: where to come in person.
    "visiting_address": "Stadshuset, Nyköpingsvägen 26",
    # The postal address: no box or street, the municipality's own postal code.
    "postal_code": "151 89",  # invented: not in the seed (the brief's example)
    "city": "Södertälje",
    # invented: a number from the range PTS reserves for fiction, not the real switchboard
    "phone": "08-465 004 10",
    "email": "foreningsstod@sodertalje.example",  # invented: fictional .example address
    "opening_hours": "Vardagar kl. 8.00–16.30",  # invented: not in the seed
}

CURRENT_AGREEMENT = {
    "slug": "2025-2028",
    "title": "Samverkansöverenskommelse 2025–2028",
    "intro": (
        "Här kan du läsa vad Södertälje kommun och civilsamhället har lovat varandra för "
        "åren 2025–2028. Alla organisationer som delar värderingarna är välkomna att ansluta "
        "sig."
    ),
    "purpose": [
        (
            "Överenskommelsen ger kommunen och civilsamhället en gemensam ram för hur vi "
            "arbetar tillsammans. Den beskriver hur vi ska bemöta varandra och ger oss en "
            "fast plats för att fortsätta samtalet."
        ),
        (
            "Många av de utmaningar som Södertälje har kan ingen part lösa på egen hand. När "
            "föreningarnas kunskap och engagemang möter kommunens resurser blir det lättare "
            "att bygga ett hållbart Södertälje. Samarbetet ska också ge fler invånare "
            "chansen att vara med och påverka, och på så sätt göra demokratin starkare."
        ),
        (
            "Grunden är tillit och respekt för att vi har olika roller: kommunen har ansvar "
            "och skyldigheter enligt lag, och civilsamhället har sina egna villkor och "
            "arbetssätt. Den här versionen bygger på den första överenskommelsen från 2018 "
            "och har arbetats fram i samtal mellan parterna."
        ),
    ],
    "parties": [
        (
            "Civilsamhället är den del av samhället där människor frivilligt går samman "
            "kring något de har gemensamt, vid sidan av det offentliga, näringslivet och "
            "familjen. Exempel är ideella föreningar, stiftelser, studieförbund, "
            "registrerade trossamfund och sociala företag. Ibland kallas det idéburen eller "
            "ideell sektor."
        ),
        (
            "Varje organisation bestämmer själv vad den vill och ska göra. En del talar "
            "främst för sina medlemmar och driver opinion, ofta med hjälp av frivilliga. "
            "Andra driver verksamhet, till exempel sociala tjänster, med anställd personal. "
            "Många gör både och. Oavsett form skapar organisationerna gemenskap och ger "
            "människor möjlighet att växa och att delta i demokratin."
        ),
        (
            "Södertälje kommun styrs av förtroendevalda politiker. Kommunen ansvarar för det "
            "mesta av den lokala servicen, som förskola, skola, bibliotek, socialtjänst och "
            "äldreomsorg, men också för samhällsplanering, bostäder, miljö- och hälsoskydd, "
            "vatten och avlopp, avfall och räddningstjänst. Verksamheten är fördelad på "
            "nämnder och bolag och betalas med skatter och avgifter."
        ),
        (
            "Överenskommelsen gäller alla kommunens nämnder och hela förvaltningen. De "
            "kommunala bolagen kan bjudas in i arbetet när det behövs. Kommunen stöttar "
            "redan i dag civilsamhället med bidrag, lokaler, ett öppet föreningsregister, "
            "rådgivning och utbildning, och samråder med organisationer i pensionärsrådet "
            "och funktionshinderrådet."
        ),
    ],
    "values": [
        "Alla människor har lika värde och samma rättigheter.",
        "Samarbetet vilar på demokratiska värderingar.",
        "Vi ser mångfald som en styrka.",
        "Kvinnor och män, flickor och pojkar ska ha samma makt och möjligheter.",
        "Alla invånare ska ha samma chans till ett gott liv, oavsett bakgrund.",
        "Vi möter varandra med tillit och respekterar att vi har olika roller.",
        "Vi arbetar för ett Södertälje som håller på lång sikt.",
    ],
    # The seed: "gäller under perioden 2025–2028", years only, as the text says it.
    "period": {"period_kind": "years", "first_year": 2025, "last_year": 2028},
    "extension_years": None,
    # The seed: adopted by the municipal council on 2025-03-03; it gives no
    # record number or paragraph, so none is shown.
    "decisions": [
        {"kind": "adopted", "body": "Kommunfullmäktige", "date": datetime.date(2025, 3, 3)}
    ],
    # The seed: "överenskommelsen tecknades 2018" (the version below).
    "earlier_versions": [
        {"year": 2018, "decision": "Den första samverkansöverenskommelsen tecknades"}
    ],
    "anchored_how": "Förslaget stämdes av med företrädare för civilsamhället på ett öppet möte.",
    "anchored_on": datetime.date(2024, 12, 9),
    "scope_kind": "all",
    "scope_bodies": [],
    # The seed: reviewed (aktualitetsprövning) "senast under 2028": a year, not a date.
    "review": {"review_year": 2028},
    # (side it speaks for, label): the seeds name one contact, the municipality's office;
    # no contact of civil society's side, so none is made up.
    "contacts": [("municipality", "")],
    # The seed: a dialogue forum at least twice a year, open also to organisations that
    # have not joined; the municipality calls it. Told here in the demo's own words.
    "forum_promises": [
        {
            "name": "Dialogforum",
            "description": (
                "Parternas eget forum, minst två gånger om året, för samtal om samhällets "
                "utmaningar och hur vi kan möta dem tillsammans. Kommunen bjuder in och leder "
                "mötet; dagordningen bygger på vad organisationerna och kommunen vill ta upp."
            ),
            "frequency": "twice_a_year",
            "open_to": "Parterna, och organisationer som ännu inte har anslutit sig",
            "event_kind": "dialogue_forum",
        }
    ],
    "affiliation_rules": [
        (
            "Alla organisationer i civilsamhället som i ord och handling står bakom "
            "värderingarna, och som vill vara med och utveckla Södertälje, kan ansluta sig."
        ),
        (
            "Organisationen ansluter sig genom att skicka en skriftlig anmälan till "
            "kommunen. Med sin underskrift visar organisationen att den står bakom hela "
            "överenskommelsen och vill vara en aktiv part i arbetet."
        ),
        # invented: the seed does not say how the notice may be sent or handed in
        (
            "Det går att ansluta sig när som helst under perioden. Anmälan kan skickas med "
            "post eller e-post till Föreningsstöd eller lämnas på ett dialogforum."
        ),
        # invented: the seed does not describe how to leave
        (
            "En organisation som inte längre vill vara med kan lämna överenskommelsen genom "
            "att meddela Föreningsstöd skriftligt. Organisationen tas då bort från listan "
            "över anslutna."
        ),
    ],
    "sections": [
        {
            "heading": "Dialogforum",
            "paragraphs": [
                (
                    "Dialogforum är överenskommelsens egen mötesplats. Här samtalar parterna "
                    "om utmaningar i samhället och om hur de kan ta sig an dem tillsammans. "
                    "Organisationer som ännu inte har anslutit sig är också välkomna."
                ),
                (
                    "Kommunen bjuder in till och håller i forumet minst två gånger per år. "
                    "Dagordningen bygger på de frågor som organisationerna eller kommunen "
                    "vill ta upp."
                ),
            ],
        },
        {
            "heading": "Arbetsgrupper och samrådsgrupp",
            "paragraphs": [
                (
                    "Ur samtalen i dialogforum kan det bildas arbetsgrupper där personer "
                    "från organisationerna och från förvaltningen arbetar med en viss fråga. "
                    "Om parterna inte kommer överens om något annat dokumenterar kommunen "
                    "arbetet, rapporterar tillbaka till forumet och ser till att frågan "
                    "kommer till den nivå i kommunen där beslut kan fattas."
                ),
                (
                    "Samrådsgruppen består av företrädare för anslutna organisationer och "
                    "för förvaltningen. Civilsamhällets ledamöter väljs på dialogforum och "
                    "ska så långt det går spegla bredden bland de anslutna. Gruppen "
                    "samordnar det gemensamma arbetet, planerar och följer upp forumen och "
                    "förbereder frågor som dyker upp mellan två forum."
                ),
            ],
        },
        {
            "heading": "Aktivitetsplan",
            "paragraphs": [
                (
                    "Samrådsgruppen tar fram en aktivitetsplan utifrån det som kommer upp i "
                    "dialogforum. Planen visar vilka utvecklingsfrågor som är aktuella och "
                    "vad som pågår, oavsett om arbetet drivs av en arbetsgrupp, av "
                    "samrådsgruppen eller av en av parterna på eget initiativ."
                ),
                (
                    "Planen är ett levande dokument. Samrådsgruppen går igenom den och "
                    "uppdaterar den fortlöpande."
                ),
            ],
        },
        {
            "heading": "Föreningsstöd och kommunens nätverk",
            "paragraphs": [
                (
                    "Föreningsstöd på kultur- och fritidskontoret är den självklara vägen in "
                    "till kommunen för föreningar och andra organisationer. Därifrån skickas "
                    "frågor och idéer om samarbete vidare till rätt del av kommunen."
                ),
                (
                    "Föreningsstöd samordnar också kommunens arbete med överenskommelsen. "
                    "Det innebär att hålla i dialogforum och samrådsgruppen, att leda "
                    "kommunens interna nätverk för samverkan och att sköta uppföljningen. I "
                    "nätverket finns personer från förvaltningens olika kontor. De håller "
                    "koll på hur samarbetet med civilsamhället ser ut i dag och var det kan "
                    "växa."
                ),
            ],
        },
        {
            "heading": "Uppföljning",
            "paragraphs": [
                (
                    "Varje år följer kommunen upp överenskommelsen tillsammans med "
                    "samrådsgruppen. Då går parterna igenom sina åtaganden och de "
                    "aktiviteter som har genomförts, för att se hur arbetet går framåt."
                ),
                (
                    "Resultatet sammanfattas i en skriftlig rapport som går till dialogforum "
                    "och direkt till de anslutna organisationerna. Kommunfullmäktige får "
                    "också en redovisning som en del av kommunens samlade uppföljning av "
                    "social hållbarhet. Senast under 2028 prövar parterna om "
                    "överenskommelsen behöver ändras inför nästa fyraårsperiod."
                ),
            ],
        },
    ],
    # The newer seed lists its commitments once for the whole agreement, grouped by party,
    # not under each principle. They are therefore in "agreement_commitments" below.
    "principles": [
        {
            "slug": "langsiktighet",
            "title": "Långsiktighet",
            "summary": "Samarbetet ska hålla över tid och ha starkt stöd hos båda parter.",
            "explanation": [
                (
                    "För att samarbetet ska leva vidare, även när personer byts ut, behöver "
                    "vi gemensamma mål som sträcker sig flera år framåt."
                ),
                (
                    "Överenskommelsen behöver också vara känd och formellt förankrad, både i "
                    "kommunen och i de organisationer som har anslutit sig."
                ),
            ],
            "commitments": [],
        },
        {
            "slug": "oppenhet-och-insyn",
            "title": "Öppenhet och insyn",
            "summary": "Vi är öppna med hur vi arbetar och respekterar varandras verksamhet.",
            "explanation": [
                (
                    "När kommunen är öppen med hur den arbetar och fattar beslut blir det "
                    "lättare för civilsamhället att föra fram sina medlemmars röster och att "
                    "påverka."
                ),
                (
                    "På samma sätt kan kommunen vänta sig insyn i verksamhet som "
                    "organisationerna driver med offentliga pengar. Information ska vara "
                    "lätt att hitta, så att vi når varandra och så att fler vill ansluta "
                    "sig."
                ),
            ],
            "commitments": [],
        },
        {
            "slug": "mangfald",
            "title": "Mångfald",
            "summary": "Många olika aktörer ger fler idéer och bättre lösningar.",
            "explanation": [
                (
                    "Samhällets utmaningar möts bäst när det finns många aktörer med olika "
                    "lösningar. Olika perspektiv gör helheten rikare och hjälper oss att "
                    "väga olika behov mot varandra."
                ),
                (
                    "Samarbetet ska göra det lättare för nya organisationer och verksamheter "
                    "att växa fram. Där olikheter ses som en tillgång finns det plats för "
                    "nya idéer."
                ),
            ],
            "commitments": [],
        },
        {
            "slug": "sjalvstandighet-och-oberoende",
            "title": "Självständighet och oberoende",
            "summary": "Civilsamhället står fritt från kommunen och får granska och kritisera den.",
            "explanation": [
                (
                    "En levande demokrati behöver organisationer som talar för sina "
                    "medlemmar och driver opinion. Därför ska civilsamhället kunna granska "
                    "kommunen och agera på egen hand, utan att det går ut över bidrag eller "
                    "annat stöd."
                ),
                (
                    "Organisationerna är fria, och kommunen ska arbeta för att göra det "
                    "lättare för dem att behålla sin självständighet."
                ),
            ],
            "commitments": [],
        },
        {
            "slug": "dialog",
            "title": "Dialog",
            "summary": (
                "Vi för ett regelbundet och respektfullt samtal där allas kunskap tas till vara."
            ),
            # invented: the wording first published, before the editors sharpened it after
            # a dialogue forum; published first so that the principle's public list of
            # versions has a comparison to show.
            "first_published": {
                "summary": "Vi för ett regelbundet samtal där allas kunskap tas till vara.",
                "explanation": [
                    (
                        "Ett hållbart samhälle kräver att invånarna kan påverka och delta när "
                        "orten utvecklas. Ett samtal som pågår hela tiden är grunden för att "
                        "vi ska utvecklas."
                    ),
                    (
                        "Samtalet ska vara öppet och återkommande. Båda parter lyssnar och "
                        "välkomnar olika erfarenheter."
                    ),
                ],
                "note": "Första publiceringen.",
                "then_note": "Sammanfattningen och förklaringen förtydligade efter dialogforum.",
            },
            "explanation": [
                (
                    "Ett hållbart samhälle kräver att invånarna kan påverka, delta och bli "
                    "hörda när orten utvecklas. Ett samtal som pågår hela tiden är grunden "
                    "för att vi ska utvecklas och fortsätta lära oss."
                ),
                (
                    "Samtalet ska vara öppet och återkommande. Båda parter lyssnar, visar "
                    "respekt och välkomnar olika erfarenheter och kunskaper."
                ),
            ],
            "commitments": [],
        },
        {
            "slug": "kvalitet",
            "title": "Kvalitet",
            "summary": "När vi samarbetar kommer vi överens om vilka krav på kvalitet som gäller.",
            "explanation": [
                (
                    "Kommunen har ofta krav i lag på kvaliteten i sin verksamhet. "
                    "Civilsamhället står nära sina medlemmar och har större frihet att själv "
                    "avgöra och säkra kvaliteten i det som till största delen är ideellt "
                    "arbete."
                ),
                (
                    "I varje samarbete behöver parterna enas om vilka krav som ska gälla. "
                    "Verksamhet som får pengar från kommunen ska följa de regler som "
                    "politikerna har beslutat. När resultat följs upp och utvärderas "
                    "respekterar vi att våra utgångslägen skiljer sig åt."
                ),
            ],
            "commitments": [],
        },
        {
            "slug": "samhallsutveckling",
            "title": "Samhällsutveckling",
            "summary": "Ett bättre Södertälje byggs av människors engagemang.",
            "explanation": [
                (
                    "Förändring i samhället börjar med att enskilda människor engagerar sig. "
                    "I civilsamhället finns stor kraft och vilja att bidra, och kommunen ska "
                    "ta emot det engagemanget på bästa möjliga sätt."
                ),
                (
                    "För att hitta nya lösningar behöver vi tillsammans våga tänka "
                    "annorlunda och pröva nya sätt att arbeta ihop."
                ),
            ],
            "commitments": [],
        },
    ],
    # The newer seed names the parties as "both parties", "the municipality" and "civil
    # society", joint commitments first: (side, name, heading above its commitments).
    "party_names": [
        ("both", "Båda parter", "Båda parter åtar sig"),
        ("municipality", "Kommunen", "Kommunen åtar sig"),
        ("civil_society", "Civilsamhället", "Civilsamhället åtar sig"),
    ],
    "agreement_commitments": [
        (
            "both",
            (
                "Att arbeta för ett starkare samarbete mellan civilsamhället och kommunen, "
                "med principerna som grund."
            ),
        ),
        (
            "both",
            (
                "Att delta i överenskommelsens forum för dialog och utveckling, utifrån vad "
                "var och en har möjlighet till."
            ),
        ),
        ("both", "Att möta varandra med öppenhet, nyfikenhet och vilja att lyssna."),
        ("both", "Att hålla varandra informerade om det som är viktigt och aktuellt."),
        (
            "both",
            (
                "Att sprida kunskap om överenskommelsen i den egna organisationen och till "
                "andra som berörs."
            ),
        ),
        ("municipality", "Att bjuda in till dialogforum minst två gånger om året."),
        (
            "municipality",
            "Att sköta en samrådsgrupp där både civilsamhället och kommunen har företrädare.",
        ),
        (
            "municipality",
            (
                "Att göra det enklare för organisationer att nå kommunen och att hänvisa dem "
                "till rätt ställe för deras fråga eller idé."
            ),
        ),
        (
            "municipality",
            (
                "Att ta in civilsamhället så tidigt som möjligt när kommunen planerar och "
                "utvecklar, så att organisationernas kunskap kommer till nytta."
            ),
        ),
        (
            "municipality",
            "Att vara öppen med hur beslut fattas och låta civilsamhället följa processen.",
        ),
        (
            "municipality",
            "Att uppmuntra möten och kunskapsutbyte mellan organisationer i civilsamhället.",
        ),
        (
            "municipality",
            "Att utreda och pröva nya sätt att samarbeta långsiktigt med civilsamhället.",
        ),
        (
            "municipality",
            (
                "Att följa upp överenskommelsen varje år och berätta för de anslutna "
                "organisationerna vad uppföljningen visar."
            ),
        ),
        (
            "civil_society",
            (
                "Att bland de anslutna organisationerna välja företrädare till "
                "samrådsgruppen med kommunen."
            ),
        ),
        (
            "civil_society",
            (
                "Att föra fram invånarnas behov, åsikter och intressen i dialogen och "
                "samarbetet med kommunen."
            ),
        ),
        (
            "civil_society",
            "Att dela med sig av kunskap och erfarenhet från det idéburna perspektivet.",
        ),
        (
            "civil_society",
            (
                "Att verka för att organisationerna i civilsamhället samordnar sig och "
                "arbetar tillsammans."
            ),
        ),
        (
            "civil_society",
            (
                "Att stärka det ideella engagemanget, både i den egna organisationen och "
                "genom nätverk med andra organisationer."
            ),
        ),
    ],
}

EARLIER_AGREEMENT = {
    # invented: the older seed gives no period. It was the first agreement (signed 2018 per the
    # newer seed) and is revised every fourth year, so we use 2018–2021.
    "slug": "2018-2021",
    "title": "Samverkansöverenskommelse 2018–2021",
    "intro": (
        "Det här var den första överenskommelsen mellan idéburen sektor och Södertälje "
        "kommun. Den har ersatts av överenskommelsen för 2025–2028."
    ),
    "purpose": [
        (
            "Ett gott samarbete mellan idéburen sektor och kommunen är viktigt för "
            "demokratin och för ett socialt hållbart Södertälje. Överenskommelsen skulle "
            "göra samarbetet långsiktigt och beskriva hur det går till: med dialog, med "
            "lyhördhet och med plats för alla organisationer som vill vara med."
        ),
        (
            "Parterna ville få ett gemensamt sätt att förhålla sig till varandra och bli "
            "tydliga med vilken roll var och en har när de arbetar med gemensamma frågor. "
            "Tydligare roller skulle ge bättre insyn och mer samtal. Överenskommelsen var "
            "tänkt som en övergripande ram som ses över vart fjärde år."
        ),
        (
            "Social hållbarhet betyder här ett samhälle där alla invånares rättigheter "
            "respekteras och behov möts, där kvinnor och män har samma möjligheter och där "
            "ingen grupp har orättvist sämre hälsa eller livsvillkor. Ett sådant samhälle "
            "kräver tolerans, tillit mellan människor och att invånarna är med och formar "
            "utvecklingen."
        ),
    ],
    "parties": [
        (
            "Idéburen sektor är organisationer som är ideella eller kooperativa. Det kan "
            "vara folkrörelser, föreningar, stiftelser, trossamfund och organisationer inom "
            "folkbildningen, med flera."
        ),
        (
            "Den andra parten är Södertälje kommun. Kommunen skulle se till att kunskapen om "
            "överenskommelsen nådde hela kommunkoncernen, alltså både förvaltningen och de "
            "kommunala bolagen, och att de kunde vara delaktiga i arbetet."
        ),
    ],
    "values": [
        "Alla människors lika värde står i centrum.",
        "Samarbetet ska stärka demokratin.",
        "Varje invånares rättigheter och behov ska tas på allvar.",
        "Samhället ska vara jämställt och jämlikt, utan orättvisa skillnader i hälsa.",
        "Tolerans och tillit mellan människor bär upp ett socialt hållbart Södertälje.",
        "Alla i idéburen sektor som vill vara med är välkomna.",
    ],
    # inferred: signed in 2018 (the newer seed) and revised every fourth year
    # (this seed): the years 2018–2021, no exact dates.
    "period": {"period_kind": "years", "first_year": 2018, "last_year": 2021},
    "extension_years": None,
    # The seed names neither the body nor the date of the decision: none is shown.
    "decisions": [],
    "earlier_versions": [],
    "anchored_how": (
        "Texten togs fram tillsammans med idéburen sektor genom informationsmöten, "
        "workshoppar, en enkät och möten i en arbetsgrupp."
    ),
    "anchored_on": None,  # the seed gives no date
    # inferred: the seed wants the work to reach the whole group (administration and companies)
    "scope_kind": "all_and_companies",
    "scope_bodies": [],
    # The seed: "revideras vart fjärde år": during the fourth year of the period.
    "review": {"review_in_period_year": 4},
    # (side it speaks for, label): the seeds name one contact, the municipality's office;
    # no contact of civil society's side, so none is made up.
    "contacts": [("municipality", "")],
    # The older seed: yearly dialogue forums, and dialogue meetings with the sector
    # whenever they are needed (no number).
    "forum_promises": [
        {
            "name": "Dialogforum",
            "description": "",
            "frequency": "yearly",
            "open_to": "",
            "event_kind": "dialogue_forum",
        },
        {
            "name": "Dialogträffar med idéburen sektor",
            "description": "",
            "frequency": "other",
            "frequency_text": "Löpande, när det behövs",
            "open_to": "",
            "event_kind": "",
        },
    ],
    "affiliation_rules": [
        (
            "Organisationer i idéburen sektor kunde ansluta sig och skriva under i samband "
            "med att överenskommelsen antogs."
        ),
        (
            "Det gick också bra att ansluta sig senare, antingen på något av de årliga "
            "dialogforumen eller genom en skriftlig ansökan till kommunen."
        ),
        (
            "Underskriften sågs som en viktig symbol. Den visade att organisationen kände "
            "till överenskommelsen och ställde sig bakom den."
        ),
        # invented: the seed does not describe how to leave
        "En organisation kunde när som helst lämna överenskommelsen genom att meddela kommunen.",
    ],
    "sections": [
        {
            "heading": "Hur överenskommelsen togs fram",
            "paragraphs": [
                (
                    "Företrädare för idéburen sektor och kommunen tog fram överenskommelsen "
                    "tillsammans. Arbetet började med informationsmöten och workshoppar, och "
                    "en enkät samlade in fler synpunkter."
                ),
                (
                    "Till sist arbetade en arbetsgrupp med texten i detalj. Under arbetet "
                    "kom parterna också fram till vilka behov och utvecklingsområden som var "
                    "viktigast för ett gott samarbete."
                ),
            ],
        },
        {
            "heading": "Utvecklingsområden",
            "paragraphs": [
                (
                    "Parterna valde ut fyra områden att utveckla: samverkan, information och "
                    "delaktighet, idéburen sektors roll och ideella engagemang samt "
                    "långsiktighet."
                ),
                (
                    "Samverkan handlade om ett organiserat samarbete som ger något extra "
                    "till båda parter och bygger starka relationer i ett Södertälje som "
                    "håller ihop. Information och delaktighet handlade om att fler "
                    "organisationer skulle känna till överenskommelsen och vara med i den."
                ),
                (
                    "Det tredje området gällde att uppmuntra, ta vara på och behålla "
                    "människors ideella engagemang över tid. Det fjärde gällde att hålla "
                    "överenskommelsen levande och anpassa den när förutsättningarna och "
                    "omvärlden förändras."
                ),
            ],
        },
        {
            "heading": "Utvecklingsplan",
            "paragraphs": [
                (
                    "För varje utvecklingsområde fanns en plan med konkreta punkter. Planen "
                    "skulle följas upp, utvärderas och revideras två år i taget."
                ),
                (
                    "Exempel på punkter var möten över gränserna mellan verksamheter, en "
                    "utsedd ansvarig för samverkan i varje organisation, information på "
                    "flera språk, digitala nyhetsbrev och en tydlig kontaktpunkt i "
                    "förvaltningen. Skolan skulle väcka barns intresse för föreningslivet, "
                    "till exempel genom elevråd och skolidrottsföreningar, och "
                    "organisationerna skulle få bättre möjligheter att planera sin ekonomi "
                    "långsiktigt."
                ),
            ],
        },
        {
            "heading": "Organisation för det fortsatta arbetet",
            "paragraphs": [
                (
                    "Arbetet leddes av en samverkansgrupp, som tidigare hette arbetsgrupp. "
                    "Gruppen var tillfällig och hade i uppdrag att ta fram de arbetsformer "
                    "och den representation som skulle gälla framöver."
                ),
                (
                    "Kommunen ansvarade för att gruppen fick stöd av tjänstepersoner och för "
                    "att överenskommelsen utvecklades och hölls vid liv."
                ),
            ],
        },
    ],
    "principles": [
        {
            "slug": "langsiktighet",
            "title": "Långsiktighet",
            "summary": "Samarbetet ska bygga på gemensamma mål och brett politiskt stöd.",
            "explanation": [
                (
                    "Gemensamma mål för lång tid framåt gör att samarbetet kan leva vidare "
                    "och bli hållbart."
                ),
                (
                    "För att överenskommelsen ska stå sig över tid behöver den också vara "
                    "väl förankrad bland kommunens politiker."
                ),
            ],
            "commitments": [
                ("municipality", "Att se till att överenskommelsen följs upp varje år."),
                (
                    "municipality",
                    (
                        "Att arbeta för att det ska bli lättare för idéburen sektor och "
                        "kommunen att samarbeta."
                    ),
                ),
                ("civil_society", "Att dela med sig av sin kunskap och erfarenhet."),
                ("both", "Att tillsammans stärka samarbetet mellan idéburen sektor och kommunen."),
            ],
        },
        {
            "slug": "oppenhet-och-insyn",
            # invented: the first version named this principle "Öppenhet" only; the
            # 2025 revision added "och insyn" (the comparison shows it renamed).
            "title": "Öppenhet",
            "summary": "Vi är öppna mot varandra och respekterar varandras verksamhet.",
            "explanation": [
                "Samarbetet kräver öppenhet och respekt för det arbete som den andra parten gör.",
                (
                    "Information ska vara enkel att hitta, så att parterna lätt når varandra "
                    "och fler organisationer får lust att ansluta sig."
                ),
            ],
            "commitments": [
                (
                    "municipality",
                    (
                        "Att göra det enklare att komma i kontakt med kommunen, till exempel "
                        "genom utsedda kontaktpersoner och ett eget forum för "
                        "överenskommelsen."
                    ),
                ),
                ("municipality", "Att vara öppen med beslut som berör idéburen sektor."),
                (
                    "civil_society",
                    (
                        "Att själv ta kontakt med kommunen för att reda ut oklarheter och "
                        "klagomål som uppstår i samarbetet."
                    ),
                ),
                ("both", "Att sprida kunskap om överenskommelsen."),
                (
                    "both",
                    (
                        "Att se till att den andra parten får information som är aktuell och "
                        "användbar."
                    ),
                ),
            ],
        },
        {
            "slug": "mangfald",
            "title": "Mångfald",
            "summary": (
                "Kommunen ska göra det lättare för nya aktörer och verksamheter att växa fram."
            ),
            "explanation": [
                (
                    "Ju fler aktörer med olika verksamheter som finns, desto bättre kan "
                    "samhället möta sina utmaningar. Bredden ger nya perspektiv och skapar "
                    "balans mellan olika grupper, behov och synsätt."
                ),
                (
                    "Därför ska kommunen ge goda förutsättningar för att nya organisationer "
                    "och verksamheter kan starta."
                ),
            ],
            "commitments": [
                (
                    "municipality",
                    (
                        "Att pröva nya former för långsiktigt samarbete som gynnar mångfald, "
                        "eftersom idéburen sektor speglar hur olika kommunens invånare är."
                    ),
                ),
                (
                    "municipality",
                    (
                        "Att ordna mötesplatser för idéburen sektor som utgår från "
                        "organisationernas olika behov och förutsättningar."
                    ),
                ),
                (
                    "municipality",
                    (
                        "Att i dialog med idéburen sektor följa upp hur förbudet mot "
                        "diskriminering efterlevs när det gäller kön, etnisk och religiös "
                        "tillhörighet, sexuell läggning, könsuttryck, ålder och "
                        "funktionsvariation."
                    ),
                ),
                (
                    "civil_society",
                    (
                        "Att vara öppen i samtalet och ta emot alla som är intresserade på "
                        "ett välkomnande sätt, oavsett bakgrund."
                    ),
                ),
                (
                    "civil_society",
                    (
                        "Att fundera över och besvara kommunens frågor om de olika "
                        "diskrimineringsgrunderna."
                    ),
                ),
                (
                    "civil_society",
                    (
                        "Att söka samarbete med både nya och etablerade aktörer, så att fler "
                        "människor möts."
                    ),
                ),
            ],
        },
        {
            "slug": "sjalvstandighet-och-oberoende",
            "title": "Självständighet och oberoende",
            "summary": "Idéburen sektor ska kunna granska kommunen utan att förlora sitt stöd.",
            "explanation": [
                (
                    "Att föreningar och andra organisationer talar för sina medlemmar och "
                    "påverkar opinionen är en grund för demokratin. De ska kunna granska "
                    "kommunen kritiskt och agera fritt, utan risk att förlora bidrag eller "
                    "annat stöd."
                ),
                (
                    "Idéburen sektor är fri, och kommunen ska arbeta för att det ska vara "
                    "lätt för den att förbli självständig."
                ),
            ],
            "commitments": [
                (
                    "municipality",
                    (
                        "Att göra det lättare och möjligt för idéburen sektor att bedriva "
                        "sin verksamhet."
                    ),
                ),
                (
                    "municipality",
                    (
                        "Att inte sätta press på organisationerna utöver det som står i "
                        "gällande avtal."
                    ),
                ),
                (
                    "civil_society",
                    (
                        "Att vara öppen och tydlig med vem som står bakom verksamheten och "
                        "vad den har för syfte."
                    ),
                ),
            ],
        },
        {
            "slug": "dialog",
            "title": "Dialog",
            "summary": "Invånarnas röster ska höras i ett öppet och regelbundet samtal.",
            "explanation": [
                (
                    "Invånarna behöver kunna påverka, delta och säga sin mening om hur orten "
                    "utvecklas. Ett ständigt pågående samtal ger utveckling och lärande."
                ),
                (
                    "Båda parter möter varandra öppet, regelbundet och med respekt, och tar "
                    "vara på att de har olika perspektiv och kunskaper."
                ),
            ],
            "commitments": [
                (
                    "municipality",
                    (
                        "Att erbjuda en inspirerande mötesplats där till exempel offentlig "
                        "sektor, näringsliv, idéburen sektor och akademi kan mötas."
                    ),
                ),
                (
                    "municipality",
                    (
                        "Att fortsätta och fördjupa dialogen och kommunikationen mellan "
                        "idéburen sektor och kommunen."
                    ),
                ),
                (
                    "municipality",
                    (
                        "Att regelbundet bjuda in till dialogträffar, när det behövs och "
                        "minst två gånger per år."
                    ),
                ),
                (
                    "civil_society",
                    (
                        "Att hålla kommunen informerad om den egna organisationen med "
                        "uppgifter som stämmer och är aktuella."
                    ),
                ),
                ("civil_society", "Att delta i dialogmötena."),
                (
                    "civil_society",
                    (
                        "Att föra fram de behov och möjligheter som invånarna upplever där "
                        "organisationen är verksam."
                    ),
                ),
                ("both", "Att vara öppna, raka och tydliga när vi kommunicerar med varandra."),
            ],
        },
        {
            "slug": "kvalitet",
            "title": "Kvalitet",
            "summary": "Parterna enas om kvalitetskraven i varje samarbete.",
            "explanation": [
                (
                    "Kommunen måste ofta följa lagkrav på kvalitet. Idéburen sektor står "
                    "nära sina medlemmar och kan friare själv bestämma hur kvaliteten i det "
                    "ideella arbetet ska säkras."
                ),
                (
                    "I varje samarbete kommer parterna överens om vilka krav som gäller. Den "
                    "som får ekonomiskt stöd från kommunen följer de regler som politikerna "
                    "har beslutat. Uppföljning och utvärdering görs med respekt för att "
                    "parterna ser olika på saker och har olika förutsättningar."
                ),
            ],
            "commitments": [
                ("municipality", "Att göra riktlinjerna för stöd till idéburen sektor tydligare."),
                (
                    "municipality",
                    (
                        "Att tydligt beskriva vilka krav på uppföljning som gäller i "
                        "samarbeten och avtal."
                    ),
                ),
                (
                    "municipality",
                    (
                        "Att skapa förutsättningar för att idéburen sektor kan delta i "
                        "upphandlingar och ingå idéburet offentligt partnerskap (IOP)."
                    ),
                ),
                (
                    "civil_society",
                    (
                        "Att bidra med kunskap om kvaliteten i den egna verksamheten och om "
                        "vad den betyder för samhället."
                    ),
                ),
                (
                    "both",
                    (
                        "Att utveckla hållbara sätt att samarbeta mellan idéburen sektor, "
                        "kommunens nämnder och de kommunala bolagen."
                    ),
                ),
            ],
        },
        {
            "slug": "samhallsutveckling",
            "title": "Samhällsutveckling",
            "summary": "Idéburen sektor har en aktiv roll när lokalsamhället utvecklas.",
            "explanation": [
                (
                    "Utveckling börjar med att en människa engagerar sig. Idéburen sektor "
                    "gör det möjligt för invånarna att vara aktiva medborgare, och det "
                    "fördjupar demokratin."
                ),
                (
                    "Organisationerna ska kunna påverka och vara med i samtalet om hur orten "
                    "ska utvecklas, och kommunen ska förstå vilken roll de har."
                ),
            ],
            "commitments": [
                (
                    "municipality",
                    (
                        "Att göra det enklare för invånare att engagera sig i idéburen "
                        "sektor, till exempel genom en databas eller webbplats för "
                        "frivilliga."
                    ),
                ),
                (
                    "municipality",
                    (
                        "Att göra det lätt för invånare och organisationer att hitta rätt "
                        "person i kommunen."
                    ),
                ),
                ("municipality", "Att ta vara på den kunskap som finns i idéburen sektor."),
                ("civil_society", "Att hålla kommunen informerad om sin verksamhet."),
                (
                    "civil_society",
                    (
                        "Att utbilda inom ideellt engagemang med koppling till den egna "
                        "verksamheten."
                    ),
                ),
            ],
        },
    ],
    # The older seed calls the civil-society side "idéburen sektor" and lists the
    # municipality first, joint commitments last, under each principle.
    "party_names": [
        ("municipality", "Kommunen", "Kommunen åtar sig"),
        ("civil_society", "Idéburen sektor", "Idéburen sektor åtar sig"),
        ("both", "Båda parter", "Båda parter åtar sig"),
    ],
    "agreement_commitments": [],
}
