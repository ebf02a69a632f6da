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
    return name.lower().endswith(PLAN_SUFFIXES) and not name.startswith(".") and not is_progress_file(name)


#: A plan's progress records live beside it: `x.yaml` → `x.progress.yaml` (README, «Progress records»).
PROGRESS_MARK = ".progress"


def is_progress_file(name: str) -> bool:
    lowered = name.lower()
    return lowered.endswith(PLAN_SUFFIXES) and os.path.splitext(lowered)[0].endswith(PROGRESS_MARK)


def progress_file_for(plan: str) -> str:
    """Where the plan's progress records are (whether or not the file exists): same folder and suffix."""
    stem, suffix = os.path.splitext(plan)
    return stem + PROGRESS_MARK + suffix


def plan_file_for(progress: str) -> str:
    """The plan a progress file reports on: the name without `.progress`."""
    stem, suffix = os.path.splitext(progress)
    return stem[: -len(PROGRESS_MARK)] + suffix


def is_searched_dir(name: str) -> bool:
    return name not in SKIPPED_DIRS and not name.startswith(".")


def plan_files_under(root: str, onerror: Callable[[OSError], None]) -> list[str]:
    """Plan files below `root`, sorted, without following links to folders (a loop cannot hang it)."""
    files: list[str] = []
    for folder, dirs, names in os.walk(root, onerror=onerror, followlinks=False):
        dirs[:] = sorted(d for d in dirs if is_searched_dir(d))
        files.extend(os.path.join(folder, name) for name in sorted(names) if is_plan_file(name))
    return files
