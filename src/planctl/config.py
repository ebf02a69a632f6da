"""Which lint rules run where: `.planctl.yaml` or `[tool.planctl]` in pyproject.toml.

    select: [N, X, T]            # codes or prefixes; default: the default rule set
    extend-select: [T004]        # added to the selection: rules that are off by default
    ignore: [T003]
    per-file-ignores:
      "plans/zabaikalsky-*.yaml": [N002]

Like ruff, planctl has a default rule set: every rule except the few that are off by
default (`planctl rules` shows which). `select` replaces the default set, `extend-select`
adds to it (or to `select`), and `ignore` and `per-file-ignores` take rules away again.

The nearest file walking up from the checked path wins; the walk stops at a
folder holding `.git`. A broken file is a usage error naming it (exit 2).

Loader findings (F: the file cannot be read or parsed, S: it breaks the schema) are
hard errors: there is no plan to lint without them fixed, so `enabled` is always true
for them and naming them in `ignore` or `per-file-ignores` is a usage error.
"""

from __future__ import annotations

import contextlib
import fnmatch
import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from planctl.config_settings import KEYS, ShapeError
from planctl.errors import UsageError, location
from planctl.filenames import CONFIG_NAMES, PYPROJECT, REPOSITORY_MARK
from planctl.limits import MAX_CONFIG_BYTES, MAX_DEPTH
from planctl.selection import DEFAULT_OFF, HARD_PREFIXES, matching


@dataclass(frozen=True)
class LintConfig:
    """Rule selection; codes are prefixes (`T` is every T-rule). Globs are matched relative to `root`."""

    select: frozenset[str] | None = None
    ignore: frozenset[str] = frozenset()
    per_file_ignores: tuple[tuple[str, frozenset[str]], ...] = ()
    root: Path | None = None
    source: Path | None = None
    extend_select: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        # accept plain sets, lists and dicts from callers; store hashable upper-case frozensets
        if self.select is not None:
            object.__setattr__(self, "select", _normalized(self.select))
        object.__setattr__(self, "ignore", _normalized(self.ignore))
        object.__setattr__(self, "extend_select", _normalized(self.extend_select))
        pairs = self.per_file_ignores.items() if isinstance(self.per_file_ignores, dict) else self.per_file_ignores
        object.__setattr__(self, "per_file_ignores", tuple((str(glob), _normalized(codes)) for glob, codes in pairs))

    def enabled(self, code: str, path: str | None = None) -> bool:
        """Whether rule `code` runs on the file `path`; loader codes (F, S) always do."""
        if code.startswith(HARD_PREFIXES):
            return True
        selected = _any_prefix(code, self.select) if self.select is not None else code not in DEFAULT_OFF
        if not selected and not _any_prefix(code, self.extend_select):
            return False
        if _any_prefix(code, self.ignore):
            return False
        if path is not None and self.per_file_ignores:
            for glob, codes in self.per_file_ignores:
                if _any_prefix(code, codes) and self._matches(glob, path):
                    return False
        return True

    def _matches(self, glob: str, path: str) -> bool:
        """`glob` (fnmatch, posix slashes) against the path relative to `root`, the path as
        given, or the bare file name, so `old-*.yaml` works wherever the file lies."""
        pure = PurePath(path)
        candidates = {pure.as_posix(), pure.name}
        if self.root is not None:
            with contextlib.suppress(ValueError, OSError):
                candidates.add(Path(os.path.realpath(path)).relative_to(os.path.realpath(self.root)).as_posix())
        return any(fnmatch.fnmatchcase(candidate, glob) for candidate in candidates)


def _normalized(codes: Iterable[object]) -> frozenset[str]:
    return frozenset(str(code).strip().upper() for code in codes)


def _any_prefix(code: str, selectors: frozenset[str]) -> bool:
    return any(code.startswith(selector) for selector in selectors)


def load_config(start: Path) -> LintConfig:
    """The configuration nearest to `start` (a file or a folder), or the default: every rule."""
    start = Path(start)
    folder = Path(os.path.realpath(start))  # unlike Path.resolve, never raises on a link loop
    if not os.path.isdir(folder):
        folder = folder.parent
    for directory in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            candidate = directory / name
            if _is_file(candidate):
                return _from_mapping(*_read_yaml(candidate), candidate)
        pyproject = directory / PYPROJECT
        if _is_file(pyproject):
            table = _read_pyproject(pyproject)
            if table is not None:
                return _from_mapping(table, None, pyproject)
        if os.path.exists(directory / REPOSITORY_MARK):
            break
    return LintConfig()


def _is_file(path: Path) -> bool:
    """Whether `path` is a file; one in a folder we may not search counts as absent."""
    try:
        return path.is_file()
    except OSError:
        return False


def _read_text(path: Path) -> str:
    """The configuration's text; one larger than `MAX_CONFIG_BYTES` is refused unread."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_CONFIG_BYTES + 1)
        if len(data) > MAX_CONFIG_BYTES:
            limit = f"{MAX_CONFIG_BYTES // 1024} КБ"
            raise UsageError(f"файл настроек слишком большой (предел {limit})", location(path))
        return data.decode("utf-8-sig")
    except (OSError, UnicodeError) as error:
        raise UsageError(f"не удалось прочитать файл настроек: {error}", location(path)) from None


def _read_yaml(path: Path) -> tuple[Any, str]:
    """The settings' values and text."""
    from ruamel.yaml.error import YAMLError

    from planctl import messages
    from planctl.yamlguard import YamlTooBig
    from planctl.yamlio import safe_load_text

    text = _read_text(path)
    try:
        data = safe_load_text(text)
    except YamlTooBig as error:
        mark = error.problem_mark
        raise UsageError(
            messages.text(error.kind, "ru", limit=error.limit), location(path, mark.line + 1, mark.column + 1)
        ) from None
    except YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise UsageError(f"ошибка YAML в файле настроек: {problem}", location(path, line, column)) from None
    return ({} if data is None else data), text


