"""Expand the hand annotations of collected.yaml into dev.yaml and heldout.yaml.

    python benchmarks/phrases/build.py
    python benchmarks/phrases/build.py --check FILE...   # only expand a collector's annotations

The annotation of each phrase is a short reading written by hand (CONVENTIONS.md,
"Annotation shorthand"); this script only does the calendar arithmetic a clerk would
do on paper (the last day of a quarter, the 5th of the month after it, each year of
the plan), so the answers stay independent of planctl's grammar. Working days of a
relative term are counted on planctl's production calendar data, the one piece of
arithmetic that needs a table of holidays.

Which part a phrase goes to depends only on its source address (a salted hash), so a
new source never moves an old one and the held-out part stays held out. Versions of
one page (a GitHub file at several commits) share a part: if any version is in the
development part, all are, so the held-out part never holds a text the grammar was
tuned on.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import io
import re
import sys
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

HERE = Path(__file__).resolve().parent
SALT = "planctl-phrases-14"
HELDOUT_BUCKETS = 5  # one source in five, by hash
KINDS = {"date", "period", "throughout", "recurring", "continuous", "on_demand", "relative", "unknown"}


_GITHUB_VERSION = re.compile(r"(https://github\.com/[^/]+/[^/]+/blob/)[0-9a-f]{7,40}/")


def heldout(source: str) -> bool:
    digest = hashlib.sha256(f"{SALT}:{source}".encode()).hexdigest()
    return int(digest, 16) % HELDOUT_BUCKETS == 0


def page(source: str) -> str:
    """The address without its commit: every version of one file is one page."""
    return _GITHUB_VERSION.sub(r"\1", source)


def heldout_sources(sources: list[str]) -> set[str]:
    """The held-out sources: held out by hash, unless a version of the same page is not."""
    by_hash = {source for source in sources if heldout(source)}
    in_dev = {page(source) for source in sources if source not in by_hash}
    return {source for source in by_hash if page(source) not in in_dev}


def parse_period(text: str) -> tuple[dt.date, dt.date]:
    text = str(text)
    if m := re.fullmatch(r"(\d{4})", text):
        y = int(m.group(1))
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    if m := re.fullmatch(r"(\d{4})-(\d{4})", text):
        return dt.date(int(m.group(1)), 1, 1), dt.date(int(m.group(2)), 12, 31)
    a, b = text.split("..")
    return dt.date.fromisoformat(a), dt.date.fromisoformat(b)


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def safe_day(y: int, m: int, d: int) -> dt.date:
    return dt.date(y, m, min(d, calendar.monthrange(y, m)[1]))


def label_end(label: str) -> dt.date:
    """The last day of a label's span: 2024, 2024-H1, 2024-Q4, 2024-03, 2024-03-20, 2023/2024."""
    if m := re.fullmatch(r"(\d{4})/(\d{4})", label):
        return dt.date(int(m.group(2)), 5, 31)  # a school year's teaching ends 31 May
    if re.fullmatch(r"\d{4}", label):
        return dt.date(int(label), 12, 31)
    y, rest = int(label[:4]), label[5:]
    if rest[0] in "HQ":
        size = 6 if rest[0] == "H" else 3
        return month_end(y, int(rest[1:]) * size)
    if re.fullmatch(r"\d{2}", rest):
        return month_end(y, int(rest))
    return dt.date.fromisoformat(label)


SIZES = {"year": 12, "half": 6, "quarter": 3, "month": 1}


