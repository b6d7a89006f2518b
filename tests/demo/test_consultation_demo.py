"""The demo has a closed consultation on the 2025–2028 version: answers, handling, a report."""

from io import StringIO

from django.core.management import call_command
from django.test import Client

import pytest

from agreements.models import AgreementPage
from consultations.models import ConsultationComment, ConsultationPage, FrozenReport


@pytest.mark.django_db
def test_the_demo_consultation_is_closed_answered_handled_and_reported():
    call_command("load_initial_data", stdout=StringIO())
    page = ConsultationPage.objects.get(slug="samrad-2025-2028", locale__language_code="sv")
    adopted = AgreementPage.objects.get(slug="2025-2028", locale__language_code="sv")
    assert page.draft == adopted
    assert page.live and page.status == "closed"
    answers = ConsultationComment.objects.filter(consultation=page)
    assert answers.filter(status="published").exclude(handling="").count() >= 5
    assert not answers.exclude(contact_email="").exists()  # no personal data in the demo
    report = FrozenReport.objects.get(consultation=page)
    assert report.snapshot["published"] == answers.filter(status="published").count()

    client = Client()
    # Relative: the demo has several sites, so `page.url` is a full URL.
    report_url = page.get_url_parts()[2] + page.reverse_subpage("report")
    assert report_url in client.get(adopted.url).content.decode()
    html = client.get(report_url).content.decode()
    assert "Stiftelsen Fyrljuset" in html
    assert "Köp begagnade bildelar" not in html
    for translated in ConsultationPage.objects.exclude(pk=page.pk):
        assert client.get(translated.url).status_code == 200
    assert ConsultationPage.objects.count() == 5
