"""The national overview's open data: include as `path("open-data/national/", ...)`."""

from django.urls import path

from . import views

urlpatterns = [
    path("signatories.json", views.signatories_json, name="overview_signatories_json"),
    path("signatories.csv", views.signatories_csv, name="overview_signatories_csv"),
]
