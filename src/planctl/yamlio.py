"""ruamel.yaml set up once: the C parser where it is installed, the pure-Python one otherwise."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
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


@lru_cache(maxsize=None)
def package_data(package: str, name: str) -> Any:
    """A YAML data file shipped inside `package` (word tables, message texts), read once."""
    return safe_load_text(resources.files(package).joinpath(name).read_text(encoding="utf-8"))
