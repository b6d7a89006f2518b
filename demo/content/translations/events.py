"""Demo translations of the events listing and the upcoming forum (demo/content/events_sv.py).

Kept apart from the language modules, which merge them into their STRINGS,
so that the events demo can be read (and changed) in one place.
"""

SV = [
    "Forum och möten",
    (
        "Här finns dialogforumen, uppföljningskonferensen och andra möten inom "
        "överenskommelsen. Forumen är öppna för alla organisationer i civilsamhället, också "
        "de som inte har anslutit sig."
    ),
    "Dialogforum: samverkan vid kris och oro",
    (
        "Hur kan föreningar och kommunen hjälpas åt när något allvarligt händer? Kom och "
        "samtala om samverkan vid kris och oro."
    ),
    (
        "Föreningslivet är ofta först på plats när människor behöver stöd. På det här "
        "dialogforumet samtalar vi om hur kommunen och civilsamhället kan förbereda sig "
        "tillsammans."
    ),
    (
        "Forumet är öppet för alla organisationer i civilsamhället, också de som inte har "
        "anslutit sig till överenskommelsen."
    ),
    "Fika och mingel",
    "Välkommen",
    "Samtal i grupper om samverkan vid kris",
    "Sammanfattning och nästa steg",
    (
        "Vi tolkar till arabiska, somaliska och finska. Teckenspråkstolk finns på plats om du "
        "anmäler behovet senast en vecka före."
    ),
    (
        "Entrén och lokalen saknar trappsteg och det finns hörslinga. Toalett anpassad för "
        "rullstol finns i entréplanet. Närmaste busshållplats ligger 100 meter från entrén."
    ),
]

