"""What the form page tells the public about joining, from what staff entered and nothing else.

Who may join, the network an organisation also joins by signing, the
committees and administrations that must join (and which have), and the
places with a paper form. Each part is absent when staff entered nothing.
A fixed number of queries, however many bodies or places are listed.
"""

from dataclasses import dataclass, field

from forms.models import Application, ApplicationStatus


@dataclass
class MustJoinStatus:
    name: str
    joined: bool


@dataclass
class JoiningRules:
    joiners: list = field(default_factory=list)
    network: str = ""
    bodies: list = field(default_factory=list)
    places: list = field(default_factory=list)

    @property
    def joined_bodies(self):
        return [body for body in self.bodies if body.joined]

    @property
    def waiting_bodies(self):
        return [body for body in self.bodies if not body.joined]


def party_name(agreement, side):
    """The agreement's own name for the party on `side`, or "" when it names none."""
    if not side:
        return ""
    return next((party.name for party in agreement.named_parties() if party.side == side), "")


def joined_body_keys(agreement, bodies):
    """Translation keys of the listed bodies with an approved application to this agreement."""
    if not bodies:
        return set()
    return set(
        Application.objects.filter(
            agreement__translation_key=agreement.translation_key,
            status=ApplicationStatus.APPROVED,
            must_join_body__translation_key__in=[body.translation_key for body in bodies],
        ).values_list("must_join_body__translation_key", flat=True)
    )


def joining_rules(page, agreement):
    """The rules of `page` (an `ApplicationPage`) for its public page, in the page's language."""
    bodies = list(page.must_join_bodies.all())
    joined = joined_body_keys(agreement, bodies)
    return JoiningRules(
        joiners=[joiner.label for joiner in page.joiners()],
        network=party_name(agreement, page.joins_party),
        bodies=[MustJoinStatus(body.name, body.translation_key in joined) for body in bodies],
        places=list(page.paper_form_places.all()),
    )
