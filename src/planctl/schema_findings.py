"""pydantic's validation errors as findings at their place in the YAML (S001–S003).

Plans (dataclasses pydantic validates) and progress records (pydantic models) are both
validated by pydantic over positioned YAML: one walk turns
an error's location into a line and column, with a "did you mean" for an unknown key.
What a wrong value should have been is the caller's to word (`problem`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from planctl import messages
from planctl.diagnostics import Diagnostic, Severity
from planctl.document import Positions, YamlPath

if TYPE_CHECKING:
    from pydantic import ValidationError

#: pydantic error types and the words of what was expected (data/messages.yaml keys).
TYPE_MESSAGES = {
    "string_type": "expect-text",
    "list_type": "expect-list",
    "dict_type": "expect-map",
    "model_type": "expect-map",
    "model_attributes_type": "expect-map",
    "dataclass_type": "expect-map",
    "date_type": "expect-date",
    "date_parsing": "expect-date",
    "date_from_datetime_parsing": "expect-date",
    "date_from_datetime_inexact": "expect-date",
}

#: (the error entry, the key it is about, the language) → what the value should be, in words.
Problem = Callable[[Any, str, str], str]


def schema_findings(
    error: ValidationError,
    positions: Positions,
    path: str,
    lang: str,
    *,
    allowed_keys: Callable[[YamlPath], Sequence[str]],
    problem: Problem,
) -> list[Diagnostic]:
    """One finding per place and code; `allowed_keys(mapping path)` names the keys a mapping may have."""
    from difflib import get_close_matches  # findings only: a valid plan never gets here

    found: list[Diagnostic] = []
    seen: set[tuple[int, int, str]] = set()
    for entry in error.errors(include_url=False):
        loc = tuple(entry["loc"])
        real = real_path(loc, positions)
        kind = entry["type"]
        hint = None
        if kind in ("extra_forbidden", "unexpected_keyword_argument"):
            code, key = "S002", str(loc[-1])
            line, column = positions.of(real, key=True)
            message = messages.text("unknown-key", lang, key=key)
            allowed = allowed_keys(real[:-1])
            close = get_close_matches(key, allowed, n=1, cutoff=0.6)
            if close:
                hint = messages.text("did-you-mean", lang, suggestion=close[0])
            elif allowed:
                hint = messages.text("allowed-keys", lang, keys=", ".join(allowed))
        elif kind == "missing":
            code = "S003"
            line, column = positions.of(real, key=True)
            message = messages.text("missing-key", lang, key=loc[-1])
        elif not loc:  # about the whole document (a model validator)
            code = "S001"
            line, column = positions.of(())
            message = problem(entry, "", lang)
        else:
            code = "S001"
            line, column = positions.of(real)
            key = next((str(part) for part in reversed(real) if isinstance(part, str)), "")
            message = messages.text("wrong-value", lang, key=key, problem=problem(entry, key, lang))
        if (line, column, code) in seen:
            continue
        seen.add((line, column, code))
        found.append(Diagnostic(code, Severity.ERROR, message, path, line, column, hint, rule="schema"))
    return found


def real_path(loc: tuple[Any, ...], positions: Positions) -> YamlPath:
    """The longest prefix of a pydantic location that names a place in the document.

    Union branch names (`date`, `list[date]`) and missing keys are not in the document.
    """
    out: YamlPath = ()
    for part in loc:
        candidate = (*out, part)
        if candidate not in positions.values and candidate not in positions.keys:
            break
        out = candidate
    return out
