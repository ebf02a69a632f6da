"""How many real deadline phrases planctl's grammar reads exactly: kind, labels and dates.

    python benchmarks/phrase_accuracy.py [--misses] [--dir benchmarks/phrases]

The phrases come from public plans (benchmarks/phrases/README.md). A phrase counts as
exact when its kind in its plan (`in_period`) and its occurrences (part, label and nominal
date, in order) are the ones annotated by hand; the due day after the production-calendar shift is not compared,
the calendar has tests of its own. Any error the grammar raises on a phrase is a miss,
never a crash of this script.

`--misses` lists the misses of the dev part only. The held-out part prints its count and
percent and nothing else: the grammar may be tuned on dev, never on heldout.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
PARTS = ("dev", "heldout")
LANGS = ("ru", "uk")


@dataclass
class Outcome:
    entry: dict[str, Any]
    kind: str
    occurrences: list[str]
    error: str | None = None

    @property
    def exact(self) -> bool:
        return self.error is None and self.kind == self.entry["kind"] and self.occurrences == list(self.entry["occurrences"])


def load_part(directory: Path, part: str) -> list[dict[str, Any]]:
    entries = YAML(typ="safe").load((directory / f"{part}.yaml").read_text(encoding="utf-8")) or []
    return list(entries)


def read(entry: dict[str, Any]) -> Outcome:
    """planctl's reading of one phrase, as comparable text; an exception becomes the reason of a miss."""
    from planctl.deadlines import WorkCalendar, in_period, read_phrase, schedule
    from planctl.period import parse_period

    try:
        period = parse_period(str(entry["period"]))
        reading = in_period(read_phrase(entry["phrase"], entry["lang"]), period, entry["lang"])
        approved = entry.get("approved")
        occurrences = schedule(
            reading,
            period,
            approval_date=approved if isinstance(approved, dt.date) else None,
            calendar=WorkCalendar("UA" if entry["lang"] == "uk" else "RU"),
        )
        texts = [("report " if o.part == "report" else "") + f"{o.label} {o.date.isoformat()}" for o in occurrences]
        return Outcome(entry, str(reading.kind), texts)
    except Exception as error:  # a grammar failure is a miss to count, not a crash
        return Outcome(entry, "error", [], f"{type(error).__name__}: {error}")


def tally(outcomes: Iterable[Outcome]) -> tuple[int, int]:
    items = list(outcomes)
    return len(items), sum(o.exact for o in items)


def line(name: str, total: int, exact: int) -> str:
    percent = 100.0 * exact / total if total else 0.0
    return f"{name:<14} {total:>5} {exact:>6} {percent:>7.1f}%"


def report(results: dict[str, list[Outcome]]) -> list[str]:
    lines = [f"{'part/lang':<14} {'total':>5} {'exact':>6} {'percent':>8}"]
    for part in PARTS:
        outcomes = results[part]
        lines.append(line(part, *tally(outcomes)))
        for lang in LANGS:
            lines.append(line(f"  {lang}", *tally(o for o in outcomes if o.entry["lang"] == lang)))
    lines.append(line("all", *tally(o for part in PARTS for o in results[part])))
    return lines


def misses(outcomes: list[Outcome]) -> list[str]:
    lines = []
    for o in outcomes:
        if o.exact:
            continue
        e = o.entry
        lines.append(f"- [{e['lang']}] {e['phrase']!r}  period {e['period']}" + (f"  approved {e['approved']}" if e.get("approved") else ""))
        lines.append(f"    want {e['kind']}: {'; '.join(e['occurrences']) or '-'}")
        lines.append(f"    got  {o.kind}: {o.error or '; '.join(o.occurrences) or '-'}")
        lines.append(f"    from {e['source']}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the misses of the dev part (never of heldout)")
    parser.add_argument("--dir", type=Path, default=HERE / "phrases", help="folder with dev.yaml and heldout.yaml")
    args = parser.parse_args(argv)
    results = {part: [read(entry) for entry in load_part(args.dir, part)] for part in PARTS}
    print("\n".join(report(results)))
    if args.misses:
        print("\nmisses of the dev part:")
        print("\n".join(misses(results["dev"])) or "(none)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
