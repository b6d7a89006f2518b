"""The registration handlers lose "choose image", which only Wagtail's migration order gave them.

On a database migrated from scratch, Wagtail's images migration gives every
group with admin access at that moment "choose image"; the registration
handlers' group existed then, no other role's did. A new municipality's
registration handlers (`set_up_roles`) have no such permission: after this
migration the first municipality's have none either, and the roles that do
choose images keep it.
"""

import pytest

from tests.migration_steps import migrate

BEFORE = [("editorial", "0005_roles_per_municipality_data")]
AFTER = [("editorial", "0006_registration_handlers_choose_no_images")]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_registration_handlers_choose_no_images(back_to_the_latest_migrations):
    old = migrate(BEFORE)
    Group = old.get_model("auth", "Group")
    Permission = old.get_model("auth", "Permission")
    GroupCollectionPermission = old.get_model("wagtailcore", "GroupCollectionPermission")
    MunicipalityCollection = old.get_model("editorial", "MunicipalityCollection")
    choose_image = Permission.objects.get(
        content_type__app_label="wagtailimages", codename="choose_image"
    )
    collection = MunicipalityCollection.objects.get().collection
    handlers = Group.objects.get(municipality_role__role="Anmälningsansvariga")
    # What Wagtail's migration leaves when it runs after the group was made.
    handlers.permissions.add(choose_image)
    GroupCollectionPermission.objects.get_or_create(
        group=handlers, collection=collection, permission=choose_image
    )

    new = migrate(AFTER)
    Group = new.get_model("auth", "Group")
    GroupCollectionPermission = new.get_model("wagtailcore", "GroupCollectionPermission")
    handlers = Group.objects.get(municipality_role__role="Anmälningsansvariga")
    contributors = Group.objects.get(municipality_role__role="Skribenter")
    assert not handlers.permissions.filter(codename="choose_image").exists()
    assert not GroupCollectionPermission.objects.filter(
        group=handlers, permission__codename="choose_image"
    ).exists()
    assert GroupCollectionPermission.objects.filter(
        group=contributors, permission__codename="choose_image", collection_id=collection.pk
    ).exists()
    assert handlers.permissions.filter(codename="manage_registration").exists()
