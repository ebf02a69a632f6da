"""Where the site tests' plans are and the days they are judged by; a module of its own, since
`from conftest import …` finds whichever conftest.py pytest imported first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).parent / "data"
SMALL = DATA / "small.yaml"
#: The day the shipped plans are judged by: Q4 2024, with overdue, due and done occurrences.
SHIPPED_AS_OF = dt.date(2024, 10, 1)
SMALL_AS_OF = dt.date(2025, 8, 15)
