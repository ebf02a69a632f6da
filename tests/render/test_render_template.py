"""Templates: finding them by name or folder, strict settings with lines, dates and names as printed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from planctl.errors import TemplateError
from planctl.render.layout import clean, drop_final_stop, format_date, signature_name
from planctl.render.template import available_templates, load_template, resolve_template

ROOT = Path(__file__).parents[2]


def test_shipped_templates_load() -> None:
    assert {"ministry", "ministry-landscape"} <= set(available_templates())
    assert load_template().name == "ministry"
    assert load_template("ministry-landscape").settings.orientation == "landscape"


def test_a_folder_path_is_a_template(tmp_path: Path) -> None:
    (tmp_path / "template.yaml").write_text("stamp:\n  date_form: numeric\n", encoding="utf-8")
    template = load_template(tmp_path)
    assert template.folder == tmp_path
    assert template.settings.stamp.date_form == "numeric"
    assert template.settings.font.name == "Times New Roman"  # the rest comes from the defaults


def test_an_unknown_name_lists_the_known_ones() -> None:
    with pytest.raises(TemplateError, match="ministry-landscape"):
        resolve_template("ministri")


def test_a_folder_without_template_yaml(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match=r"template\.yaml"):
        load_template(str(tmp_path))


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("font:\n  name: PT Astra Serif\n  sise_pt: 13\n", 3, "font.sise_pt"),
        ("stamp:\n  date_form: longish\n", 2, "stamp.date_form"),
        ("table:\n  columns:\n    - {key: number, label: N, width: 10, align: center, show: always}\n    - {key: number, label: N, width: 10, align: center, show: always}\n", 2, "listed twice"),
        ("table:\n  columns:\n    - {key: number, label: N, width: -3, align: center, show: always}\n", 3, "width"),
        ("orientation: [portrait\n", 2, "YAML"),
    ],
)
def test_mistakes_point_at_their_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    (tmp_path / "template.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(TemplateError, match=message) as caught:
        load_template(tmp_path)
    assert caught.value.location is not None
    assert caught.value.location.path == str(tmp_path / "template.yaml")
    assert caught.value.location.line == line


@pytest.mark.parametrize(
    ("form", "language", "text"),
    [
        ("numeric", "ru", "09.01.2024"),
        ("words", "ru", "9 января 2024 г."),
        ("quoted", "ru", "«9» января 2024 г."),
        ("quoted-spaced", "ru", "« 9 » января 2024 г."),
        ("quoted-spaced", "uk", "« 9 » січня 2024 р."),
        ("words", "uk", "9 січня 2024 р."),
    ],
)
def test_date_forms(form: str, language: str, text: str) -> None:
    assert format_date(dt.date(2024, 1, 9), form, language) == text  # type: ignore[arg-type]


def test_every_month_in_the_genitive() -> None:
    months = [format_date(dt.date(2024, m, 1), "words").split()[1] for m in range(1, 13)]
    assert months[4:6] == ["мая", "июня"] and months[-1] == "декабря"


@pytest.mark.parametrize(
    ("name", "printed"),
    [("Т.Ю. Филатова", "Т.Ю.\u00a0Филатова"), ("Т. Ю.  Филатова ", "Т.\u00a0Ю.\u00a0Филатова"), ("Филатова Т.Ю.", "Филатова\u00a0Т.Ю.")],
)
def test_signature_names_never_break(name: str, printed: str) -> None:
    assert signature_name(name) == printed


@pytest.mark.parametrize(
    ("title", "printed"),
    [
        ("План мероприятий.", "План мероприятий"),
        ("План на 2024 г.", "План на 2024 г."),
        ("План работы и т.д.", "План работы и т.д."),
        ("План…", "План…"),
    ],
)
def test_final_full_stop(title: str, printed: str) -> None:
    assert drop_final_stop(title, "ru") == printed


@pytest.mark.parametrize("name", ["ministry", "ministry-landscape"])
def test_committed_reference_docx_is_what_the_script_builds(name: str) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_reference", ROOT / "templates" / "build_reference.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    folder = ROOT / "templates" / name
    assert module.build(folder) == (folder / "reference.docx").read_bytes(), "run templates/build_reference.py"


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("от 09.01.2025 № 12", "от 09.01.2025 №\u00a012"),
        ("№ п/п", "№ п/п"),
        ("строка\r\nдругая\x07", "строка\nдругая"),
    ],
)
def test_clean(text: str, printed: str) -> None:
    assert clean(text) == printed
