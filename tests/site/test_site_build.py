"""`planctl site` without a browser: golden pages, the command, counts, escaping and whole-folder writes."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from site_helpers import DATA, ROOT, SHIPPED_AS_OF, SMALL, SMALL_AS_OF
from typer.testing import CliRunner

from planctl.cli import app
from planctl.errors import OutputError, TemplateError
from planctl.site import SiteOptions, SiteReport, build_site
from planctl.site.output import MARKER

GOLDEN = Path(__file__).parent / "golden"
runner = CliRunner()


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("PLANCTL_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs; PLANCTL_UPDATE_GOLDEN=1 rewrites it"


def _page(root: Path, name: str) -> str:
    return (root / name).read_text(encoding="utf-8")


class _Tags(HTMLParser):
    """Every start tag with its attributes, to check markup without a browser."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


# --------------------------------------------------------------------------- golden pages


@pytest.mark.parametrize("page", ["index.html", "executors.html", "plans/small.html"])
def test_small_plan_pages_match_golden(small_site: Path, page: str) -> None:
    check_golden(page.replace("/", "-"), _page(small_site, page))


def test_small_plan_page_shows_states_records_and_sections(small_site: Path) -> None:
    html = _page(small_site, "plans/small.html")
    assert '<html lang="ru">' in html
    assert html.count('<tr class="section">') == 3
    # 1.2 of 2025-H1 is overdue, with its «не выполнено» record, its text and both links (one not a link)
    row = html[html.index('<tr id="item-2"') : html.index('<tr id="item-3"')]
    assert '<span class="badge overdue">просрочено</span> 30.06.2025' in row
    assert "не выполнено" in row and "Заседание перенесено из-за отпуска председателя." in row
    assert '<a href="https://example.org/protocol/1" rel="noopener noreferrer">' in row
    assert "<li>docs/protocol-1.pdf</li>" in row
    # the cancelled item is marked and has no dates, and no timeline row
    cancelled = html[html.index('<tr id="item-7"') :]
    assert "cancelled" in cancelled.split(">")[0] and "отменено" in cancelled
    # figures of a record
    assert "2 выезда" in html


def test_markup_is_accessible(shipped_site: tuple[Path, SiteReport]) -> None:
    root, _ = shipped_site
    for page in ["index.html", "executors.html", *[f"plans/{p.name}" for p in (root / "plans").glob("*.html")]]:
        html = _page(root, page)
        found = tags(html)
        assert found[0][0] == "html" and found[0][1].get("lang") in ("ru", "uk"), page
        assert all(attrs.get("scope") for tag, attrs in found if tag == "th"), f"{page}: a <th> without scope"
        assert sum(1 for tag, _ in found if tag == "h1") == 1, page
        assert not [a for tag, a in found if tag in ("script", "link", "img") and re.match(r"(https?:)?//", a.get("src") or a.get("href") or "")]


def test_ukrainian_plan_page_is_in_ukrainian(shipped_site: tuple[Path, SiteReport]) -> None:
    root, _ = shipped_site
    html = _page(root, "plans/zaporizhzhia-2016-round-table.html")
    assert '<html lang="uk">' in html
    assert "Прострочено" in html and "Виконавці" in html and "Просрочено" not in html


# --------------------------------------------------------------------------- counts agree with `planctl due`


def test_overdue_counts_match_planctl_due(shipped_site: tuple[Path, SiteReport]) -> None:
    root, report = shipped_site
    index = _page(root, "index.html")
    for path in sorted((ROOT / "plans").glob("*.yaml")):
        result = runner.invoke(app, ["due", str(path), "--as-of", SHIPPED_AS_OF.isoformat(), "--format", "json"])
        entries = json.loads(result.stdout)
        overdue = sum(1 for e in entries if e["state"] == "overdue")
        due = sum(1 for e in entries if e["state"] == "due")
        row = index[index.index(f'data-file="{path.as_posix()}"') :].split("</tr>")[0]
        cells = dict(re.findall(r'data-state="(\w+)">(?:<span[^>]*>)?(\d+)', row))
        assert int(cells["overdue"]) == overdue, path.name
        assert int(cells["due"]) == due, path.name
    assert report.overdue == sum(int(n) for n in re.findall(r'data-state="overdue">(?:<span[^>]*>)?(\d+)', index.split("<tfoot>")[0]))


