"""YAML plan files → plain values with positions → the `Plan`.

Every problem becomes a `Diagnostic` that points at a line and column, so a clerk
editing the file in a web UI can find it. Hostile input (alias bombs, deep nesting,
huge or binary files, odd encodings) is refused with a message, never a traceback.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ruamel.yaml.nodes import Node

from planctl import messages
from planctl.cache import content_digest
from planctl.composing import compose
from planctl.diagnostics import Diagnostic, Severity
from planctl.display import shown
from planctl.document import ComposedFile, LoadResult, PlanDocument, Positions, YamlPath
from planctl.errors import PlanctlError
from planctl.limits import MAX_FILE_BYTES, MAX_PERIOD_YEARS
from planctl.model import Approval, Columns, Item, Plan, Section, field_names
from planctl.plan_validation import plan_or_errors
from planctl.reading import Stop, decode, read_bytes, read_text
from planctl.schema_findings import TYPE_MESSAGES, schema_findings

_KEY_SETS: dict[str, tuple[str, ...]] = {
    "plan": field_names(Plan),
    "approval": field_names(Approval),
    "columns": field_names(Columns),
    "item": field_names(Item),
    "section": field_names(Section),
}


class PlanInvalid(PlanctlError):
    """A plan has error findings; commands that need a valid plan stop with them."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        errors = [d for d in diagnostics if d.severity is Severity.ERROR]
        first = errors[0] if errors else diagnostics[0]
        super().__init__(f"{first.where}: {first.message}")
        self.diagnostics = diagnostics


# --------------------------------------------------------------------------- validating


def _keyset(path: YamlPath) -> str | None:
    if not path:
        return "plan"
    if path in (("approval",), ("columns",)):
        return path[0]
    if len(path) == 2 and path[0] == "sections":
        return "section"
    if (len(path) == 2 and path[0] == "items") or (len(path) == 4 and path[2] == "items"):
        return "item"
    return None


def _allowed_keys(mapping: YamlPath) -> tuple[str, ...]:
    return _KEY_SETS.get(_keyset(mapping) or "", ())


def _problem_text(entry: Any, key: str, lang: str) -> str:
    kind = entry["type"]
    loc = tuple(entry["loc"])
    if (loc and loc[-1] in ("date", "list[date]")) or (loc and loc[-1] == "due"):
        return messages.text("expect-date-or-list", lang)
    if kind in TYPE_MESSAGES:
        return messages.text(TYPE_MESSAGES[kind], lang)
    if kind == "literal_error":
        expected = str(entry.get("ctx", {}).get("expected", "")).replace(" or ", ", ").replace("'", "")
        return messages.text("expect-one-of", lang, expected=expected)
    if kind == "value_error":
        reason = str(entry.get("ctx", {}).get("error", entry["msg"]))
        if "period spans more than" in reason:
            return messages.text("period-too-long", lang, limit=MAX_PERIOD_YEARS)
        if "items or sections" in reason:
            return messages.text("items-or-sections", lang)
        if "quoted" in reason:
            return messages.text("expect-quoted-number", lang)
        if loc and loc[0] == "period":
            return messages.text("expect-period", lang)
        return messages.text("invalid-value", lang, problem=reason)
    return messages.text("invalid-value", lang, problem=entry["msg"])


# --------------------------------------------------------------------------- entry points


def load_text(text: str, path: str = "<plan>") -> LoadResult:
    """Load one plan from its text; findings instead of exceptions."""
    lang = guess_language(text)
    try:
        raw, positions, problems = compose(text, lang)
    except Stop as stop:
        return LoadResult(path, None, [_stop_finding(stop, path, lang)], text)
    if isinstance(raw, dict) and raw.get("language") in ("ru", "uk"):
        lang = raw["language"]
    findings = [_node_finding(key, node, fields, path, lang) for key, node, fields in problems]
    if not isinstance(raw, dict):
        kinds: dict[type, str] = {list: "список", str: "текст"}
        found = kinds.get(type(raw), "одно значение")
        findings.append(_finding("F006", messages.text("not-a-mapping", lang, found=found), path, 1, 1))
        return LoadResult(path, None, findings, text)
    if findings:
        return LoadResult(path, None, findings, text)
    if "\\" in text:  # only an escape in quotes ("\\e", "\\0") makes a control character: YAML refuses raw ones
        findings = _control_findings(raw, (), positions, path, lang)
        if findings:
            return LoadResult(path, None, findings, text)
    if raw and not any(key in _KEY_SETS["plan"] for key in raw):
        # some other YAML (or /etc/passwd, which reads as one): naming its keys would print it
        return LoadResult(path, None, [_finding("F006", messages.text("not-a-plan", lang), path, 1, 1)], text)
    plan = plan_or_errors(raw)
    if not isinstance(plan, Plan):
        findings = schema_findings(plan, positions, path, lang, allowed_keys=_allowed_keys, problem=_problem_text)
        return LoadResult(path, None, findings, text)
    return LoadResult(path, PlanDocument(path, text, plan, positions), [], text)


