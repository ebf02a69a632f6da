"""Render templates: a folder with `template.yaml`, `reference.docx` and `plan.md.j2`.

Names are looked up in the installed package (`planctl/_templates`, put there by the
wheel) and then in the source checkout (`templates/`), so both an installed planctl
and a development tree find the same templates; a folder path works too. Settings
start from `defaults.yaml` and are validated strictly, so a typo in template.yaml is
an error with its line, never a silently ignored setting.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from ruamel.yaml.error import YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

import planctl
from planctl.errors import TemplateError, location
from planctl.render.files import FileRefused, decode_template, read_template_file
from planctl.render.limits import MAX_PAGE_MM, MAX_SPACE_PT, MAX_TEMPLATE_FILE_BYTES, MAX_YAML_ALIAS_NODES, MAX_YAML_DEPTH, MAX_YAML_NODES
from planctl.render.texts import text as messages
from planctl.yamlguard import YamlTooBig, check_shape
from planctl.yamlio import SafeNodeLoader, package_data

DEFAULT_TEMPLATE = "ministry"
SETTINGS_FILE = "template.yaml"
REFERENCE_FILE = "reference.docx"
MARKDOWN_FILE = "plan.md.j2"

ColumnKey = Literal["number", "title", "executors", "deadline", "result"]
DateForm = Literal["numeric", "words", "quoted", "quoted-spaced"]
Align = Literal["left", "center", "right", "justify"]


class _Strict(BaseModel):
    #: no NaN or infinity: a size is a number of millimetres or points
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class PageSize(_Strict):
    width: float = Field(gt=0, le=MAX_PAGE_MM)
    height: float = Field(gt=0, le=MAX_PAGE_MM)


class Margins(_Strict):
    left: float = Field(ge=0, le=MAX_PAGE_MM)
    right: float = Field(ge=0, le=MAX_PAGE_MM)
    top: float = Field(ge=0, le=MAX_PAGE_MM)
    bottom: float = Field(ge=0, le=MAX_PAGE_MM)
    header: float = Field(ge=0, le=MAX_PAGE_MM)


class FontSettings(_Strict):
    name: str = Field(min_length=1)
    body_pt: float = Field(gt=0, le=72)
    table_pt: float = Field(gt=0, le=72)
    header_pt: float = Field(gt=0, le=72)


class BlockSettings(_Strict):
    width_mm: float = Field(gt=0, le=MAX_PAGE_MM)


class StampSettings(_Strict):
    width_mm: float = Field(gt=0, le=MAX_PAGE_MM)
    date_form: DateForm
    signature_line: str
    space_after_pt: float = Field(ge=0, le=MAX_SPACE_PT)


class HeadingSettings(_Strict):
    bold: bool
    title_bold: bool
    space_after_pt: float = Field(ge=0, le=MAX_SPACE_PT)


class ColumnSettings(_Strict):
    key: ColumnKey
    #: one label, or one per plan language: {ru: Исполнители, uk: Виконавці}
    label: str | dict[Literal["ru", "uk"], str]
    width: float = Field(gt=0, le=MAX_PAGE_MM)
    align: Align
    show: Literal["always", "auto"]

    def label_for(self, language: str) -> str:
        if isinstance(self.label, str):
            return self.label
        return self.label.get(language) or self.label.get("ru") or next(iter(self.label.values()))  # type: ignore[call-overload]


class TableSettings(_Strict):
    executors: Literal["lines", "comma"]
    number_row: bool
    line_gap_pt: float = Field(ge=0, le=72)
    columns: list[ColumnSettings] = Field(min_length=1)

    @field_validator("columns")
    @classmethod
    def _unique_with_title(cls, columns: list[ColumnSettings]) -> list[ColumnSettings]:
        keys = [c.key for c in columns]
        repeated = sorted({k for k in keys if keys.count(k) > 1})
        if repeated:
            raise ValueError(f"column {', '.join(repeated)} is listed twice")
        if "title" not in keys:
            raise ValueError("the columns need the title column")
        return columns


class SignatureSettings(_Strict):
    show: bool
    position: str
    name: str
    space_before_pt: float = Field(ge=0, le=MAX_SPACE_PT)


class TemplateSettings(_Strict):
    """Everything a template may set; see defaults.yaml for the meaning of each key."""

    description: str
    orientation: Literal["portrait", "landscape", "auto"]
    page_mm: PageSize
    margins_mm: Margins
    font: FontSettings
    line_spacing: float = Field(ge=1.0, le=3.0)
    attachment: BlockSettings
    stamp: StampSettings
    heading: HeadingSettings
    table: TableSettings
    signature: SignatureSettings


@dataclass(frozen=True)
class Template:
    """A loaded template: where it lives and its validated settings."""

    name: str
    folder: Path
    settings: TemplateSettings

    @property
    def reference_docx(self) -> Path | None:
        """The reference document's path, if the folder has one (read it with `reference_bytes`)."""
        path = self.folder / REFERENCE_FILE
        return path if path.exists() or path.is_symlink() else None

    def reference_bytes(self) -> bytes | None:
        """reference.docx checked as a sound, bounded Word archive; None when the folder has none."""
        from planctl.render.reference import read_reference

        return read_reference(self.folder) if self.reference_docx else None

    @property
    def markdown_source(self) -> Path:
        return self.folder / MARKDOWN_FILE


