"""Where scanned paper applications are kept: a storage that no URL serves.

They carry names and signatures (personal data), so they live outside
MEDIA_ROOT, under PRIVATE_MEDIA_ROOT, and have no public address: the
admin hands them out to affiliation reviewers only
(`forms.viewsets.ScannedFormView`). Read the setting on every use, so a test
(or a deployment) that changes it is followed.
"""

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class PrivateStorage(FileSystemStorage):
    """Local files under PRIVATE_MEDIA_ROOT, with no base URL."""

    @property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return str(self.base_location)

    @property
    def base_url(self):
        return None

    def url(self, name):
        raise ValueError("Private files have no public address.")


def private_storage():
    """The storage of scanned applications (a callable, so migrations name it, not its path)."""
    return PrivateStorage()
