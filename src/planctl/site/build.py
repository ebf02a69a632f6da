"""`planctl site`: every plan as a static web page, with an index and an executors page.

Plans are independent, so each worker loads its plans, judges their occurrences and
writes their pages and documents (the due pipeline's `map_chunks`); this process then
writes the two pages over all plans and moves the finished folder into place.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from planctl import __version__
from planctl.diagnostics import Diagnostic
from planctl.discover import discover
from planctl.document import PlanDocument
from planctl.errors import PlanctlError, TemplateError, location
from planctl.load import load_file
from planctl.parallel import map_chunks
from planctl.render.engine import TemplateRunner
from planctl.render.files import FileRefused, read_template_file
from planctl.render.layout import build_layout
from planctl.render.limits import MAX_TEMPLATE_FILE_BYTES
from planctl.render.template import Template, load_template, template_roots
from planctl.site.output import check_target, staged_folder
from planctl.site.overview import PlanEntry, executors_page, index_page, page_language
from planctl.site.plan_page import NO_RECORDS, Records, plan_page
from planctl.site.schedule_view import calendar_text, plan_entries
from planctl.site.words import shown_date

SITE_TEMPLATE = "site"
PAGES = {"index": "index.html.j2", "plan": "plan.html.j2", "executors": "executors.html.j2"}
#: Files of the site template folder copied as they are into `assets/`.
ASSETS = ("site.css", "site.js")
PLANS_FOLDER = "plans"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class SiteOptions:
    """What a site is built from and for."""

    as_of: dt.date
    #: The folder of the site's page templates (`templates/site`), or None for the shipped one.
    site_template: Path | None = None
    #: The plan template for the DOCX and Markdown documents (`ministry` when None).
    template: str | Path | None = None
    #: Render each plan's DOCX, Markdown and ICS into the site.
    documents: bool = True
    #: The language of the index and executors pages when plans of both languages are shown.
    language: str = "ru"
    jobs: int | None = None


@dataclass
class SiteReport:
    """What was built: the plans listed, and findings of files that could not be loaded."""

    plans: list[PlanEntry] = field(default_factory=list)
    problems: list[Diagnostic] = field(default_factory=list)

    @property
    def overdue(self) -> int:
        return sum(p.summary.counts["overdue"] for p in self.plans if p.summary is not None)


@dataclass
class _Built:
    """A worker's answer for one plan file; crosses the process pool, so plain values only."""

    entry: PlanEntry
    problems: list[Diagnostic]
    failure: tuple[str, str, Any] | None = None


def site_template_folder(name: str | Path | None) -> Path:
    """The folder of the site's templates: given, or `site` among the template roots."""
    if name is not None:
        folder = Path(name)
        if not folder.is_dir():
            raise TemplateError("папка шаблона сайта не найдена", location(folder))
        return folder
    for root in template_roots():
        if (root / SITE_TEMPLATE / PAGES["plan"]).is_file():
            return root / SITE_TEMPLATE
    raise TemplateError(f"шаблон сайта «{SITE_TEMPLATE}» не найден")


def slugs(paths: Sequence[Path]) -> list[str]:
    """A file name for each plan's page: its file name in Latin letters, unique among the plans."""
    taken: set[str] = set()
    found = []
    for path in paths:
        base = _UNSAFE.sub("-", path.stem).strip("-.").lower() or "plan"
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base}-{n}"
        taken.add(name)
        found.append(name)
    return found


def build_site(paths: Iterable[str | Path], out: str | Path, options: SiteOptions) -> SiteReport:
    """Build the site into `out`, replacing an earlier site there only once the new one is complete."""
    target = Path(out)
    folder = site_template_folder(options.site_template)
    found = discover(list(paths))
    report = SiteReport(problems=found.problems())
    check_target(target, found.files)
    load_template(options.template)  # a broken plan template is one message here, not one per worker
    jobs = list(zip([str(p) for p in found.files], slugs(found.files), strict=False))
    with staged_folder(target) as stage:
        (stage / PLANS_FOLDER).mkdir()
        results: list[_Built] = map_chunks(_build_many, jobs, stage, folder, options, jobs=options.jobs)
        for built in results:
            if built.failure is not None:
                raise _error(built.failure)
            report.plans.append(built.entry)
            report.problems.extend(built.problems)
        _write_overview(stage, folder, report.plans, options)
    return report


def _write_overview(stage: Path, folder: Path, plans: list[PlanEntry], options: SiteOptions) -> None:
    runner = TemplateRunner(folder, {}, autoescape=True)
    language = page_language(plans, options.language)
    common = _common("", language)
    (stage / "index.html").write_text(runner.render(PAGES["index"], {**index_page(plans, options.as_of, language), **common}), encoding="utf-8")
    executors = {**executors_page(plans, options.as_of, language), **common}
    (stage / "executors.html").write_text(runner.render(PAGES["executors"], executors), encoding="utf-8")
    assets = stage / "assets"
    assets.mkdir()
    for name in ASSETS:
        try:
            data = read_template_file(folder, name, MAX_TEMPLATE_FILE_BYTES)
        except FileRefused as refused:
            raise TemplateError(refused.message, location(folder / name)) from None
        (assets / name).write_bytes(data)


