"""A registration sent with errors puts focus on the error summary, as the affiliation form does.

Without it focus stays on <body> and the summary sits far below the fold
(the form is at the end of a long event page). The browser suite checks the
focus itself (tests/browser/test_keyboard.py); this checks the markup.
"""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def test_the_error_summary_takes_focus_when_the_page_loads(register, open_event):
    response = register(open_event, name="", email="inte-en-adress")
    summary = BeautifulSoup(response.content, "html.parser").find(id="error-summary")
    assert summary.has_attr("autofocus")
    assert summary["tabindex"] == "-1"
