"""Ids for the scrollable table boxes, unique within one rendered page.

A `.table-scroll` box that scrolls sideways must be reachable by keyboard
(WCAG 2.1.1; axe `scrollable-region-focusable`) even when its table holds no
link: it is a focusable region named by the table's caption. The caption
needs an id, and a page may show several tables from the same include.
"""

from django import template

register = template.Library()

COUNTER = "table_tags.region_count"


@register.simple_tag(takes_context=True)
def table_caption_id(context, prefix="table"):
    """`{% table_caption_id as caption_id %}`: "table-caption-1", "-2", ... on one page."""
    counts = context.render_context.dicts[0]
    counts[COUNTER] = counts.get(COUNTER, 0) + 1
    return f"{prefix}-caption-{counts[COUNTER]}"
