"""Existing form pages keep asking exactly what the form asked before per-agreement rules.

Until now every form asked for the four confirmations (democratic structure,
the values and principles, an authorised signatory, a board decision) and
offered every type of organisation. Pages and their revisions get those
choices set, so a draft opened and published later does not silently drop
them (a revision without the new fields would load them as unticked).
"""

from django.db import migrations

TODAYS_FORM = {
    "asks_democratic": True,
    "asks_values": True,
    "asks_signatory": True,
    "asks_decision": True,
    "open_to_organisations": True,
    "open_to_networks": True,
    "open_to_municipal_bodies": True,
    "open_to_municipal_companies": True,
    "open_to_others": True,
}


def keep_todays_form(apps, schema_editor):
    ApplicationPage = apps.get_model("forms", "ApplicationPage")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    ApplicationPage.objects.update(**TODAYS_FORM)
    page_type = ContentType.objects.filter(app_label="forms", model="applicationpage").first()
    if page_type is None:
        return
    for revision in Revision.objects.filter(content_type=page_type).iterator():
        content = dict(revision.content or {})
        missing = {key: value for key, value in TODAYS_FORM.items() if key not in content}
        if missing:
            revision.content = {**content, **missing}
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("forms", "0005_joining_rules_and_paper_applications"),
    ]

    operations = [migrations.RunPython(keep_todays_form, migrations.RunPython.noop)]
