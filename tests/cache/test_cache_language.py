"""A cached validate answer is per interface language: plans in two languages are summed up in LANG's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from planctl import cache

ROOT = Path(__file__).parents[2]
RU = (ROOT / "examples" / "minimal.yaml").read_text(encoding="utf-8")
UK = (ROOT / "plans" / "zaporizhzhia-2016-round-table.yaml").read_text(encoding="utf-8")


def test_lang_is_part_of_the_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(cache.DISABLE_ENV, raising=False)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setenv(cache.DIR_ENV, str(tmp_path / "cache"))
    project = tmp_path / "project"
    (project / "plans").mkdir(parents=True)
    (project / ".git").mkdir()
    (project / "plans" / "ru.yaml").write_text(RU, encoding="utf-8")
    (project / "plans" / "uk.yaml").write_text(UK, encoding="utf-8")

    def run(lang: str) -> str:
        env = {**os.environ, "LANG": lang, "NO_COLOR": "1"}
        done = subprocess.run([sys.executable, "-m", "planctl", "validate", "plans"], cwd=project, capture_output=True, text=True, env=env, timeout=120)
        return done.stdout

    assert run("ru_RU.UTF-8").startswith("Проверено: 2 файла")
    assert run("uk_UA.UTF-8").startswith("Перевірено: 2 файли")
    assert run("ru_RU.UTF-8").startswith("Проверено: 2 файла")  # from the cache, still Russian
