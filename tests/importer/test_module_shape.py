"""The importer's shape (issue 13): small modules, and template labels read only through the renderer."""

from __future__ import annotations

import ast
from pathlib import Path

import planctl.importer

PACKAGE = Path(planctl.importer.__file__).parent
MODULES = sorted(PACKAGE.glob("*.py"))


def test_no_importer_module_is_over_450_lines() -> None:
    sizes = {path.name: len(path.read_text(encoding="utf-8").splitlines()) for path in MODULES}
    assert {name: size for name, size in sizes.items() if size > 450} == {}


def test_template_labels_come_from_the_renderers_loader_not_a_path() -> None:
    for path in MODULES:
        text = path.read_text(encoding="utf-8")
        assert "template.yaml" not in text, f"{path.name} names template.yaml"
    vocab = ast.parse((PACKAGE / "vocab.py").read_text(encoding="utf-8"))
    imported = {(node.module, alias.name) for node in ast.walk(vocab) if isinstance(node, ast.ImportFrom) for alias in node.names}
    assert ("planctl.render.template", "load_template") in imported


def test_no_module_is_called_layout_in_the_importer() -> None:
    assert not (PACKAGE / "layout.py").exists()  # the renderer's layout.py is the only one
