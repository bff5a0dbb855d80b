"""Private storage of candidates' documents: outside MEDIA_ROOT, without any URL."""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils.deconstruct import deconstructible


@deconstructible
class PrivateStorage(FileSystemStorage):
    """Files under settings.PRIVATE_STORAGE_ROOT, read at use so tests can point it elsewhere."""

    def __init__(self):
        super().__init__(base_url=None)

    @property
    def base_location(self):
        return settings.PRIVATE_STORAGE_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        # Documents are served only by the operators' authenticated download view.
        raise NotImplementedError("Private documents have no public URL.")


private_storage = PrivateStorage()
