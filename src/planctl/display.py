"""Names and texts from files as they can be printed safely.

A file name is whatever bytes the file system holds: bytes that are not UTF-8 reach
Python as lone surrogates (which no UTF-8 output can carry: the JSON would be invalid)
and control characters (ESC) would drive the terminal or a CI log. Both are shown as
escapes instead. Nothing here is imported on the cached path but `shown` on an error.
"""

from __future__ import annotations

import os
import re

#: C0 and C1 controls, DEL, lone surrogates (undecodable bytes), line and paragraph
#: separators and the bidirectional overrides that can make a name read backwards.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_UNSAFE_IN_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, kept by surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(path: str | os.PathLike[str]) -> str:
    """A file name with every control character and undecodable byte as an escape."""
    text = os.fspath(path)
    return _UNSAFE.sub(_escape, text) if _UNSAFE.search(text) else text


def printable(text: str) -> str:
    """A message or source line with controls escaped; line breaks and tabs are kept."""
    return _UNSAFE_IN_TEXT.sub(_escape, text) if _UNSAFE_IN_TEXT.search(text) else text
