"""The application shell: version, help for every command, and the README documents each."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from planctl import __version__
from planctl.cli import app

runner = CliRunner()
README = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(command.name or command.callback.__name__ for command in app.registered_commands)


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"planctl {__version__}"


@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_help_lists_every_command(flag: str) -> None:
    result = runner.invoke(app, [flag], terminal_width=120)
    assert result.exit_code == 0
    for name in COMMANDS:
        assert name in result.output


def test_the_fixed_commands_exist() -> None:
    assert {"validate", "due", "deadline", "render", "schema"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help_and_is_in_the_readme(name: str) -> None:
    result = runner.invoke(app, [name, "--help"], terminal_width=120)
    assert result.exit_code == 0
    command = next(c for c in app.registered_commands if (c.name or c.callback.__name__) == name)
    assert (command.callback.__doc__ or "").strip(), f"{name} has no help text"
    assert f"planctl {name}" in README, f"README does not document `planctl {name}`"


def test_unknown_command_is_a_usage_error() -> None:
    result = runner.invoke(app, ["frobnicate"])
    assert result.exit_code == 2


def test_console_version_answers_without_loading_typer() -> None:
    import subprocess
    import sys

    code = "import sys\nsys.argv = ['planctl', '--version']\nfrom planctl.entry import main\nmain()\nprint('typer' in sys.modules)\n"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines() == [f"planctl {__version__}", "False"]
