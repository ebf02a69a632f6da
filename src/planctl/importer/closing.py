"""After the table: the signature line (position, then the name at the right margin).

A short run of lines ending in a name is the signature; anything before it is text the
format has no place for and goes to notes, reported.
"""

from __future__ import annotations

import re

from planctl.importer.text import NAME_AT_END, is_name
from planctl.importer.vocab import labels


def signature_split(lines: list[str]) -> tuple[list[str], list[str]]:
    """(text to keep, the signature block at the end): a short run of lines ending in a name."""
    content = [ln for ln in lines if ln and ln not in labels()["signature_noise"]]
    if not content:
        return [], []
    last = content[-1].replace("\u00a0", " ").strip(" _*")
    if not (NAME_AT_END.search(last) or is_name(last)):
        return content, []
    start = len(content) - 1
    while start > 0 and len(content) - start < 4 and len(content[start - 1]) < 120 and not content[start - 1].endswith("."):
        start -= 1
    return content[:start], content[start:]


def read_signature(lines: list[str]) -> dict[str, str]:
    """{position, name} of a signature block: the name is the end of its last line."""
    if not lines:
        return {}
    *before, last = [re.sub(r"_{2,}", " ", line).strip(" *") for line in lines]
    last = re.sub(r"\s+", " ", last.replace("\u00a0", " ")).strip()
    m = NAME_AT_END.search(last)
    name = m.group(1).strip() if m else last
    rest = last[: m.start(1)].strip(" _*\t") if m else ""
    position = " ".join(part for part in [*before, rest] if part).strip()
    position = re.sub(r"\s+", " ", position)
    out: dict[str, str] = {}
    if position:
        out["position"] = position
    if name:
        out["name"] = name
    return out
