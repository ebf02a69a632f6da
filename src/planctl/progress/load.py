"""Progress records file → `Progress`, with a file:line:col for every problem.

Read and composed by the plan's own loader (`planctl.load`: the same limits on size,
depth and aliases, the same encoding checks, the same node positions); only the model
differs. A plan without a records file costs one `stat`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from planctl import messages
from planctl.diagnostics import Diagnostic, Severity
from planctl.document import Positions, YamlPath
from planctl.filenames import records_beside as records_beside  # its old home: callers import it from here
from planctl.load import compose_file
from planctl.progress.model import PROGRESS_KEYS, Progress, status_words
from planctl.schema_findings import TYPE_MESSAGES, schema_findings
from planctl.yamlio import package_data


@dataclass
class ProgressDocument:
    """A records file that loaded, with what the rules need to point into it."""

    path: str
    text: str
    progress: Progress
    positions: Positions
    #: The plan's language, which the records file follows.
    language: str = "ru"
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)


@dataclass
class ProgressLoad:
    path: str
    document: ProgressDocument | None
    diagnostics: list[Diagnostic]
    #: The file's text as read (empty when it could not be): findings quote their lines from it.
    text: str = ""


def text(key: str, language: str, **fields: Any) -> str:
    """A loader message of progress/messages.yaml in the plan's language."""
    data = package_data("planctl.progress", "messages.yaml")
    entry = data[key]
    return str(entry.get(language) or entry["ru"]).format(**fields)


def load_progress(path: str | Path, language: str = "ru") -> ProgressLoad:
    """Load a records file; unreadable files, YAML mistakes and wrong keys become findings."""
    composed = compose_file(path, language)
    name, raw, positions = composed.path, composed.raw, composed.positions
    if composed.diagnostics:
        return ProgressLoad(name, None, composed.diagnostics, composed.text)
    source = composed.text
    if not isinstance(raw, dict):
        message = text("not-a-mapping", language)
        return ProgressLoad(name, None, [Diagnostic("F006", Severity.ERROR, message, name, 1, 1, rule="load")], source)
    try:
        progress = Progress.model_validate(raw)
    except ValidationError as error:
        return ProgressLoad(name, None, schema_findings(error, positions, name, language, allowed_keys=_allowed_keys, problem=_problem), source)
    return ProgressLoad(name, ProgressDocument(name, source, progress, positions, language), [], source)


def _allowed_keys(mapping: YamlPath) -> tuple[str, ...]:
    return tuple(PROGRESS_KEYS.get(_keyset(mapping), ()))


def _keyset(path: YamlPath) -> str:
    if not path:
        return "progress"
    if path == ("signature",):
        return "signature"
    if len(path) == 2 and path[0] == "records":
        return "record"
    if len(path) == 4 and path[2] == "figures":
        return "figure"
    return ""


def _problem(entry: Any, key: str, language: str) -> str:
    kind = entry["type"]
    if key == "status":
        own = [word for word, (lang, _) in status_words().items() if lang == language]
        return messages.text("expect-one-of", language, expected=", ".join(own))
    if kind in TYPE_MESSAGES:
        return messages.text(TYPE_MESSAGES[kind], language)
    if kind in ("int_type", "float_type", "int_parsing", "float_parsing", "greater_than_equal"):
        return text("expect-count", language)
    if kind == "string_too_short":
        return messages.text("expect-text", language)
    reason = str(entry.get("ctx", {}).get("error", entry["msg"]))
    if "quoted" in reason:
        return messages.text("expect-quoted-number", language)
    return messages.text("invalid-value", language, problem=reason)
