"""What changed between two texts: principles, commitments and words.

Pure functions over objects the caller has loaded: the pages' routes query,
this module compares. It imports nothing of the models, so the agreement
page can use it without a circle of imports, and the same functions compare
two agreement versions or two published revisions of one page.

Reworded text is shown as an inline difference of words: `<del>` for what
went, `<ins>` for what came, each with its change said in words inside it
("removed:", "added:", and where it ends) in text that is visually hidden,
because a screen reader announces neither element by default and colour
alone must never carry the meaning (the stylesheet strikes through and
underlines them as well).
"""

import difflib
import re

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

#: Two commitments of one party whose words agree at least this much
#: (difflib's ratio over words) are taken as one commitment reworded; below
#: it, as one removed and another added. Half the words in common is where
#: a reader still recognises the promise in the new wording.
REWORDED_RATIO = 0.5

WORD_OR_SPACE = re.compile(r"\s+|[^\s]+")


def words(text):
    """`text` as words and the spaces between them (kept, so the diff reads as written)."""
    return WORD_OR_SPACE.findall(text or "")


def plain_text(html):
    """Rich text as plain words: paragraphs and list items separated by a space."""
    spaced = re.sub(r"</(p|li|h\d)>|<br\s*/?>", " ", html or "")
    return " ".join(strip_tags(spaced).split())


def marked(tag, hidden_start, text, hidden_end):
    return (
        f'<{tag}><span class="visually-hidden">{escape(hidden_start)} </span>{escape(text)}'
        f'<span class="visually-hidden"> {escape(hidden_end)}</span></{tag}>'
    )


#: Below this share of words in common a text counts as rewritten: shown as
#: the old text removed and the new added, whole, rather than as a scatter of
#: single words that no one could read.
REWRITTEN_RATIO = 0.4


def word_segments(old, new):
    """(removed, added) pieces of `old` → `new`; unchanged pieces have removed == added.

    difflib over words, then cleaned up for reading: a single unchanged
    word between two changes joins them, so "a b c" → "x b y" reads as
    one change rather than three.
    """
    old_words, new_words = words(old), words(new)
    if similarity(old, new) < REWRITTEN_RATIO:
        return [(old or "", new or "", False)]
    matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
    segments = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        segments.append(("".join(old_words[i1:i2]), "".join(new_words[j1:j2]), op == "equal"))
    cleaned = []
    for index, (removed, added, equal) in enumerate(segments):
        between_changes = 0 < index < len(segments) - 1
        if equal and between_changes and len(removed.split()) <= 1:
            equal = False
        if cleaned and not equal and not cleaned[-1][2]:
            previous = cleaned.pop()
            removed, added = previous[0] + removed, previous[1] + added
        cleaned.append((removed, added, equal))
    return cleaned


def word_diff(old, new):
    """`old` → `new` as HTML: unchanged words plain, removed in `<del>`, added in `<ins>`.

    Compared word by word (see `word_segments`), escaped piece by piece;
    each change carries its meaning in visually hidden words for screen
    readers.
    """
    parts = []
    for removed, added, equal in word_segments(old, new):
        if equal:
            parts.append(escape(removed))
            continue
        # Spaces at either end stay outside the marks, as plain text.
        sides = [text for text in (removed, added) if text]
        lead = min(len(t) - len(t.lstrip()) for t in sides)
        trail = min(len(t) - len(t.rstrip()) for t in sides)
        edge = sides[0]
        head, tail = edge[:lead], edge[len(edge) - trail :] if trail else ""
        removed = removed[lead : len(removed) - trail] if removed else ""
        added = added[lead : len(added) - trail] if added else ""
        parts.append(escape(head))
        if removed.strip():
            parts.append(marked("del", _("removed:"), removed, _("(end of removal)")))
        if removed.strip() and added.strip():
            parts.append(" ")
        if added.strip():
            parts.append(marked("ins", _("added:"), added, _("(end of addition)")))
        parts.append(escape(tail))
    return mark_safe("".join(parts))


def similarity(old, new):
    """How much of the words two texts share, 0 to 1 (difflib's ratio over words)."""
    old_words = (old or "").lower().split()
    new_words = (new or "").lower().split()
    return difflib.SequenceMatcher(None, old_words, new_words, autojunk=False).ratio()


# -- principles -----------------------------------------------------------------


def title_names(title, other):
    """Whether `other` (a title) is named as a whole phrase in `title`."""
    pattern = r"(?<!\w)" + re.escape(other.strip().lower()) + r"(?!\w)"
    return bool(other.strip()) and re.search(pattern, title.lower()) is not None


