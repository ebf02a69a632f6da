"""The real-phrase benchmark: its data files are well formed and honestly split, its script runs.

No accuracy figure is asserted here: the benchmark measures the grammar, it does not gate it.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from ruamel.yaml import YAML

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"
DATA = BENCH / "phrases"
KINDS = {"date", "period", "throughout", "recurring", "continuous", "on_demand", "relative", "unknown"}
LABEL = r"(\d{4}|\d{4}-H[12]|\d{4}-Q[1-4]|\d{4}-(0[1-9]|1[0-2])|\d{4}-\d{2}-\d{2}|\d{4}/\d{4})"
OCCURRENCE = re.compile(rf"^(report )?{LABEL} \d{{4}}-\d{{2}}-\d{{2}}$")
PERIOD = re.compile(r"^(\d{4}|\d{4}-\d{4}|\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2})$")


def _module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def _load(name: str) -> list[dict[str, Any]]:
    return list(YAML(typ="safe").load((DATA / f"{name}.yaml").read_text(encoding="utf-8")))


PARTS = {name: _load(name) for name in ("dev", "heldout")}


@pytest.mark.parametrize("name", PARTS)
def test_every_entry_is_well_formed(name: str) -> None:
    entries = PARTS[name]
    assert entries
    for entry in entries:
        assert set(entry) <= {"phrase", "lang", "period", "approved", "kind", "occurrences", "source"}, entry
        assert isinstance(entry["phrase"], str)
        assert entry["lang"] in ("ru", "uk")
        assert PERIOD.match(str(entry["period"])), entry
        assert isinstance(entry.get("approved", dt.date.min), dt.date)
        assert entry["kind"] in KINDS
        assert all(OCCURRENCE.match(o) for o in entry["occurrences"]), entry
        if entry["kind"] in ("continuous", "on_demand", "unknown"):
            assert not [o for o in entry["occurrences"] if not o.startswith("report ")], entry
        assert re.match(r"^(https?://|github:)\S+$", entry["source"]), entry


def test_no_exact_duplicates() -> None:
    keys = [(e["phrase"], str(e["period"])) for entries in PARTS.values() for e in entries]
    assert len(keys) == len(set(keys))


def test_parts_are_disjoint_by_source_and_have_both_languages() -> None:
    dev, heldout = ({e["source"] for e in PARTS[name]} for name in ("dev", "heldout"))
    assert not dev & heldout
    for entries in PARTS.values():
        assert {e["lang"] for e in entries} == {"ru", "uk"}


def test_the_files_are_what_build_makes_of_the_collection() -> None:
    build = _module(DATA / "build.py")
    made = build.build()
    for name, entries in PARTS.items():
        assert made[name] == entries
        if name == "heldout":
            assert all(build.heldout(e["source"]) for e in entries)
        else:
            # a development source the hash holds out is there only because a version of its page is not
            dev_pages = {build.page(e["source"]) for e in entries if not build.heldout(e["source"])}
            assert all(build.page(e["source"]) in dev_pages for e in entries if build.heldout(e["source"]))


def test_versions_of_one_page_share_a_part() -> None:
    build = _module(DATA / "build.py")
    versions = [f"https://github.com/o/r/blob/{n:040x}/plan.html" for n in range(40)]
    assert {build.page(v) for v in versions} == {"https://github.com/o/r/blob/plan.html"}
    held = next(v for v in versions if build.heldout(v))
    dev = next(v for v in versions if not build.heldout(v))
    assert build.heldout_sources([held]) == {held}
    assert build.heldout_sources([held, dev]) == set()  # the development part wins
    for name, entries in PARTS.items():
        pages = {build.page(e["source"]) for e in entries}
        other = {build.page(e["source"]) for e in PARTS["dev" if name == "heldout" else "heldout"]}
        assert not pages & other


def test_no_source_dominates() -> None:
    from collections import Counter

    forms = Counter((e["source"], re.sub(r"\d+", "9", e["phrase"].lower())) for entries in PARTS.values() for e in entries)
    assert max(forms.values()) <= 8


def _write(path: Path, entries: list[dict[str, Any]]) -> None:
    yaml = YAML(typ="safe", pure=True)
    with path.open("w", encoding="utf-8") as stream:
        yaml.dump(entries, stream)


def test_the_script_runs_on_the_real_files(capsys: pytest.CaptureFixture[str]) -> None:
    script = _module(BENCH / "phrase_accuracy.py")
    assert script.main(["--misses"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^dev\s+\d+\s+\d+\s+[\d.]+%$", out, re.MULTILINE)
    assert re.search(r"^heldout\s+\d+\s+\d+\s+[\d.]+%$", out, re.MULTILINE)


def test_misses_never_show_heldout_and_errors_are_misses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    entry = {"lang": "ru", "period": "2024", "kind": "date", "occurrences": ["2024-05-09 2024-05-09"], "source": "https://example.org/x"}
    _write(tmp_path / "dev.yaml", [{**entry, "phrase": "ерунда для dev"}, {**entry, "phrase": "до 9 мая", "period": "не период"}])
    _write(tmp_path / "heldout.yaml", [{**entry, "phrase": "ерунда для heldout", "lang": "uk"}])
    script = _module(BENCH / "phrase_accuracy.py")
    assert script.main(["--misses", "--dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "ерунда для dev" in out and "не период" in out
    assert "heldout" in out and "ерунда для heldout" not in out
    assert re.search(r"^dev\s+2\s+0\s+0.0%$", out, re.MULTILINE)
    assert re.search(r"^heldout\s+1\s+0\s+0.0%$", out, re.MULTILINE)


def test_the_variants_script_varies_dev_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    entry = {"lang": "ru", "period": "2024", "kind": "throughout", "occurrences": ["2024 2024-12-31"], "source": "https://example.org/x"}
    _write(tmp_path / "dev.yaml", [{**entry, "phrase": "в течение года"}])
    _write(tmp_path / "heldout.yaml", [{**entry, "phrase": "это не читается вовсе"}])
    script = _module(BENCH / "phrase_variants.py")
    assert script.main(["--dir", str(tmp_path), "--show", "capital", "letter dropped"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^capital\s+1\s+0$", out, re.MULTILINE)
    assert re.search(r"^all\s+\d+\s+\d+$", out, re.MULTILINE)
    assert "не читается" not in out


def test_the_variants_script_tries_only_the_kinds_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    entry = {"lang": "ru", "period": "2024", "kind": "date", "occurrences": ["2024-05-05 2024-05-05"], "source": "https://example.org/y"}
    _write(tmp_path / "dev.yaml", [{**entry, "phrase": "до 5 мая 2024 года"}])
    _write(tmp_path / "heldout.yaml", [])
    script = _module(BENCH / "phrase_variants.py")
    assert script.main(["--dir", str(tmp_path), "--only", "leading zero", "all capitals", "glued year word"]) == 0
    out = capsys.readouterr().out
    # «до 05 мая 2024 года», «ДО 5 МАЯ 2024 ГОДА», «до 5 мая 2024года» all read as the phrase does
    assert re.search(r"^leading zero\s+1\s+0$", out, re.MULTILINE)
    assert re.search(r"^all capitals\s+1\s+0$", out, re.MULTILINE)
    assert re.search(r"^glued year word\s+1\s+0$", out, re.MULTILINE)
    assert re.search(r"^capital\s+0\s+0$", out, re.MULTILINE)  # not asked for
    assert re.search(r"^all\s+3\s+0$", out, re.MULTILINE)
