"""The result cache: `planctl validate` of unchanged plans answers as fast as Python starts.

A pre-commit hook or an editor re-validates on every commit or save, mostly files that
have not changed, and loading pydantic, typer and the YAML parser costs twenty times
Python's own start-up. So a run's report (the exact text printed and the exit code) is
kept under a key made of everything it depends on:

- planctl's own files (names, sizes, times) and the install it runs in;
- the arguments, the working folder, and whether the report is coloured;
- every configuration file that could apply, and the bytes of every plan file checked.

A run the key cannot vouch for is simply not cached: folders that cannot be read, a report
written to a file, GitHub's step summary, anything but plain paths and `--format`.

This module runs before anything else on that fast path, so it imports only what Python
has loaded at start-up anyway (os, sys) and cheap built-ins (blake2, marshal); `typing`
alone would cost a third of the budget, so annotations stay strings.
"""

from __future__ import annotations

import marshal
import os
import sys
from stat import S_ISREG

try:  # hashlib would first load OpenSSL's bindings, a fifth of Python's start-up
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

from planctl.dirs import (
    DIR_ENV as DIR_ENV,  # re-exported: the cache's switches are named here too
)
from planctl.dirs import DISABLE_ENV as DISABLE_ENV
from planctl.dirs import cache_dir
from planctl.filenames import (
    CONFIG_NAMES,
    PYPROJECT,
    REPOSITORY_MARK,
    is_progress_file,
    plan_file_for,
    plan_files_under,
    progress_file_for,
)
from planctl.limits import MAX_CONFIG_BYTES, MAX_FILE_BYTES
from planctl.terminal import use_color

TYPE_CHECKING = False  # typing is not imported on the fast path
if TYPE_CHECKING:
    from collections.abc import Mapping

#: Bumped when what is stored changes shape.
LAYOUT = "validate-v1"
#: Formats whose report is the whole effect of a run (github also writes the step summary).
CACHED_FORMATS = ("text", "json", "sarif")
#: Entries older than this are removed, now and then, when a new one is stored.
MAX_AGE_SECONDS = 30 * 24 * 3600
#: One store in this many sweeps out old entries.
SWEEP_EVERY = 64

_BLOCK = 1 << 20
_PACKAGE = os.path.dirname(os.path.abspath(__file__))


class Unreadable(Exception):
    """Something the key would depend on cannot be read: do not cache this run."""


class Request:
    """One validate run: its plan paths as given, the format and the colour switch."""

    def __init__(self, paths: list[str], fmt: str, color: bool, root: str) -> None:
        self.paths = paths
        self.fmt = fmt
        self.color = color
        self.root = root
        self._stats: dict[str, tuple[int, int]] = {}
        #: The digest each plan file had when the key was made (None: not read, too large).
        self._digests: dict[str, bytes | None] = {}
        self._key: str | None = None

    def key(self) -> str:
        """The hex digest of everything the report depends on; raises Unreadable."""
        if self._key is None:
            digest = blake2b(digest_size=20)
            digest.update(_fingerprint())
            # LANG: the summary of plans in two languages follows the interface language
            digest.update(repr((LAYOUT, os.getcwd(), self.paths, self.fmt, self.color, os.environ.get("LANG", ""))).encode())
            for path in _config_candidates(self.paths[0]):
                digest.update(_content(path, self._stats, limit=MAX_CONFIG_BYTES, missing_ok=True)[0])
            for path in _plan_files(self.paths):
                part, self._digests[os.path.normpath(path)] = _content(path, self._stats, limit=MAX_FILE_BYTES)
                digest.update(part)
                # validate checks a plan's progress records with it
                digest.update(_content(progress_file_for(path), self._stats, limit=MAX_FILE_BYTES, missing_ok=True)[0])
            self._key = digest.hexdigest()
        return self._key

    def _entry(self) -> str:
        key = self.key()
        return os.path.join(self.root, LAYOUT, key[:2], key[2:])

    def lookup(self) -> tuple[int, str] | None:
        """The stored (exit code, report), or None on a miss or a damaged entry."""
        try:
            with open(self._entry(), "rb") as handle:
                code, report = marshal.load(handle)
        except (OSError, Unreadable, EOFError, ValueError, TypeError):
            return None
        if not isinstance(code, int) or not isinstance(report, str):
            return None
        return code, report

    def store(self, code: int, report: str, checked: dict[str, bytes | None]) -> None:
        """Keep the report under the key of the bytes the check read (`checked`: path →
        digest), unless a file changed while it was made; never fails the run.

        A plan rewritten between the key and the check, even with its size and time put
        back, has another digest in `checked`, and nothing is stored.
        """
        try:
            entry = self._entry()
            checked = {os.path.normpath(path): digest for path, digest in checked.items()}
            if any(checked.get(path, b"") != seen for path, seen in self._digests.items()):
                return
            if any(_stat(path) != seen for path, seen in self._stats.items()):
                return
            os.makedirs(os.path.dirname(entry), exist_ok=True)
            temporary = f"{entry}.{os.getpid()}.tmp"
            with open(temporary, "wb") as handle:
                marshal.dump((code, report), handle)
            os.replace(temporary, entry)
            if int(self.key()[:8], 16) % SWEEP_EVERY == 0:
                _sweep(os.path.join(self.root, LAYOUT))
        except (OSError, Unreadable):
            return