# --------------------------------------------------------------------------- the command


def test_cli_builds_the_site(tmp_path: Path) -> None:
    out = tmp_path / "public"
    result = runner.invoke(app, ["site", str(SMALL), "-o", str(out), "--as-of", SMALL_AS_OF.isoformat()])
    assert result.exit_code == 0, result.output
    assert "планов 1, просрочено 1" in result.output
    names = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert names == [
        MARKER,
        "assets/site.css",
        "assets/site.js",
        "executors.html",
        "index.html",
        "plans/small.docx",
        "plans/small.html",
        "plans/small.ics",
        "plans/small.md",
    ]
    assert (out / "plans/small.ics").read_text(encoding="utf-8").count("BEGIN:VEVENT") == 10
    rendered = tmp_path / "rendered.md"
    assert runner.invoke(app, ["render", str(SMALL), "-o", str(rendered)]).exit_code == 0
    assert (out / "plans/small.md").read_bytes() == rendered.read_bytes()


def test_cli_no_documents_leaves_them_out(tmp_path: Path) -> None:
    out = tmp_path / "public"
    result = runner.invoke(app, ["site", str(SMALL), "-o", str(out), "--as-of", "2025-08-15", "--no-documents"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (out / "plans").iterdir()) == ["small.html"]
    assert "Документы плана" not in _page(out, "plans/small.html")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--as-of", "2025-13-01"], "--as-of: ожидается дата ГГГГ-ММ-ДД"),
        (["--site-template", "/nonexistent/site"], "папка шаблона сайта не найдена"),
        (["--template", "no-such-template"], "шаблон «no-such-template» не найден"),
    ],
)
def test_cli_usage_errors(tmp_path: Path, args: list[str], message: str) -> None:
    result = runner.invoke(app, ["site", str(SMALL), "-o", str(tmp_path / "public"), *args])
    assert result.exit_code in (1, 2)
    assert message in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "public").exists()


def test_cli_reports_a_broken_plan_and_lists_it(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "good.yaml").write_bytes(SMALL.read_bytes())
    (plans / "bad.yaml").write_text("title: План\nperiod: 2025\nitems: [1, 2\n", encoding="utf-8")
    out = tmp_path / "public"
    result = runner.invoke(app, ["site", str(plans), "-o", str(out), "--as-of", "2025-08-15", "--no-documents"])
    assert result.exit_code == 1
    assert "bad.yaml:4:1: F003" in result.output
    index = _page(out, "index.html")
    assert "good.html" in index and "bad.yaml" in index and "Не загружены" in index


# --------------------------------------------------------------------------- hostile input


def test_script_in_a_plan_title_is_escaped(tmp_path: Path) -> None:
    plan = tmp_path / "evil.yaml"
    text = SMALL.read_text(encoding="utf-8").replace(
        "title: План мероприятий", 'title: <script>alert("x")</script> План мероприятий', 1
    ).replace("Размещение информации", "Размещение <img src=x onerror=alert(1)> информации")
    plan.write_text(text, encoding="utf-8")
    out = tmp_path / "public"
    build_site([plan], out, SiteOptions(SMALL_AS_OF, documents=False, jobs=1))
    for page in ["index.html", "executors.html", "plans/evil.html"]:
        html = _page(out, page)
        assert "<script>alert" not in html and "<img src=x" not in html, page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in _page(out, "plans/evil.html")
    assert "&lt;img src=x onerror=alert(1)&gt;" in _page(out, "plans/evil.html")


def test_site_template_runs_in_the_sandbox(tmp_path: Path) -> None:
    folder = tmp_path / "site-template"
    folder.mkdir()
    for name in ["index.html.j2", "executors.html.j2", "site.css", "site.js"]:
        (folder / name).write_text("x", encoding="utf-8")
    (folder / "plan.html.j2").write_text("{{ words.__class__ }}", encoding="utf-8")
    with pytest.raises(TemplateError) as error:
        build_site([SMALL], tmp_path / "public", SiteOptions(SMALL_AS_OF, site_template=folder, documents=False, jobs=1))
    assert "plan.html.j2:1" in str(error.value)
    assert not (tmp_path / "public").exists()


