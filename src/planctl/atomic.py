"""Writing output files so that a crash or a full disk never leaves half a file behind.

Everything goes to a temporary file in the target's own folder (so the final
`os.replace` is a rename on one file system, atomic on POSIX and Windows) and is
renamed over the target only when it was written completely.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from planctl.errors import OutputError, location

_REASONS = {
    errno.EACCES: "нет прав на запись",
    errno.EPERM: "нет прав на запись",
    errno.EROFS: "файловая система только для чтения",
    errno.ENOSPC: "на диске нет места",
    errno.EISDIR: "это папка, а не файл",
    errno.ENOTDIR: "часть пути — не папка",
    errno.ENAMETOOLONG: "слишком длинное имя",
}


def describe(error: OSError) -> str:
    """Why a file could not be written or read, in words a clerk understands."""
    return _REASONS.get(error.errno or 0, error.strerror or str(error))


_reason = describe


def _check_target(path: Path, protect: Iterable[str | Path]) -> None:
    """Refuse before writing anything: a missing folder, a folder as target, a protected input."""
    folder = path.parent
    if not folder.exists():
        raise OutputError(f"папка «{folder}» не существует; создайте её или укажите другой путь", location(path))
    if not folder.is_dir():
        raise OutputError(f"«{folder}» — не папка", location(path))
    if path.is_dir():
        raise OutputError("это папка, а не файл; укажите имя файла", location(path))
    resolved = os.path.realpath(path)  # Path.resolve raises on a link loop
    for source in protect:
        source_path = Path(source)
        same = resolved == os.path.realpath(source_path)
        if not same and path.exists() and source_path.exists():
            with contextlib.suppress(OSError):
                same = os.path.samefile(path, source_path)
        if same:
            raise OutputError("отказ: файл результата совпадает с исходным планом и затёр бы его", location(path))


@contextlib.contextmanager
def open_atomic(path: str | Path, *, protect: Iterable[str | Path] = ()) -> Iterator[BinaryIO]:
    """A binary file that appears at `path` only if the `with` block finishes without an error.

    `protect` lists input files that must never be overwritten (the plan being rendered).
    """
    target = Path(path)
    _check_target(target, protect)
    _remove_stale_temps(target)
    try:
        fd, temp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp")
    except OSError as error:
        raise OutputError(f"не удалось создать файл в папке «{target.parent}»: {_reason(error)}", location(target)) from None
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _keep_mode(target, temp)
        os.replace(temp, target)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise OutputError(f"не удалось записать файл: {_reason(error)}", location(target)) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


#: A temporary file this old is left over whoever made it; a render takes seconds.
STALE_SECONDS = 3600


def _remove_stale_temps(target: Path) -> None:
    """Remove temporary files an earlier write to `target` left when it was killed (kill -9,
    a power cut): those of a process that no longer runs, and any older than an hour.
    A write still under way in another process keeps its file."""
    pattern = re.compile(rf"\.{re.escape(target.name)}\.(?:(\d+)\.)?[A-Za-z0-9_]{{8}}\.tmp")
    try:
        with os.scandir(target.parent) as entries:
            found = [(entry, match) for entry in entries if (match := pattern.fullmatch(entry.name))]
    except OSError:
        return
    now = time.time()
    for entry, match in found:
        with contextlib.suppress(OSError):
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_SECONDS
            owner = match.group(1)
            if entry.is_file(follow_symlinks=False) and (old or (owner is not None and not _running(int(owner)))):
                os.unlink(entry.path)


def _running(pid: int) -> bool:
    """Whether process `pid` exists on this machine; unknown (not POSIX) counts as running."""
    if os.name != "posix" or pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists, under another user
        return True
    return True


def _keep_mode(target: Path, temp: Path) -> None:
    """mkstemp makes 0600 files; give the result the usual permissions (or the old file's)."""
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    with contextlib.suppress(OSError):
        os.chmod(temp, mode)


def write_bytes_atomic(path: str | Path, data: bytes, *, protect: Iterable[str | Path] = ()) -> None:
    """Write `data` to `path` completely or not at all."""
    with open_atomic(path, protect=protect) as handle:
        handle.write(data)


def write_text_atomic(path: str | Path, text: str, *, protect: Iterable[str | Path] = ()) -> None:
    """Write UTF-8 `text` (with "\\n" line ends on every platform) completely or not at all."""
    write_bytes_atomic(path, text.encode("utf-8"), protect=protect)
