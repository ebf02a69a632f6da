"""`planctl import`: existing Word plans (DOCX; .doc, .rtf, .odt through LibreOffice) → plan YAML, nothing silently lost.

    result = import_docx(Path("plan.docx"))
    text = to_yaml(result.plan)       # result.warnings: what went to notes, and where
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from planctl.errors import ImportFailed, location
from planctl.importer.recognize import ImportResult, recognize
from planctl.importer.vocab import message

__all__ = ["ImportResult", "import_docx", "import_docx_to_yaml", "parse_period_option"]


def parse_period_option(value: str | None) -> int | str | None:
    """`--period 2024` is the year 2024; `2024-2025` stays text, as the format writes it."""
    if value is None:
        return None
    value = value.strip()
    return int(value) if value.isdigit() else value


@contextmanager
def _bulk_build() -> Iterator[None]:
    """The cyclic garbage collector paused while rows are built.

    Rows, cells and items hold no reference cycles, but each full collection rescans every
    live one: with it running, reading 80,000 rows took twice as long per row as 20,000.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def import_docx(path: Path, *, period: int | str | None = None) -> ImportResult:
    """Read a Word plan; the plan mapping is checked against the model before it is returned."""
    from planctl.importer.convert import as_docx, needs_conversion
    from planctl.importer.docx_reader import read_docx
    from planctl.model import Plan
    from planctl.plan_validation import plan_or_errors

    try:
        with _bulk_build():
            if needs_conversion(path):
                with as_docx(path) as converted:
                    try:
                        body = read_docx(converted)
                    except ImportFailed as error:  # name the user's file, not the temporary copy
                        raise ImportFailed(error.message, location(path)) from None
            else:
                body = read_docx(path)
            result = recognize(body, source=str(path), period=period)
            del body  # the rows as read are not needed once the plan is built: a large plan's peak is lower
    except ImportFailed:
        raise
    except OSError as error:  # the copy for LibreOffice could not be made
        raise ImportFailed(message("err-unreadable", reason=error.strerror or error), location(path)) from None
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError) as error:
        # A layout nobody foresaw must still end in one line, not a traceback.
        raise ImportFailed(message("err-unexpected", reason=f"{type(error).__name__}: {error}"), location(path)) from None
    checked = plan_or_errors(result.plan)
    if not isinstance(checked, Plan):
        first = checked.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ImportFailed(message("err-invalid", reason=f"{where}: {first['msg']}"), location(path)) from None
    return result


def import_docx_to_yaml(path: Path, *, period: int | str | None = None) -> tuple[str, list[str], list[str]]:
    """The YAML text of a Word plan, the warnings about it, and the summary that ends the report."""
    from planctl.importer.write import to_yaml

    result = import_docx(path, period=period)
    return to_yaml(result.plan, source=Path(path).name), result.warnings, result.summary
