"""Plans and reports go through wagtail-localize like every other page."""

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, Translation, TranslationSource

import pytest

from agreements.models import CommitmentStatus

from .followup_trees import agreement_with_commitments, plan_for, report_for

pytestmark = pytest.mark.django_db


def test_plan_and_report_are_translated_with_their_keys_and_links(
    anonymous, home_page, agreement_index
):
    en = Locale.objects.get(language_code="en")
    agreement, principles, commitments = agreement_with_commitments(agreement_index)
    plan = plan_for(agreement, commitments, principles, activities=2)
    report = report_for(agreement, 2025, commitments, statuses=[CommitmentStatus.ONGOING])
    for page in [home_page, agreement_index, agreement, principles[0]]:
        page.copy_for_translation(en).save_revision().publish()
    en_principle = principles[0].get_translation(en)
    en_principle.title = "Principle 0"
    en_principle.save_revision().publish()
    en_commitment = commitments[0].get_translation(en)
    en_commitment.text = "Promise 0"
    en_commitment.save()

    for page in [plan, report]:
        source, _created = TranslationSource.get_or_create_from_instance(page)
        texts = set(
            StringSegment.objects.filter(source=source).values_list("string__data", flat=True)
        )
        translation = Translation.objects.create(source=source, target_locale=en)
        translation.save_target(publish=False)
        type(page).objects.get(pk=page.get_translation(en).pk).get_latest_revision().publish()
        if page is plan:
            assert "Aktivitet 0" in texts
        else:
            assert "Bedömning 2025 av Löfte 0" in texts
            # The key, status and party are synchronised, never offered for translation.
            assert str(commitments[0].translation_key) not in texts
            assert "ongoing" not in texts

    en_report = report.get_translation(en)
    assert [e.commitment_key for e in en_report.entries.order_by("sort_order")] == [
        c.translation_key for c in commitments
    ]
    en_plan = plan.get_translation(en)
    assert en_plan.activities.count() == 2
    # The English plan links to the English principle and commitment where they exist.
    html = anonymous.get(en_plan.url).content.decode()
    assert f'<a href="{en_principle.url}">Principle 0</a>' in html
    assert ">Promise 0</a>" in html
    assert f'<a href="{principles[1].url}" lang="sv" dir="ltr">Princip 1</a>' in html


def translated_agreement(home_page, agreement_index, agreement, principles, locale):
    for page in [home_page, agreement_index, agreement, *principles]:
        page.copy_for_translation(locale).save_revision().publish()
    return agreement.get_translation(locale)


def test_a_report_in_swedish_only_gives_the_english_version_its_statuses(
    anonymous, home_page, agreement_index
):
    """Reports are often written in Swedish only: English readers still see how it went."""
    en = Locale.objects.get(language_code="en")
    agreement, principles, commitments = agreement_with_commitments(agreement_index)
    report = report_for(agreement, 2025, commitments, statuses=[CommitmentStatus.ONGOING])
    en_agreement = translated_agreement(home_page, agreement_index, agreement, principles, en)

    html = anonymous.get(en_agreement.url).content.decode()
    assert html.count("commitment-status--ongoing") == len(commitments)
    assert ">Ongoing 2025<" in html
    # The report is linked in its own language, and says so.
    assert (
        f'<a href="{report.url}" hreflang="sv">2025 (<span lang="sv" dir="ltr">Svenska</span>)</a>'
        in html
    )

    history = en_agreement.url + f"atagande/{commitments[0].translation_key}/"
    html = anonymous.get(history).content.decode()
    assert f'<a href="{report.url}" hreflang="sv">2025</a>' in html
    assert '<div lang="sv" dir="ltr">' in html and "Bedömning 2025 av Löfte 0" in html
    assert "Then worded:" not in html  # the Swedish wording is not an old English one


def test_the_report_in_the_readers_language_is_preferred(anonymous, home_page, agreement_index):
    en = Locale.objects.get(language_code="en")
    agreement, principles, commitments = agreement_with_commitments(agreement_index)
    report = report_for(agreement, 2025, commitments, statuses=[CommitmentStatus.ONGOING])
    en_agreement = translated_agreement(home_page, agreement_index, agreement, principles, en)
    en_report = report.copy_for_translation(en)
    en_report.save_revision().publish()
    en_report.entries.filter(commitment_key=commitments[0].translation_key).update(
        status=CommitmentStatus.FULFILLED
    )

    html = anonymous.get(en_agreement.url).content.decode()
    assert html.count("commitment-status--fulfilled") == 1
    assert html.count("commitment-status--ongoing") == len(commitments) - 1
    assert f'<a href="{en_report.url}">2025</a>' in html
    history = en_agreement.url + f"atagande/{commitments[0].translation_key}/"
    html = anonymous.get(history).content.decode()
    assert "commitment-status--fulfilled" in html
    assert '<div lang="sv" dir="ltr">' not in html
    # The Swedish version is unchanged by the English report.
    assert anonymous.get(agreement.url).content.decode().count("commitment-status--fulfilled") == 0
