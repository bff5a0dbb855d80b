"""Small real files of each kind, for upload tests."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
# The start of a Windows executable: "MZ" header and the DOS stub's message.
EXE_BYTES = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"This program cannot be run in DOS mode." * 4


def image_bytes(kind: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "navy").save(buffer, format=kind)
    return buffer.getvalue()


def pdf_upload(name="diploma.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PDF_BYTES, content_type="application/pdf")


def exe_upload(name="diploma.pdf") -> SimpleUploadedFile:
    # The browser trusts the name and says PDF; only the bytes tell the truth.
    return SimpleUploadedFile(name, EXE_BYTES, content_type="application/pdf")


def png_upload(name="passport.png") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, image_bytes("PNG"), content_type="image/png")


def jpeg_upload(name="passport.jpg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, image_bytes("JPEG"), content_type="image/jpeg")
