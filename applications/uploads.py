"""Checking an uploaded document before anything is written: parsed, not sniffed.

`inspect_upload` is the one check, used by the page forms, the API serializer and the
services alike: a PDF is parsed with pypdf and refused when it is encrypted or carries
JavaScript, launch actions or embedded files; an image is decoded with Pillow under a pixel
limit and re-encoded, so no metadata (EXIF GPS, comments) is ever stored.
"""

import hashlib
import io
import re
import unicodedata
import warnings
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

from portal.errors import DomainError

MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
MAX_DOCUMENTS_PER_CASE = 20
MAX_NAME_LENGTH = 120
MAX_IMAGE_PIXELS = 40_000_000
# A scanned document has hundreds of objects; far more is a file built to keep us busy.
MAX_PDF_OBJECTS = 200_000
JPEG_QUALITY = 90

PDF_MAGIC = b"%PDF-"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"

# What a PDF may not carry: the keys and values that name scripts, launches and attachments.
PDF_FORBIDDEN_KEYS = {
    "/JS": "javascript",
    "/JavaScript": "javascript",
    "/Launch": "launch",
    "/EmbeddedFiles": "embedded_file",
    "/EF": "embedded_file",
}
PDF_FORBIDDEN_VALUES = {
    ("/S", "/JavaScript"): "javascript",
    ("/S", "/Launch"): "launch",
    ("/Type", "/EmbeddedFile"): "embedded_file",
    ("/Subtype", "/FileAttachment"): "embedded_file",
}

REFUSALS = {
    "empty": _("The file is empty."),
    "too_large": _("The file is larger than 10 MB; upload a smaller scan."),
    "unknown_type": _(
        "Upload a PDF, JPEG or PNG file. This file is of another kind, whatever its name."
    ),
    "bytes_before_pdf": _(
        "This file has other content before the start of the PDF; save it again as a plain PDF."
    ),
    "unreadable_pdf": _("This PDF cannot be read; it may be damaged. Save it again and retry."),
    "encrypted": _("This PDF is encrypted or password-protected; upload it without a password."),
    "javascript": _("This PDF contains JavaScript; save or print it again as a plain PDF."),
    "launch": _(
        "This PDF contains an action that starts other programs; save it again as a plain PDF."
    ),
    "embedded_file": _(
        "This PDF contains attached or embedded files; upload each document on its own."
    ),
    "unreadable_image": _("This image cannot be read; it may be damaged. Save it again and retry."),
    "too_many_pixels": _("This image is larger than 40 megapixels; scan it at a lower resolution."),
}


@dataclass(frozen=True)
class InspectedUpload:
    """A file that passed the check, with the exact bytes that will be stored."""

    name: str
    content_type: str
    size: int
    sha256: str
    content: bytes

    def as_file(self) -> ContentFile:
        return ContentFile(self.content, name=self.name)


def inspect_upload(upload) -> InspectedUpload:
    """Accept a clean PDF, JPEG or PNG of at most 10 MB, judged by parsing it; else DomainError.

    Given what it returned before, it returns it again: the form or serializer checks, the
    service stores, and the file is parsed once.
    """
    if isinstance(upload, InspectedUpload):
        return upload
    size = upload.size or 0
    if size == 0:
        raise _refused("empty")
    if size > MAX_DOCUMENT_BYTES:
        raise _refused("too_large")
    upload.seek(0)
    data = upload.read(MAX_DOCUMENT_BYTES + 1)
    upload.seek(0)
    if len(data) > MAX_DOCUMENT_BYTES:
        raise _refused("too_large")
    if data.startswith(PDF_MAGIC):
        content, content_type, extension = _checked_pdf(data), "application/pdf", "pdf"
    elif data.startswith(PNG_MAGIC):
        content, content_type, extension = _reencoded_image(data, "PNG"), "image/png", "png"
    elif data.startswith(JPEG_MAGIC):
        content, content_type, extension = _reencoded_image(data, "JPEG"), "image/jpeg", "jpg"
    elif PDF_MAGIC in data[:4096]:
        # A PDF behind something else (an HTML page, a script) is a polyglot: each reader
        # sees another file.
        raise _refused("bytes_before_pdf")
    else:
        raise _refused("unknown_type")
    return InspectedUpload(
        name=sanitise_name(upload.name or "", extension),
        content_type=content_type,
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        content=content,
    )


