"""Sites built once per session: the shipped plans and the small test plan, at fixed days."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from site_helpers import ROOT, SHIPPED_AS_OF, SMALL, SMALL_AS_OF

from planctl.site import SiteOptions, SiteReport, build_site


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
