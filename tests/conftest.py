"""Hypothesis profiles: the default keeps CI quick and repeatable (the same examples on every
run, so a merge is never refused by a case no run before it met); `HYPOTHESIS_PROFILE=long`
fuzzes with fresh random examples, and what it finds becomes an @example.

The result cache is off for the whole suite (and the planctl processes it starts): a test
must see the command run, not an answer kept from an earlier run. tests/cache turns it on.
"""

from __future__ import annotations

import os

os.environ["PLANCTL_NO_CACHE"] = "1"

from hypothesis import HealthCheck, settings

settings.register_profile("default", max_examples=300, deadline=None, derandomize=True)
settings.register_profile(
    "long", max_examples=20_000, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
