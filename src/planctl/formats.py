"""How findings are printed: for people (text), for programs (json), for CI (github, sarif).

Each format is a small function from a `CheckReport` to a string, so the CLI only
chooses one and prints; colour is an ANSI switch the caller decides on.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import PurePath
from typing import Any

from planctl import __version__
from planctl.check import CheckReport, FileReport
from planctl.diagnostics import Severity
from planctl.display import printable, shown
from planctl.yamlio import package_data

FORMATS = ("text", "json", "github", "sarif")
INFORMATION_URI = "https://github.com/planctl/planctl"

_COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"
_UNQUOTED = ("F001", "F006")
#: Findings of these rules mean the file did not load as a plan.
_LOADER_RULES = ("load", "schema")


def words(lang: str) -> dict[str, Any]:
    """The words around findings in `lang` (data/report_words.yaml); Russian for any other."""
    table: dict[str, dict[str, Any]] = package_data("planctl", "data/report_words.yaml")
    return table.get(lang) or table["ru"]


def report_language(report: CheckReport, fallback: str = "ru") -> str:
    """The plans' one language, else `fallback` (the interface's): what the summary speaks."""
    found = {file.language for file in report.files}
    return found.pop() if len(found) == 1 else fallback


def _plural(n: int, forms: list[str]) -> str:
    """Russian and Ukrainian plural agreement: 1 файл, 2 файла, 5 файлов."""
    one, few, many = forms
    if n % 10 == 1 and n % 100 != 11:
        return f"{n} {one}"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return f"{n} {few}"
    return f"{n} {many}"


def _source_line(file: FileReport, path: str, line: int, cache: dict[str, list[str]]) -> str | None:
    """The text of `line` in `path`, as the check read it: a file it could not read (a pipe,
    a device, an oversized file) has no text, so no source line."""
    if line <= 0:
        return None
    if path not in cache:
        cache[path] = file.sources.get(path, "").splitlines()
    lines = cache[path]
    return lines[line - 1] if 0 < line <= len(lines) else None


def summary(report: CheckReport, lang: str = "ru") -> str:
    """«Проверено: 3 файла; 1 ошибка, 2 предупреждения.» in the plans' language (`lang` when they differ)."""
    said = words(report_language(report, lang))
    errors, warnings = report.count(Severity.ERROR), report.count(Severity.WARNING)
    files = _plural(len(report.files), said["files"])
    if not errors and not warnings:
        return str(said["clean"]).format(files=files)
    return str(said["found"]).format(files=files, errors=_plural(errors, said["errors"]), warnings=_plural(warnings, said["warnings"]))


def format_text(report: CheckReport, *, color: bool = False, lang: str = "ru") -> str:
    """Findings grouped by file, each with its source line and a caret under the column.

    A finding's severity and hint are in its plan's language, like its message; the summary
    in the plans' language, or `lang` (the interface's) when they differ.
    """

    def paint(text: str, code: str) -> str:
        return f"{code}{text}{_RESET}" if color else text

    out: list[str] = []
    cache: dict[str, list[str]] = {}
    for file in report.files:
        if not file.diagnostics:
            continue
        out.append(paint(shown(file.path), _BOLD))
        said = words(file.language)
        # of a file that is not a plan yet, only the line of its first finding is shown
        quoted = 1 if any(d.rule in _LOADER_RULES for d in file.diagnostics) else len(file.diagnostics)
        for number, d in enumerate(file.diagnostics):
            severity = paint(said["severity"][d.severity.value], _COLORS[d.severity])
            out.append(f"  {shown(d.where)}: {severity} {paint(d.code, _BOLD)} {shown(d.message)}")
            # F001: not read (a link out of the folder, a pipe); F006: not a plan; no line to show
            source = _source_line(file, d.path, d.line, cache) if number < quoted and d.code not in _UNQUOTED else None
            if source is not None:
                source = shown(source.replace("\t", " "))
                if len(source) > 160:
                    start = max(0, d.column - 80)
                    source, caret_at = source[start : start + 160], d.column - start
                else:
                    caret_at = d.column
                out.append(paint(f"    {source}", _DIM))
                out.append("    " + " " * max(caret_at - 1, 0) + paint("^", _COLORS[d.severity]))
            if d.hint:
                out.append("    " + str(said["hint"]).format(hint=shown(d.hint)))
        out.append("")
    out.append(summary(report, lang))
    return "\n".join(out) + "\n"


