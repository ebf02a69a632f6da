"""Sites built once per session: the shipped plans and the small test plan, at fixed days."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from planctl.site import SiteOptions, SiteReport, build_site

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).parent / "data"
SMALL = DATA / "small.yaml"
#: The day the shipped plans are judged by: Q4 2024, with overdue, due and done occurrences.
SHIPPED_AS_OF = dt.date(2024, 10, 1)
SMALL_AS_OF = dt.date(2025, 8, 15)


@pytest.fixture(scope="session")
def shipped_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, SiteReport]:
    out = tmp_path_factory.mktemp("shipped") / "public"
    report = build_site([ROOT / "plans"], out, SiteOptions(SHIPPED_AS_OF, jobs=1))
    return out, report


@pytest.fixture(scope="session")
def small_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built from the repository root with a relative path, as CI does, so the pages name the file the same everywhere."""
    out = tmp_path_factory.mktemp("small") / "public"
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        build_site([SMALL.relative_to(ROOT)], out, SiteOptions(SMALL_AS_OF, jobs=1))
    finally:
        os.chdir(here)
    return out
