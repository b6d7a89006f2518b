"""Open data: the register of signatories at stable addresses, without a language prefix.

Include in cms/urls.py as `path("open-data/", include("forms.urls"))`:
/open-data/signatories.json lists every live agreement version, and
/open-data/signatories/<id>.json and .csv hold one version's current
signatories (the id is the agreement page's id, which never changes);
/open-data/commitments/<id>.json holds its commitments, each with its party's name.
"""

from django.urls import path

from forms import views
from home import converters  # noqa: F401 - registers <id:…>

urlpatterns = [
    path("signatories.json", views.open_data_index, name="forms_open_data_index"),
    path("signatories/<id:agreement_id>.json", views.open_data_json, name="forms_open_data_json"),
    path("signatories/<id:agreement_id>.csv", views.open_data_csv, name="forms_open_data_csv"),
    path(
        "commitments/<id:agreement_id>.json",
        views.open_data_commitments,
        name="forms_open_data_commitments",
    ),
]
