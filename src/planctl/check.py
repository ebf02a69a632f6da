"""The validate pipeline: find plan files, load each, lint it, collect findings."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from planctl.config import LintConfig, load_config
from planctl.diagnostics import Diagnostic, Severity
from planctl.discover import discover
from planctl.document import LoadResult
from planctl.lint import lint
from planctl.load import guess_language, load_file
from planctl.parallel import map_chunks
from planctl.progress.check import check_beside

if TYPE_CHECKING:
    from planctl.plan_sniff import NotAPlan


@dataclass
class FileReport:
    path: str
    diagnostics: list[Diagnostic]
    #: The digest of the bytes checked (see `LoadResult.digest`).
    digest: bytes | None = None
    #: path → text of each file the findings point into, as the check read it (kept only
    #: when there are findings): the text format quotes lines without reading files again.
    sources: dict[str, str] = field(default_factory=dict)
    #: The plan's language (as guessed from its text when it did not load): its findings' words.
    language: str = "ru"


@dataclass
class CheckReport:
    files: list[FileReport] = field(default_factory=list)
    #: YAML files a folder walk skipped as clearly not plans; the CLI notes them.
    skipped: list[NotAPlan] = field(default_factory=list)

    @property
    def diagnostics(self) -> list[Diagnostic]:
        return [d for report in self.files for d in report.diagnostics]

    def count(self, severity: Severity) -> int:
        return sum(1 for d in self.diagnostics if d.severity is severity)

    @property
    def failed(self) -> bool:
        return self.count(Severity.ERROR) > 0


def check_file(path: Path, config: LintConfig | None = None) -> FileReport:
    """Load and lint one file; every problem becomes a finding."""
    return check_loaded(path, load_file(path), config)


def check_loaded(path: str | Path, result: LoadResult, config: LintConfig | None = None) -> FileReport:
    """Lint a file already loaded (render and report keep the plan they checked)."""
    diagnostics = list(result.diagnostics)
    sources = {result.path: result.text}
    if result.document is not None:
        diagnostics.extend(lint(result.document, config))
        records = check_beside(result.document, config)  # its progress records, if any
        diagnostics.extend(records.diagnostics)
        if records.path is not None:
            sources[records.path] = records.text
    diagnostics.sort(key=lambda d: d.sort_key)
    language = result.document.plan.language if result.document is not None else guess_language(result.text)
    return FileReport(str(path), diagnostics, result.digest, sources if diagnostics else {}, language)


def _check_many(paths: Sequence[Path], config: LintConfig | None) -> list[FileReport]:
    return [check_file(path, config) for path in paths]


def check_paths(paths: Iterable[str | Path], *, jobs: int | None = None, config: LintConfig | None = None) -> CheckReport:
    """Check every plan file under `paths`; the configuration is found next to the first path."""
    names = list(paths)
    found = discover(names)
    if config is None:
        config = load_config(Path(names[0]) if names else Path.cwd())
    report = CheckReport(skipped=found.skipped)
    report.files.extend(FileReport(finding.path, [finding]) for finding in found.problems())
    report.files.extend(map_chunks(_check_many, found.files, config, jobs=jobs))
    return report
