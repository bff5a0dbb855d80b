"""Checking an uploaded document before anything is written: type by content, size, name."""

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from portal.errors import DomainError

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
MAX_DOCUMENTS_PER_CASE = 20
MAX_NAME_LENGTH = 120

# Leading bytes of each accepted format → (content type, extension).
SIGNATURES = [
    (b"%PDF-", "application/pdf", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png", "png"),
    (b"\xff\xd8\xff", "image/jpeg", "jpg"),
]


@dataclass(frozen=True)
class InspectedUpload:
    name: str
    content_type: str
    size: int
    sha256: str


def inspect_upload(upload) -> InspectedUpload:
    """Accept a PDF, JPEG or PNG of at most 10 MB, judged by its bytes; else DomainError."""
    size = upload.size or 0
    if size == 0:
        raise _refused(_("The file is empty."))
    if size > MAX_DOCUMENT_BYTES:
        raise _refused(_("The file is larger than 10 MB; upload a smaller scan."))
    upload.seek(0)
    head = upload.read(16)
    detected = next(
        ((content_type, ext) for magic, content_type, ext in SIGNATURES if head.startswith(magic)),
        None,
    )
    if detected is None:
        raise _refused(
            _("Upload a PDF, JPEG or PNG file. This file is of another kind, whatever its name.")
        )
    content_type, extension = detected
    digest = hashlib.sha256()
    upload.seek(0)
    for chunk in upload.chunks():
        digest.update(chunk)
    upload.seek(0)
    return InspectedUpload(
        name=sanitise_name(upload.name or "", extension),
        content_type=content_type,
        size=size,
        sha256=digest.hexdigest(),
    )


def sanitise_name(name: str, extension: str) -> str:
    """A display name without paths or odd characters, ending in the detected extension."""
    name = unicodedata.normalize("NFKC", name).replace("\\", "/").rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name else name
    stem = re.sub(r"[^\w\- ]+", "_", stem, flags=re.UNICODE)
    stem = re.sub(r"[\s_]+", "_", stem).strip("._- ")
    stem = stem[: MAX_NAME_LENGTH - len(extension) - 1] or "document"
    return f"{stem}.{extension}"


def _refused(message) -> DomainError:
    return DomainError("invalid_document", message, fields={"file": [message]})
