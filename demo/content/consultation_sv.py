"""The demo's closed consultation on the proposal that became the 2025–2028 agreement.

Every answer, organisation and reason here is invented, written for the demo.
The consultation ran in the autumn before the version was adopted; its
contact details were removed long ago (as `purge_consultation_personal_data`
does), so the demo holds no personal data. The report was frozen when the
version was adopted. Idempotent: the page is looked up by its slug, the
answers by a fixed reference, the report by its consultation.
"""

import datetime

from wagtail.models import Locale

from agreements.models import PrinciplePage
from consultations.models import Audience, ConsultationComment, ConsultationPage, FrozenReport
from consultations.report import build_report
from demo.richtext import paragraphs_html

SLUG = "samrad-2025-2028"
TITLE = "Samråd om förslaget till Samverkansöverenskommelse 2025–2028"
INTRO = (
    "Under hösten 2024 fick föreningar och andra organisationer i Södertälje tycka till om "
    "förslaget till en ny samverkansöverenskommelse. Här finns svaren som publicerades och hur "
    "vart och ett togs om hand."
)
OPENS_ON = datetime.date(2024, 9, 16)
CLOSES_ON = datetime.date(2024, 11, 15)
ADOPTED_AT = datetime.datetime(2025, 3, 3, 12, 0, tzinfo=datetime.UTC)

TRANSLATIONS = {
    "en": {
        TITLE: "Consultation on the proposed Cooperation agreement 2025–2028",
        INTRO: (
            "In autumn 2024, associations and other organisations in Södertälje could comment on "
            "the proposal for a new cooperation agreement. Here are the answers that were "
            "published and how each of them was dealt with."
        ),
    },
    "fi": {
        TITLE: "Lausuntokierros yhteistyösopimuksen 2025–2028 ehdotuksesta",
        INTRO: (
            "Syksyllä 2024 Södertäljen yhdistykset ja muut järjestöt saivat kommentoida "
            "ehdotusta uudeksi yhteistyösopimukseksi. Täällä ovat julkaistut vastaukset ja "
            "se, miten kukin niistä käsiteltiin."
        ),
    },
    "ar": {
        TITLE: "مشاورة حول مقترح اتفاقية التعاون 2025–2028",
        INTRO: (
            "في خريف 2024 أتيحت للجمعيات والمنظمات الأخرى في سودرتاليه فرصة التعليق على مقترح "
            "اتفاقية تعاون جديدة. هنا تجد الردود التي نُشرت وكيف عولج كل منها."
        ),
    },
    "so": {
        TITLE: "La-tashi ku saabsan soo-jeedinta Heshiiska iskaashiga 2025–2028",
        INTRO: (
            "Dayrtii 2024 ururada iyo hay'adaha kale ee Södertälje waxay fikradooda ka "
            "dhiibteen soo-jeedinta heshiis iskaashi oo cusub. Halkan waxaa ku yaal jawaabaha "
            "la daabacay iyo sida mid walba loo maareeyay."
        ),
    },
}

