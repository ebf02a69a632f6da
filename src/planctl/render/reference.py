"""reference.docx read as a sound, bounded ZIP archive before python-docx sees it.

python-docx reads every part of the package into memory and trusts the archive, so
a file that is not a ZIP, a bad CRC, or a small archive that unpacks to gigabytes
(a ZIP bomb) would surface as «internal error» or eat the memory. The declared sizes
are bounded first; reading each part then checks its CRC, and `zipfile` never returns
more bytes than a part declares.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from planctl.errors import TemplateError, location
from planctl.render.files import FileRefused, read_template_file
from planctl.render.limits import (
    MAX_REFERENCE_BYTES,
    MAX_REFERENCE_PARTS,
    MAX_REFERENCE_UNPACKED_BYTES,
)
from planctl.render.texts import text

REFERENCE_FILE = "reference.docx"  # the name template.py gives it; repeated here to keep imports one way


def read_reference(folder: Path) -> bytes:
    """The bytes of `folder`/reference.docx, refused with a `TemplateError` unless it is a sound archive."""
    where = location(folder / REFERENCE_FILE)
    try:
        data = read_template_file(folder, REFERENCE_FILE, MAX_REFERENCE_BYTES)
    except FileRefused as refused:
        raise TemplateError(refused.message, where) from None
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise TemplateError(text("reference-not-zip"), where) from None
    with archive:
        parts = archive.infolist()
        if len(parts) > MAX_REFERENCE_PARTS:
            raise TemplateError(text("reference-too-many-parts", count=len(parts), limit=MAX_REFERENCE_PARTS), where)
        unpacked = sum(part.file_size for part in parts)
        if unpacked > MAX_REFERENCE_UNPACKED_BYTES:
            raise TemplateError(text("reference-unpacked-too-large", size=unpacked, limit=MAX_REFERENCE_UNPACKED_BYTES), where)
        try:
            broken = archive.testzip()
        except (zipfile.BadZipFile, zlib.error, NotImplementedError, OSError, ValueError, EOFError, RuntimeError) as error:
            raise TemplateError(text("reference-broken", reason=error), where) from None
        if broken is not None:
            raise TemplateError(text("reference-broken", reason=f"контрольная сумма части {broken} не сходится"), where)
    return data
