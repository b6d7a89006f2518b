"""The agreement's status is computed from its dates."""

import datetime

import pytest

from agreements.models import AgreementStatus, agreement_status
from tests.factories import AgreementPageFactory

D = datetime.date
PERIOD = {"valid_from": D(2025, 1, 1), "valid_to": D(2028, 12, 31)}


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (D(2024, 12, 31), AgreementStatus.UPCOMING),
        (D(2025, 1, 1), AgreementStatus.IN_FORCE),
        (D(2026, 6, 15), AgreementStatus.IN_FORCE),
        (D(2028, 12, 31), AgreementStatus.IN_FORCE),
        (D(2029, 1, 1), AgreementStatus.EXPIRED),
    ],
)
def test_status_without_extension(today, expected):
    assert agreement_status(**PERIOD, today=today) == expected


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (D(2028, 12, 31), AgreementStatus.IN_FORCE),
        (D(2029, 1, 1), AgreementStatus.EXTENDED),
        (D(2032, 12, 31), AgreementStatus.EXTENDED),
        (D(2033, 1, 1), AgreementStatus.EXPIRED),
    ],
)
def test_status_with_four_year_extension(today, expected):
    assert agreement_status(**PERIOD, extension_years=4, today=today) == expected


def test_a_newer_version_in_force_ends_the_extension():
    superseded_on = D(2030, 3, 1)
    kwargs = {**PERIOD, "extension_years": 4, "superseded_on": superseded_on}
    assert agreement_status(**kwargs, today=D(2030, 2, 28)) == AgreementStatus.EXTENDED
    assert agreement_status(**kwargs, today=superseded_on) == AgreementStatus.EXPIRED


def test_extension_from_29_february():
    kwargs = {"valid_from": D(2020, 1, 1), "valid_to": D(2024, 2, 29), "extension_years": 1}
    assert agreement_status(**kwargs, today=D(2025, 2, 28)) == AgreementStatus.EXTENDED
    assert agreement_status(**kwargs, today=D(2025, 3, 1)) == AgreementStatus.EXPIRED


@pytest.mark.django_db
def test_page_status_uses_the_live_replacement(agreement_index):
    old = AgreementPageFactory(
        parent=agreement_index,
        valid_from=D(2018, 1, 1),
        valid_to=D(2021, 12, 31),
        extension_years=10,
    )
    new = AgreementPageFactory(
        parent=agreement_index,
        valid_from=D(2025, 1, 1),
        valid_to=D(2028, 12, 31),
        replaces=old,
    )
    assert old.status_on(D(2023, 1, 1)) == AgreementStatus.EXTENDED
    assert old.status_on(D(2025, 1, 1)) == AgreementStatus.EXPIRED
    assert new.status_on(D(2025, 1, 1)) == AgreementStatus.IN_FORCE

    new.unpublish()
    old = type(old).objects.get(pk=old.pk)
    assert old.status_on(D(2025, 1, 1)) == AgreementStatus.EXTENDED
