"""`diff --rev`: the old version of a plan file read from git, never from a working copy."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from planctl import messages
from planctl.document import PlanDocument
from planctl.errors import PlanctlError
from planctl.limits import MAX_FILE_BYTES
from planctl.load import PlanInvalid, load_bytes


def load_revision(path: Path | str, rev: str, lang: str = "ru") -> PlanDocument:
    """The plan file as it was at git revision `rev`; `PlanInvalid` when that version is broken.

    Errors are in `lang`, the interface's: they are about git, not about the plan.
    """
    path = Path(path)
    git = shutil.which("git")
    if git is None:
        raise PlanctlError(messages.text("git-missing", lang))
    folder = Path(os.path.realpath(path)).parent
    if not folder.is_dir():
        raise PlanctlError(messages.text("git-no-folder", lang, path=path))

    def run(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([git, "-C", str(folder), *args], capture_output=True, check=False)

    top = run("rev-parse", "--show-toplevel")
    if top.returncode != 0:
        raise PlanctlError(messages.text("git-not-a-repository", lang, path=path))
    root = Path(top.stdout.decode("utf-8", "replace").strip()).resolve()
    try:
        relative = Path(os.path.realpath(path)).relative_to(root).as_posix()
    except ValueError:
        raise PlanctlError(messages.text("git-outside", lang, path=path, root=root)) from None
    if rev.startswith("-") or run("rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}").returncode != 0:
        raise PlanctlError(messages.text("git-unknown-revision", lang, rev=rev))
    # the blob's kind and size first: a 2 GB blob is refused by its size, not read into memory
    kind = run("cat-file", "-t", f"{rev}:{relative}")
    if kind.returncode != 0 or kind.stdout.strip() != b"blob":
        raise PlanctlError(messages.text("git-untracked", lang, path=relative, rev=rev))
    size = run("cat-file", "-s", f"{rev}:{relative}")
    if size.returncode != 0 or int(size.stdout.strip() or 0) > MAX_FILE_BYTES:
        raise PlanctlError(messages.text("git-too-large", lang, path=relative, rev=rev, limit=MAX_FILE_BYTES // 2**20))
    shown = run("cat-file", "blob", f"{rev}:{relative}")
    if shown.returncode != 0:
        raise PlanctlError(messages.text("git-untracked", lang, path=relative, rev=rev))
    # the loader's decoding: a cp1251 or UTF-16 version is named as such, as it would be on disk
    result = load_bytes(shown.stdout, f"{rev}:{relative}")
    if result.document is None:
        raise PlanInvalid(result.diagnostics)
    return result.document
