"""Seat groups on bodies, and forum promises instead of a number of forums a year.

An agreement's `forums_per_year` = N becomes one promise of a dialogue forum
N times a year (once, twice, four times a year, or "N times a year"), named
in the page's language, counting dialogue forums and follow-up conferences
as before; N = 0 promised nothing and becomes no promise. Backwards, the
number is what the promises ask for in a year (on request counts none).
"""

import django.db.models.deletion
import modelcluster.fields
import uuid
from django.db import migrations, models
from django.utils import translation

RHYTHMS = {1: "yearly", 2: "twice_a_year", 4: "quarterly"}
PER_YEAR = {"yearly": 1, "twice_a_year": 2, "quarterly": 4}


def promises_from_counts(apps, schema_editor):
    AgreementPage = apps.get_model("agreements", "AgreementPage")
    ForumPromise = apps.get_model("agreements", "ForumPromise")
    # One translation key per agreement and its translations: the promise
    # is the same promise in every language.
    keys = {}
    pages = AgreementPage.objects.filter(forums_per_year__gt=0).select_related("locale")
    for page in pages.order_by("pk"):
        key = keys.setdefault(page.translation_key, uuid.uuid4())
        count = page.forums_per_year
        with translation.override(page.locale.language_code):
            name = translation.gettext("Dialogue forum")
        ForumPromise.objects.create(
            page_id=page.pk,
            locale_id=page.locale_id,
            translation_key=key,
            sort_order=0,
            name=name,
            frequency=RHYTHMS.get(count, "times_a_year"),
            times_a_year=None if count in RHYTHMS else count,
        )


def counts_from_promises(apps, schema_editor):
    AgreementPage = apps.get_model("agreements", "AgreementPage")
    ForumPromise = apps.get_model("agreements", "ForumPromise")
    counts = {}
    for promise in ForumPromise.objects.all():
        per_year = PER_YEAR.get(promise.frequency) or (
            promise.times_a_year if promise.frequency == "times_a_year" else 0
        )
        counts[promise.page_id] = counts.get(promise.page_id, 0) + (per_year or 0)
    for page in AgreementPage.objects.all():
        page.forums_per_year = counts.get(page.pk, 0)
        page.save(update_fields=["forums_per_year"])


class Migration(migrations.Migration):

    dependencies = [
        ('agreements', '0010_agreement_contacts'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.AlterField(
            model_name='bodypage',
            name='kind',
            field=models.CharField(blank=True, choices=[('consultation_group', 'Consultation group or council'), ('working_group', 'Working group'), ('internal_network', 'Internal network of the municipality')], default='', max_length=30, verbose_name='kind'),
        ),
        migrations.CreateModel(
            name='ForumPromise',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('name', models.CharField(blank=True, help_text='As the text names the forum, e.g. “Uppföljningskonferens”. Leave empty to use the kind of event chosen below.', max_length=200, verbose_name='name')),
                ('description', models.TextField(blank=True, help_text='What the forum is for, in a sentence or two.', max_length=1000, verbose_name='description')),
                ('frequency', models.CharField(choices=[('yearly', 'Once a year'), ('twice_a_year', 'Twice a year'), ('quarterly', 'Four times a year'), ('times_a_year', 'A number of times a year'), ('on_request', 'On request'), ('other', 'Other (describe it)')], max_length=20, verbose_name='how often')),
                ('times_a_year', models.PositiveSmallIntegerField(blank=True, help_text='Only for “A number of times a year”: how many, e.g. 3.', null=True, verbose_name='times a year')),
                ('frequency_text', models.CharField(blank=True, help_text='Only for “Other”, e.g. “when the consultation group decides”.', max_length=200, verbose_name="how often, in the text's words")),
                ('open_to', models.CharField(blank=True, help_text='E.g. “open to all organisations, signed or not”. Leave empty if the text does not say.', max_length=300, verbose_name='who may take part')),
                ('event_kind', models.CharField(blank=True, choices=[('dialogue_forum', 'Dialogue forum'), ('follow_up_conference', 'Follow-up conference'), ('consultation_group', 'Consultation group meeting'), ('seminar', 'Seminar'), ('other', 'Other')], help_text='The events of this kind are counted against this promise in the annual cycle. Leave empty to count the dialogue forums and follow-up conferences.', max_length=30, verbose_name='kind of event it matches')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='forum_promises', to='agreements.agreementpage')),
            ],
            options={
                'verbose_name': 'forum promise',
                'verbose_name_plural': 'forum promises',
                'ordering': ['sort_order'],
                'abstract': False,
                'unique_together': {('translation_key', 'locale')},
            },
        ),
        migrations.CreateModel(
            name='SeatGroup',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('seats', models.PositiveSmallIntegerField(blank=True, help_text='Leave empty if the text gives no number.', null=True, verbose_name='number of seats')),
                ('side', models.CharField(choices=[('civil_society', 'Civil society'), ('municipality', "The municipality's administration"), ('politician', 'Elected representative')], max_length=20, verbose_name='represents')),
                ('chosen_how', models.CharField(blank=True, help_text='E.g. “nominated by the signatory organisations”, “appointed by the board”.', max_length=300, verbose_name='how they are chosen')),
                ('note', models.CharField(blank=True, help_text='E.g. “one of them chairs the council”.', max_length=300, verbose_name='note')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='seat_groups', to='agreements.bodypage')),
            ],
            options={
                'verbose_name': 'seat group',
                'verbose_name_plural': 'seat groups',
                'ordering': ['sort_order'],
                'abstract': False,
                'unique_together': {('translation_key', 'locale')},
            },
        ),
        migrations.RunPython(promises_from_counts, counts_from_promises),
        migrations.RemoveField(
            model_name='agreementpage',
            name='forums_per_year',
        ),
    ]
