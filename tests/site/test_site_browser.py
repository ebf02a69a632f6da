"""The built site in a real browser (Debian's chromium through Playwright), opened over file://.

Skipped, with the reason, when Playwright or the browser is not installed: `pip install
'.[test]'` brings Playwright; `apt-get install chromium` the browser (`.ci/run` does it).
Playwright's own browser download is never used.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import pytest
from site_helpers import ROOT, SHIPPED_AS_OF

from planctl.site import SiteReport

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed (pip install '.[test]')")
if not Path(CHROMIUM).exists():
    pytest.skip("no chromium browser installed (apt-get install chromium)", allow_module_level=True)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        except Exception as error:
            pytest.skip(f"chromium at {CHROMIUM} does not start: {error}")
        yield launched
        launched.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    """A page that records console errors and failed requests; the test fails on any."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, offline=True)
    opened = context.new_page()
    problems: list[str] = []
    opened.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    opened.on("pageerror", lambda error: problems.append(str(error)))
    opened.on("requestfailed", lambda request: problems.append(f"{request.url}: {request.failure}"))
    opened.problems = problems
    yield opened
    assert problems == []
    context.close()


def _url(path: Path) -> str:
    return path.resolve().as_uri()


def test_every_page_loads_without_errors_and_every_link_resolves(page: Any, shipped_site: tuple[Path, SiteReport]) -> None:
    root, _ = shipped_site
    pages = [root / "index.html", root / "executors.html", *sorted((root / "plans").glob("*.html"))]
    for html in pages:
        page.goto(_url(html))
        assert page.evaluate("document.styleSheets.length") == 1, html.name  # the local CSS loaded
        targets = page.eval_on_selector_all("a[href], link[href], script[src]", "els => els.map(e => e.href || e.src)")
        for target in targets:
            parsed = urlparse(target)
            if parsed.scheme in ("http", "https"):  # evidence links of progress records: not part of the site
                continue
            assert parsed.scheme == "file", target
            file = Path(unquote(parsed.path))
            assert file.is_file(), f"{html.name}: {target}"
            if parsed.fragment:
                assert f'id="{parsed.fragment}"' in file.read_text(encoding="utf-8"), f"{html.name}: {target}"


def test_executor_filter_hides_and_shows_rows(page: Any, shipped_site: tuple[Path, SiteReport]) -> None:
    root, _ = shipped_site
    page.goto(_url(root / "plans" / "smolensk-2024-volunteering.html"))
    assert page.is_visible("#filters")
    rows = page.locator("#items tbody tr.item")
    assert rows.count() == 8
    page.select_option("#filter-executor", label="медицинские организации")
    visible = [rows.nth(i).get_attribute("id") for i in range(rows.count()) if rows.nth(i).is_visible()]
    assert visible == ["item-3", "item-4"]  # the two items naming «медицинские организации»
    assert page.text_content("#filter-count") == "Показано мероприятий: 2 из 8"
    page.select_option("#filter-state", value="done")
    visible = [rows.nth(i).get_attribute("id") for i in range(rows.count()) if rows.nth(i).is_visible()]
    assert visible == ["item-4"]  # of those two, only item 4 has a «выполнено» record
    page.select_option("#filter-executor", value="")
    page.select_option("#filter-state", value="")
    assert all(rows.nth(i).is_visible() for i in range(rows.count()))


def test_sections_follow_the_filter(page: Any, shipped_site: tuple[Path, SiteReport]) -> None:
    root, _ = shipped_site
    page.goto(_url(root / "plans" / "zabaikalsky-2024-2025-social-standard.html"))
    sections = page.locator("#items tbody tr.section")
    total = sections.count()
    page.select_option("#filter-state", value="overdue")
    shown_sections = sum(1 for i in range(total) if sections.nth(i).is_visible())
    shown_items = page.locator("#items tbody tr.item:visible").count()
    assert 0 < shown_sections < total and shown_items > 0
    for row in page.locator("#items tbody tr.item:visible").all():
        assert "overdue" in (row.get_attribute("data-states") or "").split()


