"""Property: any plan the model accepts, printed by render, comes back from import as the same plan.

"The same" is what a printed page can carry. Known lossy fields, by design:
- notes, status, done, due, shift and the executors registry are not printed (ids come
  back as the full names they print);
- spacing is normalized (a header label's line breaks too), a title's final full stop and
  a heading's case are the page's;
- a column label equal to the template's comes back unrecorded (labels are drawn from the
  real labels of public plans, so each is recognized by meaning, not because planctl wrote it);
- the language is not printed: it is read from the labels (drawn here in the plan's own
  language) and, failing them, from the letters;
- a period not written in the title is given to import by the caller (`--period`);
- an executor name written with a line break comes back as two executors.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML
from test_roundtrip import printed

from planctl.importer import import_docx
from planctl.importer.vocab import FIELDS, norm_label, package_labels, ukrainian_labels
from planctl.model import Plan
from planctl.plan_validation import validate_plan
from planctl.render.docx import render_docx

WORDS = YAML(typ="safe").load((Path(__file__).parent / "data" / "roundtrip_words.yaml").read_text(encoding="utf-8"))
EXAMPLES = 40 if os.environ.get("HYPOTHESIS_PROFILE", "default") == "default" else 2000


def _phrase(words: list[str], low: int, high: int) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(words), min_size=low, max_size=high).map(" ".join)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]




def _label_language(label: str) -> str:
    return "uk" if norm_label(label) in ukrainian_labels() or re.search("[іїєґІЇЄҐ]", label) else "ru"


#: real labels of public plans, by language and the field each names: a plan may print any of its language's
REAL_LABELS = {
    (language, field): sorted({str(e["label"]) for e in package_labels() if e["column"] == field and _label_language(str(e["label"])) == language})
    for language in ("ru", "uk")
    for field in FIELDS
}
dates = st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31))
names = st.sampled_from(WORDS["names"])
positions = st.sampled_from(WORDS["positions"])


@st.composite
def items(draw: Any, prefix: str, count: int) -> list[dict[str, Any]]:
    out = []
    for n in range(1, count + 1):
        item: dict[str, Any] = {"number": f"{prefix}{n}", "title": _capital(draw(_phrase(WORDS["item_words"], 1, 8)))}
        executors = draw(st.lists(st.sampled_from(WORDS["executors"]), max_size=3, unique=True))
        if executors:
            item["executors"] = executors
        if draw(st.booleans()):
            item["deadline"] = draw(st.sampled_from(WORDS["deadlines"]))
        if draw(st.booleans()):
            item["result"] = draw(st.sampled_from(WORDS["results"]))
        # what the page does not carry: it may be there and must not disturb the rest
        if draw(st.booleans()):
            item["notes"] = "не печатается"
        out.append(item)
    return out


@st.composite
def plans(draw: Any) -> dict[str, Any]:
    year = draw(st.integers(2000, 2099))
    plan: dict[str, Any] = {
        "title": _capital(draw(_phrase(WORDS["title_words"], 1, 10))) + f" на {year} год",
        "period": year,
        "language": draw(st.sampled_from(["ru", "uk"])),
        "heading": draw(st.sampled_from(["ПЛАН", "ПЕРЕЧЕНЬ", "ГРАФИК", "КАЛЕНДАРНЫЙ ПЛАН", ""])),
    }
    if draw(st.booleans()):
        plan["approval"] = {
            "stamp": draw(st.sampled_from(["УТВЕРЖДАЮ", "УТВЕРЖДЕНО", "ЗАТВЕРДЖУЮ"])),
            "position": draw(positions),
            "name": draw(names),
            "date": draw(dates),
        }
    if draw(st.booleans()):
        plan["agreed"] = {"stamp": draw(st.sampled_from(["СОГЛАСОВАНО", "ПОГОДЖЕНО"])), "position": draw(positions), "name": draw(names), "date": draw(dates)}
    if draw(st.booleans()):
        plan["signature"] = {"position": draw(positions), "name": draw(names)}
    columns = {field: draw(st.sampled_from(REAL_LABELS[plan["language"], field])) for field in FIELDS if REAL_LABELS[plan["language"], field] and draw(st.booleans())}
    if columns:
        plan["columns"] = columns
    if draw(st.booleans()):
        plan["attachment"] = f"Приложение к приказу Министерства от {draw(dates).strftime('%d.%m.%Y')} № {draw(st.integers(1, 999))}"
    if draw(st.booleans()):
        plan["sections"] = [
            {"number": str(s), "title": _capital(draw(_phrase(WORDS["title_words"], 1, 6))), "items": draw(items(f"{s}.", draw(st.integers(1, 3))))}
            for s in range(1, draw(st.integers(1, 3)) + 1)
        ]
    else:
        plan["items"] = draw(items("", draw(st.integers(1, 5))))
    return plan


def _comparable(plan: Plan) -> dict[str, Any]:
    view = printed(plan)
    view["columns"] = {k: re.sub(r"\s+", " ", v) if v else v for k, v in view["columns"].items()}
    approval = plan.approval
    signature = view.get("signature")
    if signature is not None and approval is not None and signature == {"position": approval.position, "name": approval.name}:
        view["signature"] = None  # the template prints the approver's signature anyway
    return view


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=plans())
def test_any_accepted_plan_renders_and_imports_back(tmp_path_factory: Any, data: dict[str, Any]) -> None:
    plan = validate_plan(data)
    out = tmp_path_factory.mktemp("property") / "plan.docx"
    render_docx(plan, out)
    back = validate_plan(import_docx(out).plan)
    assert _comparable(back) == _comparable(plan)
