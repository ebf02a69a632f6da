"""The console entry's fast path for `validate` (cli/_fast.py) and the typer command agree:
the same options, and byte for byte the same report, messages and exit code."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer

from planctl import entry
from planctl.cli import _fast, app
from planctl.cli._validate_run import FORMATS
from planctl.cli.validate import Format

ROOT = Path(__file__).parents[2]
SHIPPED = sorted([*(ROOT / "plans").glob("*.yaml"), *(ROOT / "examples").glob("*.yaml")])


def _validate_command() -> typer.core.TyperCommand:
    group = typer.main.get_command(app)
    return group.commands["validate"]  # type: ignore[attr-defined,no-any-return]


def test_the_fast_path_knows_every_option_of_the_typer_command() -> None:
    """A new option of `validate` must be taught to the fast path (or it would be ignored there)."""
    params = _validate_command().params
    options = {spelling: param for param in params if param.param_type_name == "option" for spelling in [*param.opts, *param.secondary_opts]}
    assert set(options) == set(_fast.VALIDATE_OPTIONS)
    for spelling, (name, kind) in _fast.VALIDATE_OPTIONS.items():
        assert options[spelling].name == name, spelling
        assert options[spelling].is_flag == (kind == "flag"), spelling  # type: ignore[attr-defined]
    assert [param.name for param in params if param.param_type_name == "argument"] == ["paths"]
    assert tuple(member.value for member in Format) == FORMATS


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"], ["-h"], ["-fjson"], ["-f=json"], ["--no-cache=1"], ["--format", "JSON"], ["--format", "xml"],
        ["--format"], ["--format", "-o"], ["--jobs", "0"], ["--jobs", "x"], ["--jobs", "٣"], ["--max-warnings", "-1"],
        ["--", "plans"], ["--version"], ["--unknown"], [""], ["a\0b"], ["\udcff.yaml"], ["-o", ""],
    ],
)  # fmt: skip
def test_anything_unusual_goes_to_typer(argv: list[str]) -> None:
    assert _fast.validate_arguments(argv) is None


def test_plain_command_lines_take_the_fast_path() -> None:
    read = _fast.validate_arguments(["--format=json", "-j", "2", "--strict", "--no-cache", "--max-warnings", "0", "plans"])
    assert read == {
        "paths": [Path("plans")], "format": "json", "jobs": 2, "output": None,
        "no_cache": True, "max_warnings": 0, "strict": True,
    }  # fmt: skip


def _run(capsys: pytest.CaptureFixture[str], command: object) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as ended:
        command()  # type: ignore[operator]
    out, err = capsys.readouterr()
    return int(ended.value.code or 0), out, err


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("target", [*SHIPPED, ROOT / "plans", ROOT / "examples", ROOT / "missing.yaml"], ids=lambda p: p.name)
def test_fast_path_and_typer_print_the_same(
    target: Path, fmt: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLANCTL_NO_CACHE", "1")
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    argv = ["--format", fmt, "--jobs", "1", str(target)]
    assert _fast.validate_arguments(argv) is not None
    fast = _run(capsys, lambda: entry._fast_validate(argv))
    typed = _run(capsys, lambda: app(["validate", *argv], prog_name="planctl"))
    assert fast == typed
    assert fast[1] or fast[2]  # the comparison saw a report or a message


@pytest.mark.parametrize("extra", [["--strict"], ["--max-warnings", "0"]])
def test_fast_path_and_typer_fail_on_warnings_alike(
    extra: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLANCTL_NO_CACHE", "1")
    argv = [*extra, "--jobs", "1", str(ROOT / "examples" / "every-rule.yaml")]
    fast = _run(capsys, lambda: entry._fast_validate(argv))
    assert fast == _run(capsys, lambda: app(["validate", *argv], prog_name="planctl"))
    assert fast[0] == 1