def request_from_argv(argv: list[str]) -> Request | None:
    """The request for `planctl validate <argv>`, or None when this run must not be cached.

    Only plain paths, `--format`/`-f` and `--jobs`/`-j` are understood; anything else
    (`--output`, `--help`, `--no-cache`, a typo) goes to the full command line parser.
    """
    root = cache_dir()
    if root is None or os.environ.get("GITHUB_ACTIONS") == "true":
        return None
    paths: list[str] = []
    fmt = "text"
    tokens = iter(argv)
    for token in tokens:
        if token in ("--format", "-f", "--jobs", "-j"):
            value = next(tokens, None)
            if value is None or value.startswith("-"):  # «-f -o»: whatever the parser makes of it, it says
                return None
            if token in ("--format", "-f"):
                fmt = value
            elif not (value.isascii() and value.isdigit() and int(value) > 0):  # the parser would refuse it: let it say so
                return None
        elif token.startswith("--format="):
            fmt = token.partition("=")[2]
        elif token.startswith("-"):
            return None
        else:
            paths.append(token)
    if fmt not in CACHED_FORMATS:
        return None
    return Request(_normalized(paths or ["plans"]), fmt, fmt == "text" and use_color(), root)


#: The options of `validate` that change neither its report nor its exit code: a run with
#: any other option at a value but its default is not stored (tests/cache checks this list
#: against the command's parameters, so a new option cannot be forgotten).
NEUTRAL_OPTIONS = frozenset({"jobs", "no_cache"})


def request_for_run(paths: list[str], fmt: str, color: bool, options: Mapping[str, object]) -> Request | None:
    """The request a finished `validate` run may be stored under, built from the command's
    own parameters: `options` are all the others, by name, with the values they had."""
    root = cache_dir()
    if root is None or os.environ.get("GITHUB_ACTIONS") == "true" or fmt not in CACHED_FORMATS:
        return None
    if any(value not in (None, False) for name, value in options.items() if name not in NEUTRAL_OPTIONS):
        return None
    return Request(_normalized(paths or ["plans"]), fmt, color, root)


def _normalized(paths: list[str]) -> list[str]:
    """Paths as the parser leaves them (`./plans/` and `plans` are one request)."""
    return [os.path.normpath(path) for path in paths]


#: The request the fast path looked up (and hashed the files for) in this process.
pending: Request | None = None


def remember(request: Request, code: int, report: str, checked: dict[str, bytes | None]) -> None:
    """Store a run's report under `request`; `checked` maps each plan file to the digest of the
    bytes the check read. The fast path's request of this process is reused when it is the same
    run, so the files are not hashed twice."""
    same = pending is not None and (pending.paths, pending.fmt, pending.color) == (request.paths, request.fmt, request.color)
    (pending if same and pending is not None else request).store(code, report, checked)


