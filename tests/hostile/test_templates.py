"""Hostile templates (issue 12, defects 1–4): each attack stops with a TemplateError at the
template's file and line, never «internal error», a hang, a crash or gigabytes of memory.

The attacks on the Markdown template are a table in template_attacks.yaml. Attacks that
would crash the interpreter or block it if they regressed run in a child process.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from planctl.cli import app
from planctl.errors import TemplateError
from planctl.load import load_plan
from planctl.render import limits
from planctl.render.docx import build_docx
from planctl.render.markdown import markdown_text
from planctl.render.template import load_template
from planctl.yamlio import safe_load_text

HERE = Path(__file__).parent
PLAN = HERE.parent / "render" / "data" / "sectioned.yaml"
ATTACKS: list[dict[str, Any]] = safe_load_text((HERE / "template_attacks.yaml").read_text(encoding="utf-8"))
MINISTRY = Path(__file__).parents[2] / "templates" / "ministry"
SMOLENSK = Path(__file__).parents[2] / "plans" / "smolensk-2024-volunteering.yaml"


def make_template(root: Path, source: str | None = "# {{ title }}\n", settings: str = "description: test\n") -> Path:
    folder = root / "t"
    folder.mkdir()
    (folder / "template.yaml").write_text(settings, encoding="utf-8")
    if source is not None:
        (folder / "plan.md.j2").write_text(source, encoding="utf-8")
    return folder


def refusal(folder: Path) -> TemplateError:
    with pytest.raises(TemplateError) as caught:
        markdown_text(load_plan(PLAN).plan, folder)
    return caught.value


def run_isolated(code: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """`code` in a child limited to 2 GB, so a regression fails the test instead of the machine."""
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))\n"
    return subprocess.run([sys.executable, "-c", limit + code], capture_output=True, text=True, timeout=timeout, check=False)


# --------------------------------------------------------------------------- the attack table


@pytest.mark.parametrize("attack", ATTACKS, ids=[a["id"] for a in ATTACKS])
def test_attack_is_refused_at_its_line(attack: dict[str, Any], tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    folder = make_template(tmp_path, "# {{ title }}\n" + attack["template"].replace("{marker}", str(marker)) + "\n")
    error = refusal(folder)
    assert error.location is not None
    assert error.location.path == str(folder / "plan.md.j2")
    assert error.location.line == attack.get("line", 2), str(error)
    assert re.search(attack["refused"], error.message), error.message
    assert not marker.exists()


def test_the_table_covers_each_published_sandbox_escape() -> None:
    ids = {a["id"] for a in ATTACKS}
    for cve in ("cve-2016-10745", "cve-2019-10906", "cve-2024-56326", "cve-2025-27516", "cve-2024-22195", "cve-2024-34064", "cve-2024-56201"):
        assert any(i.startswith(cve) for i in ids), cve


def test_the_cli_prints_the_refusal_not_an_internal_error(tmp_path: Path) -> None:
    folder = make_template(tmp_path, "{{ plan.parse_file('/etc/hostname') }}\n")
    result = CliRunner().invoke(app, ["render", str(PLAN), "-t", str(folder), "-o", str(tmp_path / "out.md")])
    assert result.exit_code == 1
    assert f"{folder / 'plan.md.j2'}:1" in result.output
    assert "внутренняя ошибка" not in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out.md").exists()


def test_deep_brackets_in_the_template_source(tmp_path: Path) -> None:
    folder = make_template(tmp_path, "{{ " + "[" * 3000 + "]" * 3000 + " }}\n")
    assert "plan.md.j2" in str(refusal(folder))


def test_the_time_limit_stops_a_render(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_RENDER_SECONDS", 0.0)
    folder = make_template(tmp_path, "# {{ title }}\n{% for i in range(5000) %}{{ i }}{% endfor %}\n")
    error = refusal(folder)
    assert "дольше 0.0 с" in error.message and error.location is not None and error.location.line == 2


def test_the_shipped_template_still_renders_a_big_plan(tmp_path: Path) -> None:
    items = "".join(f'  - number: "{n}"\n    title: Мероприятие {n}\n    executors: [Минздрав]\n    deadline: до 1 марта\n' for n in range(1, 2001))
    plan = tmp_path / "big.yaml"
    plan.write_text(f"title: Большой план\nperiod: 2025\nitems:\n{items}", encoding="utf-8")
    text = markdown_text(load_plan(plan).plan, "ministry")
    assert text.count("\n| ") >= 2000 and "Мероприятие 2000" in text


def test_the_context_is_plain_data_only(tmp_path: Path) -> None:
    folder = make_template(tmp_path, "{{ plan.approval.date.year }} {{ plan.sections[0]['items'][0].executors | join(', ') }} {{ plan.period }}\n")
    assert markdown_text(load_plan(PLAN).plan, folder).startswith("2025 mz, mo 2025")


# --------------------------------------------------------------------------- template files (defect 3)


@pytest.mark.parametrize(
    ("source", "refused"),
    [
        ("{% include '/etc/passwd' %}", "абсолютный путь"),
        ("{% include '../t/plan.md.j2' %}", "«..» не допускается"),
        ("{% extends '../../../../etc/passwd' %}", "«..» не допускается"),
        ("{% import '/etc/passwd' as x %}", "абсолютный путь"),
        ("{% include 'outside.j2' %}", "ведёт за пределы папки шаблона"),
        ("{% include 'zero.j2' %}", "ведёт за пределы папки шаблона"),
        ("{% include 'folder' %}", "не обычный файл"),
        ("{% include 'missing.j2' %}", "нет файла шаблона «missing.j2»"),
        ("{% include 'big.j2' %}", "слишком велик"),
    ],
)
def test_includes_stay_inside_the_folder(source: str, refused: str, tmp_path: Path) -> None:
    (tmp_path / "secret.j2").write_text("СЕКРЕТ\n", encoding="utf-8")
    folder = make_template(tmp_path, "# {{ title }}\n" + source + "\n")
    (folder / "outside.j2").symlink_to(tmp_path / "secret.j2")
    (folder / "zero.j2").symlink_to("/dev/zero")
    (folder / "folder").mkdir()
    (folder / "big.j2").write_bytes(b"x" * (limits.MAX_TEMPLATE_FILE_BYTES + 1))
    error = refusal(folder)
    assert refused in error.message and "СЕКРЕТ" not in str(error)
    assert error.location is not None and error.location.line == 2


def test_includes_inside_the_folder_work(tmp_path: Path) -> None:
    folder = make_template(tmp_path, "{% include 'parts/head.j2' %}{% include 'same.j2' %}{% include 'nope.j2' ignore missing %}\n")
    (folder / "parts").mkdir()
    (folder / "parts" / "head.j2").write_text("# {{ title }}\n", encoding="utf-8")
    (folder / "same.j2").symlink_to(folder / "parts" / "head.j2")
    assert markdown_text(load_plan(PLAN).plan, folder).count("добровольчества") == 2


def test_plan_template_symlinked_to_a_system_file(tmp_path: Path) -> None:
    folder = make_template(tmp_path, None)
    (folder / "plan.md.j2").symlink_to("/etc/passwd")
    error = refusal(folder)
    assert "за пределы папки шаблона" in error.message and "root:" not in str(error)


def test_plan_template_as_a_named_pipe_does_not_hang(tmp_path: Path) -> None:
    folder = make_template(tmp_path, None)
    os.mkfifo(folder / "plan.md.j2")
    code = (
        "from planctl.render.markdown import markdown_text\nfrom planctl.load import load_plan\n"
        f"try:\n    markdown_text(load_plan({str(PLAN)!r}).plan, {str(folder)!r})\n"
        "except Exception as error:\n    print(type(error).__name__, error)\n"
    )
    result = run_isolated(code)
    assert "TemplateError" in result.stdout and "не обычный файл" in result.stdout, result.stdout + result.stderr


@pytest.mark.parametrize("kind", ["symlink", "fifo"])
def test_template_yaml_must_be_a_regular_file_inside(kind: str, tmp_path: Path) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    if kind == "symlink":
        (folder / "template.yaml").symlink_to("/etc/passwd")
    else:
        os.mkfifo(folder / "template.yaml")
    code = f"from planctl.render.template import load_template\ntry:\n    load_template({str(folder)!r})\nexcept Exception as error:\n    print(type(error).__name__, error)\n"
    result = run_isolated(code)
    assert "TemplateError" in result.stdout and str(folder / "template.yaml") in result.stdout, result.stdout + result.stderr
    assert "root:" not in result.stdout


# --------------------------------------------------------------------------- template.yaml (defect 4)


def test_template_yaml_alias_bomb(tmp_path: Path) -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    folder = make_template(tmp_path, settings="\n".join(lines) + "\n")
    code = f"from planctl.render.template import load_template\ntry:\n    load_template({str(folder)!r})\nexcept Exception as error:\n    print(type(error).__name__, error)\n"
    result = run_isolated(code)
    assert "TemplateError" in result.stdout and "разворачиваются более чем в" in result.stdout, result.stdout + result.stderr
    assert "template.yaml:5:" in result.stdout


def test_template_yaml_50k_levels_of_nesting(tmp_path: Path) -> None:
    folder = make_template(tmp_path, settings="description: " + "[" * 50_000 + "]" * 50_000 + "\n")
    code = f"from planctl.render.template import load_template\ntry:\n    load_template({str(folder)!r})\nexcept Exception as error:\n    print(type(error).__name__, error)\n"
    result = run_isolated(code)
    assert result.returncode == 0, result.stderr
    assert "TemplateError" in result.stdout and f"глубже {limits.MAX_YAML_DEPTH} уровней" in result.stdout


def test_template_yaml_anchor_inside_itself(tmp_path: Path) -> None:
    folder = make_template(tmp_path, settings="description: &d [1, *d]\n")
    with pytest.raises(TemplateError, match="сам на себя"):
        load_template(folder)


@pytest.mark.parametrize("value", ["1.0e308", ".nan", ".inf", "-5", "0"])
def test_page_size_must_be_a_sane_number(value: str, tmp_path: Path) -> None:
    folder = make_template(tmp_path, settings=f"description: t\npage_mm: {{width: {value}, height: 297}}\n")
    with pytest.raises(TemplateError) as caught:
        load_template(folder)
    assert "page_mm.width" in caught.value.message
    assert caught.value.location is not None and caught.value.location.line == 2


def _reference(folder: Path, kind: str) -> None:
    target = folder / "reference.docx"
    if kind == "not-a-zip":
        target.write_bytes(b"%PDF-1.4 not a word document\n" * 10)
    elif kind == "bad-crc":
        data = bytearray((MINISTRY / "reference.docx").read_bytes())
        with zipfile.ZipFile(MINISTRY / "reference.docx") as archive:
            first = archive.infolist()[0]
        start = first.header_offset + 30 + len(first.filename) + len(first.extra)
        data[start + 5] ^= 0xFF
        target.write_bytes(bytes(data))
    elif kind == "oversized":
        with target.open("wb") as handle:
            handle.truncate(limits.MAX_REFERENCE_BYTES + 1)
    elif kind == "zip-bomb":
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("[Content_Types].xml", b"\0" * (limits.MAX_REFERENCE_UNPACKED_BYTES + 1))
    elif kind == "zip-not-docx":
        with zipfile.ZipFile(target, "w") as archive:
            archive.writestr("hello.txt", "привет")
    elif kind == "outside":
        target.symlink_to(MINISTRY / "reference.docx")


@pytest.mark.parametrize(
    ("kind", "refused"),
    [
        ("not-a-zip", "не ZIP-архив"),
        ("bad-crc", "повреждён"),
        ("oversized", "слишком велик"),
        ("zip-bomb", "ZIP-бомба"),
        ("zip-not-docx", "не открывается как документ Word"),
        ("outside", "за пределы папки шаблона"),
    ],
)
def test_a_bad_reference_docx(kind: str, refused: str, tmp_path: Path) -> None:
    folder = make_template(tmp_path)
    _reference(folder, kind)
    with pytest.raises(TemplateError) as caught:
        build_docx(load_plan(PLAN).plan, folder)
    assert refused in caught.value.message
    assert caught.value.location is not None and caught.value.location.path == str(folder / "reference.docx")


# --------------------------------------------------------------------------- the report's files (report.md.j2, report.yaml)


def _report_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "r"
    shutil.copytree(MINISTRY, folder)
    return folder


def test_the_report_template_runs_in_the_same_sandbox(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    folder = _report_folder(tmp_path)
    (folder / "report.md.j2").write_text("# {{ full_title }}\n{{ ''.__class__.__mro__[1].__subclasses__() }}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["report", str(SMOLENSK), "--year", "2024", "--template", str(folder), "-o", str(tmp_path / "r.md")])
    assert result.exit_code == 1, result.output
    assert f"{folder / 'report.md.j2'}:2" in result.output
    assert not (tmp_path / "r.md").exists() and not marker.exists()


@pytest.mark.parametrize("kind", ["symlink", "alias-bomb"])
def test_report_yaml_is_read_as_hostile_input(kind: str, tmp_path: Path) -> None:
    folder = _report_folder(tmp_path)
    (folder / "report.yaml").unlink()
    if kind == "symlink":
        (folder / "report.yaml").symlink_to("/etc/passwd")
    else:
        lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
        lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
        (folder / "report.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = (
        "from planctl.report.settings import load_report_template\n"
        f"try:\n    load_report_template({str(folder)!r})\nexcept Exception as error:\n    print(type(error).__name__, error)\n"
    )
    result = run_isolated(code)
    assert "TemplateError" in result.stdout and str(folder / "report.yaml") in result.stdout, result.stdout + result.stderr
    assert "root:" not in result.stdout
