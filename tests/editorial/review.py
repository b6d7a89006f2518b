"""Steps of a review, each posted through the admin and returning the e-mail it caused.

Notifications go out after the transaction commits; a test runs inside one
transaction, so each step runs the on-commit callbacks itself, as the end of
the editor's request would.
"""

import re
from html import unescape

from django.core import mail
from django.utils import translation

from editorial.states import editorial_state
from tests.editorial.editor import post_edit, post_editor_workflow_action, post_workflow_action


class ReviewSteps:
    """Posts one review step at a time for `page_class` `pk` and collects its e-mail."""

    def __init__(self, capture, page_class, pk):
        self.capture = capture
        self.page_class = page_class
        self.pk = pk

    def page(self):
        return self.page_class.objects.get(pk=self.pk)

    def run(self, post, *args, **kwargs):
        mail.outbox.clear()
        with self.capture(execute=True):
            response = post(*args, **kwargs)
        return response, list(mail.outbox)

    def edit(self, client, action="save", change_note="", **fields):
        return self.run(post_edit, client, self.page(), action, change_note, **fields)

    def submit(self, client, change_note, **fields):
        return self.edit(client, "submit", change_note, **fields)

    def act(self, client, action_name, comment=None):
        """An action from the review modal ("Approve with comment", "Request changes")."""
        return self.run(post_workflow_action, client, self.page(), action_name, comment)

    def act_from_editor(self, client, action_name, comment):
        """The same action posted with the edit form, as the editor's footer sends it."""
        return self.run(
            post_editor_workflow_action, client, self.page(), action_name, {"comment": comment}
        )

    def state(self):
        """The editorial state's code and its English label."""
        state = editorial_state(self.page())
        with translation.override("en"):
            return state.code, str(state.label)


def by_recipient(messages):
    """{address: message}; each notification goes to one recipient, in their language."""
    assert all(len(message.to) == 1 for message in messages), [m.to for m in messages]
    addresses = [message.to[0] for message in messages]
    assert len(addresses) == len(set(addresses)), addresses
    return {message.to[0]: message for message in messages}


def emails(*users):
    return {user.email for user in users}


def text_of(html):
    """The visible text of `html`: tags dropped, entities decoded, white space collapsed."""
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html))).strip()


def section(html, css_class):
    """The text of the first <section class="css_class"> in `html`, tags stripped."""
    match = re.search(rf'<section class="{css_class}".*?</section>', html, re.DOTALL)
    return text_of(match.group(0)) if match else ""
