"""Somali demo translations of the Swedish source strings.

Keys are the wagtail-localize segments exactly as extracted from the Swedish demo
content; names of Swedish places and bodies stay in Swedish.
"""

STRINGS = {
    "Samverkan Södertälje": "Iskaashiga Södertälje",
    (
        "Södertälje kommun och civilsamhället har en överenskommelse om hur vi ska samarbeta. Här "
        "kan du läsa den, se vad parterna har lovat och ta reda på hur din organisation kan "
        "ansluta sig."
    ): (
        "Södertälje kommun (Degmada Södertälje) iyo bulshada rayidka ahi waxay leeyihiin heshiis "
        "ku saabsan sida aan u wada shaqayno. Halkan waxaad ka akhrin kartaa heshiiska, waxaad "
        "arki kartaa waxa ay labada dhinac ballanqaadeen, waxaadna ka ogaan kartaa sida ururkaagu "
        "ugu biiri karo."
    ),
    "Vad är en lokal överenskommelse?": "Waa maxay heshiis deegaan?",
    (
        "En lokal överenskommelse är en gemensam ram för hur kommunen och föreningar, stiftelser, "
        "trossamfund och andra idéburna organisationer arbetar tillsammans. Den antas av "
        "kommunfullmäktige, gäller i fyra år och följs upp varje år."
    ): (
        "Heshiis deegaan waa qaab guud oo lagu qeexo sida ay degmada iyo ururrada, hay'adaha "
        "samafalka, kooxaha diimeed iyo ururrada kale ee aan faa'iido doonka ahayni u wada "
        "shaqeeyaan. Waxaa ansixiya Golaha Degmada (kommunfullmäktige), wuxuu socdaa muddo afar "
        "sano ah, waxaana la dabagalaa sannad kasta."
    ),
    (
        "Överenskommelsen bygger på sju principer. Under dem har kommunen, civilsamhället och båda "
        "parterna tillsammans gjort åtaganden, alltså löften om vad var och en ska göra."
    ): (
        "Heshiisku wuxuu ku dhisan yahay toddoba mabda'. Iyadoo mabaadi'dan lagu salaynayo, "
        "degmada, bulshada rayidka ah iyo labada dhinacba si wadajir ah ayay u sameeyeen "
        "ballanqaadyo, taas oo ah ballamo ku saabsan waxa mid kastaa qaban doono."
    ),
    # The parties as the current agreement names them.
    "Båda parter": "Labada dhinac",
    "Kommunen": "Degmada",
    "Civilsamhället": "Bulshada rayidka ah",
    "Båda parter åtar sig": "Labada dhinacba waxay ballanqaadayaan",
    "Kommunen åtar sig": "Degmadu waxay ballanqaadaysaa",
    "Civilsamhället åtar sig": "Bulshada rayidka ahi waxay ballanqaadaysaa",
    "Överenskommelsen": "Heshiiska",
    (
        "Här finns den överenskommelse som gäller nu och de tidigare versionerna. Äldre versioner "
        "finns kvar så att du kan se hur samverkan har utvecklats."
    ): (
        "Halkan waxaad ka helaysaa heshiiska hadda shaqaynaya iyo nuqulladii hore. Nuqullada hore "
        "waa la kaydiyaa si aad u aragto sida iskaashigu u horumaray."
    ),
    "Samverkansöverenskommelse 2025–2028": "Heshiiska iskaashiga 2025–2028",
    "Södertälje kommun": "Södertälje kommun",
    (
        "Här kan du läsa vad Södertälje kommun och civilsamhället har lovat varandra för åren "
        "2025–2028. Alla organisationer som delar värderingarna är välkomna att ansluta sig."
    ): (
        "Halkan waxaad ka akhrin kartaa waxa ay Södertälje kommun (Degmada Södertälje) iyo "
        "bulshada rayidka ahi isu ballanqaadeen sannadaha 2025–2028. Dhammaan ururrada la qaba "
        "qiyamkan waxaa lagu soo dhaweynayaa inay ku biiraan."
    ),
    (
        "Överenskommelsen ger kommunen och civilsamhället en gemensam ram för hur vi arbetar "
        "tillsammans. Den beskriver hur vi ska bemöta varandra och ger oss en fast plats för att "
        "fortsätta samtalet."
    ): (
        "Heshiisku wuxuu degmada iyo bulshada rayidka ah siinayaa qaab guud oo ku saabsan sida aan "
        "u wada shaqayno. Wuxuu qeexayaa sida aan isula dhaqmayno, wuxuuna na siinayaa meel joogto "
        "ah oo aan ku sii wadno wadahadalka."
    ),
    (
        "Många av de utmaningar som Södertälje har kan ingen part lösa på egen hand. När "
        "föreningarnas kunskap och engagemang möter kommunens resurser blir det lättare att bygga "
        "ett hållbart Södertälje. Samarbetet ska också ge fler invånare chansen att vara med och "
        "påverka, och på så sätt göra demokratin starkare."
    ): (
        "Caqabado badan oo Södertälje haysta ma jiro dhinac keligiis xallin kara. Marka aqoonta "
        "iyo dadaalka ururradu ay la kulmaan khayraadka degmada, waxaa fududaanaya in la dhiso "
        "Södertälje waarta. Iskaashigu waa inuu sidoo kale dad badan oo ka mid ah dadka deegaanka "
        "siiyaa fursad ay wax uga qayb qaataan oo saamayn ugu yeeshaan, sidaasna uu "
        "dimuqraadiyadda ku xoojiyo."
    ),
    (
        "Grunden är tillit och respekt för att vi har olika roller: kommunen har ansvar och "
        "skyldigheter enligt lag, och civilsamhället har sina egna villkor och arbetssätt. Den här "
        "versionen bygger på den första överenskommelsen från 2018 och har arbetats fram i samtal "
        "mellan parterna."
    ): (
        "Aasaasku waa kalsooni iyo ixtiraamka in aan leenahay doorar kala duwan: degmadu waxay "
        "leedahay mas'uuliyado iyo waajibaad sharciga ku salaysan, bulshada rayidka ahina waxay "
        "leedahay xaaladaheeda iyo hababkeeda shaqo. Nuqulkan wuxuu ku dhisan yahay heshiiskii ugu "
        "horreeyay ee 2018, waxaana lagu diyaariyay wadahadallo dhex maray labada dhinac."
    ),
    (
        "Civilsamhället är den del av samhället där människor frivilligt går samman kring något de "
        "har gemensamt, vid sidan av det offentliga, näringslivet och familjen. Exempel är ideella "
        "föreningar, stiftelser, studieförbund, registrerade trossamfund och sociala företag. "
        "Ibland kallas det idéburen eller ideell sektor."
    ): (
        "Bulshada rayidka ahi waa qaybta bulshada ee dadku si ikhtiyaari ah ugu midoobaan wax ay "
        "wadaagaan, oo ka baxsan hay'adaha dawladda, ganacsiga iyo qoyska. Tusaale ahaan waa "
        "ururrada aan faa'iido doonka ahayn, hay'adaha samafalka, ururrada waxbarashada dadka "
        "waaweyn, kooxaha diimeed ee diiwaangashan iyo shirkadaha bulsheed. Mararka qaarkood waxaa "
        "loo yaqaan qaybta ku dhisan qiyamka ama qaybta aan faa'iido doonka ahayn."
    ),
    (
        "Varje organisation bestämmer själv vad den vill och ska göra. En del talar främst för "
        "sina medlemmar och driver opinion, ofta med hjälp av frivilliga. Andra driver verksamhet, "
        "till exempel sociala tjänster, med anställd personal. Många gör både och. Oavsett form "
        "skapar organisationerna gemenskap och ger människor möjlighet att växa och att delta i "
        "demokratin."
    ): (
        "Urur kastaa wuxuu iskiis u go'aamiyaa waxa uu doonayo iyo waxa uu qabanayo. Qaar waxay "
        "inta badan u hadlaan xubnahooda oo isku dayaan inay saameeyaan ra'yiga dadweynaha, "
        "badanaa iyagoo kaashanaya mutadawiciin. Qaar kale waxay wadaan hawlo, tusaale ahaan "
        "adeegyo bulsheed, iyagoo leh shaqaale mushahar qaata. Qaar badan labadaba way sameeyaan. "
        "Qaab kasta oo ay yihiin, ururradu waxay abuuraan wadajir, waxayna dadka siiyaan fursad ay "
        "ku koraan oo ay kaga qayb qaataan dimuqraadiyadda."
    ),
    (
        "Södertälje kommun styrs av förtroendevalda politiker. Kommunen ansvarar för det mesta av "
        "den lokala servicen, som förskola, skola, bibliotek, socialtjänst och äldreomsorg, men "
        "också för samhällsplanering, bostäder, miljö- och hälsoskydd, vatten och avlopp, avfall "
        "och räddningstjänst. Verksamheten är fördelad på nämnder och bolag och betalas med "
        "skatter och avgifter."
    ): (
        "Södertälje kommun waxaa maamula siyaasiyiin la soo doortay. Degmadu waxay mas'uul ka "
        "tahay inta badan adeegyada deegaanka, sida xannaanada carruurta, dugsiyada, maktabadaha, "
        "adeegga bulshada iyo daryeelka dadka waayeelka ah, iyo sidoo kale qorshaynta magaalada, "
        "guryaha, ilaalinta deegaanka iyo caafimaadka, biyaha iyo bullaacadaha, qashinka iyo "
        "adeegga dab-demiska iyo samatabbixinta. Hawlaha waxaa loo qaybiyay guddiyo iyo shirkado, "
        "waxaana lagu bixiyaa canshuuraha iyo khidmadaha."
    ),
    (
        "Överenskommelsen gäller alla kommunens nämnder och hela förvaltningen. De kommunala "
        "bolagen kan bjudas in i arbetet när det behövs. Kommunen stöttar redan i dag "
        "civilsamhället med bidrag, lokaler, ett öppet föreningsregister, rådgivning och "
        "utbildning, och samråder med organisationer i pensionärsrådet och funktionshinderrådet."
    ): (
        "Heshiisku wuxuu khuseeyaa dhammaan guddiyada degmada iyo maamulka oo dhan. Shirkadaha "
        "degmada waa lagu martiqaadi karaa shaqada marka loo baahdo. Degmadu hadda horeba waxay "
        "bulshada rayidka ah ku taageertaa deeqo, goobo, diiwaan furan oo ururrada ah, talo-bixin "
        "iyo tababar, waxayna la tashataa ururrada ku jira golaha hawlgabka iyo golaha dadka "
        "naafada ah."
    ),
    "Alla människor har lika värde och samma rättigheter.": (
        "Dhammaan dadku waxay leeyihiin qiime siman iyo xuquuq isku mid ah."
    ),
    "Samarbetet vilar på demokratiska värderingar.": (
        "Iskaashigu wuxuu ku dhisan yahay qiyamka dimuqraadiyadda."
    ),
    "Vi ser mångfald som en styrka.": "Kala duwanaanshaha waxaan u aragnaa xoog.",
    "Kvinnor och män, flickor och pojkar ska ha samma makt och möjligheter.": (
        "Haweenka iyo ragga, gabdhaha iyo wiilasha waa inay lahaadaan awood iyo fursado isku mid "
        "ah."
    ),
    "Alla invånare ska ha samma chans till ett gott liv, oavsett bakgrund.": (
        "Dhammaan dadka deegaanku waa inay helaan fursad isku mid ah oo ay ku helaan nolol "
        "wanaagsan, iyadoon loo eegin asalkooda."
    ),
    "Vi möter varandra med tillit och respekterar att vi har olika roller.": (
        "Waxaan isula dhaqannaa kalsooni, waxaanna ixtiraamnaa in aan leenahay doorar kala duwan."
    ),
    "Vi arbetar för ett Södertälje som håller på lång sikt.": (
        "Waxaan u shaqaynaa Södertälje waari karta muddo dheer."
    ),
    "Kommunfullmäktige": "Kommunfullmäktige (Golaha Degmada)",
    "Den första samverkansöverenskommelsen tecknades": "Heshiiskii iskaashiga ee ugu horreeyay ayaa la saxiixay",
    "Förslaget stämdes av med företrädare för civilsamhället på ett öppet möte.": (
        "Soo-jeedinta waxaa looga wada hadlay kulan furan oo ay ka qayb galeen wakiillada bulshada "
        "rayidka ah."
    ),
    (
        "Alla organisationer i civilsamhället som i ord och handling står bakom värderingarna, och "
        "som vill vara med och utveckla Södertälje, kan ansluta sig."
    ): (
        "Dhammaan ururrada bulshada rayidka ah ee hadal iyo ficilba taageera qiyamka, oo doonaya "
        "inay ka qayb qaataan horumarinta Södertälje, way ku biiri karaan."
    ),
    (
        "Organisationen ansluter sig genom att skicka en skriftlig anmälan till kommunen. Med sin "
        "underskrift visar organisationen att den står bakom hela överenskommelsen och vill vara "
        "en aktiv part i arbetet."
    ): (
        "Ururku wuxuu ku biiraa isagoo degmada u diraya ogeysiis qoran. Saxiixiisa ayuu ururku ku "
        "muujinayaa inuu taageersan yahay heshiiska oo dhan oo uu doonayo inuu noqdo dhinac "
        "firfircoon oo shaqada ka qayb qaata."
    ),
    (
        "Det går att ansluta sig när som helst under perioden. Anmälan kan skickas med post eller "
        "e-post till Föreningsstöd eller lämnas på ett dialogforum."
    ): (
        "Heshiiska waa lagu biiri karaa wakhti kasta inta uu socdo. Ogeysiiska waxaa loogu diri "
        "karaa Föreningsstöd (xafiiska degmada ee taageerada ururrada) boosto ama iimayl, ama "
        "waxaa lagu dhiibi karaa kulan ka mid ah kulamada madasha wadahadalka."
    ),
    (
        "En organisation som inte längre vill vara med kan lämna överenskommelsen genom att "
        "meddela Föreningsstöd skriftligt. Organisationen tas då bort från listan över anslutna."
    ): (
        "Urur aan doonayn inuu sii ahaado ka mid ah heshiiska wuu ka bixi karaa isagoo si qoraal "
        "ah ugu sheegaya Föreningsstöd. Markaas ururka waxaa laga saarayaa liiska ururrada ku "
        "biiray."
    ),
    "Dialogforum": "Madasha wadahadalka",
    (
        "Dialogforum är överenskommelsens egen mötesplats. Här samtalar parterna om utmaningar i "
        "samhället och om hur de kan ta sig an dem tillsammans. Organisationer som ännu inte har "
        "anslutit sig är också välkomna."
    ): (
        "Madasha wadahadalku waa goobta kulanka ee heshiiska. Halkan labada dhinac waxay kaga wada "
        "hadlaan caqabadaha bulshada iyo sida ay si wadajir ah wax uga qaban karaan. Ururrada aan "
        "weli ku biirin sidoo kale waa la soo dhaweynayaa."
    ),
    (
        "Kommunen bjuder in till och håller i forumet minst två gånger per år. Dagordningen bygger "
        "på de frågor som organisationerna eller kommunen vill ta upp."
    ): (
        "Degmadu waxay dadka ugu yeertaa madasha, waxayna qabanqaabisaa ugu yaraan laba jeer "
        "sannadkii. Ajendaha wuxuu ku salaysan yahay arrimaha ay ururradu ama degmadu doonayaan "
        "inay soo qaadaan."
    ),
    "Arbetsgrupper och samrådsgrupp": "Kooxaha shaqada iyo kooxda la-tashiga",
    (
        "Ur samtalen i dialogforum kan det bildas arbetsgrupper där personer från organisationerna "
        "och från förvaltningen arbetar med en viss fråga. Om parterna inte kommer överens om "
        "något annat dokumenterar kommunen arbetet, rapporterar tillbaka till forumet och ser till "
        "att frågan kommer till den nivå i kommunen där beslut kan fattas."
    ): (
        "Wadahadallada madasha wadahadalka waxaa ka dhalan kara kooxo shaqo, oo ay dad ka kala "
        "socda ururrada iyo maamulka degmada kaga shaqeeyaan arrin gaar ah. Haddii labada dhinac "
        "aysan wax kale ku heshiin, degmadu waxay diiwaangelisaa shaqada, warbixin ayay u celisaa "
        "madasha, waxayna hubisaa in arrintu gaarto heerka degmada ee go'aan laga gaari karo."
    ),
    (
        "Samrådsgruppen består av företrädare för anslutna organisationer och för förvaltningen. "
        "Civilsamhällets ledamöter väljs på dialogforum och ska så långt det går spegla bredden "
        "bland de anslutna. Gruppen samordnar det gemensamma arbetet, planerar och följer upp "
        "forumen och förbereder frågor som dyker upp mellan två forum."
    ): (
        "Kooxda la-tashigu waxay ka kooban tahay wakiillo ka socda ururrada ku biiray iyo maamulka "
        "degmada. Xubnaha bulshada rayidka ah waxaa lagu doortaa madasha wadahadalka, waana inay "
        "inta suurtagal ah ka turjumaan noocyada kala duwan ee ururrada ku biiray. Kooxdu waxay "
        "isku dubbaridaa shaqada wadajirka ah, waxay qorshaysaa oo dabagashaa kulamada madasha, "
        "waxayna diyaarisaa arrimaha soo baxa inta u dhexaysa laba kulan."
    ),
    "Aktivitetsplan": "Qorshaha hawlaha",
    (
        "Samrådsgruppen tar fram en aktivitetsplan utifrån det som kommer upp i dialogforum. "
        "Planen visar vilka utvecklingsfrågor som är aktuella och vad som pågår, oavsett om "
        "arbetet drivs av en arbetsgrupp, av samrådsgruppen eller av en av parterna på eget "
        "initiativ."
    ): (
        "Kooxda la-tashigu waxay diyaarisaa qorshaha hawlaha iyadoo ku salaynaysa waxa ka soo baxa "
        "madasha wadahadalka. Qorshuhu wuxuu muujinayaa arrimaha horumarinta ee hadda taagan iyo "
        "waxa socda, iyadoon loo eegin in shaqada ay wado koox shaqo, kooxda la-tashiga ama mid ka "
        "mid ah labada dhinac oo hindise ka qaatay."
    ),
    (
        "Planen är ett levande dokument. Samrådsgruppen går igenom den och uppdaterar den "
        "fortlöpande."
    ): (
        "Qorshuhu waa dukumenti nool. Kooxda la-tashigu si joogto ah ayay dib ugu eegtaa oo u "
        "cusboonaysiisaa."
    ),
    "Föreningsstöd och kommunens nätverk": "Föreningsstöd iyo shabakadda degmada",
    (
        "Föreningsstöd på kultur- och fritidskontoret är den självklara vägen in till kommunen för "
        "föreningar och andra organisationer. Därifrån skickas frågor och idéer om samarbete "
        "vidare till rätt del av kommunen."
    ): (
        "Föreningsstöd (taageerada ururrada), oo ka tirsan xafiiska dhaqanka iyo madadaalada "
        "(Kultur- och fritidskontoret), waa albaabka ugu habboon ee ururrada iyo hay'adaha kale "
        "uga soo galaan degmada. Halkaas ayaa su'aalaha iyo fikradaha iskaashiga looga gudbiyaa "
        "qaybta saxda ah ee degmada."
    ),
    (
        "Föreningsstöd samordnar också kommunens arbete med överenskommelsen. Det innebär att "
        "hålla i dialogforum och samrådsgruppen, att leda kommunens interna nätverk för samverkan "
        "och att sköta uppföljningen. I nätverket finns personer från förvaltningens olika kontor. "
        "De håller koll på hur samarbetet med civilsamhället ser ut i dag och var det kan växa."
    ): (
        "Föreningsstöd waxay sidoo kale isku dubbaridaa shaqada degmadu ku hayso heshiiska. Taas "
        "macnaheedu waa qabanqaabinta madasha wadahadalka iyo kooxda la-tashiga, hoggaaminta "
        "shabakadda iskaashiga ee gudaha degmada, iyo maaraynta dabagalka. Shabakadda waxaa ku "
        "jira dad ka kala yimid xafiisyada kala duwan ee maamulka degmada. Waxay la socdaan sida "
        "uu maanta u eg yahay iskaashiga lala leeyahay bulshada rayidka ah iyo meelaha uu ku kori "
        "karo."
    ),
    "Uppföljning": "Dabagal",
    (
        "Varje år följer kommunen upp överenskommelsen tillsammans med samrådsgruppen. Då går "
        "parterna igenom sina åtaganden och de aktiviteter som har genomförts, för att se hur "
        "arbetet går framåt."
    ): (
        "Sannad kasta degmadu waxay heshiiska dabagashaa iyadoo la kaashanaysa kooxda la-tashiga. "
        "Markaas labada dhinac waxay dib u eegaan ballanqaadyadooda iyo hawlihii la fuliyay, si ay "
        "u ogaadaan sida shaqadu u socoto."
    ),
    (
        "Resultatet sammanfattas i en skriftlig rapport som går till dialogforum och direkt till "
        "de anslutna organisationerna. Kommunfullmäktige får också en redovisning som en del av "
        "kommunens samlade uppföljning av social hållbarhet. Senast under 2028 prövar parterna om "
        "överenskommelsen behöver ändras inför nästa fyraårsperiod."
    ): (
        "Natiijada waxaa lagu soo koobaa warbixin qoran oo loo diro madasha wadahadalka iyo si "
        "toos ah ururrada ku biiray. Kommunfullmäktige (Golaha Degmada) sidoo kale wuxuu helaa "
        "warbixin, taas oo qayb ka ah dabagalka guud ee degmadu ku samayso waaritaanka bulshada. "
        "Ugu dambayn sannadka 2028 gudihiisa, labada dhinac waxay eegi doonaan in heshiiska loo "
        "baahan yahay in wax laga beddelo ka hor muddada afarta sano ah ee xigta."
    ),
    (
        "Att arbeta för ett starkare samarbete mellan civilsamhället och kommunen, med principerna "
        "som grund."
    ): (
        "In loo shaqeeyo iskaashi xooggan oo u dhexeeya bulshada rayidka ah iyo degmada, iyadoo "
        "lagu salaynayo mabaadi'da."
    ),
    (
        "Att delta i överenskommelsens forum för dialog och utveckling, utifrån vad var och en har "
        "möjlighet till."
    ): (
        "In laga qayb qaato madallada heshiiska ee wadahadalka iyo horumarinta, iyadoo mid kastaa "
        "ka qayb qaadanayo inta uu awoodo."
    ),
    "Att möta varandra med öppenhet, nyfikenhet och vilja att lyssna.": (
        "In la isula dhaqmo furfurnaan, xiise iyo diyaar u ahaansho in la is dhegaysto."
    ),
    "Att hålla varandra informerade om det som är viktigt och aktuellt.": (
        "In la is ogeysiiyo waxa muhiimka ah iyo waxa hadda socda."
    ),
    "Att sprida kunskap om överenskommelsen i den egna organisationen och till andra som berörs.": (
        "In aqoonta heshiiska lagu faafiyo ururka gudihiisa iyo dadka kale ee ay khusayso."
    ),
    "Att bjuda in till dialogforum minst två gånger om året.": (
        "In dadka lagu casuumo madasha wadahadalka ugu yaraan laba jeer sannadkii."
    ),
    "Att sköta en samrådsgrupp där både civilsamhället och kommunen har företrädare.": (
        "In la maamulo koox la-tashi oo ay bulshada rayidka ah iyo degmaduba wakiillo ku leeyihiin."
    ),
    (
        "Att göra det enklare för organisationer att nå kommunen och att hänvisa dem till rätt "
        "ställe för deras fråga eller idé."
    ): (
        "In ururrada loo fududeeyo inay la xiriiraan degmada, loona tilmaamo meesha saxda ah ee "
        "su'aashooda ama fikraddooda."
    ),
    (
        "Att ta in civilsamhället så tidigt som möjligt när kommunen planerar och utvecklar, så "
        "att organisationernas kunskap kommer till nytta."
    ): (
        "In bulshada rayidka ah lagu soo daro sida ugu dhakhsaha badan marka degmadu wax "
        "qorshaynayso oo horumarinayso, si looga faa'iidaysto aqoonta ururrada."
    ),
    "Att vara öppen med hur beslut fattas och låta civilsamhället följa processen.": (
        "In si furan loo sheego sida go'aannada loo gaaro, bulshada rayidka ahna loo oggolaado "
        "inay la socoto habka."
    ),
    "Att uppmuntra möten och kunskapsutbyte mellan organisationer i civilsamhället.": (
        "In la dhiirrigeliyo kulamada iyo is-weydaarsiga aqoonta ee u dhexeeya ururrada bulshada "
        "rayidka ah."
    ),
    "Att utreda och pröva nya sätt att samarbeta långsiktigt med civilsamhället.": (
        "In la baaro oo la tijaabiyo habab cusub oo iskaashi muddo dheer ah looga yeesho bulshada "
        "rayidka ah."
    ),
    (
        "Att följa upp överenskommelsen varje år och berätta för de anslutna organisationerna vad "
        "uppföljningen visar."
    ): (
        "In heshiiska la dabagalo sannad kasta, ururrada ku biirayna loo sheego waxa dabagalku "
        "muujiyay."
    ),
    "Att bland de anslutna organisationerna välja företrädare till samrådsgruppen med kommunen.": (
        "In ururrada ku biiray dhexdooda laga doorto wakiillada kooxda la-tashiga ee lala leeyahay "
        "degmada."
    ),
    (
        "Att föra fram invånarnas behov, åsikter och intressen i dialogen och samarbetet med "
        "kommunen."
    ): (
        "In baahiyaha, aragtiyada iyo danaha dadka deegaanka lagu soo bandhigo wadahadalka iyo "
        "iskaashiga lala leeyahay degmada."
    ),
    "Att dela med sig av kunskap och erfarenhet från det idéburna perspektivet.": (
        "In la wadaago aqoon iyo waayo-aragnimo laga helay aragtida ururrada aan faa'iido doonka "
        "ahayn."
    ),
    "Att verka för att organisationerna i civilsamhället samordnar sig och arbetar tillsammans.": (
        "In loo shaqeeyo in ururrada bulshada rayidka ahi ay isku dubbaridaan oo ay wada "
        "shaqeeyaan."
    ),
    (
        "Att stärka det ideella engagemanget, både i den egna organisationen och genom nätverk med "
        "andra organisationer."
    ): (
        "In la xoojiyo hawlaha tabarruca ah, ha ahaato ururka gudihiisa ama shabakado lala sameeyo "
        "ururro kale."
    ),
    "Långsiktighet": "Aragti muddo dheer",
    "Samarbetet ska hålla över tid och ha starkt stöd hos båda parter.": (
        "Iskaashigu waa inuu waaraa muddo dheer oo uu helaa taageero xooggan oo ka timaada labada "
        "dhinacba."
    ),
    (
        "För att samarbetet ska leva vidare, även när personer byts ut, behöver vi gemensamma mål "
        "som sträcker sig flera år framåt."
    ): (
        "Si iskaashigu u sii socdo, xitaa marka dadku is beddelaan, waxaan u baahannahay yoolal "
        "wadajir ah oo dhowr sano hore u fidsan."
    ),
    (
        "Överenskommelsen behöver också vara känd och formellt förankrad, både i kommunen och i de "
        "organisationer som har anslutit sig."
    ): (
        "Heshiisku waa inuu sidoo kale noqdaa mid la yaqaan oo si rasmi ah loo ansixiyay, ha "
        "ahaato degmada gudaheeda ama ururrada ku biiray gudahooda."
    ),
    "Öppenhet och insyn": "Furfurnaan iyo daahfurnaan",
    "Vi är öppna med hur vi arbetar och respekterar varandras verksamhet.": (
        "Waxaan si furan u sheegnaa sida aan u shaqayno, waxaanna ixtiraamnaa hawlaha mid kasta oo "
        "naga mid ah uu wado."
    ),
    (
        "När kommunen är öppen med hur den arbetar och fattar beslut blir det lättare för "
        "civilsamhället att föra fram sina medlemmars röster och att påverka."
    ): (
        "Marka degmadu si furan u sheegto sida ay u shaqayso iyo sida ay go'aannada u gaarto, "
        "waxaa u fududaanaysa bulshada rayidka ah inay codadka xubnaheeda gaarsiiso oo ay saamayn "
        "yeelato."
    ),
    (
        "På samma sätt kan kommunen vänta sig insyn i verksamhet som organisationerna driver med "
        "offentliga pengar. Information ska vara lätt att hitta, så att vi når varandra och så att "
        "fler vill ansluta sig."
    ): (
        "Sidaas oo kale, degmadu waxay filan kartaa inay xog ka hesho hawlaha ururradu ku wadaan "
        "lacagta dadweynaha. Macluumaadku waa inuu ahaadaa mid si fudud loo heli karo, si aan "
        "midba midka kale u gaarno, ururro badanna ay u doonaan inay ku biiraan."
    ),
    "Mångfald": "Kala duwanaansho",
    "Många olika aktörer ger fler idéer och bättre lösningar.": (
        "Dhinacyo badan oo kala duwan waxay keenaan fikrado badan iyo xalal ka wanaagsan."
    ),
    (
        "Samhällets utmaningar möts bäst när det finns många aktörer med olika lösningar. Olika "
        "perspektiv gör helheten rikare och hjälper oss att väga olika behov mot varandra."
    ): (
        "Caqabadaha bulshada sida ugu wanaagsan ayaa loo wajihi karaa marka ay jiraan dhinacyo "
        "badan oo leh xalal kala duwan. Aragtiyaha kala duwan waxay hodan ka dhigaan guud ahaan, "
        "waxayna naga caawiyaan inaan is barbar dhigno baahiyaha kala duwan."
    ),
    (
        "Samarbetet ska göra det lättare för nya organisationer och verksamheter att växa fram. "
        "Där olikheter ses som en tillgång finns det plats för nya idéer."
    ): (
        "Iskaashigu waa inuu u fududeeyaa ururro iyo hawlo cusub inay soo baxaan. Meesha kala "
        "duwanaanta loo arko hanti, waxaa jira meel loogu talagalay fikrado cusub."
    ),
    "Självständighet och oberoende": "Madax-bannaani iyo xorriyad",
    "Civilsamhället står fritt från kommunen och får granska och kritisera den.": (
        "Bulshada rayidka ahi way ka madax-bannaan tahay degmada, waxayna xaq u leedahay inay si "
        "dhow u eegto oo ay dhaleecayso."
    ),
    (
        "En levande demokrati behöver organisationer som talar för sina medlemmar och driver "
        "opinion. Därför ska civilsamhället kunna granska kommunen och agera på egen hand, utan "
        "att det går ut över bidrag eller annat stöd."
    ): (
        "Dimuqraadiyad nool waxay u baahan tahay ururro u hadla xubnahooda oo isku daya inay "
        "saameeyaan ra'yiga dadweynaha. Sidaas darteed, bulshada rayidka ahi waa inay awood u "
        "yeelato inay si dhow u eegto degmada oo ay si madax-bannaan u dhaqaaqdo, iyadoo aysan "
        "taasi saamayn ku yeelanayn deeqaha ama taageerada kale."
    ),
    (
        "Organisationerna är fria, och kommunen ska arbeta för att göra det lättare för dem att "
        "behålla sin självständighet."
    ): (
        "Ururradu waa xor, degmaduna waa inay ka shaqayso sidii ay ugu fududaan lahayd inay "
        "ilaashadaan madax-bannaanidooda."
    ),
    "Dialog": "Wadahadal",
    "Vi för ett regelbundet och respektfullt samtal där allas kunskap tas till vara.": (
        "Waxaan yeelanaa wadahadal joogto ah oo ixtiraam leh, kaas oo looga faa'iidaysto aqoonta "
        "qof kasta."
    ),
    (
        "Ett hållbart samhälle kräver att invånarna kan påverka, delta och bli hörda när orten "
        "utvecklas. Ett samtal som pågår hela tiden är grunden för att vi ska utvecklas och "
        "fortsätta lära oss."
    ): (
        "Bulsho waarta waxay u baahan tahay in dadka deegaanku ay saamayn yeeshaan, ka qayb "
        "qaataan oo la maqlo marka deegaankooda la horumarinayo. Wadahadal had iyo jeer socda ayaa "
        "ah aasaaska aan ku horumarno oo aan ku sii barano."
    ),
    (
        "Samtalet ska vara öppet och återkommande. Båda parter lyssnar, visar respekt och "
        "välkomnar olika erfarenheter och kunskaper."
    ): (
        "Wadahadalku waa inuu ahaadaa mid furan oo joogto ah. Labada dhinacba way dhegaystaan, "
        "ixtiraam ayay muujiyaan, waxayna soo dhaweeyaan waayo-aragnimo iyo aqoon kala duwan."
    ),
    "Kvalitet": "Tayo",
    "När vi samarbetar kommer vi överens om vilka krav på kvalitet som gäller.": (
        "Marka aan wada shaqayno, waxaan ku heshiinnaa shuruudaha tayada ee khuseeya."
    ),
    (
        "Kommunen har ofta krav i lag på kvaliteten i sin verksamhet. Civilsamhället står nära "
        "sina medlemmar och har större frihet att själv avgöra och säkra kvaliteten i det som till "
        "största delen är ideellt arbete."
    ): (
        "Degmadu badanaa waxay leedahay shuruudo sharci ah oo ku saabsan tayada hawlaheeda. "
        "Bulshada rayidka ahi way u dhow dahay xubnaheeda, waxayna xorriyad badan u leedahay inay "
        "iyadu go'aamiso oo sugto tayada shaqadeeda, taas oo inta badan ah shaqo tabarruc ah."
    ),
    (
        "I varje samarbete behöver parterna enas om vilka krav som ska gälla. Verksamhet som får "
        "pengar från kommunen ska följa de regler som politikerna har beslutat. När resultat följs "
        "upp och utvärderas respekterar vi att våra utgångslägen skiljer sig åt."
    ): (
        "Iskaashi kasta, labada dhinac waa inay ku heshiiyaan shuruudaha khuseeya. Hawlaha lacag "
        "ka hela degmada waa inay raacaan xeerarka ay siyaasiyiintu go'aamiyeen. Marka "
        "natiijooyinka la dabagalayo oo la qiimaynayo, waxaan ixtiraamnaa in meelaha aan ka soo "
        "bilaabaynaa ay kala duwan yihiin."
    ),
    "Samhällsutveckling": "Horumarinta bulshada",
    "Ett bättre Södertälje byggs av människors engagemang.": (
        "Södertälje ka wanaagsan waxaa lagu dhisaa ka qayb qaadashada dadka."
    ),
    (
        "Förändring i samhället börjar med att enskilda människor engagerar sig. I civilsamhället "
        "finns stor kraft och vilja att bidra, och kommunen ska ta emot det engagemanget på bästa "
        "möjliga sätt."
    ): (
        "Isbeddelka bulshada wuxuu ka bilaabmaa marka dadku ay si shakhsi ah ugu lug yeeshaan. "
        "Bulshada rayidka ah waxaa ku jira awood weyn iyo rabitaan ah in wax la taro, degmaduna "
        "waa inay ka qayb qaadashadaas u soo dhaweyso sida ugu wanaagsan."
    ),
    (
        "För att hitta nya lösningar behöver vi tillsammans våga tänka annorlunda och pröva nya "
        "sätt att arbeta ihop."
    ): (
        "Si aan u helno xalal cusub, waxaan u baahannahay inaan si wadajir ah ugu dhiirranno inaan "
        "si ka duwan u fekerno oo aan tijaabino habab cusub oo aan ku wada shaqayno."
    ),
    "Föreningsstöd": "Föreningsstöd",
    "Kultur- och fritidskontoret": (
        "Kultur- och fritidskontoret (Xafiiska dhaqanka iyo madadaalada)"
    ),
    "Stadshuset, Nyköpingsvägen 26": "Stadshuset, Nyköpingsvägen 26",
    "151 89": "151 89",
    "Södertälje": "Södertälje",
    "08-465 004 10": "08-465 004 10",
    "Vardagar kl. 8.00–16.30": "Maalmaha shaqada, saacadda 8.00–16.30",
    # The affiliation form's page (forms.ApplicationPage).
    "Anslut er organisation": "Ku biir heshiiska adigoo ka wakiil ah ururkaaga",
    "Föreningar, stiftelser, trossamfund och andra idéburna organisationer kan ansluta sig till överenskommelsen när som helst under perioden. Organisationen ska vara demokratiskt uppbyggd och stå bakom överenskommelsens värderingar, principer och åtaganden i sin helhet.": "Ururada, hay'adaha (stiftelser), bulshooyinka diimeed iyo ururada kale ee aan faa'iido doonka ahayn waxay ku biiri karaan heshiiska wakhti kasta inta uu socdo. Ururku waa inuu leeyahay qaab dimoqraadi ah oo uu si buuxda u taageeraa qiyamka, mabaadi'da iyo ballanqaadyada heshiiska.",
    "Fyll i ansökan nedan. Föreningsstöd går igenom den och svarar inom några veckor. Därefter syns organisationen i listan över anslutna organisationer.": "Buuxi codsiga hoose. Föreningsstöd (qaybta taageerada ururada ee degmada) ayaa eegaya oo ku jawaabi doona dhowr toddobaad gudahood. Kadib ururkiinnu wuxuu ka muuqan doonaa liiska ururada ku biiray.",
    "Vi frågar efter namn, roll, e-postadress och telefonnummer till en kontaktperson och namnet på den som får teckna organisationen. Uppgifterna behövs för att handlägga ansökan och kontakta er om den.": "Waxaan weydiinaynaa magaca, doorka, cinwaanka iimaylka iyo lambarka taleefanka qof xiriir ah, iyo magaca qofka u saxiixi kara ururka. Macluumaadkan waxaan u baahanahay si aan u maareyno codsiga oo aan idinkala soo xiriirno.",
    "Bara de handläggare på Föreningsstöd som granskar ansökningar ser uppgifterna. De visas aldrig på webbplatsen: där syns bara organisationens namn, typ, webbplats och datum för anslutningen. Om ansökan avslås eller organisationen lämnar överenskommelsen tas personuppgifterna bort efter tolv månader.": "Kaliya shaqaalaha Föreningsstöd ee eega codsiyada ayaa arka macluumaadkan. Marnaba laguma soo bandhigo websaydka: halkaas waxaa ka muuqda oo kaliya magaca ururka, nooca, websaydka iyo taariikhda uu ku biiray. Haddii codsiga la diido ama ururku ka baxo heshiiska, macluumaadka shakhsiga ah waa la tirtiraa laba iyo toban bilood kadib.",
    "Föreningsstöd går igenom ansökan och hör av sig inom några veckor.": "Föreningsstöd ayaa eegaya codsiga oo idinla soo xiriiri doona dhowr toddobaad gudahood.",
    # The forum the current agreement promises.
    (
        "Parternas eget forum, minst två gånger om året, för samtal om samhällets "
        "utmaningar och hur vi kan möta dem tillsammans. Kommunen bjuder in och leder "
        "mötet; dagordningen bygger på vad organisationerna och kommunen vill ta upp."
    ): "Madasha gaarka ah ee labada dhinac, ugu yaraan laba jeer sannadkii, si looga wada hadlo caqabadaha bulshada iyo sida aan wadajir ugu wajihi karno. Degmadu waxay u yeeraysaa kulanka oo ay hoggaamisaa; ajendaha wuxuu ku salaysan yahay waxa ururada iyo degmadu doonayaan inay soo qaadaan.",
    "Parterna, och organisationer som ännu inte har anslutit sig": "Labada dhinac, iyo ururada aan weli ku biirin",
}

# The events listing and the upcoming forum: demo/content/translations/events.py
from .events import EVENT_STRINGS  # noqa: E402

STRINGS.update(EVENT_STRINGS["so"])