def reporting_periods(every: str, start: dt.date, end: dt.date) -> list[tuple[str, dt.date, dt.date]]:
    size = SIZES[every]
    found = []
    for y in range(start.year, end.year + 1):
        for i in range(1, 12 // size + 1):
            first = dt.date(y, (i - 1) * size + 1, 1)
            last = month_end(y, i * size)
            if last < start or first > end:
                continue
            label = {"year": str(y), "half": f"{y}-H{i}", "quarter": f"{y}-Q{i}", "month": f"{y}-{i:02d}"}[every]
            found.append((label, first, last))
    return found


def _days_of_year(spec: str, start: dt.date, end: dt.date) -> list[dt.date]:
    """`MM-DD` in every year of the plan that has it inside the plan; `YYYY-MM-DD` as is."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", spec):
        return [dt.date.fromisoformat(spec)]
    m, d = (int(x) for x in spec.split("-"))
    return [day for y in range(start.year, end.year + 1) if start <= (day := safe_day(y, m, d)) <= end]


def expand_part(text: str, start: dt.date, end: dt.date, approved: dt.date | None) -> tuple[str, list[tuple[str, dt.date]]]:
    words = text.split()
    head, args = words[0], words[1:]
    if head == "date":
        found = []
        for spec in " ".join(args).split(","):
            found += [(d.isoformat(), d) for d in _days_of_year(spec.strip(), start, end)]
        return "date", found
    if head == "period":
        labels = [a.strip() for a in " ".join(args).split(",")]
        return "period", [(lab, label_end(lab)) for lab in labels]
    if head == "thru":
        if args and "/" in args[0]:
            return "throughout", [(args[0], label_end(args[0]))]
        years = [int(a) for a in args] or list(range(start.year, end.year + 1))
        return "throughout", [(str(y), min(dt.date(y, 12, 31), end) if y == end.year else dt.date(y, 12, 31)) for y in years]
    if head == "cont":
        return "continuous", []
    if head == "ond":
        return "on_demand", []
    if head == "unk":
        return "unknown", []
    if head == "rel":
        if not args or approved is None:
            return "relative", []
        n, unit = int(args[0]), args[1]
        if unit == "d":
            day = approved + dt.timedelta(days=n)
        elif unit == "m":
            index = approved.month - 1 + n
            day = safe_day(approved.year + index // 12, index % 12 + 1, approved.day)
        elif unit == "wd":
            from planctl.deadlines import WorkCalendar  # the holiday table only

            day = WorkCalendar(args[2] if len(args) > 2 else "RU").add_working_days(approved, n)
        else:
            raise ValueError(f"unit {unit!r}")
        return "relative", [(day.isoformat(), day)]
    if head == "rec":
        return "recurring", _recurring(args, start, end)
    raise ValueError(f"unknown annotation {text!r}")


def _recurring(args: list[str], start: dt.date, end: dt.date, calendar_country: str = "RU") -> list[tuple[str, dt.date]]:
    """rec none | rec EVERY [DAY] [years=Y,Y] with DAY one of:
    MM-DD (a named day: yearly in that year; else the one inside each period),
    MM-DD+MM-DD... (several named days a year, each an ISO-dated occurrence; +MM-DD+MM-DD... in the next year),
    +MM-DD (yearly: that day of the next year), D (day D of the period's month, monthly),
    +D (day D of the month after the period), +wdN (the N-th working day after the period), last:D / first:D / second:D (day D of the
    last / first / second month of the period), +endm (end of the month after the period), +dN (N calendar days after the period's last day),
    nth:N-W[+N-W...] (monthly: the N-th ISO weekday W of each month, N = L for the last; one a
    month is labelled by its month, several by their dates), D+D... (monthly: several days of each
    month, each labelled by its date).
    """
    if args[0] == "none":
        return []
    every, rest = args[0], args[1:]
    years = None
    day_spec = None
    for a in rest:
        if a.startswith("years="):
            years = {int(y) for y in a[6:].split(",")}
        else:
            day_spec = a
    found: list[tuple[str, dt.date]] = []
    if day_spec and "+" in day_spec[1:] and re.fullmatch(r"\+?\d{2}-\d{2}(\+\d{2}-\d{2})+", day_spec):
        next_year = day_spec.startswith("+")
        for y in range(start.year, end.year + 1):
            if years and y not in years:
                continue
            for spec in day_spec.removeprefix("+").split("+"):
                m, d = (int(x) for x in spec.split("-"))
                day = safe_day(y + next_year, m, d)
                found.append((day.isoformat(), day))
        return sorted(found, key=lambda x: x[1])
    if day_spec and re.fullmatch(r"\d{1,2}(\+\d{1,2})+", day_spec):
        for _label, first, _last in reporting_periods(every, start, end):
            found += [(day.isoformat(), day) for day in (safe_day(first.year, first.month, int(d)) for d in day_spec.split("+"))]
        return found
    if day_spec and day_spec.startswith("nth:"):
        specs = [(spec.split("-")[0], int(spec.split("-")[1])) for spec in day_spec[4:].split("+")]
        for label, first, last in reporting_periods(every, start, end):
            days = sorted(_nth_weekday(first, last, n, w) for n, w in specs)
            found += [(label if len(days) == 1 else day.isoformat(), day) for day in days if start <= day <= end]
        return found
    for label, first, last in reporting_periods(every, start, end):
        if years and first.year not in years:
            continue
        if day_spec is None:
            day = last
        elif re.fullmatch(r"\d{2}-\d{2}", day_spec):
            m, d = (int(x) for x in day_spec.split("-"))
            if every == "year":
                day = safe_day(first.year, m, d)
            else:
                day = safe_day(first.year, m, d)
                if not first <= day <= last:
                    day = last
        elif re.fullmatch(r"\+\d{2}-\d{2}", day_spec):
            m, d = (int(x) for x in day_spec[1:].split("-"))
            day = safe_day(first.year + 1, m, d)
        elif re.fullmatch(r"\d{1,2}", day_spec):
            day = safe_day(first.year, first.month, int(day_spec))
        elif re.fullmatch(r"\+\d{1,2}", day_spec):
            nxt = last + dt.timedelta(days=1)
            day = safe_day(nxt.year, nxt.month, int(day_spec[1:]))
        elif m3 := re.fullmatch(r"\+wd(\d{1,2})", day_spec):
            from planctl.deadlines import WorkCalendar  # the holiday table only

            nxt = last + dt.timedelta(days=1)
            day = WorkCalendar(calendar_country).add_working_days(nxt - dt.timedelta(days=1), int(m3.group(1)))
        elif m4 := re.fullmatch(r"\+d(\d{1,3})", day_spec):
            day = last + dt.timedelta(days=int(m4.group(1)))
        elif day_spec == "+endm":
            nxt = last + dt.timedelta(days=1)
            day = month_end(nxt.year, nxt.month)
        elif m2 := re.fullmatch(r"(last|first|second):(\d{1,2})", day_spec):
            month = {"last": last.month, "first": first.month, "second": first.month + 1}[m2.group(1)]
            day = safe_day(first.year, month, int(m2.group(2)))
        else:
            raise ValueError(f"day {day_spec!r}")
        found.append((label, day))
    return found


def _nth_weekday(first: dt.date, last: dt.date, n: str, weekday: int) -> dt.date:
    """The n-th (or L: last) ISO weekday between a month's first and last day."""
    days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    matching = [day for day in days if day.isoweekday() == weekday]
    return matching[-1] if n == "L" else matching[min(int(n), len(matching)) - 1]


def expand(annotation: str, period: str, approved: dt.date | None) -> tuple[str, list[str]]:
    """The kind of the work part and the occurrences of all parts, sorted by date."""
    start, end = parse_period(period)
    kind = ""
    rows: list[tuple[dt.date, int, str]] = []
    for chunk in annotation.split(";"):
        chunk = chunk.strip()
        part = "work"
        if chunk.startswith("report "):
            part, chunk = "report", chunk[len("report ") :]
        part_kind, occ = expand_part(chunk, start, end, approved)
        if part == "work" and not kind:
            kind = part_kind
        for label, day in occ:
            rows.append((day, 0 if part == "work" else 1, ("report " if part == "report" else "") + f"{label} {day.isoformat()}"))
    assert kind in KINDS, annotation
    rows.sort(key=lambda r: (r[0], -r[1]))  # a day's report sorts before its work, as planctl's part order does
    return kind, [text for _, _, text in rows]


def build(collected: Path = HERE / "collected.yaml") -> dict[str, list[dict[str, Any]]]:
    groups = YAML(typ="safe").load(collected.read_text(encoding="utf-8"))
    parts: dict[str, list[dict[str, Any]]] = {"dev": [], "heldout": []}
    seen: set[tuple[str, str]] = set()
    sources: set[str] = set()
    for group in groups:
        if group["source"] in sources:
            raise SystemExit(f"source listed twice: {group['source']}")
        sources.add(group["source"])
    held = heldout_sources(sorted(sources))
    for group in groups:
        source = group["source"]
        approved = group.get("approved")
        for phrase, annotation in group["phrases"] or []:  # every phrase of a source may have been dropped
            key = (phrase, str(group["period"]))
            if key in seen:
                continue  # an exact duplicate (same text, same period) counts once
            seen.add(key)
            kind, occurrences = expand(annotation, str(group["period"]), approved)
            entry: dict[str, Any] = {"phrase": phrase, "lang": group["lang"], "period": str(group["period"])}
            if approved:
                entry["approved"] = approved
            entry.update({"kind": kind, "occurrences": occurrences, "source": source})
            parts["heldout" if source in held else "dev"].append(entry)
    return parts


HEADER = {
    "dev": "# Real deadline phrases, DEV part: the grammar may be tuned on these.\n",
    "heldout": "# Real deadline phrases, HELD-OUT part: never tune the grammar on these, never copy them.\n",
}


def main() -> int:
    if sys.argv[1:2] == ["--check"]:
        # a collector's file: expand every annotation (errors stop here), write nothing, print no split
        for path in sys.argv[2:]:
            checked = build(Path(path))
            count = sum(len(entries) for entries in checked.values())
            sources = {e["source"] for entries in checked.values() for e in entries}
            print(f"{path}: {count} phrases from {len(sources)} sources read")
        return 0
    parts = build()
    for name, entries in parts.items():
        text = HEADER[name] + "# Generated by benchmarks/phrases/build.py from collected.yaml; see README.md.\n"
        out = io.StringIO()
        dumper = YAML(typ="safe", pure=True)
        dumper.default_flow_style = False
        dumper.allow_unicode = True
        dumper.width = 200
        dumper.representer.sort_base_mapping_type_on_output = False  # keep phrase first, source last
        dumper.representer.ignore_aliases = lambda data: True  # each entry reads on its own
        dumper.dump(entries, out)
        (HERE / f"{name}.yaml").write_text(text + out.getvalue(), encoding="utf-8")
        langs = {lang: sum(1 for e in entries if e["lang"] == lang) for lang in ("ru", "uk")}
        print(f"{name}: {len(entries)} phrases {langs}, {len({e['source'] for e in entries})} sources")
    return 0


if __name__ == "__main__":
    sys.exit(main())
