"""Reading the files of a template folder: only regular files inside it, of bounded size.

A template folder may come from anyone, and render runs in CI, so a name in it
(`plan.md.j2`, `reference.docx`, `{% include 'x' %}`) must not reach `/etc/passwd`
through an absolute path, `..` or a symbolic link, nor hang on a named pipe or a device.
Symbolic links that stay inside the folder are followed.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, Environment, TemplateNotFound

from planctl.render.texts import text

#: Letters (any script), digits, `-`, `_`, `.`, `/`, space: no quotes, braces or control characters.
_NAME = re.compile(r"^[\w\-. /]+$")


class FileRefused(Exception):
    """A template file name or file that may not be read; `missing` when it simply is not there."""

    def __init__(self, message: str, *, missing: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.missing = missing


def template_path(folder: Path, name: str) -> Path:
    """The real path of `name` inside `folder`, refused when it would leave the folder."""
    if not name or not _NAME.match(name) or "\\" in name:
        raise FileRefused(text("file-name-bad", name=name))
    if name.startswith("/") or Path(name).is_absolute():
        raise FileRefused(text("file-absolute", name=name))
    if ".." in name.split("/"):
        raise FileRefused(text("file-parent", name=name))
    root = folder.resolve()
    try:
        real = (root / name).resolve(strict=True)
    except FileNotFoundError:
        raise FileRefused(text("file-missing", name=name, folder=folder), missing=True) from None
    except (OSError, RuntimeError) as error:  # a symlink loop: RuntimeError before 3.13, OSError after
        raise FileRefused(text("file-unreadable", name=name, reason=getattr(error, "strerror", None) or error)) from None
    if real != root and root not in real.parents:
        raise FileRefused(text("file-outside", name=name, target=real))
    return real


def read_template_file(folder: Path, name: str, limit: int) -> bytes:
    """The bytes of `name` in `folder`: a regular file inside it of at most `limit` bytes."""
    real = template_path(folder, name)
    try:
        # O_NONBLOCK: opening a named pipe must not wait for a writer; O_NOFOLLOW: the path is already real
        handle = os.open(real, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0))
    except OSError as error:
        raise FileRefused(text("file-unreadable", name=name, reason=error.strerror or error)) from None
    try:
        status = os.fstat(handle)
        if not stat.S_ISREG(status.st_mode):
            raise FileRefused(text("file-not-regular", name=name))
        if status.st_size > limit:
            raise FileRefused(text("file-too-large", name=name, size=status.st_size, limit=limit))
        with os.fdopen(handle, "rb", closefd=False) as stream:
            data = stream.read(limit + 1)
    except OSError as error:
        raise FileRefused(text("file-unreadable", name=name, reason=error.strerror or error)) from None
    finally:
        os.close(handle)
    if len(data) > limit:
        raise FileRefused(text("file-too-large", name=name, size=len(data), limit=limit))
    return data


def decode_template(name: str, data: bytes) -> str:
    """UTF-8 text (a BOM is dropped)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FileRefused(text("file-not-utf8", name=name, position=error.start)) from None


class FolderLoader(BaseLoader):
    """Jinja's loader for one template folder: `include`, `extends` and `import` stay inside it.

    A refused name raises `refuse(message)` (the sandbox's error, so the message carries
    the line of the `include`); a missing one raises `TemplateNotFound`, which
    `{% include … ignore missing %}` expects.
    """

    def __init__(self, folder: Path, limit: int, refuse: Callable[[str], Exception]) -> None:
        self.folder = folder
        self.limit = limit
        self.refuse = refuse

    def get_source(self, environment: Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        try:
            source = decode_template(template, read_template_file(self.folder, template, self.limit))
        except FileRefused as refused:
            if refused.missing:
                raise TemplateNotFound(template) from None
            raise self.refuse(refused.message) from None
        return source, str(self.folder / template), _always_fresh

    def list_templates(self) -> list[Any]:  # pragma: no cover - jinja's API; a folder is not listed
        return []


def _always_fresh() -> bool:
    return True
