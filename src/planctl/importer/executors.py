"""Executors in a cell: one per paragraph, a single paragraph split at commas outside quotes."""

from __future__ import annotations

from planctl.importer.vocab import labels


def split_executors(lines: list[str]) -> list[str]:
    """One executor per paragraph; a single paragraph is split at commas outside «», "" and ()."""
    lines = [line.strip().rstrip(",;").strip() for line in lines]
    lines = [line for line in lines if line]
    if len(lines) != 1:
        return lines
    text = lines[0]
    parts: list[str] = []
    depth = 0
    quote = False
    start = 0
    for i, ch in enumerate(text):
        if ch in "«(“„[":
            depth += 1
        elif ch in "»)”]":
            depth = max(0, depth - 1)
        elif ch == '"':
            quote = not quote
        elif ch in ",;" and depth == 0 and not quote and not _continues_name(text[i + 1 :]):
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _continues_name(rest: str) -> bool:
    low = rest.strip().casefold()
    return any(low == w or low.startswith(w + " ") for w in labels()["no_split_before"])
