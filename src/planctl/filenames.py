"""The names planctl looks for on disk: plan files, folders it skips, configuration files.

Import-free on purpose: the result cache reads them before anything else is loaded,
and must find exactly the files that discovery and configuration would.
"""

from __future__ import annotations

PLAN_SUFFIXES = (".yaml", ".yml")
#: Folders that never hold plans: tool caches and virtual environments.
SKIPPED_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "venv", ".tox", ".mypy_cache"})
#: Configuration files, nearest first at each level; `pyproject.toml` is read after them.
CONFIG_NAMES = (".planctl.yaml", ".planctl.yml")
PYPROJECT = "pyproject.toml"
#: The configuration search stops at a folder holding this: the repository's root.
REPOSITORY_MARK = ".git"


def is_plan_file(name: str) -> bool:
    return name.lower().endswith(PLAN_SUFFIXES) and not name.startswith(".")


def is_searched_dir(name: str) -> bool:
    return name not in SKIPPED_DIRS and not name.startswith(".")
