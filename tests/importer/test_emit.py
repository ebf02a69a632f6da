"""The rows of an imported plan are written without ruamel's dumper: whatever the text, YAML reads it back."""

from __future__ import annotations

from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st
from ruamel.yaml import YAML

from planctl.importer.emit import scalar
from planctl.importer.write import to_yaml

TEXT = st.text(st.characters(blacklist_categories=["Cs"]), max_size=40)
ITEMS = st.lists(
    st.fixed_dictionaries(
        {"number": TEXT, "title": TEXT},
        optional={"executors": st.lists(TEXT, max_size=3), "deadline": TEXT, "result": TEXT, "notes": TEXT},
    ),
    min_size=1,
    max_size=4,
)


def _read(text: str) -> Any:
    return YAML(typ="safe", pure=True).load(text)


@given(ITEMS)
def test_items_read_back_as_written(items: list[dict[str, Any]]) -> None:
    plan = {"title": "План", "period": 2025, "items": items}
    assert _read(to_yaml(plan))["items"] == items


@given(st.lists(st.fixed_dictionaries({"number": TEXT, "title": TEXT, "items": ITEMS | st.just([])}), min_size=1, max_size=3))
# found by a CI run: ruamel's YAML 1.2 int pattern `[-+]?[0-9_]+` reads «+_» as a number and fails
@example([{"number": "", "title": "", "items": [{"number": "", "title": "+_"}]}])
def test_sections_read_back_as_written(sections: list[dict[str, Any]]) -> None:
    plan = {"title": "План", "period": 2025, "sections": sections}
    assert _read(to_yaml(plan))["sections"] == sections


@given(TEXT)
def test_a_scalar_is_one_line_that_reads_back(value: str) -> None:
    line = scalar(value)
    assert "\n" not in line
    assert _read(f"key: {line}\n")["key"] == value


def test_ordinary_text_stays_plain_as_ruamel_writes_it() -> None:
    assert scalar("Минздрав") == "Минздрав"
    assert scalar("Примечание: по согласованию") == "'Примечание: по согласованию'"
    assert scalar("2025") == "'2025'"
    assert scalar("yes") == "'yes'"
    assert scalar("- пункт") == "'- пункт'"
    assert scalar("+_") == "'+_'"
    assert scalar("._") == "'._'"
    assert scalar("_подчёркнутое") == "_подчёркнутое"
