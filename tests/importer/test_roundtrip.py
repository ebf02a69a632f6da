"""render → import gives the plan back: every shipped plan and example, compared as printed.

What a Word page cannot carry is left out of the comparison: notes, status, done marks,
explicit due dates and the executors registry (ids are printed as full names). Labels
are compared as printed (the plan's or the template's), the heading in capitals, and a
name with the renderer's no-break spaces as plain text.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from planctl.importer import import_docx
from planctl.importer.vocab import default_columns
from planctl.importer.write import to_yaml
from planctl.load import load_file, load_text
from planctl.model import Plan, as_data

render_docx_module = pytest.importorskip("planctl.render.docx")

ROOT = Path(__file__).parents[2]
#: every-rule.yaml is wrong on purpose (lint showcase): its artefacts are not meant to survive a round trip.
PLANS = sorted((ROOT / "plans").glob("*.yaml")) + sorted(p for p in (ROOT / "examples").glob("*.yaml") if p.name != "every-rule.yaml")
UNPRINTED_ITEM_KEYS = ("notes", "status", "done", "due")


def _text(value: Any) -> Any:
    return re.sub(r"\s+", " ", value.replace("\u00a0", " ")).strip() if isinstance(value, str) else value


def printed(plan: Plan) -> dict[str, Any]:
    """The part of a plan that a rendered page shows."""
    data = as_data(plan)
    for key in ("executors", "shift"):
        data.pop(key)
    data["title"] = _text(data["title"]).rstrip(".")
    data["heading"] = data["heading"].upper()
    data["attachment"] = _text(data["attachment"])
    if data["approval"]:
        data["approval"] = {k: _text(v) for k, v in data["approval"].items()}
    defaults = default_columns(plan.language)
    data["columns"] = {k: v or defaults.get(k) for k, v in data["columns"].items()}

    def item_view(item: dict[str, Any]) -> dict[str, Any]:
        out = {k: _text(v) for k, v in item.items() if k not in UNPRINTED_ITEM_KEYS and k != "executors"}
        out["executors"] = [_text(plan.executor_name(e)) for e in item["executors"]]
        return out

    if data["sections"] is not None:
        data["sections"] = [{**s, "title": _text(s["title"]), "items": [item_view(i) for i in s["items"]]} for s in data["sections"]]
    else:
        data["items"] = [item_view(i) for i in data["items"]]
    return data


def _valid(path: Path) -> Plan | None:
    result = load_file(path)
    return result.document.plan if result.document else None


@pytest.mark.parametrize("path", PLANS, ids=[p.stem for p in PLANS])
def test_render_then_import_gives_the_plan_back(path: Path, tmp_path: Path) -> None:
    plan = _valid(path)
    if plan is None:
        pytest.skip(f"{path.name} does not validate")
    out = tmp_path / f"{path.stem}.docx"
    render_docx_module.render_docx(plan, out)
    result = import_docx(out)
    back = load_text(to_yaml(result.plan), f"plans/{path.stem}.yaml")
    assert back.diagnostics == []
    assert back.document is not None
    assert printed(back.document.plan) == printed(plan)


def test_there_are_plans_to_round_trip() -> None:
    assert PLANS, "no plans/ or examples/ in this checkout"
    assert any(_valid(p) for p in PLANS)


def _variant(**changes: Any) -> Any:
    """The ministry template with some printing choices changed (date form, executors, signature)."""
    import dataclasses

    from planctl.render.template import load_template

    template = load_template(None)
    settings = template.settings
    updates: dict[str, Any] = {}
    if "date_form" in changes:
        updates["stamp"] = settings.stamp.model_copy(update={"date_form": changes["date_form"]})
    if "executors" in changes:
        updates["table"] = settings.table.model_copy(update={"executors": changes["executors"], "number_row": changes.get("number_row", True)})
    if "signature" in changes:
        updates["signature"] = settings.signature.model_copy(update={"show": changes["signature"]})
    return dataclasses.replace(template, settings=settings.model_copy(update=updates))


@pytest.mark.parametrize(
    "changes",
    [
        {"date_form": "numeric", "executors": "comma", "signature": True},
        {"date_form": "words", "executors": "lines", "number_row": False},
        {"date_form": "quoted", "signature": True},
    ],
    ids=["numeric-comma-signature", "words-no-number-row", "quoted-signature"],
)
@pytest.mark.parametrize("path", PLANS, ids=[p.stem for p in PLANS])
def test_round_trip_under_other_printing_choices(path: Path, tmp_path: Path, changes: dict[str, Any]) -> None:
    plan = _valid(path)
    if plan is None:
        pytest.skip(f"{path.name} does not validate")
    out = tmp_path / f"{path.stem}.docx"
    render_docx_module.render_docx(plan, out, _variant(**changes))
    result = import_docx(out)
    back = load_text(to_yaml(result.plan), f"plans/{path.stem}.yaml")
    assert back.document is not None, back.diagnostics
    assert printed(back.document.plan) == printed(plan)
    assert not any(w.startswith("после таблицы") for w in result.warnings), result.warnings