# --------------------------------------------------------------------------- whole-folder writes


def test_a_failed_build_leaves_the_old_site_and_no_temporary_folder(tmp_path: Path, small_site: Path) -> None:
    out = tmp_path / "public"
    build_site([SMALL], out, SiteOptions(SMALL_AS_OF, documents=False, jobs=1))
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    broken = tmp_path / "broken"
    broken.mkdir()
    for name in ["plan.html.j2", "index.html.j2", "executors.html.j2", "site.css"]:  # site.js is missing
        (broken / name).write_text("ok", encoding="utf-8")
    with pytest.raises(TemplateError):
        build_site([SMALL], out, SiteOptions(dt.date(2025, 12, 31), site_template=broken, documents=False, jobs=1))
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken", "public"]


def test_a_new_build_replaces_the_old_site_whole(tmp_path: Path) -> None:
    out = tmp_path / "public"
    build_site([ROOT / "plans"], out, SiteOptions(SHIPPED_AS_OF, documents=False, jobs=1))
    assert len(list((out / "plans").iterdir())) == 3
    build_site([SMALL], out, SiteOptions(SMALL_AS_OF, documents=False, jobs=1))
    assert sorted(p.name for p in (out / "plans").iterdir()) == ["small.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["public"]


def test_refuses_a_folder_that_is_not_a_site(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    out.mkdir()
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputError) as error:
        build_site([SMALL], out, SiteOptions(SMALL_AS_OF, documents=False, jobs=1))
    assert "не создана planctl site" in str(error.value)
    assert (out / "keep.txt").read_text(encoding="utf-8") == "mine"


def test_refuses_a_site_folder_holding_the_plans(tmp_path: Path) -> None:
    out = tmp_path / "public"
    out.mkdir()
    (out / MARKER).write_text("planctl site\n", encoding="utf-8")
    plan = out / "plan.yaml"
    plan.write_bytes(SMALL.read_bytes())
    with pytest.raises(OutputError):
        build_site([plan], out, SiteOptions(SMALL_AS_OF, documents=False, jobs=1))
    assert plan.exists()


def test_the_pool_builds_the_same_pages(tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    plans.mkdir()
    for i in range(30):  # past the pool threshold
        (plans / f"p{i:02d}.yaml").write_bytes(SMALL.read_bytes())
    serial, pooled = tmp_path / "serial", tmp_path / "pooled"
    build_site([plans], serial, SiteOptions(SMALL_AS_OF, documents=False, jobs=1))
    build_site([plans], pooled, SiteOptions(SMALL_AS_OF, documents=False, jobs=2))
    for page in serial.rglob("*.html"):
        assert page.read_bytes() == (pooled / page.relative_to(serial)).read_bytes()


def test_records_data_is_the_seed_example(shipped_site: tuple[Path, SiteReport]) -> None:
    root, _ = shipped_site
    html = _page(root, "plans/smolensk-2024-volunteering.html")
    assert html.count('class="record record-done"') == 3
    assert "6 выездов в рамках акции #ДоброВСело" in html
    assert DATA.is_dir()


def test_templates_run_with_the_cycle_collector_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The collector is paused only for planctl's own work on a plan; a page or a document
    template makes what its budget allows, and its cycles must be collectable as it runs."""
    import gc

    from planctl.render import engine

    seen: list[bool] = []
    render = engine.TemplateRunner.render
    monkeypatch.setattr(engine.TemplateRunner, "render", lambda self, *args: (seen.append(gc.isenabled()), render(self, *args))[1])
    build_site([SMALL], tmp_path / "site", SiteOptions(SMALL_AS_OF, jobs=1))
    assert seen and all(seen)
    assert gc.isenabled()


def test_a_collector_turned_off_stays_off(tmp_path: Path) -> None:
    import gc

    gc.disable()
    try:
        build_site([SMALL], tmp_path / "site", SiteOptions(SMALL_AS_OF, documents=False, jobs=1))
        assert not gc.isenabled()
    finally:
        gc.enable()
