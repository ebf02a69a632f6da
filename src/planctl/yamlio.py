"""ruamel.yaml set up once: the C parser where it is installed, the pure-Python one otherwise."""

from __future__ import annotations

from typing import Any

try:
    from ruamel.yaml.cyaml import CSafeLoader as SafeNodeLoader

    HAVE_C_PARSER = True
except ImportError:  # pragma: no cover - depends on the platform
    from ruamel.yaml.loader import SafeLoader as SafeNodeLoader  # type: ignore[assignment]

    HAVE_C_PARSER = False


def safe_load_text(text: str) -> Any:
    """Load trusted package data (language tables, messages) as plain Python values."""
    loader = SafeNodeLoader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()
