"""The command line: the only package that imports typer and rich.

Each command lives in its own module and registers itself on `app`; heavy core
modules are imported inside the command bodies so `planctl --version` stays fast.

`app` and `main` are loaded on first use, not when the package is: the fast path of the
console entry (`planctl.cli._fast`) lives here too and must not pay for typer.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from planctl.cli._app import app, main

__all__ = ["app", "main"]


def __getattr__(name: str) -> object:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    # Importing the command modules registers their commands on `app`.
    from planctl.cli import _app
    from planctl.cli import deadline as _deadline  # noqa: F401
    from planctl.cli import diff as _diff  # noqa: F401
    from planctl.cli import due as _due  # noqa: F401
    from planctl.cli import fix as _fix  # noqa: F401
    from planctl.cli import importer as _importer  # noqa: F401
    from planctl.cli import render as _render  # noqa: F401
    from planctl.cli import report as _report  # noqa: F401
    from planctl.cli import rules as _rules  # noqa: F401
    from planctl.cli import schema as _schema  # noqa: F401
    from planctl.cli import site as _site  # noqa: F401
    from planctl.cli import validate as _validate  # noqa: F401

    return getattr(_app, name)
