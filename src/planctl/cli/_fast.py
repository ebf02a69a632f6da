"""The console entry's fast path: `planctl validate` read without typer.

Loading typer and click costs more than checking a small plan, and a pre-commit hook or
an editor runs `validate` on one changed file many times a day. So the entry reads the
plain forms of validate's command line here and runs the command itself; anything
else (`--help`, `-fjson`, `--`, an unknown option, a value typer would refuse, a path it
would test and refuse, shell completion) returns None and goes to the typer
application, which stays the one definition of the command line: its help, completion
and errors. A test holds `VALIDATE_OPTIONS` to the typer command's parameters.
"""

from __future__ import annotations

import os

from planctl.cli._validate_run import FORMATS

#: Every option of `planctl validate`: its spellings → (parameter name, kind of value).
VALIDATE_OPTIONS: dict[str, tuple[str, str]] = {
    "--format": ("format", "format"),
    "-f": ("format", "format"),
    "--jobs": ("jobs", "positive"),
    "-j": ("jobs", "positive"),
    "--output": ("output", "path"),
    "-o": ("output", "path"),
    "--no-cache": ("no_cache", "flag"),
    "--max-warnings": ("max_warnings", "count"),
    "--strict": ("strict", "flag"),
}


def validate_arguments(argv: list[str]) -> dict[str, object] | None:
    """The arguments of `run` for `planctl validate <argv>`, or None for typer to read them."""
    if any(name.startswith("_") and name.endswith("_COMPLETE") for name in os.environ):
        return None  # a shell asks for completions
    from pathlib import Path

    values: dict[str, object] = {
        "paths": None, "format": None, "jobs": None, "output": None,
        "no_cache": False, "max_warnings": None, "strict": False,
    }  # fmt: skip
    paths: list[Path] = []
    tokens = iter(argv)
    for token in tokens:
        if not token.startswith("-") or token == "-":
            if not _plain_path(token):
                return None
            paths.append(Path(token))
            continue
        spelling, equals, value = token.partition("=")
        known = VALIDATE_OPTIONS.get(spelling if equals and spelling.startswith("--") else token)
        if known is None:
            return None
        name, kind = known
        if kind == "flag":
            if equals:
                return None
            values[name] = True
            continue
        if not equals:
            following = next(tokens, None)
            if following is None:
                return None
            value = following
        read = _value(kind, value)
        if read is None:
            return None
        values[name] = read
    values["paths"] = paths or None
    return values


def _value(kind: str, value: str) -> object:
    """An option's value as typer would pass it, or None where typer might read it otherwise."""
    if value.startswith("-"):
        return None
    if kind == "format":
        return value if value in FORMATS else None
    if kind == "path":
        if not _plain_path(value):
            return None
        from pathlib import Path

        return Path(value)
    if not (value.isascii() and value.isdigit()):
        return None
    number = int(value)
    return number if number >= (1 if kind == "positive" else 0) else None


def _plain_path(token: str) -> bool:
    """A path typer would pass on unchanged: not empty, no NUL, valid UTF-8, readable if it exists."""
    if not token or "\0" in token:
        return False
    try:
        token.encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes of the file name: typer's checks decide
        return False
    try:
        os.stat(token)
    except OSError:
        return True
    return os.access(token, os.R_OK)
