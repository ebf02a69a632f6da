"""An executor that is neither an id nor a full name in the plan's `executors` registry.

With a registry, a misspelt id (`mzz`) would otherwise be printed as is and never
match the executor's filter in due lists. Plans without a registry are not checked.
The hint suggests the closest id or name.

PASS:

    title: План
    period: 2024
    executors: {mz: Министерство здравоохранения}
    items:
      - {number: "1", title: Совещание, executors: [mz]}

FAIL:

    title: План
    period: 2024
    executors: {mz: Министерство здравоохранения}
    items:
      - {number: "1", title: Совещание, executors: [mzz]}
"""

from __future__ import annotations

from collections.abc import Iterator

from planctl.diagnostics import Diagnostic, Severity
from planctl.document import PlanDocument
from planctl.lint.base import Reporter, rows

CODE = "X003"
NAME = "executor-unknown"
SEVERITY = Severity.ERROR
report = Reporter(CODE, NAME, SEVERITY)


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def check(doc: PlanDocument) -> Iterator[Diagnostic]:
    registry = doc.plan.executors
    if not registry:
        return
    known = {_key(ident) for ident in registry} | {_key(name) for name in registry.values()}
    choices = list(registry) + list(registry.values())
    close_cache: dict[str, list[str]] = {}
    for _, _, item, path in rows(doc):
        for k, name in enumerate(item.executors):
            if not name.strip() or _key(name) in known:
                continue
            if name not in close_cache:
                from difflib import get_close_matches  # only for a name the registry lacks

                close_cache[name] = get_close_matches(name.strip(), choices, n=1, cutoff=0.6)
            close = close_cache[name]
            at = doc.positions.of((*path, "executors", k))
            if close:
                yield report(doc, at, name=name.strip(), suggestion=close[0])
            else:
                yield report(doc, at, "nothing-close", name=name.strip())
