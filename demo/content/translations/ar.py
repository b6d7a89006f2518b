"""Arabic (Modern Standard Arabic) demo translations of the Swedish source strings.

Keys are the wagtail-localize segments exactly as extracted from the Swedish demo
content; names of Swedish places and bodies stay in Swedish, and numbers use the
digits 0-9 as Swedish authorities do.
"""

STRINGS = {
    "Samverkan Södertälje": "التعاون في Södertälje",
    (
        "Södertälje kommun och civilsamhället har en överenskommelse om hur vi ska samarbeta. Här "
        "kan du läsa den, se vad parterna har lovat och ta reda på hur din organisation kan "
        "ansluta sig."
    ): (
        "لدى Södertälje kommun (بلدية سودرتاليه) والمجتمع المدني اتفاقية حول كيفية تعاوننا. يمكنك "
        "هنا قراءة الاتفاقية، ومعرفة ما وعد به الطرفان، والتعرّف على كيفية انضمام منظمتك إليها."
    ),
    "Vad är en lokal överenskommelse?": "ما هي الاتفاقية المحلية؟",
    (
        "En lokal överenskommelse är en gemensam ram för hur kommunen och föreningar, stiftelser, "
        "trossamfund och andra idéburna organisationer arbetar tillsammans. Den antas av "
        "kommunfullmäktige, gäller i fyra år och följs upp varje år."
    ): (
        "الاتفاقية المحلية إطار مشترك لكيفية عمل البلدية مع الجمعيات والمؤسسات الخيرية والجماعات "
        "الدينية وغيرها من المنظمات غير الربحية. يعتمدها المجلس البلدي (kommunfullmäktige)، وتسري "
        "لمدة أربع سنوات، وتتم متابعتها كل عام."
    ),
    (
        "Överenskommelsen bygger på sju principer. Under dem har kommunen, civilsamhället och båda "
        "parterna tillsammans gjort åtaganden, alltså löften om vad var och en ska göra."
    ): (
        "تقوم الاتفاقية على سبعة مبادئ. وفي إطار هذه المبادئ، قدّمت البلدية والمجتمع المدني "
        "والطرفان معًا التزامات، أي وعودًا بما سيفعله كل طرف."
    ),
    # The parties as the current agreement names them.
    "Båda parter": "الطرفان",
    "Kommunen": "البلدية",
    "Civilsamhället": "المجتمع المدني",
    "Båda parter åtar sig": "يلتزم الطرفان بما يلي",
    "Kommunen åtar sig": "تلتزم البلدية بما يلي",
    "Civilsamhället åtar sig": "يلتزم المجتمع المدني بما يلي",
    "Överenskommelsen": "الاتفاقية",
    (
        "Här finns den överenskommelse som gäller nu och de tidigare versionerna. Äldre versioner "
        "finns kvar så att du kan se hur samverkan har utvecklats."
    ): (
        "تجد هنا الاتفاقية السارية حاليًا ونسخها السابقة. نحتفظ بالنسخ القديمة لكي تتمكن من رؤية "
        "كيف تطوّر التعاون."
    ),
    "Samverkansöverenskommelse 2025–2028": "اتفاقية التعاون 2025–2028",
    "Södertälje kommun": "Södertälje kommun",
    (
        "Här kan du läsa vad Södertälje kommun och civilsamhället har lovat varandra för åren "
        "2025–2028. Alla organisationer som delar värderingarna är välkomna att ansluta sig."
    ): (
        "يمكنك هنا قراءة الوعود المتبادلة بين Södertälje kommun (بلدية سودرتاليه) والمجتمع المدني "
        "للسنوات 2025–2028. نرحّب بانضمام جميع المنظمات التي تشاركنا هذه القيم."
    ),
    (
        "Överenskommelsen ger kommunen och civilsamhället en gemensam ram för hur vi arbetar "
        "tillsammans. Den beskriver hur vi ska bemöta varandra och ger oss en fast plats för att "
        "fortsätta samtalet."
    ): (
        "تمنح الاتفاقية البلدية والمجتمع المدني إطارًا مشتركًا لكيفية عملنا معًا. وهي تصف كيف "
        "نتعامل مع بعضنا، وتوفّر لنا مكانًا ثابتًا لمواصلة الحوار."
    ),
    (
        "Många av de utmaningar som Södertälje har kan ingen part lösa på egen hand. När "
        "föreningarnas kunskap och engagemang möter kommunens resurser blir det lättare att bygga "
        "ett hållbart Södertälje. Samarbetet ska också ge fler invånare chansen att vara med och "
        "påverka, och på så sätt göra demokratin starkare."
    ): (
        "كثير من التحديات التي تواجهها Södertälje لا يستطيع أي طرف حلّها بمفرده. وعندما تلتقي "
        "معرفة الجمعيات وحماسها بموارد البلدية، يصبح من الأسهل بناء Södertälje مستدامة. وينبغي أن "
        "يمنح التعاون أيضًا عددًا أكبر من السكان فرصة المشاركة والتأثير، وأن يعزّز بذلك "
        "الديمقراطية."
    ),
    (
        "Grunden är tillit och respekt för att vi har olika roller: kommunen har ansvar och "
        "skyldigheter enligt lag, och civilsamhället har sina egna villkor och arbetssätt. Den här "
        "versionen bygger på den första överenskommelsen från 2018 och har arbetats fram i samtal "
        "mellan parterna."
    ): (
        "الأساس هو الثقة واحترام اختلاف أدوارنا: فالبلدية عليها مسؤوليات وواجبات بموجب القانون، "
        "والمجتمع المدني له ظروفه وأساليب عمله الخاصة. تقوم هذه النسخة على الاتفاقية الأولى لعام "
        "2018، وقد أُعدّت من خلال حوارات بين الطرفين."
    ),
    (
        "Civilsamhället är den del av samhället där människor frivilligt går samman kring något de "
        "har gemensamt, vid sidan av det offentliga, näringslivet och familjen. Exempel är ideella "
        "föreningar, stiftelser, studieförbund, registrerade trossamfund och sociala företag. "
        "Ibland kallas det idéburen eller ideell sektor."
    ): (
        "المجتمع المدني هو الجزء من المجتمع الذي يجتمع فيه الناس طوعًا حول شيء مشترك بينهم، إلى "
        "جانب القطاع العام وقطاع الأعمال والأسرة. ومن أمثلته الجمعيات غير الربحية، والمؤسسات "
        "الخيرية، واتحادات التعليم الشعبي، والجماعات الدينية المسجّلة، والشركات الاجتماعية. "
        "ويُسمّى أحيانًا القطاع القائم على القيم أو القطاع غير الربحي."
    ),
    (
        "Varje organisation bestämmer själv vad den vill och ska göra. En del talar främst för "
        "sina medlemmar och driver opinion, ofta med hjälp av frivilliga. Andra driver verksamhet, "
        "till exempel sociala tjänster, med anställd personal. Många gör både och. Oavsett form "
        "skapar organisationerna gemenskap och ger människor möjlighet att växa och att delta i "
        "demokratin."
    ): (
        "تقرّر كل منظمة بنفسها ما تريد أن تفعله وما ستفعله. بعض المنظمات يتحدث أساسًا باسم أعضائه "
        "ويسعى إلى التأثير في الرأي العام، وغالبًا بمساعدة متطوعين. وبعضها الآخر يدير أنشطة، مثل "
        "الخدمات الاجتماعية، بموظفين يتقاضون أجرًا. وكثير منها يجمع بين الأمرين. وأيًّا كان شكل "
        "المنظمات، فإنها تخلق روح الجماعة وتمنح الناس فرصة للنمو والمشاركة في الديمقراطية."
    ),
    (
        "Södertälje kommun styrs av förtroendevalda politiker. Kommunen ansvarar för det mesta av "
        "den lokala servicen, som förskola, skola, bibliotek, socialtjänst och äldreomsorg, men "
        "också för samhällsplanering, bostäder, miljö- och hälsoskydd, vatten och avlopp, avfall "
        "och räddningstjänst. Verksamheten är fördelad på nämnder och bolag och betalas med "
        "skatter och avgifter."
    ): (
        "يتولى إدارة Södertälje kommun سياسيون منتخبون. وتتحمّل البلدية مسؤولية معظم الخدمات "
        "المحلية، مثل رياض الأطفال والمدارس والمكتبات والخدمات الاجتماعية ورعاية المسنين، وكذلك "
        "التخطيط العمراني والسكن وحماية البيئة والصحة والمياه والصرف الصحي والنفايات وخدمات "
        "الإطفاء والإنقاذ. ويتوزع العمل على لجان وشركات، ويُموَّل من الضرائب والرسوم."
    ),
    (
        "Överenskommelsen gäller alla kommunens nämnder och hela förvaltningen. De kommunala "
        "bolagen kan bjudas in i arbetet när det behövs. Kommunen stöttar redan i dag "
        "civilsamhället med bidrag, lokaler, ett öppet föreningsregister, rådgivning och "
        "utbildning, och samråder med organisationer i pensionärsrådet och funktionshinderrådet."
    ): (
        "تسري الاتفاقية على جميع لجان البلدية وعلى إدارتها بالكامل. ويمكن دعوة الشركات البلدية إلى "
        "المشاركة في العمل عند الحاجة. وتدعم البلدية المجتمع المدني اليوم بالفعل بالمنح، وتوفير "
        "الأماكن، وسجل مفتوح للجمعيات، والإرشاد، والتدريب، وتتشاور مع المنظمات في مجلس المتقاعدين "
        "ومجلس ذوي الإعاقة."
    ),
    "Alla människor har lika värde och samma rättigheter.": (
        "لجميع الناس قيمة متساوية والحقوق نفسها."
    ),
    "Samarbetet vilar på demokratiska värderingar.": "يقوم التعاون على القيم الديمقراطية.",
    "Vi ser mångfald som en styrka.": "نرى في التنوع مصدر قوة.",
    "Kvinnor och män, flickor och pojkar ska ha samma makt och möjligheter.": (
        "يجب أن تكون للنساء والرجال والفتيات والفتيان السلطة نفسها والفرص نفسها."
    ),
    "Alla invånare ska ha samma chans till ett gott liv, oavsett bakgrund.": (
        "يجب أن تتاح لجميع السكان الفرصة نفسها لحياة جيدة، بغض النظر عن خلفيتهم."
    ),
    "Vi möter varandra med tillit och respekterar att vi har olika roller.": (
        "نتعامل مع بعضنا بثقة، ونحترم أن لكلٍّ منا دورًا مختلفًا."
    ),
    "Vi arbetar för ett Södertälje som håller på lång sikt.": (
        "نعمل من أجل Södertälje مستدامة على المدى الطويل."
    ),
    "Kommunfullmäktige": "Kommunfullmäktige (المجلس البلدي)",
    "Den första samverkansöverenskommelsen tecknades": "وُقِّعت أول اتفاقية تعاون",
    "Förslaget stämdes av med företrädare för civilsamhället på ett öppet möte.": (
        "نوقش الاقتراح مع ممثلين عن المجتمع المدني في اجتماع مفتوح."
    ),
    (
        "Alla organisationer i civilsamhället som i ord och handling står bakom värderingarna, och "
        "som vill vara med och utveckla Södertälje, kan ansluta sig."
    ): (
        "يمكن لجميع منظمات المجتمع المدني التي تؤيد القيم قولًا وفعلًا، وتريد المشاركة في تطوير "
        "Södertälje، أن تنضم إلى الاتفاقية."
    ),
    (
        "Organisationen ansluter sig genom att skicka en skriftlig anmälan till kommunen. Med sin "
        "underskrift visar organisationen att den står bakom hela överenskommelsen och vill vara "
        "en aktiv part i arbetet."
    ): (
        "تنضم المنظمة بإرسال إشعار مكتوب إلى البلدية. وبتوقيعها تُظهر المنظمة أنها تؤيد الاتفاقية "
        "كاملة، وأنها تريد أن تكون طرفًا فاعلًا في العمل."
    ),
    (
        "Det går att ansluta sig när som helst under perioden. Anmälan kan skickas med post eller "
        "e-post till Föreningsstöd eller lämnas på ett dialogforum."
    ): (
        "يمكن الانضمام في أي وقت خلال مدة الاتفاقية. ويمكن إرسال الإشعار بالبريد أو بالبريد "
        "الإلكتروني إلى Föreningsstöd (مكتب دعم الجمعيات في البلدية)، أو تسليمه في أحد لقاءات "
        "منتدى الحوار."
    ),
    (
        "En organisation som inte längre vill vara med kan lämna överenskommelsen genom att "
        "meddela Föreningsstöd skriftligt. Organisationen tas då bort från listan över anslutna."
    ): (
        "يمكن للمنظمة التي لم تعد ترغب في المشاركة أن تنسحب من الاتفاقية بإبلاغ Föreningsstöd "
        "كتابيًا. وعندها تُحذف المنظمة من قائمة المنظمات المنضمة."
    ),
    "Dialogforum": "منتدى الحوار",
    (
        "Dialogforum är överenskommelsens egen mötesplats. Här samtalar parterna om utmaningar i "
        "samhället och om hur de kan ta sig an dem tillsammans. Organisationer som ännu inte har "
        "anslutit sig är också välkomna."
    ): (
        "منتدى الحوار هو مكان اللقاء الخاص بالاتفاقية. يتحاور فيه الطرفان حول التحديات في المجتمع "
        "وحول كيفية مواجهتها معًا. والمنظمات التي لم تنضم بعد مرحّب بها أيضًا."
    ),
    (
        "Kommunen bjuder in till och håller i forumet minst två gånger per år. Dagordningen bygger "
        "på de frågor som organisationerna eller kommunen vill ta upp."
    ): (
        "تدعو البلدية إلى المنتدى وتديره مرتين في السنة على الأقل. ويُبنى جدول الأعمال على القضايا "
        "التي تريد المنظمات أو البلدية طرحها."
    ),
    "Arbetsgrupper och samrådsgrupp": "مجموعات العمل ومجموعة التشاور",
    (
        "Ur samtalen i dialogforum kan det bildas arbetsgrupper där personer från organisationerna "
        "och från förvaltningen arbetar med en viss fråga. Om parterna inte kommer överens om "
        "något annat dokumenterar kommunen arbetet, rapporterar tillbaka till forumet och ser till "
        "att frågan kommer till den nivå i kommunen där beslut kan fattas."
    ): (
        "يمكن أن تنبثق عن الحوارات في منتدى الحوار مجموعات عمل، يعمل فيها أشخاص من المنظمات ومن "
        "إدارة البلدية على قضية محددة. وما لم يتفق الطرفان على غير ذلك، تقوم البلدية بتوثيق العمل، "
        "وترفع تقريرًا عنه إلى المنتدى، وتحرص على أن تصل القضية إلى المستوى في البلدية الذي يمكن "
        "فيه اتخاذ القرار."
    ),
    (
        "Samrådsgruppen består av företrädare för anslutna organisationer och för förvaltningen. "
        "Civilsamhällets ledamöter väljs på dialogforum och ska så långt det går spegla bredden "
        "bland de anslutna. Gruppen samordnar det gemensamma arbetet, planerar och följer upp "
        "forumen och förbereder frågor som dyker upp mellan två forum."
    ): (
        "تتكون مجموعة التشاور من ممثلين عن المنظمات المنضمة وعن إدارة البلدية. ويُنتخب أعضاء "
        "المجتمع المدني في منتدى الحوار، وينبغي أن يعكسوا قدر الإمكان تنوّع المنظمات المنضمة. "
        "وتنسّق المجموعة العمل المشترك، وتخطط للقاءات المنتدى وتتابعها، وتحضّر القضايا التي تظهر "
        "بين لقاء وآخر."
    ),
    "Aktivitetsplan": "خطة الأنشطة",
    (
        "Samrådsgruppen tar fram en aktivitetsplan utifrån det som kommer upp i dialogforum. "
        "Planen visar vilka utvecklingsfrågor som är aktuella och vad som pågår, oavsett om "
        "arbetet drivs av en arbetsgrupp, av samrådsgruppen eller av en av parterna på eget "
        "initiativ."
    ): (
        "تُعِدّ مجموعة التشاور خطة الأنشطة بناءً على ما يُطرح في منتدى الحوار. وتبيّن الخطة قضايا "
        "التطوير المطروحة حاليًا وما يجري العمل عليه، سواء كانت تقود العمل مجموعة عمل أو مجموعة "
        "التشاور أو أحد الطرفين بمبادرة منه."
    ),
    (
        "Planen är ett levande dokument. Samrådsgruppen går igenom den och uppdaterar den "
        "fortlöpande."
    ): "الخطة وثيقة حيّة. تراجعها مجموعة التشاور وتحدّثها باستمرار.",
    "Föreningsstöd och kommunens nätverk": "Föreningsstöd وشبكة البلدية",
    (
        "Föreningsstöd på kultur- och fritidskontoret är den självklara vägen in till kommunen för "
        "föreningar och andra organisationer. Därifrån skickas frågor och idéer om samarbete "
        "vidare till rätt del av kommunen."
    ): (
        "يُعدّ Föreningsstöd (دعم الجمعيات) في مكتب الثقافة والترفيه (Kultur- och fritidskontoret) "
        "المدخل الطبيعي إلى البلدية للجمعيات والمنظمات الأخرى. ومن هناك تُحال الأسئلة والأفكار "
        "المتعلقة بالتعاون إلى الجهة المناسبة في البلدية."
    ),
    (
        "Föreningsstöd samordnar också kommunens arbete med överenskommelsen. Det innebär att "
        "hålla i dialogforum och samrådsgruppen, att leda kommunens interna nätverk för samverkan "
        "och att sköta uppföljningen. I nätverket finns personer från förvaltningens olika kontor. "
        "De håller koll på hur samarbetet med civilsamhället ser ut i dag och var det kan växa."
    ): (
        "يتولى Föreningsstöd أيضًا تنسيق عمل البلدية في إطار الاتفاقية. ويعني ذلك إدارة منتدى "
        "الحوار ومجموعة التشاور، وقيادة الشبكة الداخلية للتعاون في البلدية، والإشراف على المتابعة. "
        "وتضم الشبكة أشخاصًا من مختلف مكاتب إدارة البلدية، يتابعون كيف يبدو التعاون مع المجتمع "
        "المدني اليوم وأين يمكن أن ينمو."
    ),
    "Uppföljning": "المتابعة",
    (
        "Varje år följer kommunen upp överenskommelsen tillsammans med samrådsgruppen. Då går "
        "parterna igenom sina åtaganden och de aktiviteter som har genomförts, för att se hur "
        "arbetet går framåt."
    ): (
        "تتابع البلدية الاتفاقية كل عام بالتعاون مع مجموعة التشاور. ويراجع الطرفان حينها "
        "التزاماتهما والأنشطة التي نُفّذت، لمعرفة مدى تقدّم العمل."
    ),
    (
        "Resultatet sammanfattas i en skriftlig rapport som går till dialogforum och direkt till "
        "de anslutna organisationerna. Kommunfullmäktige får också en redovisning som en del av "
        "kommunens samlade uppföljning av social hållbarhet. Senast under 2028 prövar parterna om "
        "överenskommelsen behöver ändras inför nästa fyraårsperiod."
    ): (
        "تُلخَّص النتائج في تقرير مكتوب يُرسل إلى منتدى الحوار ومباشرةً إلى المنظمات المنضمة. "
        "ويتلقى Kommunfullmäktige (المجلس البلدي) أيضًا تقريرًا كجزء من المتابعة الشاملة التي "
        "تجريها البلدية للاستدامة الاجتماعية. وخلال عام 2028 على أبعد تقدير، يدرس الطرفان ما إذا "
        "كانت الاتفاقية بحاجة إلى تعديل قبل فترة السنوات الأربع التالية."
    ),
    (
        "Att arbeta för ett starkare samarbete mellan civilsamhället och kommunen, med principerna "
        "som grund."
    ): "العمل على تعزيز التعاون بين المجتمع المدني والبلدية، على أساس المبادئ.",
    (
        "Att delta i överenskommelsens forum för dialog och utveckling, utifrån vad var och en har "
        "möjlighet till."
    ): "المشاركة في منتديات الاتفاقية للحوار والتطوير، بحسب ما يستطيعه كل طرف.",
    "Att möta varandra med öppenhet, nyfikenhet och vilja att lyssna.": (
        "تعامل كل طرف مع الآخر بانفتاح وحب استطلاع ورغبة في الاستماع."
    ),
    "Att hålla varandra informerade om det som är viktigt och aktuellt.": (
        "إطلاع كل طرف للآخر على ما هو مهم ومستجد."
    ),
    "Att sprida kunskap om överenskommelsen i den egna organisationen och till andra som berörs.": (
        "نشر المعرفة بالاتفاقية داخل المنظمة نفسها وبين الآخرين المعنيين بها."
    ),
    "Att bjuda in till dialogforum minst två gånger om året.": (
        "الدعوة إلى منتدى الحوار مرتين في السنة على الأقل."
    ),
    "Att sköta en samrådsgrupp där både civilsamhället och kommunen har företrädare.": (
        "إدارة مجموعة تشاور يكون فيها ممثلون عن المجتمع المدني وعن البلدية معًا."
    ),
    (
        "Att göra det enklare för organisationer att nå kommunen och att hänvisa dem till rätt "
        "ställe för deras fråga eller idé."
    ): "تسهيل وصول المنظمات إلى البلدية، وتوجيهها إلى الجهة المناسبة لسؤالها أو فكرتها.",
    (
        "Att ta in civilsamhället så tidigt som möjligt när kommunen planerar och utvecklar, så "
        "att organisationernas kunskap kommer till nytta."
    ): (
        "إشراك المجتمع المدني في أبكر وقت ممكن عندما تخطط البلدية وتطوّر، حتى يُستفاد من معرفة "
        "المنظمات."
    ),
    "Att vara öppen med hur beslut fattas och låta civilsamhället följa processen.": (
        "الانفتاح بشأن كيفية اتخاذ القرارات، وإتاحة الفرصة للمجتمع المدني لمتابعة سير العملية."
    ),
    "Att uppmuntra möten och kunskapsutbyte mellan organisationer i civilsamhället.": (
        "تشجيع اللقاءات وتبادل المعرفة بين منظمات المجتمع المدني."
    ),
    "Att utreda och pröva nya sätt att samarbeta långsiktigt med civilsamhället.": (
        "دراسة وتجربة طرق جديدة للتعاون طويل الأمد مع المجتمع المدني."
    ),
    (
        "Att följa upp överenskommelsen varje år och berätta för de anslutna organisationerna vad "
        "uppföljningen visar."
    ): "متابعة الاتفاقية كل عام، وإبلاغ المنظمات المنضمة بما تُظهره المتابعة.",
    "Att bland de anslutna organisationerna välja företrädare till samrådsgruppen med kommunen.": (
        "اختيار ممثلين من بين المنظمات المنضمة لعضوية مجموعة التشاور مع البلدية."
    ),
    (
        "Att föra fram invånarnas behov, åsikter och intressen i dialogen och samarbetet med "
        "kommunen."
    ): "إيصال احتياجات السكان وآرائهم ومصالحهم إلى الحوار والتعاون مع البلدية.",
    "Att dela med sig av kunskap och erfarenhet från det idéburna perspektivet.": (
        "مشاركة المعرفة والخبرة من منظور المنظمات غير الربحية القائمة على القيم."
    ),
    "Att verka för att organisationerna i civilsamhället samordnar sig och arbetar tillsammans.": (
        "العمل على أن تنسّق منظمات المجتمع المدني فيما بينها وتعمل معًا."
    ),
    (
        "Att stärka det ideella engagemanget, både i den egna organisationen och genom nätverk med "
        "andra organisationer."
    ): "تعزيز العمل التطوعي، داخل المنظمة نفسها ومن خلال شبكات مع منظمات أخرى.",
    "Långsiktighet": "الرؤية طويلة الأمد",
    "Samarbetet ska hålla över tid och ha starkt stöd hos båda parter.": (
        "ينبغي أن يستمر التعاون مع مرور الوقت وأن يحظى بدعم قوي من الطرفين."
    ),
    (
        "För att samarbetet ska leva vidare, även när personer byts ut, behöver vi gemensamma mål "
        "som sträcker sig flera år framåt."
    ): "لكي يستمر التعاون حتى عندما يتغير الأشخاص، نحتاج إلى أهداف مشتركة تمتد لسنوات عديدة قادمة.",
    (
        "Överenskommelsen behöver också vara känd och formellt förankrad, både i kommunen och i de "
        "organisationer som har anslutit sig."
    ): (
        "ينبغي أيضًا أن تكون الاتفاقية معروفة وأن تحظى بتأييد رسمي، في البلدية وفي المنظمات "
        "المنضمة على حد سواء."
    ),
    "Öppenhet och insyn": "الانفتاح والشفافية",
    "Vi är öppna med hur vi arbetar och respekterar varandras verksamhet.": (
        "نحن منفتحون بشأن طريقة عملنا، ونحترم أنشطة بعضنا بعضًا."
    ),
    (
        "När kommunen är öppen med hur den arbetar och fattar beslut blir det lättare för "
        "civilsamhället att föra fram sina medlemmars röster och att påverka."
    ): (
        "عندما تكون البلدية منفتحة بشأن طريقة عملها واتخاذها للقرارات، يصبح من الأسهل على المجتمع "
        "المدني إيصال أصوات أعضائه والتأثير."
    ),
    (
        "På samma sätt kan kommunen vänta sig insyn i verksamhet som organisationerna driver med "
        "offentliga pengar. Information ska vara lätt att hitta, så att vi når varandra och så att "
        "fler vill ansluta sig."
    ): (
        "وبالمثل، يمكن للبلدية أن تتوقع الاطلاع على الأنشطة التي تديرها المنظمات بأموال عامة. "
        "وينبغي أن يسهل العثور على المعلومات، حتى نتمكن من التواصل مع بعضنا، وحتى ترغب منظمات أكثر "
        "في الانضمام."
    ),
    "Mångfald": "التنوع",
    "Många olika aktörer ger fler idéer och bättre lösningar.": (
        "وجود جهات فاعلة كثيرة ومختلفة يعني أفكارًا أكثر وحلولًا أفضل."
    ),
    (
        "Samhällets utmaningar möts bäst när det finns många aktörer med olika lösningar. Olika "
        "perspektiv gör helheten rikare och hjälper oss att väga olika behov mot varandra."
    ): (
        "تُواجَه تحديات المجتمع على أفضل وجه عندما تكون هناك جهات فاعلة كثيرة لديها حلول مختلفة. "
        "فوجهات النظر المختلفة تُثري الصورة الكاملة، وتساعدنا على الموازنة بين الاحتياجات المختلفة."
    ),
    (
        "Samarbetet ska göra det lättare för nya organisationer och verksamheter att växa fram. "
        "Där olikheter ses som en tillgång finns det plats för nya idéer."
    ): (
        "ينبغي أن يسهّل التعاون نشوء منظمات وأنشطة جديدة. فحيثما يُنظر إلى الاختلاف على أنه مكسب، "
        "يكون هناك مجال لأفكار جديدة."
    ),
    "Självständighet och oberoende": "الاستقلالية وعدم التبعية",
    "Civilsamhället står fritt från kommunen och får granska och kritisera den.": (
        "المجتمع المدني مستقل عن البلدية، ويحق له مراقبتها وانتقادها."
    ),
    (
        "En levande demokrati behöver organisationer som talar för sina medlemmar och driver "
        "opinion. Därför ska civilsamhället kunna granska kommunen och agera på egen hand, utan "
        "att det går ut över bidrag eller annat stöd."
    ): (
        "تحتاج الديمقراطية الحيّة إلى منظمات تتحدث باسم أعضائها وتسعى إلى التأثير في الرأي العام. "
        "لذلك يجب أن يتمكن المجتمع المدني من مراقبة البلدية والتصرف باستقلالية، دون أن يؤثر ذلك "
        "على المنح أو أي دعم آخر."
    ),
    (
        "Organisationerna är fria, och kommunen ska arbeta för att göra det lättare för dem att "
        "behålla sin självständighet."
    ): "المنظمات حرة، وعلى البلدية أن تعمل على أن يسهل عليها الحفاظ على استقلاليتها.",
    "Dialog": "الحوار",
    "Vi för ett regelbundet och respektfullt samtal där allas kunskap tas till vara.": (
        "نجري حوارًا منتظمًا قائمًا على الاحترام، نستفيد فيه من معرفة الجميع."
    ),
    (
        "Ett hållbart samhälle kräver att invånarna kan påverka, delta och bli hörda när orten "
        "utvecklas. Ett samtal som pågår hela tiden är grunden för att vi ska utvecklas och "
        "fortsätta lära oss."
    ): (
        "يتطلب المجتمع المستدام أن يتمكن السكان من التأثير والمشاركة وإسماع أصواتهم عندما تتطور "
        "منطقتهم. والحوار المستمر هو الأساس لكي نتطور ونواصل التعلم."
    ),
    (
        "Samtalet ska vara öppet och återkommande. Båda parter lyssnar, visar respekt och "
        "välkomnar olika erfarenheter och kunskaper."
    ): (
        "ينبغي أن يكون الحوار مفتوحًا ومتكررًا. يستمع الطرفان، ويُظهران الاحترام، ويرحّبان "
        "بالتجارب والمعارف المختلفة."
    ),
    "Kvalitet": "الجودة",
    "När vi samarbetar kommer vi överens om vilka krav på kvalitet som gäller.": (
        "عندما نتعاون، نتفق على متطلبات الجودة التي تنطبق."
    ),
    (
        "Kommunen har ofta krav i lag på kvaliteten i sin verksamhet. Civilsamhället står nära "
        "sina medlemmar och har större frihet att själv avgöra och säkra kvaliteten i det som till "
        "största delen är ideellt arbete."
    ): (
        "غالبًا ما تكون لدى البلدية متطلبات قانونية بشأن جودة أنشطتها. أما المجتمع المدني فهو قريب "
        "من أعضائه، ولديه حرية أكبر في أن يقرّر بنفسه كيف يضمن جودة عمله، الذي هو في معظمه عمل "
        "تطوعي."
    ),
    (
        "I varje samarbete behöver parterna enas om vilka krav som ska gälla. Verksamhet som får "
        "pengar från kommunen ska följa de regler som politikerna har beslutat. När resultat följs "
        "upp och utvärderas respekterar vi att våra utgångslägen skiljer sig åt."
    ): (
        "في كل تعاون، يحتاج الطرفان إلى الاتفاق على المتطلبات التي ستنطبق. ويجب على الأنشطة التي "
        "تحصل على أموال من البلدية أن تتبع القواعد التي قرّرها السياسيون. وعند متابعة النتائج "
        "وتقييمها، نحترم أن نقاط انطلاقنا مختلفة."
    ),
    "Samhällsutveckling": "تنمية المجتمع",
    "Ett bättre Södertälje byggs av människors engagemang.": (
        "مشاركة الناس هي التي تبني Södertälje أفضل."
    ),
    (
        "Förändring i samhället börjar med att enskilda människor engagerar sig. I civilsamhället "
        "finns stor kraft och vilja att bidra, och kommunen ska ta emot det engagemanget på bästa "
        "möjliga sätt."
    ): (
        "يبدأ التغيير في المجتمع عندما يبادر الأفراد إلى المشاركة. ففي المجتمع المدني طاقة كبيرة "
        "ورغبة في العطاء، وعلى البلدية أن تستقبل هذه المشاركة بأفضل طريقة ممكنة."
    ),
    (
        "För att hitta nya lösningar behöver vi tillsammans våga tänka annorlunda och pröva nya "
        "sätt att arbeta ihop."
    ): (
        "لكي نجد حلولًا جديدة، علينا أن نتجرأ معًا على التفكير بطريقة مختلفة وعلى تجربة طرق جديدة "
        "للعمل المشترك."
    ),
    "Föreningsstöd": "Föreningsstöd",
    "Kultur- och fritidskontoret": "Kultur- och fritidskontoret (مكتب الثقافة والترفيه)",
    "Stadshuset, Nyköpingsvägen 26": "Stadshuset, Nyköpingsvägen 26",
    "151 89": "151 89",
    "Södertälje": "Södertälje",
    "08-465 004 10": "08-465 004 10",
    "Vardagar kl. 8.00–16.30": "أيام العمل، الساعة 8.00–16.30",
    # The affiliation form's page (forms.ApplicationPage).
    "Anslut er organisation": "انضموا إلى الاتفاقية بمنظمتكم",
    "Föreningar, stiftelser, trossamfund och andra idéburna organisationer kan ansluta sig till överenskommelsen när som helst under perioden. Organisationen ska vara demokratiskt uppbyggd och stå bakom överenskommelsens värderingar, principer och åtaganden i sin helhet.": "يمكن للجمعيات والمؤسسات والجماعات الدينية وغيرها من المنظمات غير الربحية الانضمام إلى الاتفاقية في أي وقت خلال مدة سريانها. ويجب أن تكون المنظمة قائمة على أسس ديمقراطية وأن تؤيد قيم الاتفاقية ومبادئها والتزاماتها بالكامل.",
    "Fyll i ansökan nedan. Föreningsstöd går igenom den och svarar inom några veckor. Därefter syns organisationen i listan över anslutna organisationer.": "املؤوا طلب الانضمام أدناه. يراجع Föreningsstöd (قسم دعم الجمعيات في البلدية) الطلب ويرد عليكم خلال بضعة أسابيع. بعد ذلك يظهر اسم منظمتكم في قائمة المنظمات المنضمة.",
    "Vi frågar efter namn, roll, e-postadress och telefonnummer till en kontaktperson och namnet på den som får teckna organisationen. Uppgifterna behövs för att handlägga ansökan och kontakta er om den.": "نطلب اسم شخص للتواصل ودوره وعنوان بريده الإلكتروني ورقم هاتفه، واسم الشخص المفوَّض بالتوقيع عن المنظمة. نحتاج إلى هذه المعلومات لمعالجة الطلب وللتواصل معكم بشأنه.",
    "Bara de handläggare på Föreningsstöd som granskar ansökningar ser uppgifterna. De visas aldrig på webbplatsen: där syns bara organisationens namn, typ, webbplats och datum för anslutningen. Om ansökan avslås eller organisationen lämnar överenskommelsen tas personuppgifterna bort efter tolv månader.": "لا يطّلع على هذه المعلومات إلا موظفو Föreningsstöd الذين يراجعون الطلبات، ولا تُعرض أبدًا على الموقع: إذ يظهر هناك فقط اسم المنظمة ونوعها وموقعها الإلكتروني وتاريخ انضمامها. وإذا رُفض الطلب أو انسحبت المنظمة من الاتفاقية، تُحذف البيانات الشخصية بعد اثني عشر شهرًا.",
    "Föreningsstöd går igenom ansökan och hör av sig inom några veckor.": "يراجع Föreningsstöd الطلب ويتواصل معكم خلال بضعة أسابيع.",
    # The forum the current agreement promises.
    (
        "Parternas eget forum, minst två gånger om året, för samtal om samhällets "
        "utmaningar och hur vi kan möta dem tillsammans. Kommunen bjuder in och leder "
        "mötet; dagordningen bygger på vad organisationerna och kommunen vill ta upp."
    ): "منتدى الطرفين الخاص، مرتين في السنة على الأقل، للحديث عن تحديات المجتمع وكيف يمكننا مواجهتها معًا. تدعو البلدية إلى الاجتماع وتديره؛ ويستند جدول الأعمال إلى ما تريد المنظمات والبلدية طرحه.",
    "Parterna, och organisationer som ännu inte har anslutit sig": "الطرفان، والمنظمات التي لم تنضم بعد",
}

# The events listing and the upcoming forum: demo/content/translations/events.py
from .events import EVENT_STRINGS  # noqa: E402

STRINGS.update(EVENT_STRINGS["ar"])
