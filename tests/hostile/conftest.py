from __future__ import annotations

import pytest
from hostile_helpers import Run, run_planctl


@pytest.fixture
def planctl() -> Run:
    """`planctl ARGS` as a fresh process with time and memory limits."""
    return run_planctl
