"""Word 97 `.doc`, `.rtf` and `.odt` plans, converted to DOCX by LibreOffice before they are read.

Many public plans are published in the old formats. LibreOffice reads them all; it runs
headless, with a profile of its own in a temporary folder (so it neither touches the
user's nor waits on a running instance), on a copy of the file, within a time limit.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from planctl.errors import ImportFailed, location
from planctl.importer.vocab import message

OLD_FORMATS = (".doc", ".rtf", ".odt")
#: seconds LibreOffice may take for one document, start-up included
TIME_LIMIT = 120
MAX_SOURCE_BYTES = 64 * 1024 * 1024
INSTALL_HINT = "apt-get install -y libreoffice-writer-nogui"


#: how the old formats begin: a Word 97 file (OLE compound document) and RTF, often saved as «.docx» by hand
_OLD_MAGIC = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"{\\rtf")


def needs_conversion(path: Path) -> bool:
    return old_format(path) is not None


def old_format(path: Path) -> str | None:
    """«.doc», «.rtf» or «.odt» for an old format, by its name or by its first bytes whatever its name says."""
    suffix = Path(path).suffix.lower()
    if suffix in OLD_FORMATS:
        return suffix
    try:
        if not Path(path).is_file():
            return None
        with open(path, "rb") as handle:
            start = handle.read(8)
    except OSError:
        return None
    for magic, kind in zip(_OLD_MAGIC, (".doc", ".rtf"), strict=True):
        if start.startswith(magic):
            return kind
    return None


def soffice() -> str | None:
    """The LibreOffice program, if it is installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


@contextmanager
def as_docx(path: Path) -> Iterator[Path]:
    """The DOCX made from an old-format plan, in a temporary folder removed afterwards."""
    program = soffice()
    if program is None:
        raise ImportFailed(message("err-no-soffice", suffix=old_format(path) or Path(path).suffix.lower(), install=INSTALL_HINT), location(path))
    if not Path(path).is_file():
        raise ImportFailed(message("err-missing" if not Path(path).exists() else "err-not-regular"), location(path))
    if Path(path).stat().st_size > MAX_SOURCE_BYTES:
        raise ImportFailed(message("err-too-large", size=Path(path).stat().st_size // 2**20), location(path))
    with tempfile.TemporaryDirectory(prefix="planctl-import-") as folder:
        work = Path(folder)
        source = work / f"plan{old_format(path) or Path(path).suffix.lower()}"
        shutil.copyfile(path, source)
        output = work / "out"
        command = [
            program,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(output),
            str(source),
        ]
        _run(command, path)
        converted = output / "plan.docx"
        if not converted.is_file():
            raise ImportFailed(message("err-convert-failed"), location(path))
        yield converted


def _run(command: list[str], path: Path) -> None:
    """Run LibreOffice in its own process group, so a timeout ends its helper processes too."""
    with subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    ) as process:
        try:
            process.wait(timeout=TIME_LIMIT)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            raise ImportFailed(message("err-convert-timeout", seconds=TIME_LIMIT), location(path)) from None
