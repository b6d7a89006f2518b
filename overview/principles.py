"""Which principles each agreement has, matched across agreements by their names.

Agreements name their principles in their own words. Two principles are
the same when their names are equal once normalised: case, punctuation,
spaces and "&" for "och" ignored ("Öppenhet & insyn" = "öppenhet och
insyn"). The six national principles (and community development, which
many add as a seventh) are also recognised under their usual short or long
names (`ALIASES`: "Öppenhet" = "Öppenhet och insyn", "Oberoende" =
"Självständighet och oberoende"). Nothing else is guessed: a merged
principle ("Kvalitet och långsiktighet") is a principle of its own, as the
agreement that merged them wrote it.
"""

import re
import unicodedata

from django.utils.translation import gettext_lazy as _

# The national principles in their usual order, each with the names it goes by.
NATIONAL = [
    (
        "independence",
        _("Independence"),
        ["självständighet och oberoende", "självständighet", "oberoende"],
    ),
    ("dialogue", _("Dialogue"), ["dialog"]),
    ("quality", _("Quality"), ["kvalitet"]),
    ("long_term", _("Long-term perspective"), ["långsiktighet"]),
    ("openness", _("Openness and transparency"), ["öppenhet och insyn", "öppenhet", "insyn"]),
    ("diversity", _("Diversity"), ["mångfald"]),
    ("community_development", _("Community development"), ["samhällsutveckling"]),
]


def normalise(title):
    """A principle's name reduced to what tells it apart: words, lower case, "och" for "&"."""
    text = unicodedata.normalize("NFC", title or "").casefold().replace("&", " och ")
    return " ".join(re.findall(r"\w+", text))


ALIASES = {normalise(name): key for key, _label, names in NATIONAL for name in names}
LABELS = {key: label for key, label, _names in NATIONAL}
ORDER = [key for key, _label, _names in NATIONAL]


def principle_key(title):
    """The key `title` is matched by: a national principle's, else its normalised name."""
    normalised = normalise(title)
    return ALIASES.get(normalised, normalised)


def comparison(agreements):
    """The columns and rows of the comparison table.

    `agreements`: (row label, [principle titles]) pairs. Returns
    {"columns": [{"key", "label"}], "rows": [{"label", "cells": [bool]}]}:
    the national principles any agreement has first, in the national order,
    then the others alphabetically, each labelled as first written.
    """
    written = {}
    keyed = []
    for label, titles in agreements:
        keys = set()
        for title in titles:
            key = principle_key(title)
            if key:
                keys.add(key)
                written.setdefault(key, title.strip())
        keyed.append((label, keys))
    national = [key for key in ORDER if key in written]
    others = sorted((key for key in written if key not in LABELS), key=str.casefold)
    columns = [{"key": key, "label": LABELS[key]} for key in national] + [
        {"key": key, "label": written[key]} for key in others
    ]
    return {
        "columns": columns,
        "rows": [
            {"label": label, "cells": [column["key"] in keys for column in columns]}
            for label, keys in keyed
        ],
    }
