"""Help in the interface language: command and option texts from help.<lang>.yaml, not code.

The texts are put on the click commands when typer builds them, that is when a command
runs, so neither `planctl --version` nor a cached validate (both answered before the CLI
loads, see `planctl.entry`) reads the file. The English `help=` in the command modules is
only a fallback: tests/cli/test_help_language.py checks every command and option has its
text in both files. click's own words (Usage, Options, the help option, [default: …]) go
through a formatter that translates them.
"""

from __future__ import annotations

from functools import cache
from typing import Any, ClassVar

import typer
from typer._click.formatting import HelpFormatter

from planctl.cli._lang import interface_language
from planctl.yamlio import package_data


@cache
def help_texts(lang: str) -> dict[str, Any]:
    """help.<lang>.yaml of the package (ru for a language it has no file for)."""
    texts: dict[str, Any] = package_data("planctl.cli", f"help.{'uk' if lang == 'uk' else 'ru'}.yaml")
    return texts


class _Formatter(HelpFormatter):
    """click's help layout with its fixed English words in the interface language."""

    words: ClassVar[dict[str, str]] = {}

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, self.words["usage"] if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        super().write_heading(self.words.get(heading, heading))

    def write_dl(self, rows: Any, col_max: int = 30, col_spacing: int = 2) -> None:
        super().write_dl([(term, self._said(text)) for term, text in rows], col_max, col_spacing)

    def _said(self, text: str) -> str:
        if text == "Show this message and exit.":
            return self.words["help"]
        return text.replace("[default: ", f"[{self.words['default']}: ").replace("[required]", f"[{self.words['required']}]")


def _context_class(words: dict[str, str]) -> type[typer.Context]:
    formatter = type("Formatter", (_Formatter,), {"words": words})
    return type("Context", (typer.Context,), {"formatter_class": formatter})


def localize(group: Any, lang: str | None = None) -> None:
    """Put the help of `lang` (default: LANG's) on the root group, its options and every command."""
    texts = help_texts(lang or interface_language())
    context = _context_class(texts["words"])
    group.help = texts["app"]
    group.context_class = context
    for param in group.params:
        if param.name == "version":
            param.help = texts["version"]
    for name, command in group.commands.items():
        said = texts["commands"].get(name)
        command.context_class = context
        if said is None:
            continue
        command.help = said["help"]
        for param in command.params:
            param.help = said["options"].get(param.name, param.help)


def localize_error(error: Any, lang: str | None = None) -> None:
    """Word click's own usage error (a `ClickException`) in the interface language, in place.

    click builds the English message and prints «Try … for help.» and «Error:» itself;
    the message is matched against help.<lang>.yaml `errors.messages` (anything unmatched
    stays as click wrote it) and the error is given a `show` that uses the same words.
    """
    import re

    words = help_texts(lang or interface_language())["errors"]
    english = error.format_message()
    said = english
    for pattern, template in words["messages"]:
        match = re.match(pattern, english)
        if match:
            said = template.format(None, *match.groups())
            break
    error.format_message = lambda: said
    error.show = lambda file=None: _show(error, words, file)


def _show(error: Any, words: dict[str, Any], file: Any = None) -> None:
    from typer._click._compat import get_text_stderr
    from typer._click.utils import echo

    stream = file if file is not None else get_text_stderr()
    ctx = error.ctx
    color = ctx.color if ctx is not None else None
    if ctx is not None:
        hint = ""
        if ctx.command.get_help_option(ctx) is not None:
            hint = words["try"].format(command=ctx.command_path, option=ctx.help_option_names[0]) + "\n"
        echo(f"{ctx.get_usage()}\n{hint}", file=stream, color=color)
    echo(words["prefix"] + error.format_message(), file=stream, color=color)