def _common(prefix: str, language: str) -> dict[str, Any]:
    """Links every page has, relative to the page (`prefix` is `../` for a plan page)."""
    return {
        "site": {
            "index": f"{prefix}index.html",
            "executors": f"{prefix}executors.html",
            "css": f"{prefix}assets/site.css",
            "js": f"{prefix}assets/site.js",
        },
        "version": __version__,
        "lang": language,
    }


def _build_many(jobs: Sequence[tuple[str, str]], stage: Path, folder: Path, options: SiteOptions) -> list[_Built]:
    """Load, judge and write the plans of one chunk; a template error stops the whole site."""
    out: list[_Built] = []
    try:
        runner, template = _tools(folder, options.template)
        for path, slug in jobs:
            out.append(_build_one(Path(path), slug, stage, runner, template, options))
    except PlanctlError as error:
        out.append(_Built(PlanEntry(str(jobs[0][0]), "", "", "ru", "", None), [], (type(error).__name__, error.message, error.location)))
    return out


@lru_cache(maxsize=4)
def _tools(folder: Path, template: str | Path | None) -> tuple[TemplateRunner, Template]:
    """The page templates compiled once per process, not once per chunk of plans, and the plan template."""
    return TemplateRunner(folder, {}, autoescape=True), load_template(template)


def _build_one(path: Path, slug: str, stage: Path, runner: TemplateRunner, template: Template, options: SiteOptions) -> _Built:
    href = f"{PLANS_FOLDER}/{slug}.html"
    with _collector_paused():
        prepared = _prepare(path, href, slug, template, options)
    if isinstance(prepared, _Built):
        return prepared
    context, entry, sources = prepared
    if sources is not None:
        _write_documents(*sources, stage / PLANS_FOLDER, slug, template, options)
    page = runner.render(PAGES["plan"], context)
    (stage / href).write_text(page, encoding="utf-8")
    return _Built(entry, [])


def _prepare(
    path: Path, href: str, slug: str, template: Template, options: SiteOptions
) -> _Built | tuple[dict[str, Any], PlanEntry, tuple[PlanDocument, list[Any]] | None]:
    """The plan loaded and judged: its page's context, its index entry, and what its documents
    are written from (None without documents); or what is wrong with it. planctl's own code only."""
    result = load_file(path)
    doc = result.document
    if doc is None:
        return _Built(PlanEntry(str(path), href, path.name, "ru", "", None), result.diagnostics)
    plan = doc.plan
    entries = plan_entries(doc, options.as_of)
    documents = _document_links(slug) if options.documents else []
    layout = build_layout(dataclasses.replace(plan, items=[], sections=None), template.settings)  # the front matter only
    context, summary = plan_page(doc, entries, options.as_of, layout, _records(doc), documents)
    context = {**context, **_common("../", plan.language), "file": path.as_posix()}
    period = f"{shown_date(plan.period.start)} – {shown_date(plan.period.end)}"
    entry = PlanEntry(path.as_posix(), href, plan.title, plan.language, period, summary)
    return context, entry, (doc, entries) if options.documents else None


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while planctl's own code loads a plan and works out its page.

    That work makes hundreds of thousands of objects that live until the page's data is
    made, so the collector's passes in between find nothing, and cost some 7% of a worker's
    time. One pass after, when they are gone, collects whatever cycles they left. A template
    (the page's, a document's) never runs in here: what it makes is bounded by its budget,
    with the collector on.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect(0)


def _document_links(slug: str) -> list[tuple[str, str]]:
    return [("docx", f"{slug}.docx"), ("markdown", f"{slug}.md"), ("ics", f"{slug}.ics")]


def _write_documents(doc: PlanDocument, entries: list[Any], folder: Path, slug: str, template: Template, options: SiteOptions) -> None:
    """The plan's DOCX and Markdown from the plan template, and its occurrences as ICS, beside its page."""
    from planctl.render.docx import render_docx
    from planctl.render.markdown import render_markdown

    render_docx(doc, folder / f"{slug}.docx", template)
    render_markdown(doc, folder / f"{slug}.md", template)
    (folder / f"{slug}.ics").write_text(calendar_text(entries, options.as_of), encoding="utf-8", newline="")


def _records(doc: PlanDocument) -> Records:
    """The plan's progress records matched to its items; none when there are none or they do not load."""
    from planctl.progress.load import load_progress, records_beside

    path = records_beside(doc.path)
    if path is None:
        return NO_RECORDS
    loaded = load_progress(path, doc.plan.language)
    if loaded.document is None:
        return NO_RECORDS
    from planctl.progress.ledger import match_records

    return match_records(doc, loaded.document.progress.records)


def _error(failure: tuple[str, str, Any]) -> PlanctlError:
    """A worker's error, raised again here with its kind, message and place."""
    from planctl import errors

    kind, message, where = failure
    cls = getattr(errors, kind, None)
    if not (isinstance(cls, type) and issubclass(cls, PlanctlError)):
        cls = PlanctlError
    return cls(message, where)
