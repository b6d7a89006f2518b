"""`{% fragment_cache "name" vary... %}…{% endfragment_cache %}`: page parts in the shared cache.

The heavy parts of a page (the principles × parties matrix, the register of
hundreds of signatories) are rendered once per publication and language: the
key carries the page cache's generation, so whatever purges the page cache
purges these too. Off (the block is simply rendered) unless
FRAGMENT_CACHE_TIMEOUT is set, as production does; tests run without it.
"""

import hashlib

from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from operations import generation

register = template.Library()


class FragmentCacheNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        timeout = getattr(settings, "FRAGMENT_CACHE_TIMEOUT", 0)
        if not timeout:
            return self.nodelist.render(context)
        current = generation.current(context.get("request"))
        values = [str(self.name.resolve(context))]
        values += [repr(variable.resolve(context)) for variable in self.vary_on]
        digest = hashlib.sha256("\x1f".join(values).encode()).hexdigest()
        key = f"fragment:{current}:{translation.get_language()}:{digest}"
        content = cache.get(key)
        if content is None:
            content = self.nodelist.render(context)
            cache.set(key, content, timeout)
        return content


@register.tag("fragment_cache")
def do_fragment_cache(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("fragment_cache needs a name")
    nodelist = parser.parse(("endfragment_cache",))
    parser.delete_first_token()
    return FragmentCacheNode(
        nodelist,
        parser.compile_filter(bits[1]),
        [parser.compile_filter(bit) for bit in bits[2:]],
    )