def format_json(report: CheckReport) -> str:
    import json  # here: the text report, which a pre-commit hook prints, never needs it

    return json.dumps([d.to_json() for d in report.diagnostics], ensure_ascii=False, indent=2) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_github(report: CheckReport, lang: str = "ru") -> str:
    """Workflow commands that GitHub Actions turns into annotations on the pull request."""
    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
    lines = []
    for d in report.diagnostics:
        message = printable(d.message + (f" ({d.hint})" if d.hint else ""))
        props = f"file={_escape_property(_posix(d.path))},line={d.line},col={d.column},title={_escape_property(d.code + ' ' + d.rule)}"
        lines.append(f"::{level[d.severity]} {props}::{_escape_data(message)}")
    lines.append(summary(report, lang))
    return "\n".join(lines) + "\n"


def github_step_summary(report: CheckReport, lang: str = "ru") -> str:
    """A Markdown table for `$GITHUB_STEP_SUMMARY`: the job's page shows it."""

    def cell(text: str) -> str:
        return printable(text).replace("|", "\\|").replace("\n", " ")

    lines = ["## planctl validate", "", summary(report, lang), ""]
    if report.diagnostics:
        lines += ["| " + " | ".join(words(report_language(report, lang))["table"]) + " |", "|---|---:|---|---|---|"]
        for file in report.files:
            severity = words(file.language)["severity"]
            for d in file.diagnostics:
                lines.append(f"| {cell(_posix(d.path))} | {d.line} | {d.code} | {severity[d.severity.value]} | {cell(d.message)} |")
    return "\n".join(lines) + "\n"


def _posix(path: str) -> str:
    return shown(PurePath(path).as_posix())


@cache
def rule_catalogue() -> dict[str, dict[str, str]]:
    """Every finding code with its name and description: loader codes and lint rules."""
    codes: dict[str, dict[str, str]] = dict(package_data("planctl", "data/load_codes.yaml"))
    from planctl.lint.registry import RULES
    from planctl.progress.registry import RULES as RECORD_RULES

    for code, rule in {**RULES, **RECORD_RULES}.items():
        doc = (rule.__doc__ or "").strip()
        codes[code] = {"name": rule.NAME, "description": doc.split("\n\n")[0].replace("\n", " ")}
    return codes


def format_sarif(report: CheckReport) -> str:
    """SARIF 2.1.0, which GitHub code scanning shows on the pull request."""
    from planctl.lint.ruledocs import help_uri
    from planctl.sarif_paths import artifact_location, base_ids, repository_root

    level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
    catalogue = rule_catalogue()
    root = repository_root()
    used = sorted({d.code for d in report.diagnostics} | set(catalogue))
    index = {code: i for i, code in enumerate(used)}
    rules = []
    for code in used:
        entry = catalogue.get(code, {"name": code, "description": code})
        rules.append(
            {
                "id": code,
                "name": entry["name"],
                "shortDescription": {"text": entry["description"]},
                "helpUri": help_uri(code),
            }
        )
    results = []
    for d in report.diagnostics:
        message = d.message + (f" ({d.hint})" if d.hint else "")
        results.append(
            {
                "ruleId": d.code,
                "ruleIndex": index[d.code],
                "level": level[d.severity],
                "message": {"text": message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": artifact_location(d.path, root),
                            "region": {"startLine": max(d.line, 1), "startColumn": max(d.column, 1)},
                        }
                    }
                ],
            }
        )
    sarif = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "planctl",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": rules,
                    }
                },
                "originalUriBaseIds": base_ids(root),
                "results": results,
            }
        ],
    }
    import json

    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"


FORMATTERS: dict[str, Callable[[CheckReport], str]] = {
    "text": format_text,
    "json": format_json,
    "github": format_github,
    "sarif": format_sarif,
}
