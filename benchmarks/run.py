"""Measure planctl against its baselines in one run and print each ratio next to its goal.

    python benchmarks/run.py [--files 200] [--items 200] [--repeat 3] [--pairs 15] [--quick]

Every figure is the best wall time of `--repeat` runs of a fresh process, so start-up
counts the way a user or a CI job feels it. Goals are from the performance issues.

The peer is yamllint (`yamllint -d relaxed`), which reads the same files and checks far
less. It is not a dependency of planctl: install it into the environment that runs this
script (`pip install yamllint`); without it the peer lines are skipped. The one-plan line,
which a pre-commit hook or an editor feels, is the median of `--pairs` paired runs whose
order alternates, so a noisy neighbour on a shared machine slows both sides alike.

Each run of planctl gets an empty result cache of its own, so a figure is a first run
(hashing the files and storing the report included), except the one line that measures
a cache hit on purpose: validate of an unchanged small plan, as a pre-commit hook sees it.

The processes run with planctl's modules compiled to bytecode, as an installed planctl has
them: with PYTHONDONTWRITEBYTECODE set (as in some containers) and an editable install,
every run would compile planctl from source again, and start-up would measure the compiler.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

PY = sys.executable
PLANCTL = [PY, "-m", "planctl"]

COMPOSE_ONLY = """
import sys
from pathlib import Path
from ruamel.yaml.cyaml import CSafeLoader
for path in sorted(Path(sys.argv[1]).rglob("*.yaml")):
    loader = CSafeLoader(path.read_text(encoding="utf-8"))
    loader.get_single_node()
    loader.dispose()
"""

BARE_DOCX = """
import sys
from docx import Document
document = Document()
table = document.add_table(rows=1, cols=4)
for cell, text in zip(table.rows[0].cells, ["№", "Мероприятие", "Исполнители", "Срок"]):
    cell.text = text
for i in range(int(sys.argv[2])):
    cells = table.add_row().cells
    cells[0].text = str(i + 1)
    cells[1].text = "Проведение заседаний Консультативной группы по добровольчеству"
    cells[2].text = "Министерство здравоохранения"
    cells[3].text = "В течение года"
