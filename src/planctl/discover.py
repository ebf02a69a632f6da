"""Which files a command works on: plan files named directly or found in folders."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from planctl import messages
from planctl.diagnostics import Diagnostic, Severity
from planctl.display import shown
from planctl.errors import UsageError
from planctl.filenames import is_progress_file, plan_file_for, plan_files_under

if TYPE_CHECKING:
    from planctl.plan_sniff import NotAPlan


@dataclass
class Discovery:
    files: list[Path] = field(default_factory=list)
    #: Folders that could not be listed, with the reason.
    unreadable: list[tuple[Path, str]] = field(default_factory=list)
    #: Links in a searched folder that lead out of it: never read (`/etc/shadow` as `evil.yaml`).
    outside: list[tuple[Path, Path]] = field(default_factory=list)
    #: YAML files a folder walk met that are clearly not plans (mkdocs.yml, workflows).
    skipped: list[NotAPlan] = field(default_factory=list)

    def problems(self) -> list[Diagnostic]:
        """An F001 finding for each folder that could not be listed and each link not followed."""
        found = [_finding(folder, "folder-unreadable", reason=reason) for folder, reason in self.unreadable]
        found += [_finding(link, "link-outside", folder=shown(folder)) for link, folder in self.outside]
        return found


def _finding(path: Path, key: str, **fields: str) -> Diagnostic:
    return Diagnostic("F001", Severity.ERROR, messages.text(key, "ru", **fields), shown(path), 1, 1, rule="load")


def discover(paths: Iterable[str | Path]) -> Discovery:
    """Plan files under `paths`, sorted and without repeats; a missing path is a usage error.

    Folders are searched recursively without following symlinks to folders, so a
    link loop cannot hang the search; a folder named like a plan (`x.yaml/`) is searched too.
    A file link that leads out of the folder searched is listed in `outside`, not read:
    whoever can add a file to the folder must not make planctl print another one.
    """
    found = Discovery()
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if is_progress_file(str(path)) and not path.is_dir():  # records are checked with their plan
            path = Path(plan_file_for(str(path)))
        try:
            if not path.exists() and not path.is_symlink():
                raise UsageError(f"нет такого файла или папки: {path}")
            is_dir = path.is_dir()
        except OSError:  # a folder on the way cannot be searched: loading the file says why
            is_dir = False
        if is_dir:
            from planctl.plan_sniff import not_a_plan  # only a folder walk sniffs its files

            top = os.path.realpath(path)
            for file in _walk(path, found):
                if os.path.islink(file) and not _inside(os.path.realpath(file), top):
                    found.outside.append((file, path))
                elif file not in seen:
                    skipped = not_a_plan(str(file))  # a file named on the command line is always checked
                    if skipped is not None:
                        found.skipped.append(skipped)
                        continue
                    seen.add(file)
                    found.files.append(file)
        elif path not in seen:
            seen.add(path)
            found.files.append(path)
    return found


def _inside(path: str, folder: str) -> bool:
    return os.path.commonpath([path, folder]) == folder


def _walk(root: Path, found: Discovery) -> list[Path]:
    def on_error(error: OSError) -> None:
        found.unreadable.append((Path(error.filename or root), error.strerror or str(error)))

    return [Path(file) for file in plan_files_under(str(root), on_error)]