def test_without_javascript_the_whole_table_shows(browser: Any, shipped_site: tuple[Path, SiteReport]) -> None:
    root, _ = shipped_site
    context = browser.new_context(java_script_enabled=False, offline=True)
    opened = context.new_page()
    opened.goto(_url(root / "plans" / "smolensk-2024-volunteering.html"))
    assert not opened.is_visible("#filters")
    assert opened.locator("#items tbody tr.item:visible").count() == 8
    context.close()


def test_timeline_has_one_mark_per_occurrence_in_its_state(page: Any, shipped_site: tuple[Path, SiteReport], tmp_path: Path) -> None:
    root, _ = shipped_site
    from planctl.load import load_plan
    from planctl.site.plan_page import site_state
    from planctl.site.schedule_view import plan_entries
    from planctl.site.words import quarter_of

    for path in sorted((ROOT / "plans").glob("*.yaml")):
        entries = plan_entries(load_plan(path), SHIPPED_AS_OF)
        end = quarter_of(SHIPPED_AS_OF)[1]
        expected = sorted(site_state(e, end) for e in entries)
        page.goto(_url(root / "plans" / f"{path.stem}.html"))
        marks = page.eval_on_selector_all("svg.timeline use.mark", "els => els.map(e => e.getAttribute('href').slice(6))")
        assert sorted(marks) == expected, path.name
        # every mark is drawn: a box inside the drawing
        boxes = page.eval_on_selector_all("svg.timeline use.mark", "els => els.map(e => { const b = e.getBBox(); return [b.width, b.height]; })")
        assert all(w > 0 and h > 0 for w, h in boxes)
        badges = page.eval_on_selector_all("#items .occurrences .badge", "els => els.map(e => e.classList[1])")
        assert sorted(badges) == expected, path.name


def test_overdue_count_on_the_index_matches_planctl_due(page: Any, shipped_site: tuple[Path, SiteReport]) -> None:
    from typer.testing import CliRunner

    from planctl.cli import app

    root, _ = shipped_site
    result = CliRunner().invoke(app, ["due", str(ROOT / "plans"), "--as-of", SHIPPED_AS_OF.isoformat(), "--format", "json"])
    overdue = sum(1 for e in json.loads(result.stdout) if e["state"] == "overdue")
    page.goto(_url(root / "index.html"))
    total = page.text_content("#plans tfoot td[data-state=overdue]")
    assert int(total or "") == overdue


def test_screenshots(page: Any, shipped_site: tuple[Path, SiteReport], tmp_path: Path) -> None:
    """Pictures of the index, a plan page and a timeline, to look at (saved in the test's folder)."""
    root, _ = shipped_site
    page.goto(_url(root / "index.html"))
    page.screenshot(path=str(tmp_path / "site-index.png"), full_page=True)
    page.goto(_url(root / "plans" / "smolensk-2024-volunteering.html"))
    page.screenshot(path=str(tmp_path / "site-plan.png"), full_page=True)
    page.goto(_url(root / "plans" / "zabaikalsky-2024-2025-social-standard.html"))
    page.locator("svg.timeline").screenshot(path=str(tmp_path / "site-timeline.png"))
    for name in ["site-index.png", "site-plan.png", "site-timeline.png"]:
        assert (tmp_path / name).stat().st_size > 10_000
    print(f"screenshots: {tmp_path}")


def test_print_shows_the_plan_without_navigation(page: Any, shipped_site: tuple[Path, SiteReport]) -> None:
    root, _ = shipped_site
    page.goto(_url(root / "plans" / "smolensk-2024-volunteering.html"))
    page.emulate_media(media="print")
    assert not page.is_visible(".site-header nav") and not page.is_visible("#filters")
    assert page.locator("#items tbody tr.item:visible").count() == 8