def _read_pyproject(path: Path) -> dict[str, Any] | None:
    # imported here: most checks find a .planctl.yaml, or a pyproject.toml only at the root
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10: tomli is a dependency there
        import tomli as tomllib

    from planctl import messages

    text = _read_text(path)
    try:
        data = tomllib.loads(text)
    except RecursionError:  # tomllib recurses once per nested array or inline table
        raise UsageError(messages.text("too-deep", "ru", limit=MAX_DEPTH), location(path)) from None
    except tomllib.TOMLDecodeError as error:
        raise UsageError(f"ошибка TOML в файле настроек: {error}", location(path)) from None
    tool = data.get("tool")
    if not isinstance(tool, dict) or "planctl" not in tool:
        return None
    table = tool["planctl"]
    if not isinstance(table, dict):
        raise UsageError("[tool.planctl] должен быть таблицей", location(path))
    return table


def _from_mapping(data: Any, text: str | None, path: Path) -> LintConfig:
    """The settings of `path` (its YAML `text`, for the line of a mistake) checked by `Settings`."""
    from planctl.config_settings import read_settings

    if not isinstance(data, dict):
        raise UsageError(f"настройки должны быть словарём с ключами {', '.join(KEYS)}", location(path))
    try:
        settings = read_settings(data)
    except ShapeError as error:
        raise _settings_error(error, path, text) from None

    def codes(value: list[str] | str, key: str, *loc: str) -> frozenset[str]:
        try:
            return _codes(value, key)
        except ValueError as mistake:  # found at its line only now: most runs have none
            line, column = _position(text, loc) if text is not None else (0, 0)
            raise UsageError(str(mistake), location(path, line, column)) from None

    select = codes(settings.select, "select", "select") if settings.select is not None else None
    extend_select = codes(settings.extend_select, "extend-select", "extend-select")
    ignore = codes(settings.ignore, "ignore", "ignore")
    per_file_ignores = tuple(
        (glob, codes(value, f"per-file-ignores «{glob}»", "per-file-ignores", glob))
        for glob, value in settings.per_file_ignores.items()
    )
    return LintConfig(select, ignore, per_file_ignores, root=path.parent, source=path, extend_select=extend_select)


def _settings_error(error: ShapeError, path: Path, text: str | None) -> UsageError:
    """The first mistake in the settings, worded for a clerk, at its line when the file is YAML."""
    loc = error.where
    key = loc[0]
    if error.unknown:
        from difflib import get_close_matches  # only for a mistake

        close = get_close_matches(key, KEYS, n=1, cutoff=0.6)
        hint = f"; возможно, имелось в виду «{close[0]}»" if close else f"; допустимые ключи: {', '.join(KEYS)}"
        message = f"неизвестный ключ настроек «{key}»{hint}"
    elif key == "per-file-ignores" and len(loc) == 1:
        message = "«per-file-ignores» должен быть словарём «шаблон пути: [коды]»"
    elif key == "per-file-ignores":
        message = f"«per-file-ignores «{loc[1]}»» должен быть списком кодов правил, например [T001, N]"
    else:
        message = f"«{key}» должен быть списком кодов правил, например [T001, N]"
    line, column = _position(text, loc[:2]) if text is not None else (0, 0)
    return UsageError(message, location(path, line, column))


def _position(text: str, loc: tuple[Any, ...]) -> tuple[int, int]:
    """Line and column of the key `loc` names in YAML `text` (a config file is small)."""
    from ruamel.yaml.nodes import MappingNode

    from planctl.yamlio import SafeNodeLoader

    loader = SafeNodeLoader(text)
    try:
        node = loader.get_single_node()
    except Exception:
        return (0, 0)
    finally:
        loader.dispose()
    found = (0, 0)
    for part in loc:
        if not isinstance(node, MappingNode):
            break
        pair = next(((k, v) for k, v in node.value if k.value == part), None)
        if pair is None:
            break
        found = (pair[0].start_mark.line + 1, pair[0].start_mark.column + 1)
        node = pair[1]
    return found


def _codes(value: list[str] | str, key: str) -> frozenset[str]:
    """The codes a setting names, each checked against the registry (ValueError: the mistake, worded)."""
    if isinstance(value, str):
        value = [part for part in value.replace(",", " ").split() if part]
    codes: set[str] = set()
    for code in value:
        if code.strip().upper().startswith(HARD_PREFIXES):
            if key in ("select", "extend-select"):
                continue  # loader checks always run; selecting them changes nothing
            raise ValueError(f"«{key}»: «{code}» — ошибка загрузки плана (F, S), её нельзя отключить")
        found = matching(code)
        if not found:
            raise ValueError(f"«{key}»: неизвестный код или префикс правила «{code}»")
        # a rule name stands for its code; a code or prefix is kept as written
        codes.add(found[0] if "-" in code else code.strip().upper())
    return frozenset(codes)
