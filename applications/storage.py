"""Private storage of candidates' documents: a folder on disk or an S3 bucket, never a public URL.

DOCUMENT_STORAGE chooses the back-end, read at each use so tests can switch it:
- "filesystem" (the `make run` default): files under PRIVATE_STORAGE_ROOT, outside MEDIA_ROOT;
- "s3": objects in DOCUMENT_S3_BUCKET (AWS, MinIO or any S3 API), private, with server-side
  encryption requested on every write, so several web hosts share one store.
Operators download through the authenticated admin view, which streams the bytes
(`stream()`); on S3 `url()` also gives a signed link that expires after
DOCUMENT_SIGNED_URL_SECONDS. Code deletes and reads through this storage only (purge, export).
"""

import functools
from collections.abc import Iterator

from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage
from django.utils.deconstruct import deconstructible

FILESYSTEM = "filesystem"
S3 = "s3"
BACKENDS = (FILESYSTEM, S3)
CHUNK_SIZE = 64 * 1024


@deconstructible(path="applications.storage.PrivateStorage")
class PrivateStorage(Storage):
    """Delegates every operation to the back-end the settings name at the time of the call."""

    def backend(self) -> Storage:
        if settings.DOCUMENT_STORAGE == S3:
            return _s3_backend(**s3_options())
        return _filesystem_backend(str(settings.PRIVATE_STORAGE_ROOT))

    @property
    def is_s3(self) -> bool:
        return settings.DOCUMENT_STORAGE == S3

    # ---- Storage API, delegated

    def save(self, name, content, max_length=None):
        return self.backend().save(name, content, max_length=max_length)

    def open(self, name, mode="rb"):
        return self.backend().open(name, mode)

    def delete(self, name):
        return self.backend().delete(name)

    def exists(self, name):
        return self.backend().exists(name)

    def size(self, name):
        return self.backend().size(name)

    def listdir(self, path):
        return self.backend().listdir(path)

    def get_available_name(self, name, max_length=None):
        return self.backend().get_available_name(name, max_length=max_length)

    def get_modified_time(self, name):
        return self.backend().get_modified_time(name)

    def path(self, name):
        # Only the filesystem has paths; code that needs bytes uses open() or stream().
        return self.backend().path(name)

    def url(self, name, *, filename: str = "", content_type: str = ""):
        """A signed, short-lived download link (S3 only): the filesystem has no URL at all."""
        if not self.is_s3:
            raise NotImplementedError("Private documents have no public URL.")
        parameters = {}
        if filename:
            parameters["ResponseContentDisposition"] = _attachment(filename)
        if content_type:
            parameters["ResponseContentType"] = content_type
        return self.backend().url(
            name, parameters=parameters, expire=settings.DOCUMENT_SIGNED_URL_SECONDS
        )

    # ---- Reading without holding the whole file

    def stream(self, name, chunk_size: int = CHUNK_SIZE) -> "_Stream":
        """The bytes in chunks, read as they are sent; FileNotFoundError at once if absent."""
        if self.is_s3:
            from botocore.exceptions import ClientError

            # S3File would first copy the whole object into a temporary file: read the body.
            try:
                body = self.backend().bucket.Object(self._key(name)).get()["Body"]
            except ClientError as error:
                if error.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
                    raise FileNotFoundError(name) from error
                raise
            return _Stream(body.iter_chunks(chunk_size), body.close)
        handle = self.backend().open(name, "rb")
        return _Stream(iter(lambda: handle.read(chunk_size), b""), handle.close)

    def _key(self, name: str) -> str:
        prefix = settings.DOCUMENT_S3_PREFIX.strip("/")
        return f"{prefix}/{name}" if prefix else name


class _Stream:
    """Chunks of an open file or S3 body; close() releases it whether it was read or not
    (the response calls it at the end, a HEAD request reads nothing)."""

    def __init__(self, chunks: Iterator[bytes], close):
        self._chunks = chunks
        self.close = close

    def __iter__(self) -> Iterator[bytes]:
        return self._chunks


def s3_options() -> dict:
    """django-storages' S3Storage options, from the DOCUMENT_S3_* settings."""
    endpoint = settings.DOCUMENT_S3_ENDPOINT_URL or None
    encryption = settings.DOCUMENT_S3_SERVER_SIDE_ENCRYPTION
    return {
        "bucket_name": settings.DOCUMENT_S3_BUCKET,
        "endpoint_url": endpoint,
        "region_name": settings.DOCUMENT_S3_REGION or None,
        "access_key": settings.DOCUMENT_S3_ACCESS_KEY_ID or None,
        "secret_key": settings.DOCUMENT_S3_SECRET_ACCESS_KEY or None,
        "location": settings.DOCUMENT_S3_PREFIX.strip("/"),
        # A tuple, to be hashable; S3Storage wants a dict (see _s3_backend).
        "object_parameters": (("ServerSideEncryption", encryption),) if encryption else (),
        # MinIO and other self-hosted servers answer on one host name: path-style addresses.
        "addressing_style": "path" if endpoint else None,
    }


@functools.lru_cache(maxsize=8)
def _filesystem_backend(location: str) -> Storage:
    return FileSystemStorage(location=location, base_url=None)


@functools.lru_cache(maxsize=8)
def _s3_backend(**options) -> Storage:
    from storages.backends.s3 import S3Storage

    options["object_parameters"] = dict(options["object_parameters"])
    return S3Storage(
        **options,
        # Objects stay private (the bucket's default); reads need credentials or a signature.
        default_acl=None,
        querystring_auth=True,
        signature_version="s3v4",
        # Names are random (applications.models.document_path): no existence check per save.
        file_overwrite=True,
    )


def _attachment(filename: str) -> str:
    from django.utils.http import content_disposition_header

    return content_disposition_header(as_attachment=True, filename=filename)


private_storage = PrivateStorage()
