"""The names planctl looks for on disk (plan files, folders it skips, configuration files)
and the walk that finds plan files in a folder.

Discovery and the result cache share them: the cache must key on exactly the files a
check would read. Nothing is imported that Python has not loaded at start-up, because the
cache runs before anything else.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False
if TYPE_CHECKING:  # `typing` itself is too dear to import on the cached path
    from collections.abc import Callable

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


#: A plan's progress records live beside it, in this folder under the plan's own name:
#: `plans/x.yaml` → `plans/progress/x.yaml` (README, «Progress records»). Never a plan.
PROGRESS_DIR = "progress"


def is_progress_file(path: str) -> bool:
    return os.path.basename(os.path.dirname(os.path.abspath(path))) == PROGRESS_DIR and is_plan_file(os.path.basename(path))


def progress_file_for(plan: str) -> str:
    """Where the plan's progress records are (whether or not the file exists)."""
    folder, name = os.path.split(plan)
    return os.path.join(folder, PROGRESS_DIR, name)


def records_beside(plan_path: str | os.PathLike[str]) -> str | None:
    """The plan's records file when there is one (`plans/x.yaml` → `plans/progress/x.yaml`), else None.

    Here, not with the records loader, so that a plan without records costs one `stat`
    and no import of the records model."""
    candidate = progress_file_for(os.fspath(plan_path))
    return candidate if os.path.lexists(candidate) else None


def plan_file_for(progress: str) -> str:
    """The plan a progress file reports on: the same name one folder up."""
    folder, name = os.path.split(progress)
    return os.path.join(os.path.dirname(folder), name)


def is_searched_dir(name: str) -> bool:
    return name not in SKIPPED_DIRS and name != PROGRESS_DIR and not name.startswith(".")


def plan_files_under(root: str, onerror: Callable[[OSError], None]) -> list[str]:
    """Plan files below `root`, sorted, without following links to folders (a loop cannot hang it)."""
    files: list[str] = []
    for folder, dirs, names in os.walk(root, onerror=onerror, followlinks=False):
        dirs[:] = sorted(d for d in dirs if is_searched_dir(d))
        files.extend(os.path.join(folder, name) for name in sorted(names) if is_plan_file(name))
    return files
