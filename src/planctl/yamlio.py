"""ruamel.yaml set up once: the C parser where it is installed, the pure-Python one otherwise."""

from __future__ import annotations

import sys
from functools import cache
from importlib import import_module
from pathlib import Path
from typing import Any

try:
    from ruamel.yaml.cyaml import CSafeLoader as SafeNodeLoader

    HAVE_C_PARSER = True
except ImportError:  # pragma: no cover - depends on the platform
    from ruamel.yaml.loader import SafeLoader as SafeNodeLoader  # type: ignore[assignment]

    HAVE_C_PARSER = False

__all__ = ["HAVE_C_PARSER", "SafeNodeLoader", "package_data", "safe_load_text"]


def safe_load_text(text: str) -> Any:
    """Load a small YAML file (package data, a configuration) as plain Python values.

    `YamlTooBig` (a `MarkedYAMLError`) when it nests too deep, holds too many values or
    expands its aliases too far.
    """
    from planctl.yamlguard import check_shape  # it reads events with the loader set up here

    check_shape(text)
    loader = SafeNodeLoader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


@cache
def package_data(package: str, name: str) -> Any:
    """A YAML data file shipped inside `package` (word tables, message texts), read once,
    and parsed once for many runs (`planctl.data_store`).

    Our own files, not a user's: they go to the loader without `safe_load_text`'s guard
    against oversized documents, a second pass over the text that every start paid.
    """
    from planctl.data_store import parsed

    return parsed(_data_text(package, name), _load_trusted)


def _data_text(package: str, name: str) -> str:
    """The text of a data file beside `package`'s modules; importlib.resources (and its
    imports, a few milliseconds of every start) only for a package that is not a folder."""
    module = sys.modules.get(package) or import_module(package)
    folder = getattr(module, "__path__", None)
    if folder:
        try:
            return (Path(next(iter(folder))) / name).read_text(encoding="utf-8")
        except FileNotFoundError:
            pass
    from importlib import resources

    return resources.files(package).joinpath(name).read_text(encoding="utf-8")


def _load_trusted(text: str) -> Any:
    loader = SafeNodeLoader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()