# --------------------------------------------------------------------------- finding


def template_roots() -> list[Path]:
    """Where template names are looked up: the installed package first, then the checkout."""
    package = Path(planctl.__file__).parent
    return [package / "_templates", package.parents[1] / "templates"]


def available_templates() -> list[str]:
    names: set[str] = set()
    for root in template_roots():
        if root.is_dir():
            names.update(p.parent.name for p in root.glob(f"*/{SETTINGS_FILE}"))
    return sorted(names)


def resolve_template(name: str | Path | None) -> Path:
    """The folder of a template given by name (`ministry`) or by path (`./my-template`)."""
    if name is None or str(name) == "":
        name = DEFAULT_TEMPLATE
    text = str(name)
    as_path = Path(text).expanduser()
    looks_like_path = isinstance(name, Path) or "/" in text or "\\" in text or text.startswith(".")
    if looks_like_path or (as_path.is_dir() and (as_path / SETTINGS_FILE).is_file()):
        if not as_path.is_dir():
            raise TemplateError("папка шаблона не найдена", location(as_path))
        settings = as_path / SETTINGS_FILE
        if not (settings.exists() or settings.is_symlink()):  # what it is, the reader says
            raise TemplateError(f"в папке шаблона нет {SETTINGS_FILE}", location(as_path))
        return as_path
    for root in template_roots():
        folder = root / text
        if (folder / SETTINGS_FILE).is_file():
            return folder
    known = ", ".join(available_templates()) or "нет ни одного"
    raise TemplateError(f"шаблон «{text}» не найден; есть: {known}")


def load_template(name: str | Path | None = None) -> Template:
    """Find, read and validate a template; any mistake is a `TemplateError` with file and line."""
    folder = resolve_template(name)
    settings_path = folder / SETTINGS_FILE
    values, positions = read_folder_yaml(folder, SETTINGS_FILE)
    merged = _merge(_defaults(), values)
    try:
        settings = TemplateSettings.model_validate(merged)
    except ValidationError as error:
        first = error.errors()[0]
        path = tuple(first["loc"])
        line, column = _nearest(positions, path)
        where = ".".join(str(part) for part in path) or "template.yaml"
        raise TemplateError(f"{where}: {first['msg']}", location(settings_path, line, column)) from None
    return Template(folder.name, folder, settings)


def read_folder_yaml(folder: Path, name: str) -> tuple[dict[str, Any], Positions]:
    """A settings map of a template folder, read as hostile input: bounded, shape-checked, positioned."""
    path = folder / name
    try:
        text = decode_template(name, read_template_file(folder, name, MAX_TEMPLATE_FILE_BYTES))
    except FileRefused as refused:
        raise TemplateError(refused.message, location(path)) from None
    values, positions = _compose(text, path)
    if values is None:
        return {}, positions
    if not isinstance(values, dict):
        raise TemplateError(f"{name} должен быть словарём «ключ: значение»", location(path, 1, 1))
    return values, positions


def _defaults() -> dict[str, Any]:
    data = package_data("planctl.render", "defaults.yaml")
    assert isinstance(data, dict)
    return data


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """Maps merge key by key; anything else (lists included) is replaced by the override."""
    result = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            result[key] = _merge(base[key], value)
        else:
            result[key] = value
    return result


# --------------------------------------------------------------------------- YAML with positions

Positions = dict[tuple[Any, ...], tuple[int, int]]


def _compose(text: str, path: Path) -> tuple[Any, Positions]:
    """Safe YAML → plain values, remembering the line and column of every value.

    The shape is checked on the event stream first: the composer would recurse once per
    nesting level and build an alias as often as it is used.
    """
    try:
        check_shape(text, MAX_YAML_DEPTH, MAX_YAML_NODES, MAX_YAML_ALIAS_NODES)
    except YamlTooBig as shape:
        message = messages(f"yaml-{shape.kind}", limit=shape.limit)
        mark = shape.problem_mark
        raise TemplateError(message, location(path, mark.line + 1, mark.column + 1)) from None
    loader = SafeNodeLoader(text)
    try:
        node = loader.get_single_node()
    except YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
        raise TemplateError(f"ошибка YAML: {problem}", location(path, line, column)) from None
    finally:
        loader.dispose()
    positions: Positions = {}
    if node is None:
        return None, positions
    constructor = SafeNodeLoader("")
    try:
        return _value(node, (), positions, constructor), positions
    finally:
        constructor.dispose()


def _value(node: Node, path: tuple[Any, ...], positions: Positions, constructor: Any) -> Any:
    positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, ScalarNode) else str(key_node)
            where = (*path, key)
            result[key] = _value(value_node, where, positions, constructor)
            positions[where] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
        return result
    if isinstance(node, SequenceNode):
        return [_value(child, (*path, i), positions, constructor) for i, child in enumerate(node.value)]
    return constructor.construct_object(node, deep=True)


def _nearest(positions: Positions, path: tuple[Any, ...]) -> tuple[int, int]:
    probe = path
    while probe:
        if probe in positions:
            return positions[probe]
        probe = probe[:-1]
    return positions.get((), (1, 1))