document.save(sys.argv[1])
"""


#: The environment of every measured process: bytecode is read and written as in a normal install.
ENV = {name: value for name, value in os.environ.items() if name not in ("PYTHONDONTWRITEBYTECODE", "PLANCTL_NO_CACHE")}


def best_of(command: list[str], repeat: int, *, cache: Path | None = None) -> float:
    """Best wall time; every run starts with an empty result cache unless `cache` is shared on purpose."""
    best = float("inf")
    for _ in range(repeat):
        root = cache or Path(tempfile.mkdtemp(prefix="planctl-cache-"))
        env = {**ENV, "PLANCTL_CACHE_DIR": str(root)}
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
        best = min(best, time.perf_counter() - start)
        if cache is None:
            shutil.rmtree(root, ignore_errors=True)
    return best


def side_by_side(commands: dict[str, list[str]], repeat: int) -> dict[str, float]:
    """Best wall time of each command, the commands taking turns: a slow spell of a shared
    machine then falls on every side of a ratio, not on one."""
    best = {name: float("inf") for name in commands}
    for _ in range(repeat):
        for name, command in commands.items():
            best[name] = min(best[name], best_of(command, 1))
    return best


def yamllint_command() -> list[str] | None:
    """yamllint as this environment has it: importable here, or on PATH; None when missing."""
    if importlib.util.find_spec("yamllint") is not None:
        return [PY, "-m", "yamllint", "-d", "relaxed"]
    found = shutil.which("yamllint")
    return [found, "-d", "relaxed"] if found else None


def paired_medians(first: list[str], second: list[str], pairs: int) -> tuple[float, float, float]:
    """Medians of `pairs` paired runs (first's time, second's time, their ratio); the order
    alternates from pair to pair, and each planctl run gets an empty result cache."""
    ours: list[float] = []
    theirs: list[float] = []
    ratios: list[float] = []
    for index in range(pairs):
        times: dict[int, float] = {}
        for side in (0, 1) if index % 2 == 0 else (1, 0):
            times[side] = best_of(first if side == 0 else second, 1)
        ours.append(times[0])
        theirs.append(times[1])
        ratios.append(times[0] / times[1])
    return statistics.median(ours), statistics.median(theirs), statistics.median(ratios)


def note(name: str, ours: float, base: float, why: str) -> None:
    """A figure without a goal, printed so the reader sees the whole picture."""
    print(f"{name:<52} {ours:8.3f}s vs {base:8.3f}s  ratio {ours / base:5.2f}  ({why})")


def peak_rss_mb(command: list[str]) -> float:
    """Peak resident memory of the largest process the command ran (ru_maxrss of children)."""
    code = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run([PY, "-c", code, *command], capture_output=True, text=True, check=True, env=ENV).stdout
    return int(out.strip()) / 1024


def row(name: str, ours: float, base: float, goal: float, unit: str = "s") -> bool:
    ratio = ours / base if base else float("inf")
    ok = ratio <= goal
    print(f"{name:<52} {ours:8.3f}{unit} vs {base:8.3f}{unit}  ratio {ratio:5.2f}  goal ≤ {goal:<4}  {'ok' if ok else 'MISSED'}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--items", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pairs", type=int, default=15, help="paired runs of the one-plan line against yamllint")
    parser.add_argument("--quick", action="store_true", help="small corpus, one repeat: a smoke test of the script")
    args = parser.parse_args()
    if args.quick:
        args.files, args.items, args.repeat, args.pairs = 20, 50, 1, 3
    yamllint = yamllint_command()
    if yamllint is None:
        print("yamllint is not installed here: `pip install yamllint` to measure planctl against it\n")

    work = Path(tempfile.mkdtemp(prefix="planctl-bench-"))
    results: list[bool] = []
    try:
        # compile planctl once, as installing it does (its __pycache__ is git-ignored)
        import planctl

        subprocess.run([PY, "-m", "compileall", "-q", str(Path(planctl.__file__).parent)], env=ENV, check=False)
        corpus = work / "corpus"
        paths = generate(corpus, args.files, args.items, seed=1)
        size = sum(p.stat().st_size for p in paths) / 2**20
        print(f"corpus: {args.files} files × {args.items} items, {size:.1f} MiB; {os.cpu_count()} cores; Python {sys.version.split()[0]}\n")

        corpus_times = side_by_side(
            {
                "compose": [PY, "-c", COMPOSE_ONLY, str(corpus)],
                "validate": [*PLANCTL, "validate", str(corpus)],
                "due": [*PLANCTL, "due", str(corpus), "--format", "json", "--year", "2024", "--as-of", "2024-10-01"],
                "site": [*PLANCTL, "site", str(corpus), "-o", str(work / "site"), "--as-of", "2024-10-01", "--no-documents"],
            },
            args.repeat,
        )
        validate = corpus_times["validate"]
        results.append(row("validate corpus / compose-only (C loader)", validate, corpus_times["compose"], 1.5))
        if yamllint is not None:
            peer = best_of([*yamllint, str(corpus)], 1)
            note("validate corpus / yamllint -d relaxed", validate, peer, "no goal; yamllint: one run")
        results.append(row("due --format json / validate", corpus_times["due"], validate, 1.2))
        results.append(row("site --no-documents / validate", corpus_times["site"], validate, 2.0))

        small = Path(__file__).resolve().parents[1] / "examples" / "minimal.yaml"
        bare = best_of([PY, "-c", "pass"], max(args.repeat, 5))
        version = best_of([PY, "-m", "planctl", "--version"], max(args.repeat, 5))
        results.append(row("planctl --version / python -c pass", version, bare, 1.6))
        shared = work / "cache"
        hit = best_of([*PLANCTL, "validate", str(small)], max(args.repeat, 5) + 1, cache=shared)  # the first run fills it
        results.append(row("validate one unchanged small plan / python -c pass", hit, bare, 2.5))
        first = best_of([*PLANCTL, "validate", "--no-cache", str(small)], max(args.repeat, 5))
        note("validate one small plan, first run / python -c pass", first, bare, "no goal")
        if yamllint is not None:
            ours, theirs, ratio = paired_medians([*PLANCTL, "validate", "--no-cache", str(small)], [*yamllint, str(small)], args.pairs)
            print(
                f"{'validate one small plan, cold / yamllint -d relaxed':<52} {ours:8.3f}s vs {theirs:8.3f}s  "
                f"ratio {ratio:5.2f}  goal ≤ 1.5   {'ok' if ratio <= 1.5 else 'MISSED'}  "
                f"(median of {args.pairs} pairs; stretch ≤ 1.0: {'ok' if ratio <= 1.0 else 'not yet'})"
            )
            results.append(ratio <= 1.5)

        big = work / "big"
        generate(big, 1, 2000 if not args.quick else 200, seed=2)
        plan = next(big.glob("*.yaml"))
        items = 2000 if not args.quick else 200
        render = best_of([*PLANCTL, "render", str(plan), "-o", str(work / "out.docx")], args.repeat)
        docx = best_of([PY, "-c", BARE_DOCX, str(work / "bare.docx"), str(items)], args.repeat)
        results.append(row(f"render {items} items / bare python-docx {items}×4", render, docx, 1.0))

        print("\ngrowth (validate, seconds per file should stay flat):")
        for files in (50, 100, 200) if not args.quick else (5, 10, 20):
            part = work / f"growth-{files}"
            part.mkdir()
            for path in paths[:files]:
                shutil.copy(path, part / path.name)
            took = best_of([*PLANCTL, "validate", str(part)], args.repeat)
            base = best_of([PY, "-c", COMPOSE_ONLY, str(part)], args.repeat)
            print(f"  {files:>4} files: validate {took:7.3f}s ({took / files * 1000:6.1f} ms/file), compose-only {base:7.3f}s, ratio {took / base:4.2f}")

        peak = peak_rss_mb([*PLANCTL, "validate", str(corpus), "--jobs", "1", "--no-cache"])
        print()
        results.append(row("peak memory of validate (one process), MB", peak, 300.0, 1.0, unit=""))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\n{sum(results)} of {len(results)} goals met")
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
