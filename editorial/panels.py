"""A panel at the top of the page editor that says the page's editorial state."""

from wagtail.admin.panels import Panel

from .states import editorial_state


class EditorialStatePanel(Panel):
    """Shows the editor, in their language, which state the page is in."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "editorial/panels/editorial_state_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            context["state"] = editorial_state(page) if page and page.pk else None
            return context