def compare_principles(old_principles, new_principles):
    """The principles of two versions, paired, each row saying what happened to it.

    Principles are matched by their slug. A new version is a new page with
    new principle pages, so their ids and translation keys differ; the slug
    is the stable key that remains: it is synchronised across languages
    (the same principle matches in every language) and it stays when an
    editor renames a principle, whereas the title is exactly what a rename
    changes. Same slug and another title: *renamed*; same slug and another
    summary or explanation: *reworded*.

    Merges are claimed only where the text itself says so: the model does
    not record which earlier principles a new one replaces, so a new
    principle counts as *merged* from two or more removed principles only
    when its title names each of them ("Kvalitet och långsiktighet" from
    "Kvalitet" and "Långsiktighet"). Anything else is *added* or *removed*.

    Rows follow the new version's order; removed principles come last in
    the old order. Each row: kind, old, new, merged_from, and the inline
    differences of the summary and the explanation (None where unchanged).
    """
    old_by_slug = {p.slug: p for p in old_principles}
    new_slugs = {p.slug for p in new_principles}
    removed = [p for p in old_principles if p.slug not in new_slugs]
    rows, merged_away = [], set()
    for new in new_principles:
        old = old_by_slug.get(new.slug)
        if old is None:
            sources = [p for p in removed if title_names(new.title, p.title)]
            if len(sources) >= 2:
                merged_away.update(p.pk for p in sources)
                rows.append(principle_row("merged", None, new, merged_from=sources))
            else:
                rows.append(principle_row("added", None, new))
            continue
        changed = texts_differ(old, new)
        kind = "renamed" if old.title != new.title else "reworded" if changed else "unchanged"
        rows.append(principle_row(kind, old, new))
    rows += [principle_row("removed", p, None) for p in removed if p.pk not in merged_away]
    return rows


def texts_differ(old, new):
    return old.summary != new.summary or plain_text(old.explanation) != plain_text(new.explanation)


def principle_row(kind, old, new, merged_from=()):
    both = old is not None and new is not None
    summary = explanation = None
    if both and old.summary != new.summary:
        summary = word_diff(old.summary, new.summary)
    if both and plain_text(old.explanation) != plain_text(new.explanation):
        explanation = word_diff(plain_text(old.explanation), plain_text(new.explanation))
    return {
        "kind": kind,
        "old": old,
        "new": new,
        "merged_from": list(merged_from),
        "title_diff": word_diff(old.title, new.title) if kind == "renamed" else None,
        "summary_diff": summary,
        "explanation_diff": explanation,
    }


# -- commitments ----------------------------------------------------------------


def pair_reworded(removed, added):
    """Pairs (old, new) of one party's commitments close enough to be one reworded.

    Greedy, most similar first, each commitment in at most one pair: the
    versions keep no link between their commitments (each version has its
    own rows), so similar words are the only honest evidence.
    """
    candidates = sorted(
        (
            (similarity(old.text, new.text), i, j)
            for i, old in enumerate(removed)
            for j, new in enumerate(added)
        ),
        reverse=True,
    )
    pairs, used_old, used_new = [], set(), set()
    for ratio, i, j in candidates:
        if ratio < REWORDED_RATIO or i in used_old or j in used_new:
            continue
        pairs.append((removed[i], added[j]))
        used_old.add(i)
        used_new.add(j)
    return sorted(pairs, key=lambda pair: added.index(pair[1]))


def normalised(text):
    return " ".join((text or "").split())


def diff_items(old, new):
    """Items with a `text` (commitments): added, removed, reworded, how many unchanged.

    Same text (spaces aside) is unchanged wherever it sits, close text is
    reworded (see `pair_reworded`), the rest added or removed.
    """
    old_texts = {normalised(c.text) for c in old}
    new_texts = {normalised(c.text) for c in new}
    gone = [c for c in old if normalised(c.text) not in new_texts]
    came = [c for c in new if normalised(c.text) not in old_texts]
    pairs = pair_reworded(gone, came)
    paired_old = {id(o) for o, _n in pairs}
    paired_new = {id(n) for _o, n in pairs}
    return {
        "added": [c for c in came if id(c) not in paired_new],
        "removed": [c for c in gone if id(c) not in paired_old],
        "reworded": [{"old": o, "new": n, "diff": word_diff(o.text, n.text)} for o, n in pairs],
        "unchanged": len(new) - len(came),
    }


def compare_commitments(old_commitments, new_commitments, parties, old_parties):
    """Commitments of two versions by party (see `diff_items`), and each party's earlier name.

    `parties` are the parties to list, in the new version's order and under
    its names; `old_parties` maps a side to the old version's party, to tell
    a party renamed ("Idéburen sektor" became "Civilsamhället"). Commitments
    are compared per side, wherever they sit (under a principle or on the
    whole agreement): a version may move them from one layout to the other.
    """
    groups = []
    for party in parties:
        earlier = old_parties.get(party.side)
        group = diff_items(
            [c for c in old_commitments if c.party == party.side],
            [c for c in new_commitments if c.party == party.side],
        )
        group["party"] = party
        group["earlier_name"] = (
            earlier.name if earlier is not None and earlier.name != party.name else ""
        )
        groups.append(group)
    return groups


# -- revisions of one page ------------------------------------------------------


def compare_fields(old, new, fields):
    """The fields of two revisions of one page, each with its difference.

    `fields` are (label, name, kind) with kind "text" or "rich" (compared as
    plain words). Rows: label, changed, and the inline difference (or the
    unchanged text).
    """
    rows = []
    for label, name, kind in fields:
        before, after = getattr(old, name, ""), getattr(new, name, "")
        if kind == "rich":
            before, after = plain_text(str(before)), plain_text(str(after))
        before, after = str(before or ""), str(after or "")
        rows.append(
            {
                "label": label,
                "changed": before != after,
                "diff": word_diff(before, after) if before != after else escape(after),
            }
        )
    return rows
