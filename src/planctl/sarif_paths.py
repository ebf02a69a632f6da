"""Where a finding's file lies, the way SARIF readers want it: a percent-encoded URI
relative to the repository root, which `originalUriBaseIds` names as `%SRCROOT%`.

GitHub code scanning matches results to files by that relative URI, so a path printed
as given (`../plans/план.yaml`, or absolute) or left unencoded (Cyrillic, spaces) puts
the alert nowhere.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from planctl.filenames import REPOSITORY_MARK

BASE_ID = "%SRCROOT%"


def repository_root(start: Path | None = None) -> Path:
    """The nearest folder holding `.git` (a folder, or a file in a worktree) at or above
    `start` (the current folder); the current folder itself when there is none."""
    here = Path(os.path.abspath(start if start is not None else os.getcwd()))
    for folder in (here, *here.parents):
        if (folder / REPOSITORY_MARK).exists():
            return folder
    return here


def _relative(path: str, root: Path) -> str | None:
    """`path` relative to `root` in posix form, or None when it lies outside."""
    for resolve in (os.path.abspath, os.path.realpath):
        try:
            relative = Path(resolve(path)).relative_to(Path(resolve(root)))
        except ValueError:
            continue
        return relative.as_posix()
    return None


def artifact_location(path: str, root: Path) -> dict[str, Any]:
    """A SARIF artifactLocation: relative to `%SRCROOT%` when inside the root, else an absolute file URI."""
    relative = _relative(path, root)
    if relative is None:
        return {"uri": Path(os.path.abspath(path)).as_uri()}
    return {"uri": quote(relative, safe="/"), "uriBaseId": BASE_ID}


def base_ids(root: Path) -> dict[str, Any]:
    """`originalUriBaseIds`: where `%SRCROOT%` is on this machine (a folder URI ends in a slash)."""
    return {BASE_ID: {"uri": Path(os.path.abspath(root)).as_uri().rstrip("/") + "/"}}
