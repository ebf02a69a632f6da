"""The printed pages, through LibreOffice (issue 17): no document ends with a blank page,
and no word of a narrow column is broken. Skipped where LibreOffice or poppler is missing.

Plans of 24–29 and 39–44 items of varied heights end their table at every height around
the bottom of pages 2 and 3: with a paragraph of ordinary height after the table, 27 and
42 items got a last page with nothing but its number.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from render_helpers import DATA

from planctl.due.windows import Window
from planctl.render import render_file
from planctl.report import prepare_report, write_report

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("soffice", "pdfinfo", "pdftotext")),
    reason="needs LibreOffice (soffice) and poppler-utils (pdfinfo, pdftotext)",
)

SIZES = [*range(24, 30), *range(39, 45)]
WORDS = ["Проведение", "заседаний", "Консультативной", "группы", "по", "добровольчеству", "в", "сфере", "охраны", "здоровья", "при", "необходимости"]


def plan_text(items: int) -> str:
    """A plan whose items are 3 to 13 words long, so rows are one to four lines high."""
    lines = [
        "title: План мероприятий по развитию добровольчества в Смоленской области в 2024 году",
        "period: 2024",
        "approval: {stamp: УТВЕРЖДАЮ, position: Министр здравоохранения, name: И.И. Иванов, date: 2024-01-09}",
        "items:",
    ]
    for number in range(1, items + 1):
        title = " ".join(WORDS[(number + k) % len(WORDS)] for k in range(3 + number * 7 % 11))
        lines += [
            f'  - number: "{number}"',
            f"    title: {title} {number}",
            "    executors: [Министерство здравоохранения Смоленской области]",
            "    deadline: В течение года",
        ]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every document of this module, converted by one LibreOffice run."""
    folder = tmp_path_factory.mktemp("pages")
    documents = []
    for size in SIZES:
        plan = folder / f"plan-{size}.yaml"
        plan.write_text(plan_text(size), encoding="utf-8")
        documents.append(folder / f"plan-{size}.docx")
        render_file(plan, documents[-1])
    for size in (24, 42):  # reports end with a table too when nobody signs them
        report = prepare_report(folder / f"plan-{size}.yaml", Window(dt.date(2024, 1, 1), dt.date(2024, 12, 31), "2024"), dt.date(2025, 1, 20))
        assert report.report.signature is None
        documents.append(folder / f"report-{size}.docx")
        write_report(report, documents[-1], "docx")
    documents.append(folder / "narrow-deadline.docx")
    render_file(DATA / "narrow-deadline.yaml", documents[-1])
    profile = (folder / "profile").as_uri()  # a private profile: another soffice may be running
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", str(folder), *map(str, documents)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return {path.stem: path.with_suffix(".pdf") for path in documents}


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))


def page_text(pdf: Path, page: int) -> str:
    command = ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


@pytest.mark.parametrize("name", [f"plan-{size}" for size in SIZES] + ["report-24", "report-42"])
def test_the_last_page_is_not_blank(pdfs: dict[str, Path], name: str) -> None:
    pdf = pdfs[name]
    last = page_count(pdf)
    assert last >= 2
    text = page_text(pdf, last).split()
    assert text != [str(last)] and len(text) > 1, f"{name}: page {last} shows only its number"


def test_page_two_repeats_the_header_and_shows_its_number(pdfs: dict[str, Path]) -> None:
    lines = [line.strip() for line in page_text(pdfs["plan-42"], 2).splitlines() if line.strip()]
    assert lines[0] == "2"
    assert "Мероприятие" in lines[1] or "Мероприятие" in lines[2]
    assert page_text(pdfs["plan-42"], 1).split()[0] == "УТВЕРЖДАЮ"  # no number on the first page


def test_no_word_of_the_deadline_column_is_broken(pdfs: dict[str, Path]) -> None:
    words = page_text(pdfs["narrow-deadline"], 1).split()
    assert words.count("необходимости") == 2, words
    assert "ежеквартально," in words
    assert "необходимост" not in words
