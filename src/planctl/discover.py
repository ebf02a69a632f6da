"""Which files a command works on: plan files named directly or found in folders."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from planctl.errors import UsageError
from planctl.filenames import plan_files_under
from planctl.plan_sniff import NotAPlan, not_a_plan


@dataclass
class Discovery:
    files: list[Path] = field(default_factory=list)
    #: Folders that could not be listed, with the reason.
    unreadable: list[tuple[Path, str]] = field(default_factory=list)
    #: YAML files a folder walk met that are clearly not plans (mkdocs.yml, workflows).
    skipped: list[NotAPlan] = field(default_factory=list)


def discover(paths: Iterable[str | Path]) -> Discovery:
    """Plan files under `paths`, sorted and without repeats; a missing path is a usage error.

    Folders are searched recursively without following symlinks to folders, so a
    link loop cannot hang the search; a folder named like a plan (`x.yaml/`) is searched too.
    """
    found = Discovery()
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if not path.exists() and not path.is_symlink():
            raise UsageError(f"нет такого файла или папки: {path}")
        if path.is_dir():
            for file in _walk(path, found):
                if file not in seen:
                    skipped = not_a_plan(str(file))  # a file named on the command line is always checked
                    if skipped is not None:
                        found.skipped.append(skipped)
                        continue
                    seen.add(file)
                    found.files.append(file)
        elif path not in seen:
            seen.add(path)
            found.files.append(path)
    return found


def _walk(root: Path, found: Discovery) -> list[Path]:
    def on_error(error: OSError) -> None:
        found.unreadable.append((Path(error.filename or root), error.strerror or str(error)))

    return [Path(file) for file in plan_files_under(str(root), on_error)]
