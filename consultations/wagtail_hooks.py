"""Register the consultation answers' admin, and the report's link on the adopted version."""

from wagtail import hooks

from consultations.viewsets import ConsultationCommentViewSet


@hooks.register("register_admin_viewset")
def register_comment_viewset():
    return ConsultationCommentViewSet()