def sanitise_name(name: str, extension: str) -> str:
    """A display name without paths or odd characters, ending in the detected extension."""
    name = unicodedata.normalize("NFKC", name).replace("\\", "/").rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name else name
    stem = re.sub(r"[^\w\- ]+", "_", stem, flags=re.UNICODE)
    stem = re.sub(r"[\s_]+", "_", stem).strip("._- ")
    stem = stem[: MAX_NAME_LENGTH - len(extension) - 1] or "document"
    return f"{stem}.{extension}"


# ---- PDF


def _checked_pdf(data: bytes) -> bytes:
    """The PDF as uploaded, once every object reachable from its trailer has been looked at."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise _refused("encrypted")
        finding = _pdf_forbidden_content(reader)
    except DomainError:
        raise
    except Exception as error:  # pypdf raises many kinds on broken files
        raise _refused("unreadable_pdf") from error
    if finding:
        raise _refused(finding)
    return data


def _pdf_forbidden_content(reader: PdfReader) -> str | None:
    """The first forbidden thing found walking the object graph from the trailer, if any."""
    if "/Root" not in reader.trailer:
        raise ValueError("no document catalogue")
    seen: set[tuple[int, int]] = set()
    stack: list = [reader.trailer]
    visited = 0
    while stack:
        node = stack.pop()
        if isinstance(node, IndirectObject):
            key = (node.idnum, node.generation)
            if key in seen:
                continue
            seen.add(key)
            node = node.get_object()
        visited += 1
        if visited > MAX_PDF_OBJECTS:
            raise ValueError("too many objects")
        if isinstance(node, DictionaryObject):  # stream dictionaries too; their data is not
            for name, value in node.items():
                finding = PDF_FORBIDDEN_KEYS.get(str(name))
                if finding is None and isinstance(value, NameObject):
                    finding = PDF_FORBIDDEN_VALUES.get((str(name), str(value)))
                if finding:
                    return finding
                if str(name) != "/Parent":  # the page tree's back links lead nowhere new
                    stack.append(value)
        elif isinstance(node, ArrayObject):
            stack.extend(node)
    return None


# ---- Images


def _reencoded_image(data: bytes, image_format: str) -> bytes:
    """The pixels only, re-encoded: metadata (EXIF, GPS, comments, text chunks) is dropped."""
    try:
        with warnings.catch_warnings():
            # Pillow warns, then fails, on huge images; we refuse before it decodes anything.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[image_format]) as image:
                width, height = image.size
                if width * height > MAX_IMAGE_PIXELS:
                    raise _refused("too_many_pixels")
                image.load()
                upright = ImageOps.exif_transpose(image)
                pixels = _plain_pixels(upright, image_format)
    except DomainError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise _refused("too_many_pixels") from error
    except Exception as error:  # Pillow raises many kinds on broken files
        raise _refused("unreadable_image") from error
    output = io.BytesIO()
    if image_format == "JPEG":
        pixels.save(output, format="JPEG", quality=JPEG_QUALITY)
    else:
        pixels.save(output, format="PNG")
    return output.getvalue()


def _plain_pixels(image: Image.Image, image_format: str) -> Image.Image:
    """A new image holding only the pixels, in a mode the format stores without loss."""
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    if image.mode in ("L", "1", "I;16", "I"):
        mode = "L"
    elif has_alpha and image_format == "PNG":
        mode = "RGBA"
    else:
        mode = "RGB"
    converted = image.convert(mode)
    plain = Image.new(mode, converted.size)
    plain.paste(converted)
    return plain


def _refused(reason: str) -> DomainError:
    message = REFUSALS[reason]
    return DomainError("invalid_document", message, fields={"file": [message]})
