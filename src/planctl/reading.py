"""A plan file's bytes → its text: bounded, regular files only, UTF-8 with other encodings named.

`Stop` carries the finding that ends a load (here: an unreadable, oversized or
mis-encoded file; in composing: a YAML problem at a node); planctl.load words it.
"""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

from ruamel.yaml.nodes import Node

from planctl.limits import MAX_FILE_BYTES


class Stop(Exception):
    """Composition has to stop at this node; carries the finding."""

    def __init__(self, key: str, node: Node | None = None, **fields: Any) -> None:
        super().__init__(key)
        self.key = key
        self.node = node
        self.fields = fields


def read_text(path: Path) -> str:
    """The file's text as UTF-8 (a BOM is accepted); other encodings are refused by name."""
    return decode(read_bytes(path))


def read_bytes(path: Path) -> bytes:
    """The bytes of a regular file of at most `MAX_FILE_BYTES`, read once; `Stop` otherwise."""
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            # a named pipe would block the read for ever, a device never end it
            raise Stop("file-not-regular")
        size = status.st_size
        if size > MAX_FILE_BYTES:
            raise Stop("file-too-large", size=f"{size / 2**20:.1f}", limit=MAX_FILE_BYTES // 2**20)
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise Stop("file-unreadable", reason=error.strerror or str(error)) from None
    if len(data) > MAX_FILE_BYTES:
        raise Stop("file-too-large", size=f"{len(data) / 2**20:.1f}", limit=MAX_FILE_BYTES // 2**20)
    return data


def decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):  # before UTF-16: the same first bytes
        raise Stop("file-utf16", encoding="UTF-32")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise Stop("file-utf16", encoding="UTF-16")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:4096]:
        sample = data[:4096]
        quarter = max(len(sample) // 4, 1)
        # text in UTF-32 has two zero bytes in every four (three for Latin), UTF-16 one in two
        high_zeros = max(sample[2::4].count(0) + sample[3::4].count(0), sample[0::4].count(0) + sample[1::4].count(0))
        if high_zeros * 10 > 18 * quarter:
            raise Stop("file-utf16", encoding="UTF-32")
        even_zero = data[1::2].count(0) > len(data) // 4
        raise Stop("file-utf16", encoding="UTF-16") if even_zero else Stop("file-binary")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        key = "file-cp1251" if _looks_cp1251(data) else "file-not-utf8"
        raise Stop(key, byte=data[error.start], line=line, column=column) from None
    if "\x00" in text:
        raise Stop("file-binary")
    return text


def _looks_cp1251(data: bytes) -> bool:
    """Cyrillic in cp1251 is bytes 0xC0–0xFF; most of them in such a file are letters."""
    high = sum(1 for b in data if b >= 0x80)
    letters = sum(1 for b in data if b >= 0xC0)
    return high > 0 and letters / high > 0.8
