"""Message texts about templates, kept in render/messages.yaml rather than in code."""

from __future__ import annotations

from typing import Any

from planctl.yamlio import package_data


def text(key: str, /, **fields: Any) -> str:
    catalogue = package_data("planctl.render", "messages.yaml")
    assert isinstance(catalogue, dict)
    return str(catalogue[key]).format(**fields)
