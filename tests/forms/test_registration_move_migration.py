"""Moving event registrations from `agreements` to `forms` keeps every row and permission.

Migrates a database back to before the move, stores a registration and its
history there with the registrations group's permissions, migrates forward
and reads them back through today's models.
"""

import pytest

from tests import clock
from tests.migration_steps import migrate

BEFORE = [
    ("agreements", "0006_alter_historicalregistration_history_change_reason"),
    ("forms", "0003_alter_historicalapplication_history_change_reason_and_more"),
]
AFTER = [
    ("agreements", "0007_registration_moves_to_forms"),
    ("forms", "0004_registration_moves_to_forms"),
]


pytestmark = pytest.mark.usefixtures("back_to_the_latest_migrations")


# serialized_rollback: the flush after a transactional test must not run post_migrate
# handlers, or the next test that restores the serialized data finds rows twice.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_registrations_keep_their_rows_history_and_permissions_across_the_move():
    old = migrate(BEFORE)
    try:
        Page = old.get_model("wagtailcore", "Page")
        EventPage = old.get_model("agreements", "EventPage")
        ContentType = old.get_model("contenttypes", "ContentType")
        Registration = old.get_model("agreements", "Registration")
        History = old.get_model("agreements", "HistoricalRegistration")
        Group = old.get_model("auth", "Group")
        event_type, _ = ContentType.objects.get_or_create(app_label="agreements", model="eventpage")
        root = Page.objects.get(depth=1)
        event = EventPage.objects.create(
            title="Forum",
            slug="forum-before-the-move",
            content_type=event_type,
            path=f"{root.path}9999",
            depth=2,
            locale_id=root.locale_id,
            start=clock.noon(),
            end=clock.noon(),
        )
        registration = Registration.objects.create(
            event=event, name="Ada Andersson", email="ada@example.org", cancel_token="t-before-move"
        )
        History.objects.create(
            id=registration.pk,
            event_id=event.pk,
            name="Ada Andersson",
            email="ada@example.org",
            cancel_token="t-before-move",
            created_at=clock.noon(),
            history_date=clock.noon(),
            history_type="+",
        )
        group_permissions = sorted(
            Group.objects.get(name="Anmälningsansvariga").permissions.values_list("pk", flat=True)
        )
        registration_type_pk = ContentType.objects.get(
            app_label="agreements", model="registration"
        ).pk
    finally:
        new = migrate(AFTER)
    Moved = new.get_model("forms", "Registration")
    moved = Moved.objects.get(cancel_token="t-before-move")
    assert (moved.name, moved.email, moved.event_id) == (
        "Ada Andersson",
        "ada@example.org",
        event.pk,
    )
    assert new.get_model("forms", "HistoricalRegistration").objects.filter(id=moved.pk).count() == 1
    ContentType = new.get_model("contenttypes", "ContentType")
    moved_type = ContentType.objects.get(app_label="forms", model="registration")
    assert moved_type.pk == registration_type_pk
    assert not ContentType.objects.filter(app_label="agreements", model="registration").exists()
    group = new.get_model("auth", "Group").objects.get(name="Anmälningsansvariga")
    assert sorted(group.permissions.values_list("pk", flat=True)) == group_permissions
    codenames = set(
        group.permissions.filter(content_type=moved_type).values_list("codename", flat=True)
    )
    assert {"view_registration", "change_registration", "manage_registration"} <= codenames
