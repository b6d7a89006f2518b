from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo site: invented and retold content, built by `manage.py load_initial_data`.

    Kept apart from the product's apps so that nothing they do depends on
    the demo's shape, and the demo may use every one of them.
    """

    name = "demo"
    verbose_name = _("Demo content")
