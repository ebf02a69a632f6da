"""README states the limits the code enforces; a change to either must change both."""

from __future__ import annotations

from pathlib import Path

from planctl.deadlines import MAX_PHRASE
from planctl.limits import (
    MAX_ALIAS_EXPANSION,
    MAX_CONFIG_BYTES,
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_NODES,
    MAX_OCCURRENCES,
    MAX_PERIOD_YEARS,
)

README = " ".join((Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8").split())


def test_limits_in_the_readme_match_the_code() -> None:
    assert f"at most {MAX_FILE_BYTES // 2**20} MB" in README
    assert f"nest at most {MAX_DEPTH} levels" in README
    assert f"at most {MAX_NODES:,} values" in README
    assert f"at most {MAX_ALIAS_EXPANSION:,} values" in README
    assert f"longer than {MAX_PHRASE:,} characters" in README
    assert f"period may span at most {MAX_PERIOD_YEARS} years" in README
    assert f"lists at most {MAX_OCCURRENCES:,} occurrences" in README
    assert f"may be at most {MAX_CONFIG_BYTES // 1024} KB" in README


def test_result_cache_switches_in_the_readme_match_the_code() -> None:
    from planctl import cache

    assert f"`{cache.DISABLE_ENV}=1`" in README and f"`${cache.DIR_ENV}`" in README
    assert f"removed {cache.MAX_AGE_SECONDS // 86400} days after they were written" in README