TRANSLATIONS = {
    "en": [
        "Forums and meetings",
        "Here you will find the dialogue forums, the follow-up conference and other meetings "
        "of the agreement. The forums are open to all civil society organisations, including "
        "those that have not joined.",
        "Dialogue forum: working together in a crisis",
        "How can associations and the municipality help each other when something serious "
        "happens? Come and talk about working together in times of crisis and unrest.",
        "Associations are often the first on the scene when people need support. At this "
        "dialogue forum we talk about how the municipality and civil society can prepare "
        "together.",
        "The forum is open to all civil society organisations, including those that have not "
        "joined the agreement.",
        "Coffee and mingling",
        "Welcome",
        "Group discussions on working together in a crisis",
        "Summary and next steps",
        "We interpret into Arabic, Somali and Finnish. A sign language interpreter will be "
        "there if you tell us at least a week before.",
        "The entrance and the room are step-free and there is a hearing loop. A wheelchair "
        "accessible toilet is on the ground floor. The nearest bus stop is 100 metres from "
        "the entrance.",
    ],
    "fi": [
        "Foorumit ja kokoukset",
        "Täältä löydät sopimuksen dialogifoorumit, seurantakonferenssin ja muut kokoukset. "
        "Foorumit ovat avoimia kaikille kansalaisyhteiskunnan järjestöille, myös niille, "
        "jotka eivät ole liittyneet sopimukseen.",
        "Dialogifoorumi: yhteistyö kriisin ja huolen aikana",
        "Miten yhdistykset ja kunta voivat auttaa toisiaan, kun tapahtuu jotain vakavaa? Tule "
        "keskustelemaan yhteistyöstä kriisin ja huolen aikana.",
        "Yhdistykset ovat usein ensimmäisinä paikalla, kun ihmiset tarvitsevat tukea. Tässä "
        "dialogifoorumissa keskustelemme siitä, miten kunta ja kansalaisyhteiskunta voivat "
        "valmistautua yhdessä.",
        "Foorumi on avoin kaikille kansalaisyhteiskunnan järjestöille, myös niille, jotka "
        "eivät ole liittyneet sopimukseen.",
        "Kahvia ja tutustumista",
        "Tervetuloa",
        "Ryhmäkeskustelut yhteistyöstä kriisin aikana",
        "Yhteenveto ja seuraavat askeleet",
        "Tulkkaamme arabiaksi, somaliksi ja suomeksi. Viittomakielen tulkki on paikalla, jos "
        "kerrot tarpeesta viimeistään viikkoa ennen.",
        "Sisäänkäynti ja tila ovat portaattomia, ja tilassa on induktiosilmukka. "
        "Pyörätuolilla käytettävä WC on sisääntulokerroksessa. Lähin bussipysäkki on 100 "
        "metrin päässä sisäänkäynnistä.",
    ],
    "ar": [
        "المنتديات والاجتماعات",
        "هنا تجد منتديات الحوار ومؤتمر المتابعة والاجتماعات الأخرى الخاصة بالاتفاقية. "
        "المنتديات مفتوحة لجميع منظمات المجتمع المدني، بما فيها المنظمات التي لم تنضم بعد.",
        "منتدى حوار: التعاون في أوقات الأزمات والقلق",
        "كيف يمكن للجمعيات والبلدية أن تتعاون عندما يحدث أمر خطير؟ تعال وشارك في الحديث عن "
        "التعاون في أوقات الأزمات والقلق.",
        "غالباً ما تكون الجمعيات أول من يحضر عندما يحتاج الناس إلى الدعم. في منتدى الحوار "
        "هذا نتحدث عن كيفية استعداد البلدية والمجتمع المدني معاً.",
        "المنتدى مفتوح لجميع منظمات المجتمع المدني، بما فيها المنظمات التي لم تنضم إلى الاتفاقية.",
        "قهوة وتعارف",
        "ترحيب",
        "نقاش في مجموعات حول التعاون في الأزمات",
        "الخلاصة والخطوات التالية",
        "نوفر ترجمة فورية إلى العربية والصومالية والفنلندية. يحضر مترجم لغة إشارة إذا أبلغتنا "
        "بحاجتك قبل أسبوع على الأقل.",
        "المدخل والقاعة بلا درج وتتوفر حلقة سمعية. يوجد مرحاض مهيأ للكراسي المتحركة في الطابق "
        "الأرضي. أقرب موقف للحافلات على بعد 100 متر من المدخل.",
    ],
    "so": [
        "Shirarka iyo kulamada",
        "Halkan waxaad ka helaysaa shirarka wadahadalka, shirka dib-u-eegista iyo kulamada "
        "kale ee heshiiska. Shirarku waxay u furan yihiin dhammaan ururada bulshada rayidka "
        "ah, oo ay ku jiraan kuwa aan ku biirin.",
        "Shirka wadahadalka: iskaashiga xilliyada dhibaatada iyo walwalka",
        "Sidee ayay ururada iyo degmadu isu caawin karaan marka wax culus dhacaan? Kaalay oo "
        "ka qayb qaado wadahadal ku saabsan iskaashiga xilliyada dhibaatada iyo walwalka.",
        "Ururada ayaa inta badan ugu horreeya marka dadku u baahan yihiin taageero. Shirkan "
        "wadahadalka waxaan kaga hadlaynaa sida degmada iyo bulshada rayidka ahi ugu wada "
        "diyaar garoobi karaan.",
        "Shirku wuxuu u furan yahay dhammaan ururada bulshada rayidka ah, oo ay ku jiraan "
        "kuwa aan ku biirin heshiiska.",
        "Kafee iyo is-barasho",
        "Soo dhawoow",
        "Wadahadal kooxeed oo ku saabsan iskaashiga xilliga dhibaatada",
        "Soo koobid iyo tallaabooyinka xiga",
        "Waxaan u turjumaynaa Carabi, Soomaali iyo Finnish. Turjumaan luqadda calaamadaha "
        "ayaa joogi doona haddii aad noo sheegto ugu yaraan toddobaad ka hor.",
        "Albaabka iyo qolka ma laha jaranjaro, waxaana jira wareegga maqalka. Musqul ku "
        "habboon kuraasta curyaamiinta ayaa ku taal dabaqa hoose. Boosteejada baska ugu "
        "dhow waxay u jirtaa 100 mitir albaabka.",
    ],
}

EVENT_STRINGS = {code: dict(zip(SV, texts, strict=True)) for code, texts in TRANSLATIONS.items()}
