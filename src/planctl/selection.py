"""Which rule codes a selector names, and which rules are on by default.

`config` (reading `select`, `ignore`, ...) and `lint` (running the rules) both need
this, and `lint` imports `config`: so it lives here, importing neither. The codes and
names come from lint/rules.yaml (one entry per rule, the same file the rules' texts
come from), read only when a selector has to be matched.
"""

from __future__ import annotations

from functools import cache
from typing import Any

#: Loader codes (F: file, S: schema) are hard errors: no configuration switches them off.
HARD_PREFIXES = ("F", "S")

#: Lint rules outside the default rule set (ruff's idea): too strict for most real plans,
#: they run only when `select` or `extend-select` names them. Every other code runs by default.
DEFAULT_OFF: frozenset[str] = frozenset({"T004"})

#: lint/rules.yaml, addressed from `planctl` so reading it does not import `planctl.lint`.
RULES_FILE = ("planctl", "lint/rules.yaml")


def _rules_file() -> dict[str, Any]:
    # imported here: a configuration without selectors, and `planctl --help`, never parse YAML
    from planctl.yamlio import package_data

    data = package_data(*RULES_FILE)
    assert isinstance(data, dict)
    return data


@cache
def rule_codes() -> tuple[str, ...]:
    """Every lint rule code, in code order."""
    return tuple(sorted(_rules_file()))


@cache
def by_name() -> dict[str, str]:
    """rule name → code (`whitespace` → `T001`)."""
    table = _rules_file()
    return {str(table[code]["name"]): code for code in rule_codes()}


def matching(selector: str) -> list[str]:
    """Codes a selector names: a code, a prefix (`T`, `N00`) or a rule name."""
    selector = selector.strip()
    names = by_name()
    if selector in names:
        return [names[selector]]
    upper = selector.upper()
    return [code for code in rule_codes() if code.startswith(upper)] if upper else []
