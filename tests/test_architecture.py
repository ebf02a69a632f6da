"""The core never imports the CLI stack: it stays usable as a library and cheap to import."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

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
    assert "planctl.load" in modules and "planctl.due.schedule" in modules
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


# --------------------------------------------------------------------------- import directions
# Read from the source (every import statement, those inside functions too), so an import
# made only on some path is caught as surely as one at the top of a module.

SRC = Path(planctl.__file__).parent
#: The types of a loaded plan; their home is planctl.document (planctl.load re-exports them).
DOCUMENT_TYPES = {"PlanDocument", "YamlPath", "Positions", "LoadResult", "ComposedFile"}


def module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> list[tuple[str, tuple[str, ...]]]:
    """(module, names) for every import in the file; relative imports made absolute."""
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    found: list[tuple[str, tuple[str, ...]]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.extend((alias.name, ()) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.append((base, tuple(alias.name for alias in node.names)))
    return found


def sources(*folders: str) -> list[Path]:
    roots = [SRC / folder for folder in folders] if folders else [SRC]
    return sorted(path for root in roots for path in ([root] if root.suffix == ".py" else root.rglob("*.py")))


def reaches(path: Path, target: str) -> bool:
    """Whether the file imports `target` or anything inside it (`from planctl import target` too)."""
    parent, _, leaf = target.rpartition(".")
    for module, names in imports_of(path):
        if module == target or module.startswith(target + "."):
            return True
        if module == parent and leaf in names:
            return True
    return False


@pytest.mark.parametrize(
    ("folders", "target"),
    [
        (("config.py", "selection.py"), "planctl.lint"),  # lint imports config: selectors live apart
        (("selection.py",), "planctl.config"),
        (("deadlines",), "planctl.cache"),  # a folder name is planctl.dirs, not the result cache
        (("dirs.py",), "planctl"),  # imported by the cached fast path: only os
        (("report",), "planctl.cli"),
        (("progress",), "planctl.cli"),
    ],
)
def test_imports_point_one_way(folders: tuple[str, ...], target: str) -> None:
    wrong = [module_name(path) for path in sources(*folders) if reaches(path, target)]
    assert wrong == [], f"{wrong} import {target}"


@pytest.mark.parametrize("target", ["planctl.cli", *CLI_ONLY])
def test_no_core_module_imports_the_cli_even_late(target: str) -> None:
    """`planctl.entry` is the console script: the CLI layer, like planctl.cli."""
    core = [path for path in sources() if not module_name(path).startswith(("planctl.cli", "planctl.__main__", "planctl.entry"))]
    wrong = [module_name(path) for path in core if reaches(path, target)]
    assert wrong == [], f"{wrong} import {target}"


def test_types_of_a_plan_come_from_document_not_load() -> None:
    """A lint rule or a renderer needs `PlanDocument`, not the loader that makes one."""
    wrong = [
        module_name(path)
        for path in sources()
        for module, names in imports_of(path)
        if module == "planctl.load" and DOCUMENT_TYPES & set(names)
    ]
    assert wrong == []


def test_the_scan_sees_what_it_guards() -> None:
    """The checks above would pass on a scan that read nothing: prove it reads imports."""
    assert reaches(SRC / "lint" / "__init__.py", "planctl.config")
    assert reaches(SRC / "check.py", "planctl.load")
    assert reaches(SRC / "cli" / "validate.py", "typer")
    assert ("planctl.document", ("PlanDocument",)) in imports_of(SRC / "lint" / "registry.py")


def test_commands_leave_core_errors_to_the_one_handler() -> None:
    """cli/_app.py turns every `PlanctlError` into a message and an exit code; a command that
    catches it too is a second place to keep in step."""
    commands = [path for path in sources("cli") if path.name != "_app.py"]
    assert len(commands) > 5
    catching = [path.name for path in commands if "except PlanctlError" in path.read_text(encoding="utf-8")]
    assert catching == []