def content_digest(data: bytes) -> bytes:
    """The digest the key holds for a file with these bytes."""
    return blake2b(data, digest_size=20).digest()


def _stat(path: str) -> tuple[int, int]:
    try:
        status = os.stat(path)
    except OSError:
        return (-1, -1)
    return (status.st_size, status.st_mtime_ns)


def _content(
    path: str, stats: dict[str, tuple[int, int]], *, limit: int, missing_ok: bool = False
) -> tuple[bytes, bytes | None]:
    """The key's part for a file (its path, then a digest of its bytes: a file moving to
    another name changes the key too) and that digest.

    Only regular files are read (a named pipe would block, a device never end), in
    blocks. A file over `limit` is refused by the check unread, by its size alone, so
    its part is the size and nothing is read: a 20 GB sparse file costs a stat.
    """
    stats[path] = _stat(path)
    try:
        status = os.stat(path)
        if not S_ISREG(status.st_mode):
            raise Unreadable(path)
        if status.st_size > limit:
            return b"\0large\0" + os.fsencode(path) + b"\0" + str(status.st_size).encode(), None
        digest = blake2b(digest_size=20)
        with open(path, "rb") as handle:
            while block := handle.read(_BLOCK):
                digest.update(block)
                if handle.tell() > limit:  # it grew since the stat
                    raise Unreadable(path)
    except FileNotFoundError:
        if not missing_ok:
            raise Unreadable(path) from None
        return b"\0missing\0" + os.fsencode(path), None
    except OSError:
        raise Unreadable(path) from None
    return b"\0file\0" + os.fsencode(path) + b"\0" + digest.digest(), digest.digest()


def _plan_files(paths: list[str]) -> list[str]:
    """The files discovery would check, found by the same rules."""
    files: list[str] = []
    for path in paths:
        if os.path.isdir(path):
            files.extend(plan_files_under(path, _refuse))
        elif os.path.isfile(path):
            files.append(plan_file_for(path) if is_progress_file(path) else path)
        else:
            raise Unreadable(path)  # missing, or not a regular file: the command says why
    return files


def _refuse(error: OSError) -> None:
    raise Unreadable(str(error))


def _config_candidates(first: str) -> list[str]:
    """Every configuration file the search from `first` could read, up to the repository root."""
    folder = os.path.realpath(first)
    if not os.path.isdir(folder):
        folder = os.path.dirname(folder)
    found: list[str] = []
    while True:
        found.extend(os.path.join(folder, name) for name in (*CONFIG_NAMES, PYPROJECT))
        parent = os.path.dirname(folder)
        if os.path.exists(os.path.join(folder, REPOSITORY_MARK)) or parent == folder:
            return found
        folder = parent


_fingerprint_memo: list[bytes] = []


def _fingerprint() -> bytes:
    """planctl's files and the install around it: any change to either is a new cache."""
    if not _fingerprint_memo:
        parts = [sys.version, sys.executable]
        _code_files(_PACKAGE, parts)
        for entry in sys.path:
            if os.path.basename(entry) in ("site-packages", "dist-packages"):
                parts.append(f"{entry}\0{_stat(entry)}")
        _fingerprint_memo.append("\n".join(parts).encode("utf-8", "surrogateescape"))
    return _fingerprint_memo[0]


def _code_files(folder: str, parts: list[str]) -> None:
    with os.scandir(folder) as entries:
        for entry in sorted(entries, key=lambda e: e.name):
            if entry.name == "__pycache__":
                continue
            if entry.is_dir(follow_symlinks=False):
                _code_files(entry.path, parts)
            else:
                status = entry.stat()
                parts.append(f"{entry.path}\0{status.st_size}\0{status.st_mtime_ns}")


def _sweep(folder: str) -> None:
    """Remove entries not written for MAX_AGE_SECONDS: the cache cannot grow without end."""
    import time

    oldest = time.time() - MAX_AGE_SECONDS
    for current, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(current, name)
            try:
                if os.stat(path).st_mtime < oldest:
                    os.remove(path)
            except OSError:
                pass
