"""English (British spelling) demo translations of the Swedish source strings.

Keys are the wagtail-localize segments exactly as extracted from the Swedish demo
content; names of Swedish places and bodies stay in Swedish.
"""

STRINGS = {
    "Samverkan Södertälje": "Working together in Södertälje",
    (
        "Södertälje kommun och civilsamhället har en överenskommelse om hur vi ska samarbeta. Här "
        "kan du läsa den, se vad parterna har lovat och ta reda på hur din organisation kan "
        "ansluta sig."
    ): (
        "Södertälje kommun (Södertälje Municipality) and civil society have an agreement on how we "
        "will work together. Here you can read it, see what the parties have promised and find out "
        "how your organisation can join."
    ),
    "Vad är en lokal överenskommelse?": "What is a local agreement?",
    (
        "En lokal överenskommelse är en gemensam ram för hur kommunen och föreningar, stiftelser, "
        "trossamfund och andra idéburna organisationer arbetar tillsammans. Den antas av "
        "kommunfullmäktige, gäller i fyra år och följs upp varje år."
    ): (
        "A local agreement is a shared framework for how the municipality works together with "
        "associations, foundations, faith communities and other non-profit organisations. It is "
        "adopted by the municipal council (kommunfullmäktige), runs for four years and is followed "
        "up every year."
    ),
    (
        "Överenskommelsen bygger på sju principer. Under dem har kommunen, civilsamhället och båda "
        "parterna tillsammans gjort åtaganden, alltså löften om vad var och en ska göra."
    ): (
        "The agreement is based on seven principles. Under them, the municipality, civil society "
        "and both parties together have made commitments, that is, promises about what each of "
        "them will do."
    ),
    # The parties as the current agreement names them.
    "Båda parter": "Both parties",
    "Kommunen": "The municipality",
    "Civilsamhället": "Civil society",
    "Båda parter åtar sig": "Both parties commit to",
    "Kommunen åtar sig": "The municipality commits to",
    "Civilsamhället åtar sig": "Civil society commits to",
    "Överenskommelsen": "The agreement",
    (
        "Här finns den överenskommelse som gäller nu och de tidigare versionerna. Äldre versioner "
        "finns kvar så att du kan se hur samverkan har utvecklats."
    ): (
        "Here you will find the agreement that applies now and the earlier versions. Older "
        "versions are kept so that you can see how the cooperation has developed."
    ),
    "Samverkansöverenskommelse 2025–2028": "Cooperation agreement 2025–2028",
    "Södertälje kommun": "Södertälje kommun",
    (
        "Här kan du läsa vad Södertälje kommun och civilsamhället har lovat varandra för åren "
        "2025–2028. Alla organisationer som delar värderingarna är välkomna att ansluta sig."
    ): (
        "Here you can read what Södertälje kommun (Södertälje Municipality) and civil society have "
        "promised each other for the years 2025–2028. All organisations that share the values are "
        "welcome to join."
    ),
    (
        "Överenskommelsen ger kommunen och civilsamhället en gemensam ram för hur vi arbetar "
        "tillsammans. Den beskriver hur vi ska bemöta varandra och ger oss en fast plats för att "
        "fortsätta samtalet."
    ): (
        "The agreement gives the municipality and civil society a shared framework for how we work "
        "together. It describes how we should treat each other and gives us a permanent place to "
        "continue the conversation."
    ),
    (
        "Många av de utmaningar som Södertälje har kan ingen part lösa på egen hand. När "
        "föreningarnas kunskap och engagemang möter kommunens resurser blir det lättare att bygga "
        "ett hållbart Södertälje. Samarbetet ska också ge fler invånare chansen att vara med och "
        "påverka, och på så sätt göra demokratin starkare."
    ): (
        "Many of the challenges that Södertälje faces cannot be solved by any one party on its "
        "own. When the knowledge and dedication of associations meet the resources of the "
        "municipality, it becomes easier to build a sustainable Södertälje. The cooperation should "
        "also give more residents the chance to take part and have a say, and in this way make "
        "democracy stronger."
    ),
    (
        "Grunden är tillit och respekt för att vi har olika roller: kommunen har ansvar och "
        "skyldigheter enligt lag, och civilsamhället har sina egna villkor och arbetssätt. Den här "
        "versionen bygger på den första överenskommelsen från 2018 och har arbetats fram i samtal "
        "mellan parterna."
    ): (
        "The foundation is trust, and respect for the fact that we have different roles: the "
        "municipality has responsibilities and duties under the law, and civil society has its own "
        "conditions and ways of working. This version builds on the first agreement from 2018 and "
        "was developed through conversations between the parties."
    ),
    (
        "Civilsamhället är den del av samhället där människor frivilligt går samman kring något de "
        "har gemensamt, vid sidan av det offentliga, näringslivet och familjen. Exempel är ideella "
        "föreningar, stiftelser, studieförbund, registrerade trossamfund och sociala företag. "
        "Ibland kallas det idéburen eller ideell sektor."
    ): (
        "Civil society is the part of society where people come together voluntarily around "
        "something they have in common, alongside the public sector, business and the family. "
        "Examples are non-profit associations, foundations, study associations, registered faith "
        "communities and social enterprises. It is sometimes called the value-based or non-profit "
        "sector."
    ),
    (
        "Varje organisation bestämmer själv vad den vill och ska göra. En del talar främst för "
        "sina medlemmar och driver opinion, ofta med hjälp av frivilliga. Andra driver verksamhet, "
        "till exempel sociala tjänster, med anställd personal. Många gör både och. Oavsett form "
        "skapar organisationerna gemenskap och ger människor möjlighet att växa och att delta i "
        "demokratin."
    ): (
        "Each organisation decides for itself what it wants to do and will do. Some mainly speak "
        "up for their members and try to influence public opinion, often with the help of "
        "volunteers. Others run services, for example social services, with paid staff. Many do "
        "both. Whatever their form, the organisations create a sense of community and give people "
        "the chance to grow and to take part in democracy."
    ),
    (
        "Södertälje kommun styrs av förtroendevalda politiker. Kommunen ansvarar för det mesta av "
        "den lokala servicen, som förskola, skola, bibliotek, socialtjänst och äldreomsorg, men "
        "också för samhällsplanering, bostäder, miljö- och hälsoskydd, vatten och avlopp, avfall "
        "och räddningstjänst. Verksamheten är fördelad på nämnder och bolag och betalas med "
        "skatter och avgifter."
    ): (
        "Södertälje kommun is governed by elected politicians. The municipality is responsible for "
        "most local services, such as preschool, school, libraries, social services and care of "
        "older people, but also for community planning, housing, environmental and health "
        "protection, water and sewerage, waste and the fire and rescue service. The work is "
        "divided between committees and companies and is paid for with taxes and fees."
    ),
    (
        "Överenskommelsen gäller alla kommunens nämnder och hela förvaltningen. De kommunala "
        "bolagen kan bjudas in i arbetet när det behövs. Kommunen stöttar redan i dag "
        "civilsamhället med bidrag, lokaler, ett öppet föreningsregister, rådgivning och "
        "utbildning, och samråder med organisationer i pensionärsrådet och funktionshinderrådet."
    ): (
        "The agreement applies to all the municipality's committees and the whole administration. "
        "The municipal companies can be invited to take part in the work when needed. The "
        "municipality already supports civil society today with grants, premises, an open register "
        "of associations, advice and training, and it consults organisations in the pensioners' "
        "council and the disability council."
    ),
    "Alla människor har lika värde och samma rättigheter.": (
        "All people are of equal worth and have the same rights."
    ),
    "Samarbetet vilar på demokratiska värderingar.": "The cooperation rests on democratic values.",
    "Vi ser mångfald som en styrka.": "We see diversity as a strength.",
    "Kvinnor och män, flickor och pojkar ska ha samma makt och möjligheter.": (
        "Women and men, girls and boys should have the same power and opportunities."
    ),
    "Alla invånare ska ha samma chans till ett gott liv, oavsett bakgrund.": (
        "All residents should have the same chance of a good life, whatever their background."
    ),
    "Vi möter varandra med tillit och respekterar att vi har olika roller.": (
        "We meet each other with trust and respect the fact that we have different roles."
    ),
    "Vi arbetar för ett Södertälje som håller på lång sikt.": (
        "We work for a Södertälje that is sustainable in the long term."
    ),
    "Kommunfullmäktige": "Kommunfullmäktige (the municipal council)",
    "Den första samverkansöverenskommelsen tecknades": "The first cooperation agreement was signed",
    "Förslaget stämdes av med företrädare för civilsamhället på ett öppet möte.": (
        "The proposal was reviewed with representatives of civil society at an open meeting."
    ),
    (
        "Alla organisationer i civilsamhället som i ord och handling står bakom värderingarna, och "
        "som vill vara med och utveckla Södertälje, kan ansluta sig."
    ): (
        "All civil society organisations that support the values in word and deed, and that want "
        "to help develop Södertälje, can join."
    ),
    (
        "Organisationen ansluter sig genom att skicka en skriftlig anmälan till kommunen. Med sin "
        "underskrift visar organisationen att den står bakom hela överenskommelsen och vill vara "
        "en aktiv part i arbetet."
    ): (
        "An organisation joins by sending a written notice to the municipality. By signing it, the "
        "organisation shows that it supports the whole agreement and wants to be an active party "
        "in the work."
    ),
    (
        "Det går att ansluta sig när som helst under perioden. Anmälan kan skickas med post eller "
        "e-post till Föreningsstöd eller lämnas på ett dialogforum."
    ): (
        "You can join at any time during the period. The notice can be sent by post or e-mail to "
        "Föreningsstöd (the municipality's support office for associations) or handed in at a "
        "dialogue forum."
    ),
    (
        "En organisation som inte längre vill vara med kan lämna överenskommelsen genom att "
        "meddela Föreningsstöd skriftligt. Organisationen tas då bort från listan över anslutna."
    ): (
        "An organisation that no longer wants to take part can leave the agreement by informing "
        "Föreningsstöd in writing. The organisation is then removed from the list of organisations "
        "that have joined."
    ),
    "Dialogforum": "Dialogue forum",
    (
        "Dialogforum är överenskommelsens egen mötesplats. Här samtalar parterna om utmaningar i "
        "samhället och om hur de kan ta sig an dem tillsammans. Organisationer som ännu inte har "
        "anslutit sig är också välkomna."
    ): (
        "The dialogue forum is the agreement's own meeting place. Here the parties talk about "
        "challenges in society and about how they can tackle them together. Organisations that "
        "have not yet joined are also welcome."
    ),
    (
        "Kommunen bjuder in till och håller i forumet minst två gånger per år. Dagordningen bygger "
        "på de frågor som organisationerna eller kommunen vill ta upp."
    ): (
        "The municipality invites participants to the forum and runs it at least twice a year. The "
        "agenda is based on the issues that the organisations or the municipality want to raise."
    ),
    "Arbetsgrupper och samrådsgrupp": "Working groups and consultation group",
    (
        "Ur samtalen i dialogforum kan det bildas arbetsgrupper där personer från organisationerna "
        "och från förvaltningen arbetar med en viss fråga. Om parterna inte kommer överens om "
        "något annat dokumenterar kommunen arbetet, rapporterar tillbaka till forumet och ser till "
        "att frågan kommer till den nivå i kommunen där beslut kan fattas."
    ): (
        "The conversations in the dialogue forum can lead to working groups, in which people from "
        "the organisations and from the municipal administration work on a particular issue. "
        "Unless the parties agree otherwise, the municipality documents the work, reports back to "
        "the forum and makes sure that the issue reaches the level in the municipality where "
        "decisions can be made."
    ),
    (
        "Samrådsgruppen består av företrädare för anslutna organisationer och för förvaltningen. "
        "Civilsamhällets ledamöter väljs på dialogforum och ska så långt det går spegla bredden "
        "bland de anslutna. Gruppen samordnar det gemensamma arbetet, planerar och följer upp "
        "forumen och förbereder frågor som dyker upp mellan två forum."
    ): (
        "The consultation group is made up of representatives of the organisations that have "
        "joined and of the municipal administration. The civil society members are elected at the "
        "dialogue forum and should, as far as possible, reflect the range of organisations that "
        "have joined. The group coordinates the joint work, plans and follows up the forums, and "
        "prepares issues that come up between two forums."
    ),
    "Aktivitetsplan": "Activity plan",
    (
        "Samrådsgruppen tar fram en aktivitetsplan utifrån det som kommer upp i dialogforum. "
        "Planen visar vilka utvecklingsfrågor som är aktuella och vad som pågår, oavsett om "
        "arbetet drivs av en arbetsgrupp, av samrådsgruppen eller av en av parterna på eget "
        "initiativ."
    ): (
        "The consultation group draws up an activity plan based on what comes up in the dialogue "
        "forum. The plan shows which development issues are current and what is under way, whether "
        "the work is led by a working group, by the consultation group or by one of the parties on "
        "its own initiative."
    ),
    (
        "Planen är ett levande dokument. Samrådsgruppen går igenom den och uppdaterar den "
        "fortlöpande."
    ): (
        "The plan is a living document. The consultation group reviews it and updates it on an "
        "ongoing basis."
    ),
    "Föreningsstöd och kommunens nätverk": "Föreningsstöd and the municipality's network",
    (
        "Föreningsstöd på kultur- och fritidskontoret är den självklara vägen in till kommunen för "
        "föreningar och andra organisationer. Därifrån skickas frågor och idéer om samarbete "
        "vidare till rätt del av kommunen."
    ): (
        "Föreningsstöd (support for associations) at the Culture and Leisure Office (Kultur- och "
        "fritidskontoret) is the natural way into the municipality for associations and other "
        "organisations. From there, questions and ideas about cooperation are passed on to the "
        "right part of the municipality."
    ),
    (
        "Föreningsstöd samordnar också kommunens arbete med överenskommelsen. Det innebär att "
        "hålla i dialogforum och samrådsgruppen, att leda kommunens interna nätverk för samverkan "
        "och att sköta uppföljningen. I nätverket finns personer från förvaltningens olika kontor. "
        "De håller koll på hur samarbetet med civilsamhället ser ut i dag och var det kan växa."
    ): (
        "Föreningsstöd also coordinates the municipality's work on the agreement. This means "
        "running the dialogue forum and the consultation group, leading the municipality's "
        "internal network for cooperation and managing the follow-up. The network includes people "
        "from the different offices of the municipal administration. They keep track of what "
        "cooperation with civil society looks like today and where it can grow."
    ),
    "Uppföljning": "Follow-up",
    (
        "Varje år följer kommunen upp överenskommelsen tillsammans med samrådsgruppen. Då går "
        "parterna igenom sina åtaganden och de aktiviteter som har genomförts, för att se hur "
        "arbetet går framåt."
    ): (
        "Every year the municipality follows up the agreement together with the consultation "
        "group. The parties then go through their commitments and the activities that have been "
        "carried out, to see how the work is progressing."
    ),
    (
        "Resultatet sammanfattas i en skriftlig rapport som går till dialogforum och direkt till "
        "de anslutna organisationerna. Kommunfullmäktige får också en redovisning som en del av "
        "kommunens samlade uppföljning av social hållbarhet. Senast under 2028 prövar parterna om "
        "överenskommelsen behöver ändras inför nästa fyraårsperiod."
    ): (
        "The results are summarised in a written report that goes to the dialogue forum and "
        "directly to the organisations that have joined. Kommunfullmäktige (the municipal council) "
        "also receives a report as part of the municipality's overall follow-up of social "
        "sustainability. By 2028 at the latest, the parties will consider whether the agreement "
        "needs to be changed before the next four-year period."
    ),
    (
        "Att arbeta för ett starkare samarbete mellan civilsamhället och kommunen, med principerna "
        "som grund."
    ): (
        "To work for stronger cooperation between civil society and the municipality, based on the "
        "principles."
    ),
    (
        "Att delta i överenskommelsens forum för dialog och utveckling, utifrån vad var och en har "
        "möjlighet till."
    ): (
        "To take part in the agreement's forums for dialogue and development, as far as each party "
        "is able to."
    ),
    "Att möta varandra med öppenhet, nyfikenhet och vilja att lyssna.": (
        "To meet each other with openness, curiosity and a willingness to listen."
    ),
    "Att hålla varandra informerade om det som är viktigt och aktuellt.": (
        "To keep each other informed about what is important and current."
    ),
    "Att sprida kunskap om överenskommelsen i den egna organisationen och till andra som berörs.": (
        "To spread knowledge about the agreement within their own organisation and to others who "
        "are affected."
    ),
    "Att bjuda in till dialogforum minst två gånger om året.": (
        "To invite organisations to the dialogue forum at least twice a year."
    ),
    "Att sköta en samrådsgrupp där både civilsamhället och kommunen har företrädare.": (
        "To run a consultation group in which both civil society and the municipality are "
        "represented."
    ),
    (
        "Att göra det enklare för organisationer att nå kommunen och att hänvisa dem till rätt "
        "ställe för deras fråga eller idé."
    ): (
        "To make it easier for organisations to reach the municipality and to direct them to the "
        "right place for their question or idea."
    ),
    (
        "Att ta in civilsamhället så tidigt som möjligt när kommunen planerar och utvecklar, så "
        "att organisationernas kunskap kommer till nytta."
    ): (
        "To involve civil society as early as possible when the municipality plans and develops, "
        "so that the organisations' knowledge is put to good use."
    ),
    "Att vara öppen med hur beslut fattas och låta civilsamhället följa processen.": (
        "To be open about how decisions are made and to let civil society follow the process."
    ),
    "Att uppmuntra möten och kunskapsutbyte mellan organisationer i civilsamhället.": (
        "To encourage meetings and the exchange of knowledge between civil society organisations."
    ),
    "Att utreda och pröva nya sätt att samarbeta långsiktigt med civilsamhället.": (
        "To explore and try out new ways of working with civil society in the long term."
    ),
    (
        "Att följa upp överenskommelsen varje år och berätta för de anslutna organisationerna vad "
        "uppföljningen visar."
    ): (
        "To follow up the agreement every year and tell the organisations that have joined what "
        "the follow-up shows."
    ),
    "Att bland de anslutna organisationerna välja företrädare till samrådsgruppen med kommunen.": (
        "To choose, from among the organisations that have joined, representatives for the "
        "consultation group with the municipality."
    ),
    (
        "Att föra fram invånarnas behov, åsikter och intressen i dialogen och samarbetet med "
        "kommunen."
    ): (
        "To bring residents' needs, views and interests into the dialogue and the cooperation with "
        "the municipality."
    ),
    "Att dela med sig av kunskap och erfarenhet från det idéburna perspektivet.": (
        "To share knowledge and experience from the perspective of value-based, non-profit "
        "organisations."
    ),
    "Att verka för att organisationerna i civilsamhället samordnar sig och arbetar tillsammans.": (
        "To work for civil society organisations to coordinate with each other and work together."
    ),
    (
        "Att stärka det ideella engagemanget, både i den egna organisationen och genom nätverk med "
        "andra organisationer."
    ): (
        "To strengthen voluntary work, both within their own organisation and through networks "
        "with other organisations."
    ),
    "Långsiktighet": "Long-term perspective",
    "Samarbetet ska hålla över tid och ha starkt stöd hos båda parter.": (
        "The cooperation should last over time and have strong support from both parties."
    ),
    (
        "För att samarbetet ska leva vidare, även när personer byts ut, behöver vi gemensamma mål "
        "som sträcker sig flera år framåt."
    ): (
        "For the cooperation to continue, even when people change, we need shared goals that "
        "stretch several years ahead."
    ),
    (
        "Överenskommelsen behöver också vara känd och formellt förankrad, både i kommunen och i de "
        "organisationer som har anslutit sig."
    ): (
        "The agreement also needs to be well known and formally backed, both in the municipality "
        "and in the organisations that have joined."
    ),
    "Öppenhet och insyn": "Openness and transparency",
    "Vi är öppna med hur vi arbetar och respekterar varandras verksamhet.": (
        "We are open about how we work and respect each other's activities."
    ),
    (
        "När kommunen är öppen med hur den arbetar och fattar beslut blir det lättare för "
        "civilsamhället att föra fram sina medlemmars röster och att påverka."
    ): (
        "When the municipality is open about how it works and makes decisions, it becomes easier "
        "for civil society to make its members' voices heard and to have an influence."
    ),
    (
        "På samma sätt kan kommunen vänta sig insyn i verksamhet som organisationerna driver med "
        "offentliga pengar. Information ska vara lätt att hitta, så att vi når varandra och så att "
        "fler vill ansluta sig."
    ): (
        "In the same way, the municipality can expect insight into activities that the "
        "organisations run with public money. Information should be easy to find, so that we can "
        "reach each other and so that more organisations want to join."
    ),
    "Mångfald": "Diversity",
    "Många olika aktörer ger fler idéer och bättre lösningar.": (
        "When many different groups take part, we get more ideas and better solutions."
    ),
    (
        "Samhällets utmaningar möts bäst när det finns många aktörer med olika lösningar. Olika "
        "perspektiv gör helheten rikare och hjälper oss att väga olika behov mot varandra."
    ): (
        "The challenges in society are best met when there are many different actors with "
        "different solutions. Different perspectives make the whole richer and help us weigh "
        "different needs against each other."
    ),
    (
        "Samarbetet ska göra det lättare för nya organisationer och verksamheter att växa fram. "
        "Där olikheter ses som en tillgång finns det plats för nya idéer."
    ): (
        "The cooperation should make it easier for new organisations and activities to emerge. "
        "Where differences are seen as an asset, there is room for new ideas."
    ),
    "Självständighet och oberoende": "Autonomy and independence",
    "Civilsamhället står fritt från kommunen och får granska och kritisera den.": (
        "Civil society is independent of the municipality and is free to scrutinise and criticise "
        "it."
    ),
    (
        "En levande demokrati behöver organisationer som talar för sina medlemmar och driver "
        "opinion. Därför ska civilsamhället kunna granska kommunen och agera på egen hand, utan "
        "att det går ut över bidrag eller annat stöd."
    ): (
        "A living democracy needs organisations that speak up for their members and try to "
        "influence public opinion. That is why civil society must be able to scrutinise the "
        "municipality and act on its own, without this affecting grants or other support."
    ),
    (
        "Organisationerna är fria, och kommunen ska arbeta för att göra det lättare för dem att "
        "behålla sin självständighet."
    ): (
        "The organisations are free, and the municipality will work to make it easier for them to "
        "keep their autonomy."
    ),
    "Dialog": "Dialogue",
    "Vi för ett regelbundet och respektfullt samtal där allas kunskap tas till vara.": (
        "We hold a regular and respectful conversation in which everyone's knowledge is put to use."
    ),
    (
        "Ett hållbart samhälle kräver att invånarna kan påverka, delta och bli hörda när orten "
        "utvecklas. Ett samtal som pågår hela tiden är grunden för att vi ska utvecklas och "
        "fortsätta lära oss."
    ): (
        "A sustainable society requires that residents can have a say, take part and be heard when "
        "their local area develops. An ongoing conversation is the basis for us to develop and "
        "keep learning."
    ),
    (
        "Samtalet ska vara öppet och återkommande. Båda parter lyssnar, visar respekt och "
        "välkomnar olika erfarenheter och kunskaper."
    ): (
        "The conversation should be open and take place regularly. Both parties listen, show "
        "respect and welcome different experiences and knowledge."
    ),
    "Kvalitet": "Quality",
    "När vi samarbetar kommer vi överens om vilka krav på kvalitet som gäller.": (
        "When we work together, we agree on which quality requirements apply."
    ),
    (
        "Kommunen har ofta krav i lag på kvaliteten i sin verksamhet. Civilsamhället står nära "
        "sina medlemmar och har större frihet att själv avgöra och säkra kvaliteten i det som till "
        "största delen är ideellt arbete."
    ): (
        "The municipality often has legal requirements for the quality of its services. Civil "
        "society is close to its members and has more freedom to decide on and ensure the quality "
        "of what is mostly voluntary work."
    ),
    (
        "I varje samarbete behöver parterna enas om vilka krav som ska gälla. Verksamhet som får "
        "pengar från kommunen ska följa de regler som politikerna har beslutat. När resultat följs "
        "upp och utvärderas respekterar vi att våra utgångslägen skiljer sig åt."
    ): (
        "In every partnership, the parties need to agree on which requirements will apply. "
        "Activities that receive money from the municipality must follow the rules that the "
        "politicians have decided. When results are followed up and evaluated, we respect that our "
        "starting points are different."
    ),
    "Samhällsutveckling": "Community development",
    "Ett bättre Södertälje byggs av människors engagemang.": (
        "A better Södertälje is built when people get involved."
    ),
    (
        "Förändring i samhället börjar med att enskilda människor engagerar sig. I civilsamhället "
        "finns stor kraft och vilja att bidra, och kommunen ska ta emot det engagemanget på bästa "
        "möjliga sätt."
    ): (
        "Change in society begins when individual people get involved. Civil society has great "
        "strength and a strong will to contribute, and the municipality will welcome that "
        "involvement in the best possible way."
    ),
    (
        "För att hitta nya lösningar behöver vi tillsammans våga tänka annorlunda och pröva nya "
        "sätt att arbeta ihop."
    ): (
        "To find new solutions, we need to dare, together, to think differently and to try new "
        "ways of working with each other."
    ),
    "Föreningsstöd": "Föreningsstöd",
    "Kultur- och fritidskontoret": "Kultur- och fritidskontoret (Culture and Leisure Office)",
    "Stadshuset, Nyköpingsvägen 26": "Stadshuset, Nyköpingsvägen 26",
    "151 89": "151 89",
    "Södertälje": "Södertälje",
    "08-465 004 10": "08-465 004 10",
    "Vardagar kl. 8.00–16.30": "Weekdays 8.00–16.30",
    # The affiliation form's page (forms.ApplicationPage).
    "Anslut er organisation": "Join the agreement with your organisation",
    "Föreningar, stiftelser, trossamfund och andra idéburna organisationer kan ansluta sig till överenskommelsen när som helst under perioden. Organisationen ska vara demokratiskt uppbyggd och stå bakom överenskommelsens värderingar, principer och åtaganden i sin helhet.": "Associations, foundations, faith communities and other non-profit organisations can join the agreement at any time during its period. The organisation must be democratically organised and stand behind the agreement's values, principles and commitments in full.",
    "Fyll i ansökan nedan. Föreningsstöd går igenom den och svarar inom några veckor. Därefter syns organisationen i listan över anslutna organisationer.": "Fill in the application below. Föreningsstöd (the municipality's support for associations) reviews it and replies within a few weeks. After that, your organisation appears in the list of organisations that have joined.",
    "Vi frågar efter namn, roll, e-postadress och telefonnummer till en kontaktperson och namnet på den som får teckna organisationen. Uppgifterna behövs för att handlägga ansökan och kontakta er om den.": "We ask for the name, role, e-mail address and phone number of a contact person, and the name of the person authorised to sign for the organisation. We need this information to handle the application and to contact you about it.",
    "Bara de handläggare på Föreningsstöd som granskar ansökningar ser uppgifterna. De visas aldrig på webbplatsen: där syns bara organisationens namn, typ, webbplats och datum för anslutningen. Om ansökan avslås eller organisationen lämnar överenskommelsen tas personuppgifterna bort efter tolv månader.": "Only the Föreningsstöd officers who review applications see this information. It is never shown on the website: there we show only the organisation's name, type, website and the date it joined. If the application is rejected or the organisation leaves the agreement, the personal data is deleted after twelve months.",
    "Föreningsstöd går igenom ansökan och hör av sig inom några veckor.": "Föreningsstöd reviews the application and will be in touch within a few weeks.",
    # The forum the current agreement promises.
    (
        "Parternas eget forum, minst två gånger om året, för samtal om samhällets "
        "utmaningar och hur vi kan möta dem tillsammans. Kommunen bjuder in och leder "
        "mötet; dagordningen bygger på vad organisationerna och kommunen vill ta upp."
    ): "The parties' own forum, at least twice a year, for talking about the challenges facing the community and how we can meet them together. The municipality invites and chairs the meeting; the agenda builds on what the organisations and the municipality want to raise.",
    "Parterna, och organisationer som ännu inte har anslutit sig": "The parties, and organisations that have not yet joined",
}

# The events listing and the upcoming forum: demo/content/translations/events.py
from .events import EVENT_STRINGS  # noqa: E402

STRINGS.update(EVENT_STRINGS["en"])
