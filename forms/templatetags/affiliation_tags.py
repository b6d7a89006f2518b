"""`{% signatory_register page %}`: the public register of an agreement version.

Included by the agreement page template. Filtering by type works with plain
links (`?signatory_type=association#signatories`), without JavaScript.
"""

from django import template

from forms.register import register_for

register = template.Library()

TYPE_PARAMETER = "signatory_type"


@register.inclusion_tag("forms/includes/signatory_register.html", takes_context=True)
def signatory_register(context, agreement):
    request = context.get("request")
    selected = request.GET.get(TYPE_PARAMETER) if request is not None else None
    data = register_for(agreement, selected_type=selected)
    data.update(request=request, type_parameter=TYPE_PARAMETER)
    return data
