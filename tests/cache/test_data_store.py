"""planctl's data files kept parsed between runs: the same values as a fresh parse, never stale."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from planctl import data_store
from planctl.dirs import DIR_ENV, DISABLE_ENV
from planctl.yamlio import _load_trusted

SRC = Path(__file__).parents[2] / "src" / "planctl"
#: Every data file planctl ships: each must come back from the store as its parse.
DATA_FILES = sorted(SRC.rglob("*.yaml"))


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv(DISABLE_ENV, raising=False)
    monkeypatch.setenv(DIR_ENV, str(tmp_path))
    return tmp_path / data_store.LAYOUT


class Counting:
    """The parser, counting its calls: a hit must not parse."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, text: str) -> Any:
        self.calls += 1
        return _load_trusted(text)


def test_the_scan_finds_the_data_files() -> None:
    assert SRC / "deadlines" / "lang" / "ru.yaml" in DATA_FILES
    assert SRC / "lint" / "rules.yaml" in DATA_FILES


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda path: str(path.relative_to(SRC)))
def test_a_stored_file_reads_back_as_its_parse(store: Path, path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    parse = Counting()
    first = data_store.parsed(text, parse)
    second = data_store.parsed(text, parse)
    assert first == second == _load_trusted(text)
    assert list(_keys(second)) == list(_keys(first))  # mappings keep their order
    assert parse.calls == 1


def test_an_edited_file_is_parsed_afresh(store: Path) -> None:
    parse = Counting()
    assert data_store.parsed("words: [один]\n", parse) == {"words": ["один"]}
    assert data_store.parsed("words: [один, два]\n", parse) == {"words": ["один", "два"]}
    assert parse.calls == 2
    assert len(list(store.iterdir())) == 2


def test_a_damaged_entry_is_parsed_and_stored_again(store: Path) -> None:
    parse = Counting()
    text = "a: 1\nb: [x, y]\n"
    data_store.parsed(text, parse)
    (entry,) = store.iterdir()
    entry.write_bytes(b"\x00garbage")
    assert data_store.parsed(text, parse) == {"a": 1, "b": ["x", "y"]}
    assert parse.calls == 2
    assert data_store.parsed(text, parse) == {"a": 1, "b": ["x", "y"]}
    assert parse.calls == 2  # stored again


def test_a_value_marshal_cannot_hold_is_parsed_every_time(store: Path) -> None:
    parse = Counting()
    for _ in range(2):
        assert data_store.parsed("day: 2024-05-01\n", parse) == {"day": dt.date(2024, 5, 1)}
    assert parse.calls == 2
    assert not store.exists() or list(store.iterdir()) == []


def test_nothing_is_kept_when_caching_is_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DISABLE_ENV, "1")
    monkeypatch.setenv(DIR_ENV, str(tmp_path))
    parse = Counting()
    for _ in range(2):
        assert data_store.parsed("a: 1\n", parse) == {"a": 1}
    assert parse.calls == 2
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_store_only_parses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.delenv(DISABLE_ENV, raising=False)
    monkeypatch.setenv(DIR_ENV, str(blocker))
    parse = Counting()
    for _ in range(2):
        assert data_store.parsed("a: 1\n", parse) == {"a": 1}
    assert parse.calls == 2


def _keys(value: Any) -> Any:
    """Every mapping key in document order, depth first."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _keys(item)
    elif isinstance(value, list):
        for item in value:
            yield from _keys(item)
