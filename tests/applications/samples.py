"""Small real files of each kind, for upload tests."""

import io
import struct
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image, PngImagePlugin
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
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


# ---- Hostile files, built here so every test shows exactly what it sends


def _pdf(build=None) -> bytes:
    """A one-page PDF written by pypdf, after `build(writer)` had its way with it."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    if build:
        build(writer)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def plain_pdf_bytes() -> bytes:
    return _pdf()


PDF_BYTES = plain_pdf_bytes()


def encrypted_pdf_bytes() -> bytes:
    return _pdf(lambda writer: writer.encrypt("secret", algorithm="RC4-128"))


def javascript_pdf_bytes() -> bytes:
    """A document-level script in the /Names /JavaScript tree, run when the PDF opens."""

    def build(writer):
        script = writer._add_object(
            DictionaryObject(
                {
                    NameObject("/S"): NameObject("/JavaScript"),
                    NameObject("/JS"): TextStringObject("app.alert('hello')"),
                }
            )
        )
        writer._root_object[NameObject("/Names")] = DictionaryObject(
            {
                NameObject("/JavaScript"): DictionaryObject(
                    {NameObject("/Names"): ArrayObject([TextStringObject("hello"), script])}
                )
            }
        )

    return _pdf(build)


def javascript_action_pdf_bytes() -> bytes:
    """A script as the page's open action, its name written with a #-escape to hide it."""
    data = _pdf(
        lambda writer: writer._root_object.__setitem__(
            NameObject("/OpenAction"),
            DictionaryObject(
                {
                    NameObject("/S"): NameObject("/JavaScript"),
                    NameObject("/JS"): TextStringObject("app.alert('hello')"),
                }
            ),
        )
    )
    return data.replace(b"/JavaScript", b"/Java#53cript")


def launch_pdf_bytes() -> bytes:
    def build(writer):
        writer._root_object[NameObject("/OpenAction")] = DictionaryObject(
            {
                NameObject("/S"): NameObject("/Launch"),
                NameObject("/F"): TextStringObject("C:\\Windows\\System32\\calc.exe"),
            }
        )

    return _pdf(build)


def embedded_file_pdf_bytes() -> bytes:
    return _pdf(lambda writer: writer.add_attachment("invoice.exe", b"MZ" + b"\x00" * 64))


def attachment_annotation_pdf_bytes() -> bytes:
    """A file attachment annotation on the page (not in the names tree)."""

    def build(writer):
        annotation = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/FileAttachment"),
                NameObject("/Rect"): ArrayObject([NumberObject(n) for n in (0, 0, 20, 20)]),
            }
        )
        writer.pages[0][NameObject("/Annots")] = ArrayObject([writer._add_object(annotation)])

    return _pdf(build)


def polyglot_bytes() -> bytes:
    """An HTML page that is also a PDF: a browser runs the script, a PDF reader shows a page."""
    return b"<html><body><script>alert(document.cookie)</script><!--\n" + _pdf() + b"-->"


def png_bomb_bytes(width: int = 30000, height: int = 30000) -> bytes:
    """A black 1-bit PNG: ~100 KB on disk, 900 megapixels (gigabytes) once decoded."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    compressor = zlib.compressobj(9)
    row = b"\x00" * (1 + (width + 7) // 8)  # filter byte, then the row's bits
    pixels = b"".join(compressor.compress(row) for _row in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


GPS_LATITUDE = (55.0, 45.0, 21.0)  # somewhere in Moscow: a candidate's home


def jpeg_with_gps_bytes(orientation: int = 1) -> bytes:
    """A 40×20 photo whose EXIF holds GPS coordinates, a camera model and an orientation."""
    exif = Image.Exif()
    exif[ExifTags.Base.Model] = "Candidate's phone"
    exif[ExifTags.Base.Orientation] = orientation
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = GPS_LATITUDE
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (37.0, 37.0, 3.0)
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), "teal").save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


def png_with_text_bytes() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "home address: Tverskaya 1")
    buffer = io.BytesIO()
    Image.new("RGBA", (8, 8), (0, 0, 128, 200)).save(buffer, format="PNG", pnginfo=info)
    return buffer.getvalue()
