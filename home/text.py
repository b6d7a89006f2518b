"""Free text typed by the public, cleaned the same way wherever it comes in.

Every public form (affiliation, event registration, search) passes what
people type through `clean_text` before validating it (the forms through
`forms.forms.SanitisedFormMixin`). It removes what a person never means to
type and what changes how other text is shown:

- control characters (C0 except tab and line feed, DEL, C1): invisible, they
  break e-mail headers and spreadsheet exports, and PostgreSQL refuses NUL;
- bidirectional embeddings, overrides and isolates (U+202A–U+202E,
  U+2066–U+2069) and the direction marks (U+200E, U+200F, U+061C): an
  organisation name ending in an unterminated right-to-left override would
  reverse what follows it in the public register, an e-mail subject or a
  spreadsheet row;
- zero-width and invisible characters (U+200B–U+200D, U+2060–U+2064,
  U+FEFF): they make two names that look the same compare different, and
  hide text. (A zero-width joiner inside an emoji sequence goes too; the
  emoji then show one by one.)

Arabic, Somali or any other script needs none of these to be written:
the page sets the direction (`dir`) of the text around it.
"""

import re

INVISIBLE = re.compile(
    "["
    "\x00-\x08\x0b-\x1f\x7f-\x9f"  # control characters except tab and line feed
    "\u061c\u200b-\u200f"  # Arabic letter mark; zero-width space, joiners, direction marks
    "\u202a-\u202e"  # bidirectional embeddings and overrides
    "\u2060-\u2064\u2066-\u2069"  # word joiner, invisible operators; bidirectional isolates
    "\ufeff"  # zero-width no-break space (byte order mark)
    "]"
)
LINE_BREAKS = re.compile(r"[\r\n\t\u2028\u2029\x85]+")


def clean_text(value, *, single_line=False):
    """`value` without invisible and direction-changing characters; one line if `single_line`.

    Line breaks (and tabs) in a one-line value become a space, so that words
    on either side stay apart.
    """
    if single_line:
        value = LINE_BREAKS.sub(" ", value)
    return INVISIBLE.sub("", value)
