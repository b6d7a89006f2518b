"""Swedish demo content for the activity plan 2025–2026 and the follow-up report for 2025.

Invented, in our own words, as a plausible first year of the current
agreement: the seeds say that an activity plan is made for two years and
that the agreement is followed up every year, but give neither plan nor
report. Commitments are referred to by their position in
`agreements_sv.CURRENT_AGREEMENT["agreement_commitments"]`, principles by slug.
"""

import datetime

from agreements.models import (
    Activity,
    ActivityPlanPage,
    Commitment,
    CommitmentFollowUp,
    FollowUpReportPage,
    PrinciplePage,
)

PLAN = {
    "slug": "aktivitetsplan-2025-2026",
    "title": "Aktivitetsplan 2025–2026",
    "period_start": datetime.date(2025, 3, 3),
    "period_end": datetime.date(2026, 12, 31),
    "intro": (
        "<p>Planen visar vad kommunen och civilsamhället gör under de två första åren av "
        "överenskommelsen. Den ändras när arbetet går framåt; tidigare versioner finns "
        "längst ner på sidan.</p>"
    ),
    "activities": [
        {
            "title": "Dialogforum två gånger om året",
            "description": (
                "Öppna forum på våren och hösten där alla organisationer är välkomna, "
                "även de som inte har anslutit sig."
            ),
            "party": "municipality",
            "responsible": "Föreningsstöd",
            "timeframe": "2025–2026",
            "status": "ongoing",
            "principles": ["dialog"],
            "commitments": [5, 1],
        },
        {
            "title": "Samrådsgruppen bildas",
            "description": (
                "De anslutna organisationerna väljer sina företrädare och kommunen utser "
                "tjänstepersoner. Gruppen träffas minst fyra gånger om året."
            ),
            "party": "both",
            "responsible": "Föreningsstöd och de anslutna organisationerna",
            "timeframe": "Våren 2025",
            "status": "done",
            "principles": ["dialog", "langsiktighet"],
            "commitments": [6, 13],
        },
        {
            "title": "En väg in till kommunen för föreningar",
            "description": (
                "En e-postadress, en telefontid och en webbsida där organisationer får "
                "svar eller blir hänvisade till rätt förvaltning."
            ),
            "party": "municipality",
            "responsible": "Kultur- och fritidskontoret",
            "timeframe": "2025–2026",
            "status": "ongoing",
            "principles": ["oppenhet-och-insyn"],
            "commitments": [7],
        },
        {
            "title": "Utbildning om överenskommelsen för förvaltningarna",
            "description": (
                "Ett pass för chefer och handläggare om vad överenskommelsen betyder i "
                "deras arbete, med exempel från organisationerna."
            ),
            "party": "municipality",
            "responsible": "Kommunledningskontoret",
            "timeframe": "Hösten 2025",
            "status": "done",
            "principles": ["kvalitet"],
            "commitments": [4, 8, 15],
        },
        {
            "title": "Informationsmaterial på flera språk",
            "description": (
                "En kort text om överenskommelsen på lättläst svenska, arabiska, "
                "finska och somaliska som organisationerna kan dela ut."
            ),
            "party": "both",
            "responsible": "Föreningsstöd tillsammans med samrådsgruppen",
            "timeframe": "2026",
            "status": "planned",
            "principles": ["mangfald"],
            "commitments": [4],
        },
        {
            "title": "Förstudie om idéburet offentligt partnerskap",
            "description": (
                "Undersöka när ett idéburet offentligt partnerskap (IOP) kan passa och "
                "hur det går till."
            ),
            "party": "municipality",
            "responsible": "Socialförvaltningen",
            "timeframe": "2026",
            "status": "postponed",
            "principles": ["langsiktighet", "sjalvstandighet-och-oberoende"],
            "commitments": [11],
        },
        {
            "title": "Föreningsträffar i stadsdelarna",
            "description": (
                "Organisationerna bjuder in varandra till träffar där de lär känna "
                "varandra och hittar saker att göra tillsammans."
            ),
            "party": "civil_society",
            "responsible": "Nätverket av anslutna organisationer",
            "timeframe": "2025–2026",
            "status": "ongoing",
            "principles": ["samhallsutveckling"],
            "commitments": [10, 16, 17],
        },
        {
            "title": "Uppföljningskonferens",
            "description": (
                "En konferens varje höst där årets uppföljning presenteras och diskuteras."
            ),
            "party": "both",
            "responsible": "Föreningsstöd och samrådsgruppen",
            "timeframe": "November 2025",
            "status": "done",
            "principles": ["dialog", "kvalitet"],
            "commitments": [12],
        },
        {
            "title": "Digitalt nyhetsbrev om överenskommelsen",
            "description": (
                "Stryks: nyheterna går i stället ut i kommunens befintliga utskick till föreningar."
            ),
            "party": "municipality",
            "responsible": "Föreningsstöd",
            "timeframe": "2025",
            "status": "cancelled",
            "principles": ["oppenhet-och-insyn"],
            "commitments": [3],
        },
    ],
}

EVIDENCE_BASE = "https://www.sodertalje.example/overenskommelsen"  # invented address

