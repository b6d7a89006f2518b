"""`{% fragment_cache "name" vary... [until=when] %}…{% endfragment_cache %}`: page parts kept.

The parts of a page that only a publication changes (the header, menu,
breadcrumbs and footer of every page; the principles × parties matrix and
the register of hundreds of signatories) are rendered once per publication,
day, host, language and whatever the template varies them on: the key
carries the page cache's generation, so whatever purges the page cache
purges these too, and the day, so that what holds "today" (an agreement in
force) turns over at midnight. A preview (a draft) is always rendered.
A part that also changes by
itself at a known moment (the agreement's next forum, once it has ended)
says when with `until=`: a datetime (or None) read after the part is
rendered, and the part is kept no longer than that; a moment already past
has changed it already and sets no limit.
FRAGMENT_CACHE_TIMEOUT = 0 turns them off. Each app server also keeps
copies of the fragments it used lately (FRAGMENT_CACHE_LOCAL_COPIES). The domain never calls this:
templates say which part is kept, this layer decides how long.
"""

import hashlib
import math

from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils import timezone, translation

from operations import pagecache
from operations.local_copies import LocalCopies

register = template.Library()

# Fragments this process rendered or read lately (FRAGMENT_CACHE_LOCAL_COPIES):
# their key changes with anything that changes them, so a copy saves a
# round trip to Redis per fragment (operations/local_copies.py).
copies = LocalCopies("FRAGMENT_CACHE_LOCAL_COPIES")


class FragmentCacheNode(template.Node):
    def __init__(self, nodelist, name, vary_on, until=None):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on
        self.until = until

    def render(self, context):
        if not self.kept(context):
            return self.nodelist.render(context)
        request = context["request"]
        current = pagecache.generation_for(request)
        values = [str(self.name.resolve(context)), request.get_host()]
        values += [repr(variable.resolve(context)) for variable in self.vary_on]
        digest = hashlib.sha256("\x1f".join(values).encode()).hexdigest()
        today = timezone.localdate().isoformat()
        key = f"fragment:{current}:{today}:{translation.get_language()}:{digest}"
        content = copies.get(key)
        if content is not None:
            return content
        timeout = settings.FRAGMENT_CACHE_TIMEOUT
        entry = cache.get(key)
        if entry is None:
            content = self.nodelist.render(context)
            deadline = self.deadline(context)
            if deadline is not None:
                left = deadline - timezone.now().timestamp()
                if left > 0:
                    timeout = min(timeout, math.floor(left))
                    if timeout <= 0:
                        return content  # it changes within the second
                else:
                    deadline = None  # that change has happened: it shows in this part
            # A part with a deadline is kept with it, so that every server's
            # local copy ends then too.
            entry = content if self.until is None else (content, deadline)
            cache.set(key, entry, timeout)
        elif isinstance(entry, tuple):
            content, deadline = entry
            if deadline is not None:
                timeout = min(timeout, math.floor(deadline - timezone.now().timestamp()))
        else:
            content = entry
        if timeout > 0:
            copies.put(key, content, timeout)
        return content

    def deadline(self, context):
        """When the part just rendered changes by itself (a Unix time), or None."""
        if self.until is None:
            return None
        until = self.until.resolve(context)
        return until.timestamp() if until else None

    @staticmethod
    def kept(context):
        """Only parts of a published page: a preview shows a draft, and a view
        that is not a page (a search, a 404 for any address asked for) would
        only fill the cache."""
        request = context.get("request")
        return bool(
            getattr(settings, "FRAGMENT_CACHE_TIMEOUT", 0)
            and request is not None
            and not getattr(request, "is_preview", False)
            and context.get("page") is not None
        )


@register.tag("fragment_cache")
def do_fragment_cache(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("fragment_cache needs a name")
    until = None
    if bits[-1].startswith("until="):
        until = parser.compile_filter(bits.pop()[len("until=") :])
    nodelist = parser.parse(("endfragment_cache",))
    parser.delete_first_token()
    return FragmentCacheNode(
        nodelist,
        parser.compile_filter(bits[1]),
        [parser.compile_filter(bit) for bit in bits[2:]],
        until,
    )
