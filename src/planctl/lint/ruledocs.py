"""Documentation of every finding code, from one source: `planctl rules`, `planctl rule CODE`,
docs/rules.md and the SARIF `helpUri` all read it here.

A lint rule's name, severity and PASS/FAIL examples come from its module (the examples
are run as tests); its summary and explanation in Russian and Ukrainian from rules.yaml.
Loader codes (F, S) come from data/load_codes.yaml; they have no examples and are always on.
"""

from __future__ import annotations

import difflib
import re
import textwrap
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from planctl.diagnostics import Severity
from planctl.lint.base import catalogue
from planctl.lint.registry import DEFAULT_SELECTION, RULES
from planctl.selection import HARD_PREFIXES, by_name
from planctl.yamlio import package_data

#: The committed rule documentation on the project's repository; `#t004` is a rule's anchor.
DOCS_URL = "https://github.com/planctl/planctl/blob/main/docs/rules.md"

_EXAMPLE = re.compile(r"^(PASS|FAIL):\n\n((?:(?:    .*)?\n)+)", re.MULTILINE)


@dataclass(frozen=True)
class RuleDoc:
    """What is known about one code, in one language."""

    code: str
    name: str
    severity: Severity
    #: "on", "off" (outside the default rule set) or "always" (loader codes).
    default: str
    summary: str
    about: str
    #: ("PASS" | "FAIL", YAML text) in the order the module gives them.
    examples: tuple[tuple[str, str], ...] = ()

    @property
    def url(self) -> str:
        return help_uri(self.code)


def help_uri(code: str) -> str:
    """The address of a code's section in docs/rules.md."""
    return f"{DOCS_URL}#{code.lower()}"


@cache
def _labels() -> dict[str, Any]:
    data = package_data("planctl.lint", "ruledocs.yaml")
    assert isinstance(data, dict)
    return data


def label(key: str, lang: str, /, **fields: Any) -> str:
    """A word of the documentation (ruledocs.yaml), `key` dotted for nested entries."""
    entry: Any = _labels()
    for part in key.split("."):
        entry = entry[part]
    text = str(entry.get(lang) or entry["ru"])
    return text.format(**fields) if fields else text


def examples(docstring: str) -> tuple[tuple[str, str], ...]:
    """The PASS/FAIL blocks of a rule module's docstring, dedented."""
    return tuple((kind, textwrap.dedent(block).strip("\n") + "\n") for kind, block in _EXAMPLE.findall(docstring + "\n"))


def _pick(entry: dict[str, Any], key: str, lang: str) -> str:
    return str(entry.get(f"{key}_{lang}") or entry.get(f"{key}_ru") or "")


@lru_cache(maxsize=4)
def rule_docs(lang: str = "ru") -> tuple[RuleDoc, ...]:
    """Every code, loader codes included, in code order."""
    docs: list[RuleDoc] = []
    loader: dict[str, dict[str, Any]] = package_data("planctl", "data/load_codes.yaml")
    for code, entry in loader.items():
        docs.append(RuleDoc(code, entry["name"], Severity.ERROR, "always", _pick(entry, "summary", lang), ""))
    texts = catalogue()
    for code, module in RULES.items():
        entry = texts[code]
        default = "on" if code in DEFAULT_SELECTION else "off"
        docs.append(
            RuleDoc(
                code,
                module.NAME,
                module.SEVERITY,
                default,
                _pick(entry, "summary", lang),
                _pick(entry, "about", lang),
                examples(module.__doc__ or ""),
            )
        )
    docs.extend(_records_docs(lang))
    return tuple(sorted(docs, key=lambda doc: doc.code))


def _records_docs(lang: str) -> list[RuleDoc]:
    """The progress records rules (R…): texts in progress/rules.yaml, examples in their modules."""
    from planctl.progress.registry import RULES as RECORDS_RULES

    texts: dict[str, dict[str, Any]] = package_data("planctl.progress", "rules.yaml")
    return [
        RuleDoc(code, module.NAME, module.SEVERITY, "on", _pick(texts[code], "summary", lang), _pick(texts[code], "about", lang), examples(module.__doc__ or ""))
        for code, module in RECORDS_RULES.items()
    ]


def find(selector: str, lang: str = "ru") -> RuleDoc | None:
    """The documentation of a code (any case) or a rule name, or None."""
    wanted = by_name().get(selector.strip(), selector.strip().upper())
    return next((doc for doc in rule_docs(lang) if doc.code == wanted), None)


def suggestion(selector: str) -> str | None:
    """The code or name closest to a mistyped one."""
    names = [doc.code for doc in rule_docs()] + list(by_name())
    close = difflib.get_close_matches(selector.strip(), names, n=1, cutoff=0.6)
    close = close or difflib.get_close_matches(selector.strip().upper(), names, n=1, cutoff=0.6)
    return close[0] if close else None


def status(doc: RuleDoc, lang: str) -> str:
    """«предупреждение · включено»: the severity and whether the rule runs by default."""
    return f"{label('severity.' + doc.severity.value, lang)} · {label('default.' + doc.default, lang)}"


def _how_to_switch(doc: RuleDoc, lang: str) -> str:
    if doc.code.startswith(HARD_PREFIXES):
        return label("loader", lang)
    return label("enable" if doc.default == "off" else "disable", lang, code=doc.code)


def to_text(doc: RuleDoc, lang: str) -> str:
    """One code explained for a terminal, the way `ruff rule` does."""
    out = [f"{doc.code} {doc.name}", status(doc, lang), "", doc.summary]
    if doc.about:
        out += ["", *textwrap.wrap(doc.about, 88)]
    out += ["", _how_to_switch(doc, lang)]
    for kind, text in doc.examples:
        out += ["", label("pass" if kind == "PASS" else "fail", lang), ""]
        out += ["    " + line if line else "" for line in text.rstrip("\n").split("\n")]
    out += ["", label("more", lang, url=doc.url)]
    return "\n".join(out) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(lang: str = "ru") -> str:
    """docs/rules.md: a table of every code, then one section (anchor `#t004`) per code."""
    docs = rule_docs(lang)
    columns = [label(f"columns.{key}", lang) for key in ("code", "name", "severity", "default", "summary")]
    out = [f"# {label('title', lang)}", "", f"<!-- {label('generated', lang)} -->", "", label("intro", lang), ""]
    out += ["| " + " | ".join(columns) + " |", "|---|---|---|---|---|"]
    for doc in docs:
        severity, default = label("severity." + doc.severity.value, lang), label("default." + doc.default, lang)
        out.append(f"| [{doc.code}](#{doc.code.lower()}) | `{doc.name}` | {severity} | {default} | {_cell(doc.summary)} |")
    for doc in docs:
        out += ["", f"## {doc.code}", "", f"`{doc.name}` · {status(doc, lang)}", "", doc.summary]
        if doc.about:
            out += ["", doc.about]
        out += ["", _how_to_switch(doc, lang)]
        for kind, text in doc.examples:
            out += ["", label("pass" if kind == "PASS" else "fail", lang), "", "```yaml", text.rstrip("\n"), "```"]
    return "\n".join(out) + "\n"
