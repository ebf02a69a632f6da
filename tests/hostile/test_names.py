"""Defects 12 and 13 about names and texts: non-UTF-8 and control characters in file
names, control characters in plan texts, UTF-32, and what diff says of odd paths."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from hostile_helpers import GOOD_PLAN, Run, assert_clean_failure, output

from planctl.display import printable, shown
from planctl.load import load_file, load_text

BAD_NAME = b"plan-\xff\xfe.yaml"  # not UTF-8
ESC_NAME = "plan-\x1b[2J\x1b[31mred.yaml"  # clears the screen when printed raw


@pytest.fixture
def odd_names(tmp_path: Path) -> Path:
    folder = tmp_path / "plans"
    folder.mkdir()
    broken = GOOD_PLAN.replace("title: Мероприятие", "titel: Мероприятие")
    with open(os.path.join(os.fsencode(folder), BAD_NAME), "w", encoding="utf-8") as handle:
        handle.write(GOOD_PLAN.replace("deadline: В течение года", "deadline: 30.12.2024"))
    with open(os.path.join(os.fsencode(folder), b"broken-\xff.yaml"), "w", encoding="utf-8") as handle:
        handle.write(broken)
    (folder / ESC_NAME).write_text(broken, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "--no-cache", "-f", "json", "plans"],
        ["validate", "--no-cache", "-f", "sarif", "plans"],
        ["validate", "--no-cache", "-f", "github", "plans"],
        ["validate", "--no-cache", "plans"],
        ["due", "plans", "--as-of", "2024-12-31", "-f", "json"],
        ["due", "plans", "--as-of", "2024-12-31", "-f", "ics"],
        ["due", "plans", "--as-of", "2024-12-31", "-f", "md"],
        ["due", "plans", "--as-of", "2024-12-31"],
    ],
    ids=" ".join,
)
def test_odd_file_names_print_as_valid_utf8_without_escapes(planctl: Run, odd_names: Path, args: list[str]) -> None:
    result = planctl(*args, cwd=odd_names)
    text = output(result)  # raises if any byte is not UTF-8
    assert result.returncode in (0, 1) and "Traceback" not in text and "внутренняя ошибка" not in text
    assert "\x1b" not in text
    if "json" in args:
        assert "\\xff" in json.dumps(json.loads(result.stdout), ensure_ascii=False)


def test_names_are_shown_with_escapes() -> None:
    assert shown("plan.yaml") == "plan.yaml"
    assert shown(os.fsdecode(b"a\xffb.yaml")) == "a\\xffb.yaml"
    assert shown("a\x1b[31mb\nc\u202ed") == "a\\x1b[31mb\\x0ac\\u202ed"
    assert printable("line\nnext\ttab\x07") == "line\nnext\ttab\\x07"


@pytest.mark.parametrize("escape", ["\\0", "\\e", "\\x07", "\\x9b", "\\x7f"])
def test_a_control_character_in_a_title_is_a_finding(escape: str) -> None:
    text = GOOD_PLAN.replace("title: Мероприятие", f'title: "Мероприятие{escape}"')
    result = load_text(text, "p.yaml")
    assert result.document is None
    [finding] = result.diagnostics
    assert finding.code == "S001" and finding.line == 5 and "управляющий символ" in finding.message


def test_tabs_and_line_breaks_in_texts_stay_allowed() -> None:
    text = GOOD_PLAN.replace("title: Мероприятие", 'title: "Мероприятие\\tс\\nпереносом"')
    assert load_text(text, "p.yaml").document is not None


def test_a_control_character_never_reaches_the_ics(planctl: Run, tmp_path: Path) -> None:
    text = GOOD_PLAN.replace("title: Мероприятие", 'title: "Мероприятие\\0\\e[31m"')
    (tmp_path / "p.yaml").write_text(text, encoding="utf-8")
    result = planctl("due", "p.yaml", "--as-of", "2024-12-31", "-f", "ics", cwd=tmp_path)
    assert result.returncode == 1 and b"\x00" not in result.stdout and b"\x1b" not in result.stdout + result.stderr
    assert "S001" in output(result)


@pytest.mark.parametrize(("encoding", "name"), [("utf-32", "UTF-32"), ("utf-32-le", "UTF-32"), ("utf-32-be", "UTF-32"), ("utf-16", "UTF-16"), ("utf-16-le", "UTF-16")])
def test_wide_encodings_are_named_right(tmp_path: Path, encoding: str, name: str) -> None:
    path = tmp_path / "p.yaml"
    path.write_bytes(GOOD_PLAN.encode(encoding))
    [finding] = load_file(path).diagnostics
    assert finding.code == "F002" and f"кодировке {name};" in finding.message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_diff_names_a_folder_a_pipe_and_a_missing_file(planctl: Run, tmp_path: Path) -> None:
    (tmp_path / "good.yaml").write_text(GOOD_PLAN, encoding="utf-8")
    (tmp_path / "folder.yaml").mkdir()
    os.mkfifo(tmp_path / "pipe.yaml")
    cases = {"folder.yaml": "это папка", "pipe.yaml": "не обычный файл", "missing.yaml": "нет такого файла"}
    for name, words in cases.items():
        text = assert_clean_failure(planctl("diff", name, "good.yaml", cwd=tmp_path), code=2)
        assert f"{name}: {words}" in text


def test_diff_rev_checks_the_blob_size_before_reading_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Defect 13: `git show` read the whole blob into memory, then compared its size."""
    from planctl import plandiff
    from planctl.errors import PlanctlError
    from planctl.limits import MAX_FILE_BYTES

    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false", "-C", str(tmp_path)]
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    plan = tmp_path / "plan.yaml"
    plan.write_bytes(b"# " + b"x" * (MAX_FILE_BYTES + 10) + b"\n")
    subprocess.run([*git, "add", "plan.yaml"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "big"], check=True)
    plan.write_text(GOOD_PLAN, encoding="utf-8")
    calls: list[list[str]] = []
    real_run = subprocess.run

    def spy(args: list[str], *rest: object, **kwargs: object) -> subprocess.CompletedProcess[bytes]:
        calls.append(list(args))
        return real_run(args, *rest, **kwargs)  # type: ignore[call-overload, no-any-return]

    monkeypatch.setattr(plandiff.subprocess, "run", spy)
    with pytest.raises(PlanctlError, match="больше 10 МБ"):
        plandiff.load_revision(plan, "HEAD")
    assert not any("show" in call or "blob" in call for call in calls), calls
