"""Two gunicorn app servers over one PostgreSQL and one Redis behave as one site.

Skipped unless SCALEOUT=1 (with SCALEOUT_DATABASE_URL or DATABASE_URL
pointing at PostgreSQL and REDIS_URL at Redis); `.ci/run` sets them and
starts both services, and under CI=true a missing service fails the run
instead of skipping. The servers run the production settings; the test
prepares its own database (the name in the URL gets a "_scaleout" suffix).
"""

import os
import time

import pytest

from tests.requirements import unavailable
from tests.scaleout import servers

pytestmark = pytest.mark.scaleout

FIRST_PORT = int(os.environ.get("SCALEOUT_PORT", "18011"))
PORTS = [FIRST_PORT, FIRST_PORT + 1]


def service_urls():
    database_url = os.environ.get("SCALEOUT_DATABASE_URL") or os.environ.get("DATABASE_URL", "")
    redis_url = os.environ.get("REDIS_URL", "")
    if os.environ.get("SCALEOUT") != "1":
        pytest.skip("scale-out test: set SCALEOUT=1, DATABASE_URL (PostgreSQL) and REDIS_URL")
    if not database_url.startswith("postgres") or not redis_url:
        unavailable("SCALEOUT=1 needs DATABASE_URL (PostgreSQL) and REDIS_URL")
    if not os.environ.get("SCALEOUT_DATABASE_URL"):
        base, _, name = database_url.rpartition("/")
        database_url = f"{base}/{name}_scaleout"
    return database_url, redis_url


@pytest.fixture(scope="module")
def site():
    database_url, redis_url = service_urls()
    env = servers.production_env(
        database_url, redis_url, AFFILIATION_RATE_LIMIT="3/h", AFFILIATION_MIN_FILL_SECONDS="0"
    )
    servers.prepare_database(env)
    with servers.app_servers(env, PORTS) as urls:
        yield env, urls


def publish_elsewhere(env, code):
    """Run `code` (with AgreementPage imported) in a process that serves no request."""
    servers.manage(
        env, "shell", "--no-imports", "-c", "from agreements.models import AgreementPage;" + code
    )


def test_a_publication_on_one_server_is_seen_on_the_other_at_once(site):
    env, (one, two) = site
    path = "/overenskommelsen/2025-2028/"
    reader = servers.Browser()
    for url in (one, two):
        reader.get(url + path)
    second = reader.get(two + path)
    assert second.status_code == 200
    assert second.headers["X-Page-Cache"] == "hit"
    assert "Reviderad överenskommelse" not in second.text

    publish_elsewhere(
        env,
        "page = AgreementPage.objects.get(slug='2025-2028');"
        "page.title = 'Reviderad överenskommelse';"
        "page.save_revision().publish()",
    )
    for url in (two, one):
        response = reader.get(url + path)
        assert response.status_code == 200
        assert "Reviderad överenskommelse" in response.text, url


def test_logged_in_on_one_server_is_logged_in_on_the_other(site):
    _env, (one, two) = site
    browser = servers.Browser()
    assert browser.get(one + "/admin/login/").status_code == 200
    response = browser.post(
        one + "/admin/login/", {"username": "driftadmin", "password": "Drift-lösen-2025"}
    )
    assert response.status_code == 302, response.text[:500]
    assert "sessionid" in browser.cookies
    dashboard = browser.get(two + "/admin/")
    assert dashboard.status_code == 200
    assert "driftadmin" in dashboard.text or "Drift" in dashboard.text
    stranger = servers.Browser()
    assert stranger.get(two + "/admin/").status_code == 302


def test_a_logged_in_visitor_sees_a_publication_on_the_other_server_at_once(site):
    """Never page-cached, yet served from page parts kept in the shared cache
    per publication (fragment caches) and kept routes, which a publication
    on another server must make stale at once."""
    env, (one, two) = site
    browser = servers.Browser()
    browser.get(one + "/admin/login/")
    browser.post(one + "/admin/login/", {"username": "driftadmin", "password": "Drift-lösen-2025"})
    path = "/overenskommelsen/2025-2028/"
    for url in (one, two, one, two):
        response = browser.get(url + path)
        assert response.status_code == 200
        assert "X-Page-Cache" not in response.headers
        assert "Principen om öppenhet mellan servrar" not in response.text
    publish_elsewhere(
        env,
        "from tests.factories import PrinciplePageFactory;"
        "agreement = AgreementPage.objects.get(slug='2025-2028');"
        "principle = PrinciplePageFactory.build(title='Principen om öppenhet mellan servrar',"
        " slug='oppenhet-mellan-servrar', live=False);"
        "agreement.add_child(instance=principle);"
        "principle.save_revision().publish()",
    )
    for url in (two, one):
        response = browser.get(url + path)
        assert "Principen om öppenhet mellan servrar" in response.text, url
        principle = browser.get(url + path + "oppenhet-mellan-servrar/")
        assert principle.status_code == 200, url


def application(number):
    return {
        "organisation_name": f"Föreningen {number}",
        "organisation_number": number,
        "organisation_type": "association",
        "activity": "Vi ordnar läxhjälp.",
        "website": "",
        "street_address": "Gatan 5",
        "postal_code": "151 89",
        "city": "Exempelby",
        "contact_name": "Karin Kontaktsson",
        "contact_role": "Sekreterare",
        "contact_email": "karin@example.se",
        "contact_phone": "070-123 45 67",
        "signatory_name": "Tore Tecknarsson",
        "signatory_role": "Ordförande",
        "decision_basis": "Styrelsebeslut",
        "decision_date": "2025-03-12",
        "confirms_democratic": "on",
        "confirms_values": "on",
        "consents_to_publication": "on",
        "language": "sv",
    }


def form_token(html):
    marker = 'name="form_token" value="'
    start = html.index(marker) + len(marker)
    return html[start : html.index('"', start)]


def test_the_rate_limit_is_shared_between_the_servers(site):
    _env, (one, two) = site
    path = "/overenskommelsen/2025-2028/anslut/"
    browser = servers.Browser()
    numbers = ["802999-9003", "802999-9011", "802999-9029", "802999-9037"]
    statuses = []
    for i, number in enumerate(numbers):
        url = (one, two)[i % 2] + path
        page = browser.get(url)
        assert page.status_code == 200
        data = {**application(number), "form_token": form_token(page.text)}
        statuses.append(browser.post(url, data).status_code)
        time.sleep(0.1)
    # Three an hour per address, counted in the shared Redis: the fourth is refused,
    # whichever server it reaches.
    assert statuses == [303, 303, 303, 429]
