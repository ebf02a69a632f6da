"""Build reference.docx for every template folder here, reproducibly (byte for byte).

    /work/venv/bin/python templates/build_reference.py [TEMPLATE_DIR ...]

The reference document carries the page setup and the styles (fonts on all four
script attributes, no theme fonts, sizes, language, spacing) that template.yaml
describes; it is made by the same code that renders plans, so the two never drift.
python-docx's leftovers are dropped (render/package.py), and zip entries get a fixed date, so running it twice gives the same file and git
shows a change only when the styles really changed.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import docx

from planctl.render.docx import (
    PAGE_NUMBER,
    clear_body,
    enable_hyphenation,
    prepare_styles,
    set_page,
)
from planctl.render.layout import page_for
from planctl.render.package import docx_bytes, finish_package
from planctl.render.template import REFERENCE_FILE, SETTINGS_FILE, load_template

FIXED_DATE = (2024, 1, 1, 0, 0, 0)
HERE = Path(__file__).resolve().parent


def build(folder: Path) -> bytes:
    template = load_template(folder)
    settings = template.settings
    document = docx.Document()
    clear_body(document)
    styles = prepare_styles(document, settings, "ru-RU")
    set_page(document, page_for(settings, 0), styles[PAGE_NUMBER])  # `auto` starts portrait
    enable_hyphenation(document)
    document.add_paragraph("")
    when = dt.datetime(*FIXED_DATE, tzinfo=dt.timezone.utc)
    finish_package(document, title=f"planctl template {folder.name}", language="ru-RU", font=settings.font.name, when=when)
    document.core_properties.comments = settings.description
    return docx_bytes(document, when)


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or sorted(p.parent for p in HERE.glob(f"*/{SETTINGS_FILE}"))
    for folder in folders:
        target = folder / REFERENCE_FILE
        target.write_bytes(build(folder))
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
