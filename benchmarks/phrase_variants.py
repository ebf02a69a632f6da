"""How often a clerk's variation of a real phrase changes how planctl reads it.

    python benchmarks/phrase_variants.py [--only KIND ...] [--show KIND ...] [--dir benchmarks/phrases]

Each development phrase the grammar reads exactly (`phrase_accuracy.py`) is written again as
clerks and Word write it: another case, a dot at the end of the cell, «г.» for «года», a date
with a two-digit year, a line break, a dash of another kind, a Word hyphen inside a word, one
slip of the pen in a long word, a day with a leading zero, «2024г.» with its year word glued on, no
space after a comma, a cell typed in capitals. A variation should read as the phrase did; the script counts
those that do not, per kind. It reads `dev.yaml` only: the held-out part is never varied, so
it stays a measure of text the grammar was not written from.

It is a way to find rules written too narrowly before real text finds them, not a test: the
slips and broken words are sampled with a fixed seed, and some variations are truly other
phrases (a slip that lands on another word).
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import phrase_accuracy  # a script beside this one

from planctl.deadlines.clock import MONTH_STEM

Variation = Callable[[str, str, random.Random], str]
_LONG_WORD = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]{7,}")


def _year_word(phrase: str, lang: str, _: random.Random) -> str:
    if lang == "ru":
        return re.sub(r"(\d{4})\s+года\b", r"\1 г.", phrase)
    return re.sub(r"(\d{4})\s+року\b", r"\1 р.", phrase)


#: A day of one digit before a month's name or in a dotted date («5 мая», «5.05.2024»).
_ONE_DIGIT_DAY = re.compile(r"(?<![\d.])(\d)(?=\.\d\d\b|\s+" + MONTH_STEM + ")", re.IGNORECASE)


def _in_a_word(change: Callable[[str, int], str]) -> Variation:
    def vary(phrase: str, _: str, rng: random.Random) -> str:
        words = list(_LONG_WORD.finditer(phrase))
        if not words:
            return phrase
        m = rng.choice(words)
        at = rng.randrange(2, len(m.group()) - 1)  # never the first letters: clerks slip inside a word
        return phrase[: m.start()] + change(m.group(), at) + phrase[m.end() :]

    return vary


VARIATIONS: dict[str, Variation] = {
    "lower case": lambda p, _, __: p[:1].lower() + p[1:],
    "capital": lambda p, _, __: p[:1].upper() + p[1:],
    "closing dot": lambda p, _, __: p[:-1] if p.endswith(".") else p + ".",
    "double space": lambda p, _, __: p.replace(" ", "  ", 1),
    "no-break space": lambda p, _, __: re.sub(r"(\d) (?=[^\W\d])", "\\1\u00a0", p, count=1),
    "line break": lambda p, _, __: p.replace(" ", "\n", 1) if p.count(" ") >= 2 else p,
    "en dash": lambda p, _, __: re.sub(r"(?<=\d)\s*-\s*(?=\d)", " – ", p),
    "glued preposition": lambda p, _, __: re.sub(r"\b(до|по|з|с)\s+(\d)", r"\1\2", p, count=1, flags=re.IGNORECASE),
    "short year word": _year_word,
    "two-digit year": lambda p, _, __: re.sub(r"\b(\d{1,2})\.(\d{2})\.20(\d{2})\b", r"\1.\2.\3", p),
    "Word hyphen": _in_a_word(lambda w, at: w[:at] + "-" + w[at:]),
    "Word hyphen, line break": _in_a_word(lambda w, at: w[:at] + "-\n" + w[at:]),
    "letter dropped": _in_a_word(lambda w, at: w[:at] + w[at + 1 :]),
    "letter doubled": _in_a_word(lambda w, at: w[:at] + w[at] + w[at:]),
    "letters swapped": _in_a_word(lambda w, at: w[: at - 1] + w[at] + w[at - 1] + w[at + 1 :]),
    "leading zero": lambda p, _, __: _ONE_DIGIT_DAY.sub(r"0\1", p, count=1),
    "glued year word": lambda p, _, __: re.sub(r"(\d{4})\s+(?=(?:г|гг|р|рр|года|року|годов|років)\b)", r"\1", p, count=1),
    "no space after comma": lambda p, _, __: p.replace(", ", ",", 1),
    "all capitals": lambda p, _, __: p.upper(),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", nargs="*", default=[], metavar="KIND", help="list the changed readings of these variations")
    parser.add_argument("--only", nargs="*", default=[], metavar="KIND", help="try only these variations")
    parser.add_argument("--dir", type=Path, default=phrase_accuracy.HERE / "phrases", help="folder with dev.yaml")
    args = parser.parse_args(argv)
    rng = random.Random(14)
    tried: Counter[str] = Counter()
    changed: defaultdict[str, list[str]] = defaultdict(list)
    for entry in phrase_accuracy.load_part(args.dir, "dev"):
        if not phrase_accuracy.read(entry).exact:
            continue
        for name, vary in VARIATIONS.items():
            if args.only and name not in args.only:
                continue
            varied = vary(entry["phrase"], entry["lang"], rng)
            if varied == entry["phrase"]:
                continue
            tried[name] += 1
            outcome = phrase_accuracy.read({**entry, "phrase": varied})
            if not outcome.exact:
                changed[name].append(f"  [{entry['lang']}] {varied!r} → {outcome.kind}: {outcome.error or '; '.join(outcome.occurrences) or '-'}")
    print(f"{'variation':<26} {'tried':>6} {'changed':>8}")
    for name in VARIATIONS:
        print(f"{name:<26} {tried[name]:>6} {len(changed[name]):>8}")
    print(f"{'all':<26} {sum(tried.values()):>6} {sum(len(v) for v in changed.values()):>8}")
    for name in args.show:
        print(f"\n{name}:")
        print("\n".join(changed.get(name, [])) or "  (none)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
