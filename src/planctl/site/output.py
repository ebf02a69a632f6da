"""Writing a whole site folder at once: built beside the target, then renamed into place.

A run that fails (a broken template, a full disk, Ctrl-C) leaves the previous site as
it was, never half of a new one. The target is replaced only when it is empty or a site
planctl wrote (it holds `MARKER`): `-o .` must not delete a repository.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from planctl.atomic import STALE_SECONDS, describe
from planctl.errors import OutputError, location

#: The file that marks a folder as a site planctl wrote, safe to replace.
MARKER = ".planctl-site"


def check_target(out: Path, inputs: Iterable[str | Path]) -> None:
    """Refuse before any work: a missing parent, a file in the way, a folder of other things, or plans inside."""
    parent = out.absolute().parent
    if not parent.is_dir():
        raise OutputError(f"папка «{parent}» не существует; создайте её или укажите другой путь", location(out))
    if out.exists() or out.is_symlink():
        if out.is_symlink() or not out.is_dir():
            raise OutputError("здесь уже есть файл, а не папка сайта; укажите другую папку", location(out))
        if not (out / MARKER).is_file() and any(out.iterdir()):
            raise OutputError("папка не пуста и не создана planctl site; укажите пустую или новую папку", location(out))
    root = os.path.realpath(out)
    for source in inputs:
        if os.path.realpath(source).startswith(root + os.sep):
            raise OutputError(f"отказ: план «{source}» лежит в папке сайта и был бы удалён", location(out))


@contextlib.contextmanager
def staged_folder(out: Path) -> Iterator[Path]:
    """A fresh folder beside `out` to build in; it becomes `out` only if the block finishes."""
    parent = out.absolute().parent
    _remove_stale(parent, out.name)
    try:
        temp = Path(tempfile.mkdtemp(prefix=f".{out.name}.{os.getpid()}.", suffix=".tmp", dir=parent))
    except OSError as error:
        raise OutputError(f"не удалось создать папку рядом с «{out}»: {describe(error)}", location(out)) from None
    try:
        yield temp
        (temp / MARKER).write_text("planctl site\n", encoding="utf-8")
        _open_up(temp)
        _swap(temp, out)
    except OSError as error:
        shutil.rmtree(temp, ignore_errors=True)
        raise OutputError(f"не удалось записать сайт: {describe(error)}", location(out)) from None
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise


def _swap(temp: Path, out: Path) -> None:
    """`temp` becomes `out`; an old site is moved aside first and removed after."""
    if not out.exists():
        os.replace(temp, out)
        return
    old = out.absolute().parent / f".{out.name}.{os.getpid()}.old.tmp"
    os.replace(out, old)
    try:
        os.replace(temp, out)
    except OSError:
        os.replace(old, out)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _open_up(folder: Path) -> None:
    """mkdtemp makes a private folder; a site is for reading: the usual permissions."""
    umask = os.umask(0)
    os.umask(umask)
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o777 & ~umask)


def _remove_stale(parent: Path, name: str) -> None:
    """Folders an earlier run left when it was killed, older than an hour."""
    now = time.time()
    with contextlib.suppress(OSError):
        for entry in parent.iterdir():
            ours = entry.name.startswith(f".{name}.") and entry.name.endswith(".tmp")
            if ours and entry.is_dir() and not entry.is_symlink() and now - entry.stat().st_mtime > STALE_SECONDS:
                shutil.rmtree(entry, ignore_errors=True)
