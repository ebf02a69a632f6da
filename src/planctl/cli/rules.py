"""`planctl rules` and `planctl rule CODE`: the lint rules and their documentation, like `ruff rule`."""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Annotated

import typer

from planctl.cli._app import app, fail


class RulesFormat(str, Enum):
    text = "text"
    md = "md"
    json = "json"


@app.command("rules")
def rules(
    format: Annotated[
        RulesFormat,
        typer.Option("--format", "-f", help="text (a table), md (docs/rules.md is this output) or json."),
    ] = RulesFormat.text,
) -> None:
    """List every finding code: name, severity, whether it runs by default, what it finds. Follows LANG (ru, uk)."""
    from planctl.cli._console import fill_width, make_console
    from planctl.cli._lang import interface_language
    from planctl.lint import ruledocs

    lang = interface_language()
    docs = ruledocs.rule_docs(lang)
    if format is RulesFormat.md:
        sys.stdout.write(ruledocs.to_markdown(lang))
        return
    if format is RulesFormat.json:
        rows = [
            {"code": d.code, "name": d.name, "severity": d.severity.value, "default": d.default, "summary": d.summary, "url": d.url}
            for d in docs
        ]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    from rich.table import Table

    out = make_console()
    table = Table(box=None, expand=fill_width(out), pad_edge=False, header_style="bold")
    for key in ("code", "name", "severity", "default", "summary"):
        table.add_column(ruledocs.label(f"columns.{key}", lang), no_wrap=key != "summary")
    for d in docs:
        severity, default = ruledocs.label(f"severity.{d.severity.value}", lang), ruledocs.label(f"default.{d.default}", lang)
        table.add_row(d.code, d.name, severity, default, d.summary)
    out.print(table)


@app.command("rule")
def rule(
    code: Annotated[str, typer.Argument(help="A code (T004, t004) or a rule name (title-full-stop).", show_default=False)],
) -> None:
    """Explain one rule: what it finds and why, how to switch it, PASS/FAIL examples. Follows LANG (ru, uk)."""
    from planctl.cli._lang import interface_language
    from planctl.errors import UsageError
    from planctl.lint import ruledocs

    lang = interface_language()
    doc = ruledocs.find(code, lang)
    if doc is None:
        close = ruledocs.suggestion(code)
        hint = ruledocs.label("did_you_mean", lang, close=close) if close else ""
        raise fail(UsageError(ruledocs.label("unknown", lang, code=code) + hint))
    sys.stdout.write(ruledocs.to_text(doc, lang))
