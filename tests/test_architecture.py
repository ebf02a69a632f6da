"""The core never imports the CLI stack: it stays usable as a library and cheap to import."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import planctl

CLI_ONLY = ("typer", "rich", "click")


def core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(planctl.__path__, "planctl."):
        if info.name.startswith("planctl.cli") or info.name == "planctl.__main__":
            continue
        names.append(info.name)
    return names


def test_core_modules_do_not_import_the_cli_stack() -> None:
    modules = core_modules()
    assert "planctl.load" in modules and "planctl.schedule" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"print(','.join(m for m in {CLI_ONLY!r} if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"core imported {result.stdout.strip()}"


def test_version_does_not_load_heavy_libraries() -> None:
    code = (
        "import sys\n"
        "from planctl.cli import app\n"
        "print(','.join(m for m in ('docx', 'jinja2', 'holidays', 'pydantic', 'icalendar', 'ruamel.yaml') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