REPORT = {
    "slug": "uppfoljning-2025",
    "title": "Uppföljning 2025",
    "year": 2025,
    "intro": (
        "<p>Föreningsstöd och samrådsgruppen gick igenom varje åtagande i januari 2026. "
        "Rapporten presenterades för de anslutna organisationerna och för "
        "kommunstyrelsen.</p><p>Det första året har handlat om att bygga upp formerna: "
        "forumen, samrådsgruppen och en väg in till kommunen. Mycket återstår, särskilt "
        "att ta in civilsamhället tidigt när kommunen planerar.</p>"
    ),
    # (status, assessment, evidence lines), in the order of the commitments.
    "entries": [
        (
            "ongoing",
            "Samarbetet har fått en fast form genom forumen och samrådsgruppen. Det är för "
            "tidigt att säga om det har blivit starkare.",
            "",
        ),
        (
            "partly_fulfilled",
            "Många organisationer och flera förvaltningar deltog i forumen. Några "
            "förvaltningar saknades på höstens forum.",
            f"Minnesanteckningar från dialogforum i oktober | {EVIDENCE_BASE}/forum-2025-10.pdf",
        ),
        (
            "ongoing",
            "Deltagarna beskriver samtalen på forumen som öppna. Vi har ännu inget annat sätt "
            "att följa detta.",
            "",
        ),
        (
            "partly_fulfilled",
            "Nyheter om överenskommelsen går ut i kommunens utskick till föreningar. "
            "Organisationerna delar sällan egna nyheter med kommunen.",
            "",
        ),
        (
            "ongoing",
            "Förvaltningarna har fått utbildning. Material för organisationerna tas fram "
            "under 2026.",
            f"Utbildningsmaterialet | {EVIDENCE_BASE}/utbildning-2025.pdf",
        ),
        (
            "fulfilled",
            "Dialogforum hölls i mars och i oktober, och uppföljningskonferensen i november.",
            f"Forum och möten | {EVIDENCE_BASE}/forum/",
        ),
        (
            "fulfilled",
            "Samrådsgruppen bildades i maj och har haft tre möten.",
            f"Protokoll från samrådsgruppen | {EVIDENCE_BASE}/samradsgruppen/",
        ),
        (
            "ongoing",
            "Föreningsstöd har en gemensam e-postadress och telefontid. En samlad webbsida "
            "för föreningar blir klar under 2026.",
            "",
        ),
        (
            "not_started",
            "Ingen planering under året hade civilsamhället med från början. Samrådsgruppen "
            "tar upp frågan under 2026.",
            "",
        ),
        (
            "partly_fulfilled",
            "Samrådsgruppens protokoll är offentliga. Hur nämndernas beslut förbereds har "
            "ännu inte beskrivits för organisationerna.",
            "",
        ),
        (
            "ongoing",
            "Två föreningsträffar i stadsdelarna har hållits med stöd av kommunen.",
            "",
        ),
        (
            "not_started",
            "Förstudien om idéburet offentligt partnerskap är uppskjuten till 2026.",
            "",
        ),
        (
            "fulfilled",
            "Den här rapporten är uppföljningen av 2025. Den presenterades på "
            "uppföljningskonferensen och skickades till de anslutna organisationerna.",
            "",
        ),
        (
            "fulfilled",
            "De anslutna organisationerna valde fem företrädare till samrådsgruppen på "
            "vårens dialogforum.",
            "",
        ),
        (
            "ongoing",
            "Organisationerna tog upp lokaler och bidrag på forumen. Fler unga behöver komma "
            "till tals.",
            "",
        ),
        (
            "ongoing",
            "Organisationer medverkade med egna exempel i utbildningen för förvaltningarna.",
            "",
        ),
        (
            "partly_fulfilled",
            "Ett nätverk av organisationer har börjat träffas, men många små föreningar är "
            "inte med än.",
            "",
        ),
        (
            "not_fulfilled",
            "Inga gemensamma insatser för det ideella engagemanget kom i gång under året. "
            "Organisationerna vill ta upp frågan på nästa dialogforum.",
            "",
        ),
    ],
}


def ensure_demo_followup(agreement):
    """The demo activity plan and the published report for 2025 under `agreement`.

    Idempotent: each page is looked up by its slug under the agreement and
    created only when missing. Returns the number of pages created.
    """
    created = 0
    commitments = list(Commitment.objects.filter(page=agreement).order_by("sort_order", "pk"))
    principles = {p.slug: p for p in PrinciplePage.objects.child_of(agreement)}
    if not ActivityPlanPage.objects.child_of(agreement).filter(slug=PLAN["slug"]).exists():
        plan = ActivityPlanPage(
            slug=PLAN["slug"],
            title=PLAN["title"],
            period_start=PLAN["period_start"],
            period_end=PLAN["period_end"],
            intro=PLAN["intro"],
        )
        activities = []
        for order, item in enumerate(PLAN["activities"]):
            activity = Activity(
                sort_order=order,
                locale=agreement.locale,
                **{k: v for k, v in item.items() if k not in ("principles", "commitments")},
            )
            activity.principles = [principles[slug] for slug in item["principles"]]
            activity.commitments = [commitments[i] for i in item["commitments"]]
            activities.append(activity)
        plan.activities = activities
        agreement.add_child(instance=plan)
        plan.save_revision().publish()
        created += 1
    if not FollowUpReportPage.objects.child_of(agreement).filter(slug=REPORT["slug"]).exists():
        report = FollowUpReportPage(
            slug=REPORT["slug"], title=REPORT["title"], year=REPORT["year"], intro=REPORT["intro"]
        )
        report.entries = [
            CommitmentFollowUp(
                commitment_key=commitment.translation_key,
                commitment_text=commitment.text,
                party=commitment.party,
                principle="",
                status=status,
                assessment=assessment,
                evidence=evidence,
                sort_order=order,
                locale=agreement.locale,
            )
            for order, (commitment, (status, assessment, evidence)) in enumerate(
                zip(commitments, REPORT["entries"], strict=True)
            )
        ]
        agreement.add_child(instance=report)
        report.save_revision().publish()
        created += 1
    return created
