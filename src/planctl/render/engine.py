"""Run one template of a folder in the sandbox and turn whatever goes wrong into a TemplateError.

Everything a template does is the template author's doing, so any exception out of
a render is reported as a mistake in the template, at the template line jinja2 puts
in the traceback, never as «internal error».
"""

from __future__ import annotations

import re
from collections.abc import Callable, Generator
from pathlib import Path
from types import TracebackType
from typing import Any

from jinja2 import TemplateNotFound, TemplateSyntaxError, UndefinedError

from planctl.errors import TemplateError, location
from planctl.render import limits
from planctl.render.bounds import Refused, refuse
from planctl.render.files import FolderLoader
from planctl.render.sandbox import TemplateSandbox
from planctl.render.texts import text

_NO_FILTER = re.compile(r"No filter named '([^']*)'")
_NO_TEST = re.compile(r"No test named '([^']*)'")


def render_template(
    folder: Path, name: str, context: dict[str, Any], filters: dict[str, Callable[..., Any]], *, autoescape: bool = False
) -> str:
    """`name` of `folder` rendered with `context` (plain data) and planctl's own `filters`.

    `autoescape` is for HTML: every printed value is escaped unless a filter marked it safe.
    """
    return TemplateRunner(folder, filters, autoescape=autoescape).render(name, context)


class TemplateRunner:
    """One sandbox for many renders of one folder: each template is compiled once.

    A site renders a page per plan from the same files; compiling them for every page
    would cost more than the rendering. Each `render` starts a fresh budget.
    """

    def __init__(self, folder: Path, filters: dict[str, Callable[..., Any]], *, autoescape: bool = False) -> None:
        self.folder = folder
        self.loader = _RecordingLoader(folder, limits.MAX_TEMPLATE_FILE_BYTES, Refused)
        self.environment = TemplateSandbox(loader=self.loader, autoescape=autoescape)
        for filter_name, function in filters.items():
            self.environment.add_filter(filter_name, function)

    def render(self, name: str, context: dict[str, Any]) -> str:
        folder, loader, environment = self.folder, self.loader, self.environment
        environment.start()
        try:
            template = environment.get_template(name)
            return _collect(template.generate(context), environment)  # type: ignore[arg-type]  # a generator, typed as Iterator
        except TemplateSyntaxError as error:
            where = location(error.filename or folder / name, error.lineno or 0)
            raise TemplateError(_syntax_message(error, environment), where) from None
        except RecursionError as error:
            raise TemplateError(text("recursion"), _where(error, loader, folder / name)) from None
        except TemplateNotFound as error:
            message = text("file-missing", name=error.name, folder=folder)
            raise TemplateError(message, _where(error, loader, folder / name)) from None
        except UndefinedError as error:
            raise TemplateError(text("undefined", problem=error), _where(error, loader, folder / name)) from None
        except Refused as error:
            raise TemplateError(str(error), _where(error, loader, folder / name)) from None
        except Exception as error:
            problem = f"{type(error).__name__}: {error}"[:300]
            raise TemplateError(text("runtime", problem=problem), _where(error, loader, folder / name)) from None


def _collect(pieces: Generator[str, None, None], environment: TemplateSandbox) -> str:
    """The output, refused past its limit before it is joined.

    The refusal is thrown into the template's generator, so it surfaces at the line
    that was printing, like any other error.
    """
    parts = []
    total = 0
    budget = environment.budget
    for piece in pieces:
        total += len(piece)
        if total > limits.MAX_OUTPUT_CHARS:
            pieces.throw(refuse("output-too-long", limit=limits.MAX_OUTPUT_CHARS))
        parts.append(piece)
        try:
            budget.step()
        except Refused as refused:
            pieces.throw(refused)
    return "".join(parts)


def _syntax_message(error: TemplateSyntaxError, environment: TemplateSandbox) -> str:
    problem = error.message or ""
    if match := _NO_FILTER.search(problem):
        known = ", ".join(sorted(name for name in environment.filters if not name.startswith("_")))
        return text("filter-unknown", name=match.group(1), known=known)
    if match := _NO_TEST.search(problem):
        return text("test-unknown", name=match.group(1))
    return text("syntax", problem=problem)


class _RecordingLoader(FolderLoader):
    """Remembers the files it gave jinja2, to find their frames in a traceback."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.loaded: set[str] = set()

    def get_source(self, environment: Any, template: str) -> tuple[str, str, Callable[[], bool]]:
        source, filename, fresh = super().get_source(environment, template)
        self.loaded.add(filename)
        return source, filename, fresh


def _where(error: BaseException, loader: _RecordingLoader, fallback: Path) -> Any:
    """The innermost template line in the traceback: jinja2 rewrites frames to template lines."""
    found: tuple[str, int] | None = None
    tb: TracebackType | None = error.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename in loader.loaded:
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    if found is None:
        return location(fallback)
    return location(found[0], found[1])
