"""YAML plan files → plain values with positions → the pydantic `Plan`.

Every problem becomes a `Diagnostic` that points at a line and column, so a clerk
editing the file in a web UI can find it. Hostile input (alias bombs, deep nesting,
huge or binary files, odd encodings) is refused with a message, never a traceback.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import stat
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from ruamel.yaml.tag import Tag

from planctl import messages
from planctl.cache import content_digest
from planctl.diagnostics import Diagnostic, Severity
from planctl.display import shown
from planctl.document import ComposedFile, LoadResult, PlanDocument, Positions, YamlPath
from planctl.errors import PlanctlError
from planctl.limits import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_NODES,
    MAX_PERIOD_YEARS,
)
from planctl.model import Approval, Columns, Item, Plan, Section
from planctl.yamlguard import YamlTooBig, check_shape
from planctl.yamlio import HAVE_C_PARSER, SafeNodeLoader

_TAG = "tag:yaml.org,2002:"
_DATE = re.compile(r"^\d{4}-\d\d?-\d\d?$")
#: The tag the resolver gives every plain or quoted text: one shared object, so `is` tells text apart.
_STR = SafeNodeLoader.DEFAULT_SCALAR_TAG
_KEY_SETS: dict[str, tuple[str, ...]] = {
    "plan": tuple(Plan.model_fields),
    "approval": tuple(Approval.model_fields),
    "columns": tuple(Columns.model_fields),
    "item": tuple(Item.model_fields),
    "section": tuple(Section.model_fields),
}


class PlanInvalid(PlanctlError):
    """A plan has error findings; commands that need a valid plan stop with them."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        errors = [d for d in diagnostics if d.severity is Severity.ERROR]
        first = errors[0] if errors else diagnostics[0]
        super().__init__(f"{first.where}: {first.message}")
        self.diagnostics = diagnostics


class _Stop(Exception):
    """Composition has to stop at this node; carries the finding."""

    def __init__(self, key: str, node: Node | None = None, **fields: Any) -> None:
        super().__init__(key)
        self.key = key
        self.node = node
        self.fields = fields


# --------------------------------------------------------------------------- reading


def read_text(path: Path) -> str:
    """The file's text as UTF-8 (a BOM is accepted); other encodings are refused by name."""
    return decode(read_bytes(path))