# (reference, about: "whole" | principle slug | ("commitment", index in the agreement's
# own commitments), organisation or None for a private person, type, comment,
# proposed wording, status, handling, reason)
ANSWERS = [
    (
        "S-2024-DEMO01",
        "whole",
        "Idrottsföreningen Kvarnbacken",
        "association",
        "Bra att överenskommelsen får fasta mötesplatser. Vi saknar en tidsplan för när kommunen "
        "ska återkomma om det som tas upp i forumen.",
        "",
        "published",
        "partly",
        "Varje dialogforum inleds med vad som hänt sedan förra mötet. En bestämd svarstid skrivs "
        "inte in, eftersom frågorna är så olika.",
    ),
    (
        "S-2024-DEMO02",
        "dialog",
        "Studieförbundet Kunskapsbron",
        "study_association",
        "Dialogen bör också ske i mindre grupper och på fler språk än svenska, så att nya "
        "föreningar vågar vara med.",
        "",
        "published",
        "accepted",
        "Principen säger nu att dialogen ska vara tillgänglig, till exempel med tolk vid behov.",
    ),
    (
        "S-2024-DEMO03",
        "sjalvstandighet-och-oberoende",
        "Stiftelsen Fyrljuset",
        "foundation",
        "Det måste framgå att en förening kan granska och kritisera kommunen utan att det "
        "påverkar föreningens bidrag.",
        "Organisationerna får granska och kritisera kommunen, och det ska aldrig påverka deras "
        "möjligheter till stöd.",
        "published",
        "accepted",
        "Förslaget till skrivning togs in i principen med små språkliga ändringar.",
    ),
    (
        "S-2024-DEMO04",
        "mangfald",
        None,
        "",
        "Som invånare vill jag att små och nya föreningar får samma chans att vara med som de "
        "stora och etablerade.",
        "",
        "published",
        "partly",
        "Principen nämner nu nya och små organisationer. Hur stödet fördelas avgörs i "
        "bidragsreglerna, inte i överenskommelsen.",
    ),
    (
        "S-2024-DEMO05",
        ("commitment", 1),
        "Cykelverkstaden Ekret",
        "social_enterprise",
        "Små sociala företag har svårt att komma ifrån på dagtid. Lägg gärna forumen på kvällen.",
        "",
        "published",
        "not_accepted",
        "Tiderna för forumen bestäms tillsammans varje år och skrivs därför inte in i "
        "överenskommelsen. Önskemålet tas med till planeringen.",
    ),
    (
        "S-2024-DEMO06",
        "kvalitet",
        "Församlingen Ljuspunkten",
        "faith_community",
        "Uppföljningen bör mäta hur samarbetet fungerar, inte bara hur många möten som hållits.",
        "",
        "published",
        "accepted",
        "Den årliga uppföljningen frågar nu båda parter hur samarbetet har fungerat.",
    ),
    (
        "S-2024-DEMO07",
        "whole",
        None,
        "",
        "Köp begagnade bildelar billigt, hör av dig!",
        "",
        "hidden",
        "",
        "",
    ),
]
HIDDEN_REASON = "Reklam som inte handlar om förslaget."


def ensure_demo_consultation(command, index, agreement):
    """The closed consultation on `agreement` (the 2025–2028 version), its answers and report."""
    created = 0
    page = ConsultationPage.objects.child_of(index).filter(slug=SLUG).first()
    if page is None:
        page = ConsultationPage(
            slug=SLUG,
            title=TITLE,
            draft=agreement,
            opens_on=OPENS_ON,
            closes_on=CLOSES_ON,
            audience=Audience.ORGANISATIONS,
            intro=paragraphs_html([INTRO]),
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        created += 1
    principles = {
        p.slug: p
        for p in PrinciplePage.objects.child_of(agreement).only("slug", "title", "translation_key")
    }
    own = list(agreement.commitments.order_by("sort_order", "pk"))
    for number, row in enumerate(ANSWERS):
        reference, about, name, kind, comment, wording, status, handling, reason = row
        if ConsultationComment.objects.filter(reference=reference).exists():
            continue
        answer = ConsultationComment(
            consultation=page,
            reference=reference,
            respondent_kind="organisation" if name else "private",
            organisation_name=name or "",
            organisation_type=kind,
            comment=comment,
            proposed_wording=wording,
            status=status,
            hidden_reason=HIDDEN_REASON if status == "hidden" else "",
            handling=handling,
            handling_reason=reason,
            created_at=datetime.datetime.combine(OPENS_ON, datetime.time(10), datetime.UTC)
            + datetime.timedelta(days=4 * number),
            personal_data_removed_at=ADOPTED_AT,
        )
        if isinstance(about, tuple):
            commitment = own[about[1]]
            answer.target_kind = "commitment"
            answer.target_key = commitment.translation_key
            answer.target_label = commitment.text[:300]
        elif about != "whole":
            principle = principles[about]
            answer.target_kind = "principle"
            answer.target_key = answer.principle_key = principle.translation_key
            answer.target_label = principle.title
        answer.save()
        created += 1
    if not FrozenReport.objects.filter(consultation=page).exists():
        FrozenReport.objects.create(
            consultation=page, frozen_at=ADOPTED_AT, snapshot=build_report(page)
        )
        created += 1
    for code, strings in TRANSLATIONS.items():
        locale = Locale.objects.filter(language_code=code).first()
        if locale is not None and page.get_translation_or_none(locale) is None:
            command.translate(page, locale, strings)
    return created
