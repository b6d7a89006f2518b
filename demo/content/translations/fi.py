"""Finnish demo translations of the Swedish source strings, as used by Sweden Finns.

Keys are the wagtail-localize segments exactly as extracted from the Swedish demo
content; names of Swedish places and bodies stay in Swedish.
"""

STRINGS = {
    "Samverkan Södertälje": "Yhteistyö Södertäljessä",
    (
        "Södertälje kommun och civilsamhället har en överenskommelse om hur vi ska samarbeta. Här "
        "kan du läsa den, se vad parterna har lovat och ta reda på hur din organisation kan "
        "ansluta sig."
    ): (
        "Södertälje kommun (Södertäljen kunta) ja kansalaisyhteiskunta ovat tehneet sopimuksen "
        "siitä, miten teemme yhteistyötä. Täällä voit lukea sopimuksen, nähdä, mitä osapuolet ovat "
        "luvanneet, ja ottaa selvää, miten organisaatiosi voi liittyä siihen."
    ),
    "Vad är en lokal överenskommelse?": "Mikä on paikallinen sopimus?",
    (
        "En lokal överenskommelse är en gemensam ram för hur kommunen och föreningar, stiftelser, "
        "trossamfund och andra idéburna organisationer arbetar tillsammans. Den antas av "
        "kommunfullmäktige, gäller i fyra år och följs upp varje år."
    ): (
        "Paikallinen sopimus on yhteinen kehys sille, miten kunta ja yhdistykset, säätiöt, "
        "uskonnolliset yhdyskunnat ja muut aatteelliset järjestöt tekevät yhteistyötä. Sen "
        "hyväksyy kunnanvaltuusto (kommunfullmäktige), se on voimassa neljä vuotta ja sen "
        "toteutumista seurataan joka vuosi."
    ),
    (
        "Överenskommelsen bygger på sju principer. Under dem har kommunen, civilsamhället och båda "
        "parterna tillsammans gjort åtaganden, alltså löften om vad var och en ska göra."
    ): (
        "Sopimus perustuu seitsemään periaatteeseen. Niiden pohjalta kunta, kansalaisyhteiskunta "
        "ja molemmat osapuolet yhdessä ovat tehneet sitoumuksia eli lupauksia siitä, mitä kukin "
        "tekee."
    ),
    # The parties as the current agreement names them.
    "Båda parter": "Molemmat osapuolet",
    "Kommunen": "Kunta",
    "Civilsamhället": "Kansalaisyhteiskunta",
    "Båda parter åtar sig": "Molemmat osapuolet sitoutuvat",
    "Kommunen åtar sig": "Kunta sitoutuu",
    "Civilsamhället åtar sig": "Kansalaisyhteiskunta sitoutuu",
    "Överenskommelsen": "Sopimus",
    (
        "Här finns den överenskommelse som gäller nu och de tidigare versionerna. Äldre versioner "
        "finns kvar så att du kan se hur samverkan har utvecklats."
    ): (
        "Täältä löydät nyt voimassa olevan sopimuksen ja sen aiemmat versiot. Vanhemmat versiot "
        "säilytetään, jotta voit nähdä, miten yhteistyö on kehittynyt."
    ),
    "Samverkansöverenskommelse 2025–2028": "Yhteistyösopimus 2025–2028",
    "Södertälje kommun": "Södertälje kommun",
    (
        "Här kan du läsa vad Södertälje kommun och civilsamhället har lovat varandra för åren "
        "2025–2028. Alla organisationer som delar värderingarna är välkomna att ansluta sig."
    ): (
        "Täällä voit lukea, mitä Södertälje kommun (Södertäljen kunta) ja kansalaisyhteiskunta "
        "ovat luvanneet toisilleen vuosiksi 2025–2028. Kaikki organisaatiot, jotka jakavat "
        "sopimuksen arvot, ovat tervetulleita liittymään."
    ),
    (
        "Överenskommelsen ger kommunen och civilsamhället en gemensam ram för hur vi arbetar "
        "tillsammans. Den beskriver hur vi ska bemöta varandra och ger oss en fast plats för att "
        "fortsätta samtalet."
    ): (
        "Sopimus antaa kunnalle ja kansalaisyhteiskunnalle yhteisen kehyksen sille, miten teemme "
        "yhteistyötä. Siinä kuvataan, miten kohtelemme toisiamme, ja se antaa meille pysyvän "
        "paikan jatkaa keskustelua."
    ),
    (
        "Många av de utmaningar som Södertälje har kan ingen part lösa på egen hand. När "
        "föreningarnas kunskap och engagemang möter kommunens resurser blir det lättare att bygga "
        "ett hållbart Södertälje. Samarbetet ska också ge fler invånare chansen att vara med och "
        "påverka, och på så sätt göra demokratin starkare."
    ): (
        "Monia Södertäljen haasteita yksikään osapuoli ei pysty ratkaisemaan yksin. Kun "
        "yhdistysten osaaminen ja innostus kohtaavat kunnan voimavarat, on helpompaa rakentaa "
        "kestävää Södertäljeä. Yhteistyön pitää myös antaa useammille asukkaille mahdollisuus "
        "osallistua ja vaikuttaa ja siten vahvistaa demokratiaa."
    ),
    (
        "Grunden är tillit och respekt för att vi har olika roller: kommunen har ansvar och "
        "skyldigheter enligt lag, och civilsamhället har sina egna villkor och arbetssätt. Den här "
        "versionen bygger på den första överenskommelsen från 2018 och har arbetats fram i samtal "
        "mellan parterna."
    ): (
        "Perustana on luottamus ja sen kunnioittaminen, että meillä on eri roolit: kunnalla on "
        "lakiin perustuvia vastuita ja velvollisuuksia, ja kansalaisyhteiskunnalla on omat "
        "edellytyksensä ja toimintatapansa. Tämä versio perustuu ensimmäiseen sopimukseen vuodelta "
        "2018, ja se on laadittu osapuolten välisissä keskusteluissa."
    ),
    (
        "Civilsamhället är den del av samhället där människor frivilligt går samman kring något de "
        "har gemensamt, vid sidan av det offentliga, näringslivet och familjen. Exempel är ideella "
        "föreningar, stiftelser, studieförbund, registrerade trossamfund och sociala företag. "
        "Ibland kallas det idéburen eller ideell sektor."
    ): (
        "Kansalaisyhteiskunta on se osa yhteiskuntaa, jossa ihmiset kokoontuvat vapaaehtoisesti "
        "yhteen jonkin yhteisen asian ympärille julkisen sektorin, elinkeinoelämän ja perheen "
        "rinnalla. Esimerkkejä ovat aatteelliset yhdistykset, säätiöt, opintoliitot, rekisteröidyt "
        "uskonnolliset yhdyskunnat ja yhteiskunnalliset yritykset. Sitä kutsutaan joskus myös "
        "aatteelliseksi tai yleishyödylliseksi sektoriksi."
    ),
    (
        "Varje organisation bestämmer själv vad den vill och ska göra. En del talar främst för "
        "sina medlemmar och driver opinion, ofta med hjälp av frivilliga. Andra driver verksamhet, "
        "till exempel sociala tjänster, med anställd personal. Många gör både och. Oavsett form "
        "skapar organisationerna gemenskap och ger människor möjlighet att växa och att delta i "
        "demokratin."
    ): (
        "Jokainen organisaatio päättää itse, mitä se haluaa tehdä ja tekee. Osa puhuu ennen "
        "kaikkea jäsentensä puolesta ja pyrkii vaikuttamaan yleiseen mielipiteeseen, usein "
        "vapaaehtoisten avulla. Toiset ylläpitävät toimintaa, esimerkiksi sosiaalipalveluja, "
        "palkatun henkilöstön voimin. Monet tekevät molempia. Muodosta riippumatta organisaatiot "
        "luovat yhteisöllisyyttä ja antavat ihmisille mahdollisuuden kasvaa ja osallistua "
        "demokratiaan."
    ),
    (
        "Södertälje kommun styrs av förtroendevalda politiker. Kommunen ansvarar för det mesta av "
        "den lokala servicen, som förskola, skola, bibliotek, socialtjänst och äldreomsorg, men "
        "också för samhällsplanering, bostäder, miljö- och hälsoskydd, vatten och avlopp, avfall "
        "och räddningstjänst. Verksamheten är fördelad på nämnder och bolag och betalas med "
        "skatter och avgifter."
    ): (
        "Södertäljen kuntaa johtavat vaaleilla valitut luottamushenkilöt. Kunta vastaa suurimmasta "
        "osasta paikallisia palveluja, kuten esikoulusta, koulusta, kirjastoista, "
        "sosiaalipalveluista ja vanhustenhuollosta, mutta myös yhdyskuntasuunnittelusta, "
        "asumisesta, ympäristö- ja terveydensuojelusta, vesi- ja viemärihuollosta, jätehuollosta "
        "ja pelastustoimesta. Toiminta on jaettu lautakunnille ja yhtiöille, ja se rahoitetaan "
        "veroilla ja maksuilla."
    ),
    (
        "Överenskommelsen gäller alla kommunens nämnder och hela förvaltningen. De kommunala "
        "bolagen kan bjudas in i arbetet när det behövs. Kommunen stöttar redan i dag "
        "civilsamhället med bidrag, lokaler, ett öppet föreningsregister, rådgivning och "
        "utbildning, och samråder med organisationer i pensionärsrådet och funktionshinderrådet."
    ): (
        "Sopimus koskee kaikkia kunnan lautakuntia ja koko hallintoa. Kunnallisia yhtiöitä voidaan "
        "tarvittaessa kutsua mukaan työhön. Kunta tukee jo nyt kansalaisyhteiskuntaa avustuksilla, "
        "tiloilla, julkisella yhdistysrekisterillä, neuvonnalla ja koulutuksella sekä kuulee "
        "järjestöjä eläkeläisneuvostossa ja vammaisneuvostossa."
    ),
    "Alla människor har lika värde och samma rättigheter.": (
        "Kaikki ihmiset ovat yhtä arvokkaita, ja heillä on samat oikeudet."
    ),
    "Samarbetet vilar på demokratiska värderingar.": "Yhteistyö perustuu demokraattisiin arvoihin.",
    "Vi ser mångfald som en styrka.": "Näemme moninaisuuden vahvuutena.",
    "Kvinnor och män, flickor och pojkar ska ha samma makt och möjligheter.": (
        "Naisilla ja miehillä, tytöillä ja pojilla pitää olla sama valta ja samat mahdollisuudet."
    ),
    "Alla invånare ska ha samma chans till ett gott liv, oavsett bakgrund.": (
        "Kaikilla asukkailla pitää olla sama mahdollisuus hyvään elämään taustasta riippumatta."
    ),
    "Vi möter varandra med tillit och respekterar att vi har olika roller.": (
        "Kohtaamme toisemme luottamuksella ja kunnioitamme sitä, että meillä on eri roolit."
    ),
    "Vi arbetar för ett Södertälje som håller på lång sikt.": (
        "Työskentelemme sellaisen Södertäljen puolesta, joka on kestävä pitkällä aikavälillä."
    ),
    "Kommunfullmäktige": "Kommunfullmäktige (kunnanvaltuusto)",
    "Den första samverkansöverenskommelsen tecknades": "Ensimmäinen yhteistyösopimus allekirjoitettiin",
    "Förslaget stämdes av med företrädare för civilsamhället på ett öppet möte.": (
        "Ehdotus käytiin läpi kansalaisyhteiskunnan edustajien kanssa avoimessa kokouksessa."
    ),
    (
        "Alla organisationer i civilsamhället som i ord och handling står bakom värderingarna, och "
        "som vill vara med och utveckla Södertälje, kan ansluta sig."
    ): (
        "Kaikki kansalaisyhteiskunnan organisaatiot, jotka sanoin ja teoin tukevat sopimuksen "
        "arvoja ja haluavat olla mukana kehittämässä Södertäljeä, voivat liittyä."
    ),
    (
        "Organisationen ansluter sig genom att skicka en skriftlig anmälan till kommunen. Med sin "
        "underskrift visar organisationen att den står bakom hela överenskommelsen och vill vara "
        "en aktiv part i arbetet."
    ): (
        "Organisaatio liittyy lähettämällä kunnalle kirjallisen ilmoituksen. Allekirjoituksellaan "
        "organisaatio osoittaa, että se tukee koko sopimusta ja haluaa olla aktiivinen osapuoli "
        "työssä."
    ),
    (
        "Det går att ansluta sig när som helst under perioden. Anmälan kan skickas med post eller "
        "e-post till Föreningsstöd eller lämnas på ett dialogforum."
    ): (
        "Liittyä voi milloin tahansa sopimuskauden aikana. Ilmoituksen voi lähettää postitse tai "
        "sähköpostitse Föreningsstöd-yksikölle (kunnan yhdistystuki) tai jättää "
        "vuoropuhelufoorumissa."
    ),
    (
        "En organisation som inte längre vill vara med kan lämna överenskommelsen genom att "
        "meddela Föreningsstöd skriftligt. Organisationen tas då bort från listan över anslutna."
    ): (
        "Organisaatio, joka ei enää halua olla mukana, voi erota sopimuksesta ilmoittamalla siitä "
        "kirjallisesti Föreningsstöd-yksikölle. Organisaatio poistetaan silloin liittyneiden "
        "organisaatioiden luettelosta."
    ),
    "Dialogforum": "Vuoropuhelufoorumi",
    (
        "Dialogforum är överenskommelsens egen mötesplats. Här samtalar parterna om utmaningar i "
        "samhället och om hur de kan ta sig an dem tillsammans. Organisationer som ännu inte har "
        "anslutit sig är också välkomna."
    ): (
        "Vuoropuhelufoorumi on sopimuksen oma kohtaamispaikka. Siellä osapuolet keskustelevat "
        "yhteiskunnan haasteista ja siitä, miten niihin voidaan tarttua yhdessä. Myös "
        "organisaatiot, jotka eivät vielä ole liittyneet sopimukseen, ovat tervetulleita."
    ),
    (
        "Kommunen bjuder in till och håller i forumet minst två gånger per år. Dagordningen bygger "
        "på de frågor som organisationerna eller kommunen vill ta upp."
    ): (
        "Kunta kutsuu koolle ja järjestää foorumin vähintään kaksi kertaa vuodessa. Esityslista "
        "perustuu asioihin, joita organisaatiot tai kunta haluavat ottaa esille."
    ),
    "Arbetsgrupper och samrådsgrupp": "Työryhmät ja neuvotteluryhmä",
    (
        "Ur samtalen i dialogforum kan det bildas arbetsgrupper där personer från organisationerna "
        "och från förvaltningen arbetar med en viss fråga. Om parterna inte kommer överens om "
        "något annat dokumenterar kommunen arbetet, rapporterar tillbaka till forumet och ser till "
        "att frågan kommer till den nivå i kommunen där beslut kan fattas."
    ): (
        "Vuoropuhelufoorumin keskusteluista voi syntyä työryhmiä, joissa organisaatioiden ja "
        "kunnan hallinnon ihmiset työskentelevät tietyn kysymyksen parissa. Jos osapuolet eivät "
        "sovi muuta, kunta dokumentoi työn, raportoi siitä foorumille ja huolehtii siitä, että "
        "asia etenee sille tasolle kunnassa, jossa siitä voidaan tehdä päätöksiä."
    ),
    (
        "Samrådsgruppen består av företrädare för anslutna organisationer och för förvaltningen. "
        "Civilsamhällets ledamöter väljs på dialogforum och ska så långt det går spegla bredden "
        "bland de anslutna. Gruppen samordnar det gemensamma arbetet, planerar och följer upp "
        "forumen och förbereder frågor som dyker upp mellan två forum."
    ): (
        "Neuvotteluryhmässä on liittyneiden organisaatioiden ja kunnan hallinnon edustajia. "
        "Kansalaisyhteiskunnan jäsenet valitaan vuoropuhelufoorumissa, ja heidän pitää "
        "mahdollisuuksien mukaan edustaa liittyneiden organisaatioiden koko kirjoa. Ryhmä "
        "koordinoi yhteistä työtä, suunnittelee ja seuraa foorumeita sekä valmistelee asioita, "
        "joita tulee esiin kahden foorumin välillä."
    ),
    "Aktivitetsplan": "Toimintasuunnitelma",
    (
        "Samrådsgruppen tar fram en aktivitetsplan utifrån det som kommer upp i dialogforum. "
        "Planen visar vilka utvecklingsfrågor som är aktuella och vad som pågår, oavsett om "
        "arbetet drivs av en arbetsgrupp, av samrådsgruppen eller av en av parterna på eget "
        "initiativ."
    ): (
        "Neuvotteluryhmä laatii toimintasuunnitelman vuoropuhelufoorumissa esiin tulleiden "
        "asioiden pohjalta. Suunnitelmasta näkyy, mitkä kehittämiskysymykset ovat ajankohtaisia ja "
        "mitä on meneillään, riippumatta siitä, viekö työtä eteenpäin työryhmä, neuvotteluryhmä "
        "vai jokin osapuolista omasta aloitteestaan."
    ),
    (
        "Planen är ett levande dokument. Samrådsgruppen går igenom den och uppdaterar den "
        "fortlöpande."
    ): "Suunnitelma on elävä asiakirja. Neuvotteluryhmä käy sen läpi ja päivittää sitä jatkuvasti.",
    "Föreningsstöd och kommunens nätverk": "Föreningsstöd ja kunnan verkosto",
    (
        "Föreningsstöd på kultur- och fritidskontoret är den självklara vägen in till kommunen för "
        "föreningar och andra organisationer. Därifrån skickas frågor och idéer om samarbete "
        "vidare till rätt del av kommunen."
    ): (
        "Föreningsstöd (yhdistystuki), joka toimii kulttuuri- ja vapaa-aikatoimistossa (Kultur- "
        "och fritidskontoret), on yhdistysten ja muiden organisaatioiden luonteva reitti kuntaan. "
        "Sieltä kysymykset ja yhteistyöideat välitetään eteenpäin oikeaan paikkaan kunnassa."
    ),
    (
        "Föreningsstöd samordnar också kommunens arbete med överenskommelsen. Det innebär att "
        "hålla i dialogforum och samrådsgruppen, att leda kommunens interna nätverk för samverkan "
        "och att sköta uppföljningen. I nätverket finns personer från förvaltningens olika kontor. "
        "De håller koll på hur samarbetet med civilsamhället ser ut i dag och var det kan växa."
    ): (
        "Föreningsstöd koordinoi myös kunnan sopimukseen liittyvää työtä. Se tarkoittaa "
        "vuoropuhelufoorumin ja neuvotteluryhmän järjestämistä, kunnan sisäisen yhteistyöverkoston "
        "johtamista ja seurannasta huolehtimista. Verkostossa on ihmisiä kunnan hallinnon eri "
        "toimistoista. He seuraavat, millaista yhteistyö kansalaisyhteiskunnan kanssa on nyt ja "
        "missä sillä on kasvun varaa."
    ),
    "Uppföljning": "Seuranta",
    (
        "Varje år följer kommunen upp överenskommelsen tillsammans med samrådsgruppen. Då går "
        "parterna igenom sina åtaganden och de aktiviteter som har genomförts, för att se hur "
        "arbetet går framåt."
    ): (
        "Kunta seuraa sopimuksen toteutumista joka vuosi yhdessä neuvotteluryhmän kanssa. Silloin "
        "osapuolet käyvät läpi sitoumuksensa ja toteutetut toimet nähdäkseen, miten työ etenee."
    ),
    (
        "Resultatet sammanfattas i en skriftlig rapport som går till dialogforum och direkt till "
        "de anslutna organisationerna. Kommunfullmäktige får också en redovisning som en del av "
        "kommunens samlade uppföljning av social hållbarhet. Senast under 2028 prövar parterna om "
        "överenskommelsen behöver ändras inför nästa fyraårsperiod."
    ): (
        "Tulokset kootaan kirjalliseen raporttiin, joka lähetetään vuoropuhelufoorumille ja "
        "suoraan liittyneille organisaatioille. Kommunfullmäktige (kunnanvaltuusto) saa myös "
        "selvityksen osana kunnan sosiaalisen kestävyyden kokonaisseurantaa. Viimeistään vuoden "
        "2028 aikana osapuolet arvioivat, pitääkö sopimusta muuttaa ennen seuraavaa "
        "nelivuotiskautta."
    ),
    (
        "Att arbeta för ett starkare samarbete mellan civilsamhället och kommunen, med principerna "
        "som grund."
    ): (
        "Tehdä työtä kansalaisyhteiskunnan ja kunnan välisen yhteistyön vahvistamiseksi "
        "periaatteiden pohjalta."
    ),
    (
        "Att delta i överenskommelsens forum för dialog och utveckling, utifrån vad var och en har "
        "möjlighet till."
    ): (
        "Osallistua sopimuksen vuoropuhelu- ja kehittämisfoorumeihin kukin omien "
        "mahdollisuuksiensa mukaan."
    ),
    "Att möta varandra med öppenhet, nyfikenhet och vilja att lyssna.": (
        "Kohdata toisensa avoimesti ja uteliaasti sekä halukkaina kuuntelemaan."
    ),
    "Att hålla varandra informerade om det som är viktigt och aktuellt.": (
        "Pitää toisensa ajan tasalla siitä, mikä on tärkeää ja ajankohtaista."
    ),
    "Att sprida kunskap om överenskommelsen i den egna organisationen och till andra som berörs.": (
        "Levittää tietoa sopimuksesta omassa organisaatiossa ja muille, joita asia koskee."
    ),
    "Att bjuda in till dialogforum minst två gånger om året.": (
        "Kutsua koolle vuoropuhelufoorumi vähintään kaksi kertaa vuodessa."
    ),
    "Att sköta en samrådsgrupp där både civilsamhället och kommunen har företrädare.": (
        "Ylläpitää neuvotteluryhmää, jossa sekä kansalaisyhteiskunnalla että kunnalla on "
        "edustajansa."
    ),
    (
        "Att göra det enklare för organisationer att nå kommunen och att hänvisa dem till rätt "
        "ställe för deras fråga eller idé."
    ): (
        "Helpottaa organisaatioiden yhteydenpitoa kuntaan ja ohjata ne oikeaan paikkaan "
        "kysymyksensä tai ideansa kanssa."
    ),
    (
        "Att ta in civilsamhället så tidigt som möjligt när kommunen planerar och utvecklar, så "
        "att organisationernas kunskap kommer till nytta."
    ): (
        "Ottaa kansalaisyhteiskunta mukaan mahdollisimman varhain, kun kunta suunnittelee ja "
        "kehittää toimintaansa, jotta organisaatioiden tietämys saadaan hyötykäyttöön."
    ),
    "Att vara öppen med hur beslut fattas och låta civilsamhället följa processen.": (
        "Kertoa avoimesti, miten päätökset tehdään, ja antaa kansalaisyhteiskunnan seurata "
        "prosessia."
    ),
    "Att uppmuntra möten och kunskapsutbyte mellan organisationer i civilsamhället.": (
        "Edistää kansalaisyhteiskunnan organisaatioiden välisiä tapaamisia ja tiedonvaihtoa."
    ),
    "Att utreda och pröva nya sätt att samarbeta långsiktigt med civilsamhället.": (
        "Selvittää ja kokeilla uusia tapoja tehdä pitkäjänteistä yhteistyötä kansalaisyhteiskunnan "
        "kanssa."
    ),
    (
        "Att följa upp överenskommelsen varje år och berätta för de anslutna organisationerna vad "
        "uppföljningen visar."
    ): (
        "Seurata sopimuksen toteutumista joka vuosi ja kertoa liittyneille organisaatioille, mitä "
        "seuranta osoittaa."
    ),
    "Att bland de anslutna organisationerna välja företrädare till samrådsgruppen med kommunen.": (
        "Valita liittyneiden organisaatioiden joukosta edustajat neuvotteluryhmään, jossa myös "
        "kunta on mukana."
    ),
    (
        "Att föra fram invånarnas behov, åsikter och intressen i dialogen och samarbetet med "
        "kommunen."
    ): (
        "Tuoda asukkaiden tarpeet, mielipiteet ja edut esiin vuoropuhelussa ja yhteistyössä kunnan "
        "kanssa."
    ),
    "Att dela med sig av kunskap och erfarenhet från det idéburna perspektivet.": (
        "Jakaa tietoa ja kokemusta aatteellisten järjestöjen näkökulmasta."
    ),
    "Att verka för att organisationerna i civilsamhället samordnar sig och arbetar tillsammans.": (
        "Edistää sitä, että kansalaisyhteiskunnan organisaatiot koordinoivat toimintaansa ja "
        "tekevät yhteistyötä."
    ),
    (
        "Att stärka det ideella engagemanget, både i den egna organisationen och genom nätverk med "
        "andra organisationer."
    ): (
        "Vahvistaa vapaaehtoistoimintaa sekä omassa organisaatiossa että verkostoissa muiden "
        "organisaatioiden kanssa."
    ),
    "Långsiktighet": "Pitkäjänteisyys",
    "Samarbetet ska hålla över tid och ha starkt stöd hos båda parter.": (
        "Yhteistyön pitää kestää ajan mittaan, ja sillä pitää olla vahva tuki molempien osapuolten "
        "keskuudessa."
    ),
    (
        "För att samarbetet ska leva vidare, även när personer byts ut, behöver vi gemensamma mål "
        "som sträcker sig flera år framåt."
    ): (
        "Jotta yhteistyö jatkuisi silloinkin, kun ihmiset vaihtuvat, tarvitsemme yhteisiä "
        "tavoitteita, jotka ulottuvat useiden vuosien päähän."
    ),
    (
        "Överenskommelsen behöver också vara känd och formellt förankrad, både i kommunen och i de "
        "organisationer som har anslutit sig."
    ): (
        "Sopimuksen pitää myös olla tunnettu ja virallisesti vahvistettu sekä kunnassa että "
        "liittyneissä organisaatioissa."
    ),
    "Öppenhet och insyn": "Avoimuus ja läpinäkyvyys",
    "Vi är öppna med hur vi arbetar och respekterar varandras verksamhet.": (
        "Kerromme avoimesti, miten toimimme, ja kunnioitamme toistemme toimintaa."
    ),
    (
        "När kommunen är öppen med hur den arbetar och fattar beslut blir det lättare för "
        "civilsamhället att föra fram sina medlemmars röster och att påverka."
    ): (
        "Kun kunta kertoo avoimesti, miten se toimii ja tekee päätöksiä, kansalaisyhteiskunnan on "
        "helpompi tuoda jäsentensä äänet kuuluviin ja vaikuttaa."
    ),
    (
        "På samma sätt kan kommunen vänta sig insyn i verksamhet som organisationerna driver med "
        "offentliga pengar. Information ska vara lätt att hitta, så att vi når varandra och så att "
        "fler vill ansluta sig."
    ): (
        "Samalla tavalla kunta voi odottaa saavansa tietoa toiminnasta, jota organisaatiot "
        "harjoittavat julkisilla varoilla. Tiedon pitää olla helposti löydettävissä, jotta "
        "tavoitamme toisemme ja jotta yhä useammat haluavat liittyä."
    ),
    "Mångfald": "Moninaisuus",
    "Många olika aktörer ger fler idéer och bättre lösningar.": (
        "Monet erilaiset toimijat tuovat enemmän ideoita ja parempia ratkaisuja."
    ),
    (
        "Samhällets utmaningar möts bäst när det finns många aktörer med olika lösningar. Olika "
        "perspektiv gör helheten rikare och hjälper oss att väga olika behov mot varandra."
    ): (
        "Yhteiskunnan haasteisiin vastataan parhaiten, kun on monia toimijoita, joilla on "
        "erilaisia ratkaisuja. Erilaiset näkökulmat rikastuttavat kokonaisuutta ja auttavat meitä "
        "punnitsemaan erilaisia tarpeita toisiinsa nähden."
    ),
    (
        "Samarbetet ska göra det lättare för nya organisationer och verksamheter att växa fram. "
        "Där olikheter ses som en tillgång finns det plats för nya idéer."
    ): (
        "Yhteistyön pitää helpottaa uusien organisaatioiden ja toimintojen syntymistä. Siellä, "
        "missä erilaisuus nähdään voimavarana, on tilaa uusille ideoille."
    ),
    "Självständighet och oberoende": "Itsenäisyys ja riippumattomuus",
    "Civilsamhället står fritt från kommunen och får granska och kritisera den.": (
        "Kansalaisyhteiskunta on riippumaton kunnasta, ja se saa tarkastella ja arvostella kuntaa."
    ),
    (
        "En levande demokrati behöver organisationer som talar för sina medlemmar och driver "
        "opinion. Därför ska civilsamhället kunna granska kommunen och agera på egen hand, utan "
        "att det går ut över bidrag eller annat stöd."
    ): (
        "Elävä demokratia tarvitsee organisaatioita, jotka puhuvat jäsentensä puolesta ja pyrkivät "
        "vaikuttamaan yleiseen mielipiteeseen. Siksi kansalaisyhteiskunnan pitää voida tarkastella "
        "kuntaa kriittisesti ja toimia itsenäisesti ilman, että se vaikuttaa avustuksiin tai "
        "muuhun tukeen."
    ),
    (
        "Organisationerna är fria, och kommunen ska arbeta för att göra det lättare för dem att "
        "behålla sin självständighet."
    ): (
        "Organisaatiot ovat vapaita, ja kunnan pitää pyrkiä helpottamaan niiden itsenäisyyden "
        "säilyttämistä."
    ),
    "Dialog": "Vuoropuhelu",
    "Vi för ett regelbundet och respektfullt samtal där allas kunskap tas till vara.": (
        "Käymme säännöllistä ja kunnioittavaa keskustelua, jossa kaikkien tietämystä hyödynnetään."
    ),
    (
        "Ett hållbart samhälle kräver att invånarna kan påverka, delta och bli hörda när orten "
        "utvecklas. Ett samtal som pågår hela tiden är grunden för att vi ska utvecklas och "
        "fortsätta lära oss."
    ): (
        "Kestävä yhteiskunta edellyttää, että asukkaat voivat vaikuttaa, osallistua ja tulla "
        "kuulluiksi, kun paikkakunta kehittyy. Jatkuva keskustelu on perusta sille, että kehitymme "
        "ja opimme jatkuvasti lisää."
    ),
    (
        "Samtalet ska vara öppet och återkommande. Båda parter lyssnar, visar respekt och "
        "välkomnar olika erfarenheter och kunskaper."
    ): (
        "Keskustelun pitää olla avointa ja säännöllistä. Molemmat osapuolet kuuntelevat, "
        "osoittavat kunnioitusta ja ottavat ilolla vastaan erilaisia kokemuksia ja tietoja."
    ),
    "Kvalitet": "Laatu",
    "När vi samarbetar kommer vi överens om vilka krav på kvalitet som gäller.": (
        "Kun teemme yhteistyötä, sovimme, mitä laatuvaatimuksia noudatetaan."
    ),
    (
        "Kommunen har ofta krav i lag på kvaliteten i sin verksamhet. Civilsamhället står nära "
        "sina medlemmar och har större frihet att själv avgöra och säkra kvaliteten i det som till "
        "största delen är ideellt arbete."
    ): (
        "Kunnalla on usein lakisääteisiä vaatimuksia toimintansa laadulle. Kansalaisyhteiskunta on "
        "lähellä jäseniään, ja sillä on enemmän vapautta itse päättää laadusta ja varmistaa se "
        "toiminnassa, joka on suurimmaksi osaksi vapaaehtoistyötä."
    ),
    (
        "I varje samarbete behöver parterna enas om vilka krav som ska gälla. Verksamhet som får "
        "pengar från kommunen ska följa de regler som politikerna har beslutat. När resultat följs "
        "upp och utvärderas respekterar vi att våra utgångslägen skiljer sig åt."
    ): (
        "Jokaisessa yhteistyössä osapuolten pitää sopia, mitkä vaatimukset ovat voimassa. "
        "Toiminnan, joka saa rahaa kunnalta, pitää noudattaa poliitikkojen päättämiä sääntöjä. Kun "
        "tuloksia seurataan ja arvioidaan, kunnioitamme sitä, että lähtökohtamme ovat erilaiset."
    ),
    "Samhällsutveckling": "Yhteiskunnan kehittäminen",
    "Ett bättre Södertälje byggs av människors engagemang.": (
        "Parempi Södertälje syntyy, kun ihmiset osallistuvat."
    ),
    (
        "Förändring i samhället börjar med att enskilda människor engagerar sig. I civilsamhället "
        "finns stor kraft och vilja att bidra, och kommunen ska ta emot det engagemanget på bästa "
        "möjliga sätt."
    ): (
        "Muutos yhteiskunnassa alkaa siitä, että yksittäiset ihmiset lähtevät mukaan. "
        "Kansalaisyhteiskunnassa on paljon voimaa ja halua auttaa, ja kunnan pitää ottaa tämä "
        "aktiivisuus vastaan parhaalla mahdollisella tavalla."
    ),
    (
        "För att hitta nya lösningar behöver vi tillsammans våga tänka annorlunda och pröva nya "
        "sätt att arbeta ihop."
    ): (
        "Löytääksemme uusia ratkaisuja meidän pitää yhdessä uskaltaa ajatella toisin ja kokeilla "
        "uusia tapoja tehdä yhteistyötä."
    ),
    "Föreningsstöd": "Föreningsstöd",
    "Kultur- och fritidskontoret": "Kultur- och fritidskontoret (kulttuuri- ja vapaa-aikatoimisto)",
    "Stadshuset, Nyköpingsvägen 26": "Stadshuset, Nyköpingsvägen 26",
    "151 89": "151 89",
    "Södertälje": "Södertälje",
    "08-465 004 10": "08-465 004 10",
    "Vardagar kl. 8.00–16.30": "Arkisin klo 8.00–16.30",
    # The affiliation form's page (forms.ApplicationPage).
    "Anslut er organisation": "Liittäkää organisaationne mukaan",
    "Föreningar, stiftelser, trossamfund och andra idéburna organisationer kan ansluta sig till överenskommelsen när som helst under perioden. Organisationen ska vara demokratiskt uppbyggd och stå bakom överenskommelsens värderingar, principer och åtaganden i sin helhet.": "Yhdistykset, säätiöt, uskonnolliset yhdyskunnat ja muut aatteelliset järjestöt voivat liittyä sopimukseen milloin tahansa sopimuskauden aikana. Järjestön on oltava demokraattisesti rakentunut, ja sen on sitouduttava sopimuksen arvoihin, periaatteisiin ja sitoumuksiin kokonaisuudessaan.",
    "Fyll i ansökan nedan. Föreningsstöd går igenom den och svarar inom några veckor. Därefter syns organisationen i listan över anslutna organisationer.": "Täyttäkää alla oleva hakemus. Föreningsstöd (kunnan yhdistystuki) käy sen läpi ja vastaa muutaman viikon kuluessa. Sen jälkeen järjestönne näkyy sopimukseen liittyneiden järjestöjen luettelossa.",
    "Vi frågar efter namn, roll, e-postadress och telefonnummer till en kontaktperson och namnet på den som får teckna organisationen. Uppgifterna behövs för att handlägga ansökan och kontakta er om den.": "Kysymme yhteyshenkilön nimen, tehtävän, sähköpostiosoitteen ja puhelinnumeron sekä järjestön nimenkirjoittajan nimen. Tarvitsemme tiedot hakemuksen käsittelyyn ja ottaaksemme teihin yhteyttä hakemuksesta.",
    "Bara de handläggare på Föreningsstöd som granskar ansökningar ser uppgifterna. De visas aldrig på webbplatsen: där syns bara organisationens namn, typ, webbplats och datum för anslutningen. Om ansökan avslås eller organisationen lämnar överenskommelsen tas personuppgifterna bort efter tolv månader.": "Tiedot näkevät vain ne Föreningsstödin käsittelijät, jotka tarkastavat hakemuksia. Niitä ei koskaan näytetä verkkosivustolla: siellä näkyvät vain järjestön nimi, tyyppi, verkkosivusto ja liittymispäivä. Jos hakemus hylätään tai järjestö eroaa sopimuksesta, henkilötiedot poistetaan kahdentoista kuukauden kuluttua.",
    "Föreningsstöd går igenom ansökan och hör av sig inom några veckor.": "Föreningsstöd käy hakemuksen läpi ja ottaa yhteyttä muutaman viikon kuluessa.",
    # The forum the current agreement promises.
    (
        "Parternas eget forum, minst två gånger om året, för samtal om samhällets "
        "utmaningar och hur vi kan möta dem tillsammans. Kommunen bjuder in och leder "
        "mötet; dagordningen bygger på vad organisationerna och kommunen vill ta upp."
    ): "Osapuolten oma foorumi vähintään kaksi kertaa vuodessa: keskustelemme yhteiskunnan haasteista ja siitä, miten voimme vastata niihin yhdessä. Kunta kutsuu koolle ja johtaa kokousta; asialista perustuu siihen, mitä järjestöt ja kunta haluavat ottaa esille.",
    "Parterna, och organisationer som ännu inte har anslutit sig": "Osapuolet sekä järjestöt, jotka eivät vielä ole liittyneet",
}

# The events listing and the upcoming forum: demo/content/translations/events.py
from .events import EVENT_STRINGS  # noqa: E402

STRINGS.update(EVENT_STRINGS["fi"])