def read_bytes(path: Path) -> bytes:
    """The bytes of a regular file of at most `MAX_FILE_BYTES`, read once; `_Stop` otherwise."""
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):
            # a named pipe would block the read for ever, a device never end it
            raise _Stop("file-not-regular")
        size = status.st_size
        if size > MAX_FILE_BYTES:
            raise _Stop("file-too-large", size=f"{size / 2**20:.1f}", limit=MAX_FILE_BYTES // 2**20)
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise _Stop("file-unreadable", reason=error.strerror or str(error)) from None
    if len(data) > MAX_FILE_BYTES:
        raise _Stop("file-too-large", size=f"{len(data) / 2**20:.1f}", limit=MAX_FILE_BYTES // 2**20)
    return data


def decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):  # before UTF-16: the same first bytes
        raise _Stop("file-utf16", encoding="UTF-32")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _Stop("file-utf16", encoding="UTF-16")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:4096]:
        sample = data[:4096]
        quarter = max(len(sample) // 4, 1)
        # text in UTF-32 has two zero bytes in every four (three for Latin), UTF-16 one in two
        high_zeros = max(sample[2::4].count(0) + sample[3::4].count(0), sample[0::4].count(0) + sample[1::4].count(0))
        if high_zeros * 10 > 18 * quarter:
            raise _Stop("file-utf16", encoding="UTF-32")
        even_zero = data[1::2].count(0) > len(data) // 4
        raise _Stop("file-utf16", encoding="UTF-16") if even_zero else _Stop("file-binary")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        key = "file-cp1251" if _looks_cp1251(data) else "file-not-utf8"
        raise _Stop(key, byte=data[error.start], line=line, column=column) from None
    if "\x00" in text:
        raise _Stop("file-binary")
    return text


def _looks_cp1251(data: bytes) -> bool:
    """Cyrillic in cp1251 is bytes 0xC0–0xFF; most of them in such a file are letters."""
    high = sum(1 for b in data if b >= 0x80)
    letters = sum(1 for b in data if b >= 0xC0)
    return high > 0 and letters / high > 0.8


# --------------------------------------------------------------------------- composing


class _FastResolveLoader(SafeNodeLoader):
    """The C loader with ruamel's own tag resolution made cheap for the common case.

    The C composer asks `resolve` for the tag of every node. A text that starts with a
    letter no implicit resolver starts with (all Cyrillic text) is a plain string: the
    answer is the shared default tag, as ruamel's `BaseResolver.resolve` gives it, without
    its list copying. Everything else takes ruamel's own path.
    """

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is ScalarNode:
            if not implicit[0]:
                return _STR
            resolvers = _IMPLICIT.get(value[0] if value else "")
            if resolvers is None:
                return _STR
            for tag, regexp in resolvers:
                if regexp.match(value):
                    return Tag(suffix=tag)
            return _STR
        return super().resolve(kind, value, implicit)


#: first character → [(tag, regexp)]: the implicit resolvers ruamel's safe loader uses.
_IMPLICIT = SafeNodeLoader.yaml_implicit_resolvers
#: The shortcut holds only for ruamel's defaults: no path resolvers, none for any first character.
_NodeLoader = (
    _FastResolveLoader
    if HAVE_C_PARSER and not SafeNodeLoader.yaml_path_resolvers and None not in _IMPLICIT
    else SafeNodeLoader
)


class _Builder:
    """Turns a composed node tree into plain values, checking limits and collecting problems.

    Positions are not recorded here: `Positions` reads them from the node tree on demand.
    Aliases were bounded before composing (`yamlguard.check_shape`): each is built again
    where it is used, at most `MAX_ALIAS_EXPANSION` values in all.
    """

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.count = 0
        self.problems: list[tuple[str, Node, dict[str, Any]]] = []

    def build(self, node: Node, depth: int = 0) -> Any:
        if depth > MAX_DEPTH:
            raise _Stop("too-deep", node, limit=MAX_DEPTH)
        self.count += 1
        if self.count > MAX_NODES:
            raise _Stop("too-many-nodes", node, limit=MAX_NODES)
        if isinstance(node, ScalarNode):
            return node.value if node.ctag is _STR else self.scalar(node)
        if isinstance(node, SequenceNode):
            return self.sequence(node, depth)
        if isinstance(node, MappingNode):
            return self.mapping(node, depth)
        raise _Stop("bad-tag", node, tag=node.tag)  # pragma: no cover - composer yields only these

    def sequence(self, node: SequenceNode, depth: int) -> list[Any]:
        inner = depth + 1
        if inner > MAX_DEPTH:
            return [self.build(child, inner) for child in node.value]
        result: list[Any] = []
        for child in node.value:
            # a plain text child, the common case, without the call
            if child.ctag is _STR and type(child) is ScalarNode:
                self.count += 1
                if self.count > MAX_NODES:
                    raise _Stop("too-many-nodes", child, limit=MAX_NODES)
                result.append(child.value)
            else:
                result.append(self.build(child, inner))
        return result

    def mapping(self, node: MappingNode, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        inner = depth + 1
        fast = inner <= MAX_DEPTH
        for key_node, value_node in node.value:
            # the common case (a plain text key) stops at the first test
            if (key_node.ctag is not _STR or type(key_node) is not ScalarNode) and (
                not isinstance(key_node, ScalarNode) or (key_node.tag == _TAG + "null" and key_node.value in ("", "~"))
            ):
                raise _Stop("bad-key", key_node)
            key = key_node.value
            if key in result:
                first = next(k for k, _ in node.value if k.value == key)
                self.problems.append(("duplicate-key", key_node, {"key": key, "first": first.start_mark.line + 1}))
                continue
            if fast and value_node.ctag is _STR and type(value_node) is ScalarNode:
                self.count += 1
                if self.count > MAX_NODES:
                    raise _Stop("too-many-nodes", value_node, limit=MAX_NODES)
                result[key] = value_node.value
            else:
                result[key] = self.build(value_node, inner)
        return result

    def scalar(self, node: ScalarNode) -> Any:
        tag, value = node.tag or "", node.value  # a node without a tag is plain text
        if not tag.startswith(_TAG) or tag == _TAG + "str":
            if tag.startswith("!") and tag != "!":
                self.problems.append(("bad-tag", node, {"tag": tag}))
            return value
        kind = tag[len(_TAG):]
        if kind == "int":
            try:
                return int(value.replace("_", ""), 0)
            except ValueError:
                return value
        if kind == "float":
            lowered = value.lower()
            if lowered in (".nan", ".inf", "+.inf", "-.inf"):
                return value
            try:
                return float(value.replace("_", ""))
            except ValueError:
                return value
        if kind == "bool":
            return value.lower() == "true"
        if kind == "null":
            return None
        if kind == "timestamp":
            if _DATE.match(value):
                year, month, day = (int(part) for part in value.split("-"))
                try:
                    return dt.date(year, month, day)
                except ValueError as error:
                    self.problems.append(("bad-date", node, {"value": value, "reason": _date_reason(error)}))
                    return value
            return value
        self.problems.append(("bad-tag", node, {"tag": tag}))
        return value


def _date_reason(error: ValueError) -> str:
    text = str(error)
    if "day is out of range" in text:
        return "такого дня в этом месяце нет"
    if "month must be" in text:
        return "месяц должен быть от 1 до 12"
    return text


def compose(text: str, lang: str = "ru") -> tuple[Any, Positions, list[tuple[str, Node, dict[str, Any]]]]:
    """Compose YAML text into plain values and positions; raise `_Stop` on what cannot go on."""
    try:
        check_shape(text, depth_checked_later=True)  # before the C composer recurses into every level
    except YamlTooBig as error:
        mark = error.problem_mark
        raise _Stop(error.kind, limit=error.limit, line=mark.line + 1, column=mark.column + 1) from None
    loader = _NodeLoader(text)
    try:
        node = loader.get_single_node()
    except MarkedYAMLError as error:
        raise _yaml_stop(error) from None
    except YAMLError as error:
        message = str(error)
        if "expected a single document" in message:
            raise _Stop("several-documents") from None
        raise _Stop("yaml-syntax", problem=message.splitlines()[0] if message else "?") from None
    except RecursionError:
        raise _Stop("too-deep", limit=MAX_DEPTH) from None
    finally:
        loader.dispose()
    if node is None:
        raise _Stop("file-empty")
    builder = _Builder(lang)
    try:
        value = builder.build(node)
    except RecursionError:
        raise _Stop("too-deep", limit=MAX_DEPTH) from None
    return value, Positions(node), builder.problems


def _yaml_stop(error: MarkedYAMLError) -> _Stop:
    mark = error.problem_mark or error.context_mark
    problem = (error.problem or error.context or "").strip()
    key = "yaml-syntax"
    if "\t" in problem or "tab" in problem:
        key = "yaml-tab"
    if "expected a single document" in str(error):
        key = "several-documents"
    stop = _Stop(key, problem=_translate_problem(problem))
    if mark is not None:
        stop.fields["line"] = mark.line + 1
        stop.fields["column"] = mark.column + 1
    return stop


_PROBLEMS = (
    ("found duplicate anchor", "якорь (&) с таким именем уже определён"),
    ("found undefined alias", "ссылка (*) на неопределённый якорь"),
    ("mapping values are not allowed here", "двоеточие с пробелом внутри значения; возьмите значение в кавычки"),
    ("could not find expected ':'", "не найдено «:» после ключа"),
    ("expected <block end>, but found", "неверный отступ"),
    ("did not find expected key", "неверный отступ или лишний символ"),
    ("did not find expected '-' indicator", "неверный отступ в списке"),
    ("found unexpected end of stream", "файл оборвался: не закрыта кавычка или скобка"),
    ("did not find expected ',' or ']'", "не закрыта квадратная скобка «]»"),
    ("did not find expected ',' or '}'", "не закрыта фигурная скобка «}»"),
    ("found character that cannot start any token", "символ, с которого не может начинаться значение (возьмите значение в кавычки)"),
    ("found unknown escape character", "неизвестная escape-последовательность в кавычках"),
)


def _translate_problem(problem: str) -> str:
    for english, russian in _PROBLEMS:
        if problem.startswith(english):
            return russian
    return problem or "неверный YAML"


# --------------------------------------------------------------------------- validating


def _keyset(path: YamlPath) -> str | None:
    if not path:
        return "plan"
    if path in (("approval",), ("columns",)):
        return path[0]
    if len(path) == 2 and path[0] == "sections":
        return "section"
    if (len(path) == 2 and path[0] == "items") or (len(path) == 4 and path[2] == "items"):
        return "item"
    return None


def _schema_findings(
    error: ValidationError, raw: dict[str, Any], positions: Positions, path: str, lang: str
) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    seen: set[tuple[int, int, str]] = set()
    for entry in error.errors(include_url=False):
        loc = tuple(entry["loc"])
        real = _real_path(loc, positions)
        kind = entry["type"]
        hint = None
        if kind == "extra_forbidden":
            code, key = "S002", str(loc[-1])
            line, column = positions.of(real, key=True)
            message = messages.text("unknown-key", lang, key=key)
            allowed = _KEY_SETS.get(_keyset(real[:-1]) or "", ())
            close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
            if close:
                hint = messages.text("did-you-mean", lang, suggestion=close[0])
            elif allowed:
                hint = messages.text("allowed-keys", lang, keys=", ".join(allowed))
        elif kind == "missing":
            code = "S003"
            line, column = positions.of(real, key=True)
            message = messages.text("missing-key", lang, key=loc[-1])
        elif not loc:
            code = "S001"
            line, column = positions.of(())
            message = _problem_text(entry, lang)
        else:
            code = "S001"
            line, column = positions.of(real)
            key = next((str(part) for part in reversed(real) if isinstance(part, str)), "")
            message = messages.text("wrong-value", lang, key=key, problem=_problem_text(entry, lang))
        if (line, column, code) in seen:
            continue
        seen.add((line, column, code))
        found.append(Diagnostic(code, Severity.ERROR, message, path, line, column, hint, rule="schema"))
    return found


def _real_path(loc: tuple[Any, ...], positions: Positions) -> YamlPath:
    """The longest prefix of a pydantic location that names a place in the document.

    Union branch names (`date`, `list[date]`) and missing keys are not in the document.
    """
    out: YamlPath = ()
    for part in loc:
        candidate = (*out, part)
        if candidate not in positions.values and candidate not in positions.keys:
            break
        out = candidate
    return out


_TYPE_MESSAGES = {
    "string_type": "expect-text",
    "list_type": "expect-list",
    "dict_type": "expect-map",
    "model_type": "expect-map",
    "model_attributes_type": "expect-map",
    "date_type": "expect-date",
    "date_parsing": "expect-date",
    "date_from_datetime_parsing": "expect-date",
    "date_from_datetime_inexact": "expect-date",
}


def _problem_text(entry: Any, lang: str) -> str:
    kind = entry["type"]
    loc = tuple(entry["loc"])
    if (loc and loc[-1] in ("date", "list[date]")) or (loc and loc[-1] == "due"):
        return messages.text("expect-date-or-list", lang)
    if kind in _TYPE_MESSAGES:
        return messages.text(_TYPE_MESSAGES[kind], lang)
    if kind == "literal_error":
        expected = str(entry.get("ctx", {}).get("expected", "")).replace(" or ", ", ").replace("'", "")
        return messages.text("expect-one-of", lang, expected=expected)
    if kind == "value_error":
        reason = str(entry.get("ctx", {}).get("error", entry["msg"]))
        if "period spans more than" in reason:
            return messages.text("period-too-long", lang, limit=MAX_PERIOD_YEARS)
        if "items or sections" in reason:
            return messages.text("items-or-sections", lang)
        if "quoted" in reason:
            return messages.text("expect-quoted-number", lang)
        if loc and loc[0] == "period":
            return messages.text("expect-period", lang)
        return messages.text("invalid-value", lang, problem=reason)
    return messages.text("invalid-value", lang, problem=entry["msg"])


# --------------------------------------------------------------------------- entry points


def load_text(text: str, path: str = "<plan>") -> LoadResult:
    """Load one plan from its text; findings instead of exceptions."""
    lang = guess_language(text)
    try:
        raw, positions, problems = compose(text, lang)
    except _Stop as stop:
        return LoadResult(path, None, [_stop_finding(stop, path, lang)], text)
    if isinstance(raw, dict) and raw.get("language") in ("ru", "uk"):
        lang = raw["language"]
    findings = [_node_finding(key, node, fields, path, lang) for key, node, fields in problems]
    if not isinstance(raw, dict):
        kinds: dict[type, str] = {list: "список", str: "текст"}
        found = kinds.get(type(raw), "одно значение")
        findings.append(_finding("F006", messages.text("not-a-mapping", lang, found=found), path, 1, 1))
        return LoadResult(path, None, findings, text)
    if findings:
        return LoadResult(path, None, findings, text)
    if "\\" in text:  # only an escape in quotes ("\\e", "\\0") makes a control character: YAML refuses raw ones
        findings = _control_findings(raw, (), positions, path, lang)
        if findings:
            return LoadResult(path, None, findings, text)
    if raw and not any(key in _KEY_SETS["plan"] for key in raw):
        # some other YAML (or /etc/passwd, which reads as one): naming its keys would print it
        return LoadResult(path, None, [_finding("F006", messages.text("not-a-plan", lang), path, 1, 1)], text)
    try:
        plan = Plan.model_validate(raw)
    except ValidationError as error:
        return LoadResult(path, None, _schema_findings(error, raw, positions, path, lang), text)
    return LoadResult(path, PlanDocument(path, text, plan, positions), [], text)


#: Control characters a text may not hold (tab and line breaks may): they would reach the
#: DOCX, the ICS and terminals as they are.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _control_findings(value: Any, where: YamlPath, positions: Positions, path: str, lang: str) -> list[Diagnostic]:
    """An S001 for each text (or key) holding a control character."""
    found: list[Diagnostic] = []
    if isinstance(value, str):
        match = _CONTROL.search(value)
        if match:
            line, column = positions.of(where)
            key = next((str(part) for part in reversed(where) if isinstance(part, str)), "")
            char = f"U+{ord(match.group()):04X}"
            found.append(_finding("S001", messages.text("control-character", lang, key=key, char=char), path, line, column))
    elif isinstance(value, dict):
        for key, inner in value.items():
            found += _control_findings(key, where, positions, path, lang)
            found += _control_findings(inner, (*where, key), positions, path, lang)
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _control_findings(inner, (*where, index), positions, path, lang)
    return found


def load_file(path: Path | str) -> LoadResult:
    """Load one plan file; unreadable, oversized and mis-encoded files become findings.

    Findings and due entries name the file as it can be printed (`display.shown`).
    """
    name = shown(path)
    try:
        data = read_bytes(Path(path))
    except _Stop as stop:
        return LoadResult(name, None, [_stop_finding(stop, name, "ru")])
    return load_bytes(data, name)


def load_bytes(data: bytes, path: str) -> LoadResult:
    """Load one plan from the bytes of its file (read from disk, or from git at a revision):
    encodings are told apart as for a file, and every problem is a finding."""
    digest = content_digest(data)
    try:
        text = decode(data)
    except _Stop as stop:
        return LoadResult(path, None, [_stop_finding(stop, path, "ru")], digest=digest)
    result = load_text(text, path)
    result.digest = digest
    return result


def compose_file(path: Path | str, lang: str = "ru") -> ComposedFile:
    """Read, decode and compose one YAML file; every reading or YAML problem is a finding."""
    name = shown(path)
    try:
        text = decode(read_bytes(Path(path)))
    except _Stop as stop:
        return ComposedFile(name, "", None, Positions(), [_stop_finding(stop, name, lang)])
    try:
        raw, positions, problems = compose(text, lang)
    except _Stop as stop:
        return ComposedFile(name, text, None, Positions(), [_stop_finding(stop, name, lang)])
    findings = [_node_finding(key, node, fields, name, lang) for key, node, fields in problems]
    return ComposedFile(name, text, raw, positions, findings)


def load_plan(path: Path | str) -> PlanDocument:
    """A valid plan or `PlanInvalid` with every finding: for commands that need the plan itself."""
    result = load_file(path)
    if result.document is None:
        raise PlanInvalid(result.diagnostics)
    return result.document


_CODES = {
    "file-unreadable": "F001",
    "file-not-regular": "F001",
    "file-too-large": "F005",
    "file-binary": "F002",
    "file-utf16": "F002",
    "file-cp1251": "F002",
    "file-not-utf8": "F002",
    "file-empty": "F006",
    "several-documents": "F003",
    "yaml-syntax": "F003",
    "yaml-tab": "F003",
    "duplicate-key": "F004",
    "alias-bomb": "F005",
    "self-alias": "F005",
    "too-deep": "F005",
    "too-many-nodes": "F005",
    "bad-key": "F003",
    "bad-date": "S001",
    "bad-tag": "F003",
}


def _finding(code: str, message: str, path: str, line: int, column: int) -> Diagnostic:
    """A loading finding; one about the whole file points at its start."""
    return Diagnostic(code, Severity.ERROR, message, path, line or 1, column or 1, rule="load")


def _stop_finding(stop: _Stop, path: str, lang: str) -> Diagnostic:
    line = stop.fields.pop("line", 0)
    column = stop.fields.pop("column", 0)
    if stop.node is not None:
        line, column = stop.node.start_mark.line + 1, stop.node.start_mark.column + 1
    return _finding(_CODES[stop.key], messages.text(stop.key, lang, **stop.fields), path, line, column)


def _node_finding(key: str, node: Node, fields: dict[str, Any], path: str, lang: str) -> Diagnostic:
    mark = node.start_mark
    return _finding(_CODES[key], messages.text(key, lang, **fields), path, mark.line + 1, mark.column + 1)


_UK_LANGUAGE = re.compile(r"^language:\s*['\"]?uk\b", re.MULTILINE)


def guess_language(text: str) -> str:
    """The plan's language before it is parsed, so even syntax errors speak it."""
    return "uk" if _UK_LANGUAGE.search(text[:20000]) else "ru"
