"""The foreign-layout corpus: Word plans planctl did not write, each with the plan and report it must give.

`tests/importer/corpus/build_corpus.py` builds the documents (committed too);
`NAME.yaml` is the plan a person checked by hand against the document, `NAME.report.txt`
the warnings and summary `planctl import` prints. To record a deliberate change, run
with PLANCTL_UPDATE_GOLDEN=1 and read the diff before committing it.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

from planctl.importer import import_docx
from planctl.importer.write import to_yaml
from planctl.load import load_text

CORPUS = Path(__file__).parent / "corpus"
DOCUMENTS = sorted(CORPUS.glob("*.docx"))
UPDATE = os.environ.get("PLANCTL_UPDATE_GOLDEN") == "1"


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_corpus", CORPUS / "build_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_corpus"] = module
    spec.loader.exec_module(module)
    return module


def _golden(path: Path, text: str) -> str:
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    return path.read_text(encoding="utf-8")


def test_the_corpus_has_at_least_twelve_foreign_layouts() -> None:
    assert len(DOCUMENTS) >= 12
    assert {p.stem for p in DOCUMENTS} == set(_builder().CORPUS)


@pytest.mark.parametrize("document", DOCUMENTS, ids=[p.stem for p in DOCUMENTS])
def test_each_document_gives_its_plan_and_report(document: Path) -> None:
    result = import_docx(document)
    text = to_yaml(result.plan, source=document.name)
    assert text == _golden(document.with_suffix(".yaml"), text)
    report = "\n".join(result.warnings + result.summary) + "\n"
    assert report == _golden(document.with_suffix(".report.txt"), report)
    loaded = load_text(text, f"plans/{document.stem}.yaml")
    assert loaded.diagnostics == [] and loaded.document is not None


def test_the_committed_documents_are_what_the_script_builds(tmp_path: Path) -> None:
    built = _builder().build(tmp_path)
    for path in built:
        assert path.read_bytes() == (CORPUS / path.name).read_bytes(), f"{path.name}: rebuild and commit the corpus"
