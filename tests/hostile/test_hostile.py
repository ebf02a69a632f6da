"""Hostile input: each case ends with a clear message and exit 1 or 2, never a traceback or a hang."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planctl.cli import app
from planctl.load import MAX_FILE_BYTES

runner = CliRunner()
GOOD_ITEM = '  - number: "{n}"\n    title: Мероприятие {n}\n    executors: [Минздрав]\n    deadline: В течение года\n'


def validate(*args: str) -> tuple[int, list[dict]]:
    result = runner.invoke(app, ["validate", "--format", "json", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result.exit_code, json.loads(result.output) if result.output.strip().startswith("[") else []


def codes(findings: list[dict]) -> set[str]:
    return {f["code"] for f in findings}


def test_alias_bomb(tmp_path: Path) -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, findings = validate(str(path))
    assert code == 1 and codes(findings) == {"F005"}


def test_deep_nesting(tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text("title: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    code, findings = validate(str(path))
    assert code == 1 and codes(findings) == {"F005"}


def test_deep_block_nesting(tmp_path: Path) -> None:
    path = tmp_path / "deep-block.yaml"
    path.write_text("".join(" " * i + f"k{i}:\n" for i in range(300)) + " " * 300 + "x: 1\n", encoding="utf-8")
    code, findings = validate(str(path))
    assert code == 1 and codes(findings) == {"F005"}


def test_a_50_mb_file_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(50 * 2**20)
    code, findings = validate(str(path))
    assert code == 1 and codes(findings) == {"F005"}
    assert str(MAX_FILE_BYTES // 2**20) in findings[0]["message"]


def test_binary_data(tmp_path: Path) -> None:
    path = tmp_path / "image.yaml"
    path.write_bytes(bytes(range(256)) * 64)
    code, findings = validate(str(path))
    assert code == 1 and codes(findings) == {"F002"}


def test_symlink_loop_and_dangling_link(tmp_path: Path) -> None:
    (tmp_path / "loop").symlink_to(tmp_path)
    (tmp_path / "dangling.yaml").symlink_to(tmp_path / "missing.yaml")
    code, findings = validate(str(tmp_path))
    assert code == 1 and codes(findings) == {"F001"}


def test_a_folder_named_like_a_plan(tmp_path: Path) -> None:
    folder = tmp_path / "x.yaml"
    folder.mkdir()
    code, findings = validate(str(folder))
    assert code == 0 and findings == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_among_plans_is_refused_not_waited_on(tmp_path: Path) -> None:
    (tmp_path / "plan.yaml").write_text("title: План\nperiod: 2024\nitems: []\n", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.yaml")  # nobody ever writes to it: reading would block for ever
    code, findings = validate(str(tmp_path))
    assert code == 1 and [(Path(f["file"]).name, f["code"]) for f in findings] == [("pipe.yaml", "F001")]
    assert "не обычный файл" in findings[0]["message"]
    text = runner.invoke(app, ["validate", str(tmp_path / "pipe.yaml")])
    assert text.exit_code == 1 and "F001" in text.output  # the text format quotes no source line from it


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_link_to_an_endless_device(tmp_path: Path) -> None:
    (tmp_path / "zero.yaml").symlink_to("/dev/zero")
    for fmt in ("json", "text"):
        result = runner.invoke(app, ["validate", "--format", fmt, str(tmp_path / "zero.yaml")])
        assert result.exit_code == 1 and "F001" in result.output


def test_a_file_removed_while_being_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from planctl import load

    path = tmp_path / "gone.yaml"
    path.write_text("title: x\n", encoding="utf-8")
    real_open = Path.open

    def vanish(self: Path, *args, **kwargs):
        if self == path:
            self.unlink()
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(load.Path, "open", vanish)
    code, findings = validate(str(path))
    assert code == 1 and codes(findings) == {"F001"}


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from planctl import load

    path = tmp_path / "secret.yaml"
    path.write_text("title: x\n", encoding="utf-8")

    def denied(self: Path, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(load.Path, "open", denied)
    code, findings = validate(str(path))
    assert code == 1 and codes(findings) == {"F001"}
    assert "Permission denied" in findings[0]["message"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_folder(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.yaml").write_text("title: x\n", encoding="utf-8")
    locked.chmod(0)
    try:
        code, findings = validate(str(tmp_path))
    finally:
        locked.chmod(0o755)
    assert code == 1 and codes(findings) == {"F001"}


def test_an_extremely_long_line(tmp_path: Path) -> None:
    path = tmp_path / "long.yaml"
    title = "Мероприятие " * 400_000
    path.write_text(f"title: {title}\nperiod: 2024\nitems:\n" + GOOD_ITEM.format(n=1), encoding="utf-8")
    code, findings = validate(str(path))
    assert code in (0, 1)
    for finding in findings:
        assert finding["line"] >= 1


def test_a_plan_with_100000_items(tmp_path: Path) -> None:
    path = tmp_path / "national.yaml"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("title: План\nperiod: 2024\nitems:\n")
        for n in range(1, 100_001):
            handle.write(f'  - number: "{n}"\n    title: М{n}\n    deadline: В течение года\n')
    code, findings = validate(str(path))
    assert code in (0, 1)
    assert all(f["line"] >= 1 for f in findings)


def test_a_deadline_phrase_of_1_mb(tmp_path: Path) -> None:
    path = tmp_path / "phrase.yaml"
    phrase = "ежегодно до 1 октября " * 50_000
    path.write_text(
        f'title: План\nperiod: 2024\nitems:\n  - number: "1"\n    title: М\n    executors: [Минздрав]\n    deadline: {phrase}\n',
        encoding="utf-8",
    )
    _code, findings = validate(str(path))
    assert "D001" in codes(findings)


def test_due_and_render_refuse_hostile_plans_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text("a: &a [*a]\n", encoding="utf-8")
    due = runner.invoke(app, ["due", str(path), "--format", "json"])
    assert due.exit_code == 1 and "F005" in due.output
    render = runner.invoke(app, ["render", str(path), "-o", str(tmp_path / "out.docx")])
    assert render.exit_code == 1 and "F005" in render.output
    assert not (tmp_path / "out.docx").exists()