#: Control characters a text may not hold (tab and line breaks may): they would reach the
#: DOCX, the ICS and terminals as they are.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _control_findings(value: Any, where: YamlPath, positions: Positions, path: str, lang: str) -> list[Diagnostic]:
    """An S001 for each text (or key) holding a control character."""
    found: list[Diagnostic] = []
    if isinstance(value, str):
        match = _CONTROL.search(value)
        if match:
            line, column = positions.of(where)
            key = next((str(part) for part in reversed(where) if isinstance(part, str)), "")
            char = f"U+{ord(match.group()):04X}"
            found.append(_finding("S001", messages.text("control-character", lang, key=key, char=char), path, line, column))
    elif isinstance(value, dict):
        for key, inner in value.items():
            found += _control_findings(key, where, positions, path, lang)
            found += _control_findings(inner, (*where, key), positions, path, lang)
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _control_findings(inner, (*where, index), positions, path, lang)
    return found


def load_file(path: Path | str) -> LoadResult:
    """Load one plan file; unreadable, oversized and mis-encoded files become findings.

    Findings and due entries name the file as it can be printed (`display.shown`).
    """
    name = shown(path)
    try:
        data = read_bytes(Path(path))
    except Stop as stop:
        return LoadResult(name, None, [_stop_finding(stop, name, "ru")])
    return load_bytes(data, name)


def load_bytes(data: bytes, path: str) -> LoadResult:
    """Load one plan from the bytes of its file (read from disk, or from git at a revision):
    encodings are told apart as for a file, and every problem is a finding."""
    digest = content_digest(data)
    try:
        text = decode(data)
    except Stop as stop:
        return LoadResult(path, None, [_stop_finding(stop, path, "ru")], digest=digest)
    result = load_text(text, path)
    result.digest = digest
    return result


def compose_file(path: Path | str, lang: str = "ru") -> ComposedFile:
    """Read, decode and compose one YAML file; every reading or YAML problem is a finding."""
    name = shown(path)
    try:
        text = decode(read_bytes(Path(path)))
    except Stop as stop:
        return ComposedFile(name, "", None, Positions(), [_stop_finding(stop, name, lang)])
    try:
        raw, positions, problems = compose(text, lang)
    except Stop as stop:
        return ComposedFile(name, text, None, Positions(), [_stop_finding(stop, name, lang)])
    findings = [_node_finding(key, node, fields, name, lang) for key, node, fields in problems]
    return ComposedFile(name, text, raw, positions, findings)


def load_plan(path: Path | str) -> PlanDocument:
    """A valid plan or `PlanInvalid` with every finding: for commands that need the plan itself."""
    result = load_file(path)
    if result.document is None:
        raise PlanInvalid(result.diagnostics)
    return result.document


_CODES = {
    "file-unreadable": "F001",
    "file-not-regular": "F001",
    "file-too-large": "F005",
    "file-binary": "F002",
    "file-utf16": "F002",
    "file-cp1251": "F002",
    "file-not-utf8": "F002",
    "file-empty": "F006",
    "several-documents": "F003",
    "yaml-syntax": "F003",
    "yaml-tab": "F003",
    "duplicate-key": "F004",
    "alias-bomb": "F005",
    "self-alias": "F005",
    "too-deep": "F005",
    "too-many-nodes": "F005",
    "bad-key": "F003",
    "bad-date": "S001",
    "bad-tag": "F003",
}


def _finding(code: str, message: str, path: str, line: int, column: int) -> Diagnostic:
    """A loading finding; one about the whole file points at its start."""
    return Diagnostic(code, Severity.ERROR, message, path, line or 1, column or 1, rule="load")


def _stop_finding(stop: Stop, path: str, lang: str) -> Diagnostic:
    line = stop.fields.pop("line", 0)
    column = stop.fields.pop("column", 0)
    if stop.node is not None:
        line, column = stop.node.start_mark.line + 1, stop.node.start_mark.column + 1
    return _finding(_CODES[stop.key], messages.text(stop.key, lang, **stop.fields), path, line, column)


def _node_finding(key: str, node: Node, fields: dict[str, Any], path: str, lang: str) -> Diagnostic:
    mark = node.start_mark
    return _finding(_CODES[key], messages.text(key, lang, **fields), path, mark.line + 1, mark.column + 1)


_UK_LANGUAGE = re.compile(r"^language:\s*['\"]?uk\b", re.MULTILINE)


def guess_language(text: str) -> str:
    """The plan's language before it is parsed, so even syntax errors speak it."""
    return "uk" if _UK_LANGUAGE.search(text[:20000]) else "ru"


#: The loader's public names; reading and composing live in planctl.reading and
#: planctl.composing, the types of a loaded plan in planctl.document.
__all__ = [
    "MAX_FILE_BYTES",
    "ComposedFile",
    "LoadResult",
    "PlanDocument",
    "PlanInvalid",
    "Positions",
    "YamlPath",
    "compose",
    "compose_file",
    "decode",
    "guess_language",
    "load_bytes",
    "load_file",
    "load_plan",
    "load_text",
    "read_bytes",
    "read_text",
]
