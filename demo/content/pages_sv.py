"""Swedish demo content for the home page and the standard pages."""

HOME = {
    "title": "Samverkan Södertälje",
    "intro": (
        "Södertälje kommun och civilsamhället har en överenskommelse om hur vi ska "
        "samarbeta. Här kan du läsa den, se vad parterna har lovat och ta reda på hur "
        "din organisation kan ansluta sig."
    ),
    "sections": [
        {
            "heading": "Vad är en lokal överenskommelse?",
            "paragraphs": [
                (
                    "En lokal överenskommelse är en gemensam ram för hur kommunen och "
                    "föreningar, stiftelser, trossamfund och andra idéburna organisationer "
                    "arbetar tillsammans. Den antas av kommunfullmäktige, gäller i fyra år "
                    "och följs upp varje år."
                ),
                (
                    "Överenskommelsen bygger på sju principer. Under dem har kommunen, "
                    "civilsamhället och båda parterna tillsammans gjort åtaganden, alltså "
                    "löften om vad var och en ska göra."
                ),
            ],
        },
    ],
}

AGREEMENT_INDEX = {
    "slug": "overenskommelsen",
    "title": "Överenskommelsen",
    "intro": (
        "Här finns den överenskommelse som gäller nu och de tidigare versionerna. "
        "Äldre versioner finns kvar så att du kan se hur samverkan har utvecklats."
    ),
}

STANDARD_PAGES = [
    {
        "slug": "om-webbplatsen",
        "title": "Om webbplatsen",
        "intro": (
            "Webbplatsen visar överenskommelsen mellan kommunen och civilsamhället, "
            "med principer, åtaganden och kontaktuppgifter."
        ),
        "sections": [
            {
                "heading": "Vem står bakom webbplatsen?",
                "paragraphs": [
                    (
                        "Webbplatsen är en demonstration. Innehållet bygger på en verklig "
                        "överenskommelse men är omskrivet för demon, och kontaktuppgifterna "
                        "är påhittade."
                    ),
                ],
            },
            {
                "heading": "Kakor och personuppgifter",
                "paragraphs": [
                    (
                        "Webbplatsen använder inga kakor för statistik eller reklam och "
                        "hämtar inget från andra webbplatser. Den som loggar in i "
                        "redigeringsverktyget får en kaka som behövs för inloggningen."
                    ),
                ],
            },
        ],
    },
]
