"""Configuration: .planctl.yaml or [tool.planctl], prefixes, per-file ignores, broken files."""

from __future__ import annotations

from pathlib import Path

import pytest
from lint_helpers import where

from planctl.config import LintConfig, load_config
from planctl.errors import UsageError

PLAN = 'title: План.\nperiod: 2024\nitems:\n  - {number: "1", title: "Совещание "}\n  - {number: "3", title: Отчёт}\n'


def codes(config: LintConfig, path: str = "plan.yaml") -> list[str]:
    from lint_helpers import diagnostics

    return sorted({d.code for d in diagnostics(PLAN, config=config, path=path)})


def test_default_runs_the_default_rule_set() -> None:
    """T004 is off by default (like ruff's default rule set): `extend-select` or `select` switches it on."""
    assert codes(LintConfig()) == ["N002", "T001"]
    assert codes(LintConfig(extend_select={"T004"})) == ["N002", "T001", "T004"]
    assert codes(LintConfig(select={"N"}, extend_select={"T004"})) == ["N002", "T004"]
    assert codes(LintConfig(extend_select={"T004"}, ignore={"T004"})) == ["N002", "T001"]


def test_select_and_ignore_by_prefix() -> None:
    assert codes(LintConfig(select={"T"})) == ["T001", "T004"]
    assert codes(LintConfig(ignore={"T"})) == ["N002"]
    assert codes(LintConfig(select={"T", "N"}, ignore={"T004"})) == ["N002", "T001"]
    assert LintConfig(ignore={"t00"}).enabled("T001") is False


def test_per_file_ignores_match_name_and_relative_path(tmp_path: Path) -> None:
    config = LintConfig(
        per_file_ignores={"zabaikalsky-*.yaml": {"N002"}, "drafts/*": {"T"}}, root=tmp_path, extend_select={"T004"}
    )
    assert codes(config, "plans/zabaikalsky-2024.yaml") == ["T001", "T004"]
    assert codes(config, str(tmp_path / "drafts" / "a.yaml")) == ["N002"]
    assert codes(config, "plans/other.yaml") == ["N002", "T001", "T004"]


def test_planctl_yaml_found_walking_up(tmp_path: Path) -> None:
    (tmp_path / ".planctl.yaml").write_text(
        "select: [N, T]\nignore: [T004]\nper-file-ignores:\n  'plans/old-*.yaml': [N002]\n", encoding="utf-8"
    )
    (tmp_path / "plans").mkdir()
    config = load_config(tmp_path / "plans")
    assert config.select == {"N", "T"} and config.ignore == {"T004"}
    assert config.per_file_ignores == (("plans/old-*.yaml", frozenset({"N002"})),)
    assert config.source == tmp_path / ".planctl.yaml"
    assert config.enabled("N002", str(tmp_path / "plans" / "new.yaml"))
    assert not config.enabled("N002", str(tmp_path / "plans" / "old-2023.yaml"))


def test_extend_select_in_planctl_yaml_and_pyproject(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / ".planctl.yaml").write_text("extend-select: [title-full-stop]\n", encoding="utf-8")
    config = load_config(tmp_path / "a")
    assert config.select is None and config.extend_select == {"T004"}
    assert codes(config) == ["N002", "T001", "T004"]
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "pyproject.toml").write_text('[tool.planctl]\nselect = ["N"]\nextend-select = ["T004"]\n', encoding="utf-8")
    assert codes(load_config(tmp_path / "b")) == ["N002", "T004"]


def test_pyproject_tool_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.planctl]\nignore = ["N002", "mixed-script"]\n'
        '[tool.planctl.per-file-ignores]\n"*.yaml" = ["T001"]\n',
        encoding="utf-8",
    )
    config = load_config(tmp_path / "plan.yaml")
    assert config.ignore == {"N002", "T003"}
    assert config.per_file_ignores == (("*.yaml", frozenset({"T001"})),)


def test_pyproject_without_the_table_is_skipped(tmp_path: Path) -> None:
    (tmp_path / ".planctl.yaml").write_text("ignore: [T]\n", encoding="utf-8")
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert load_config(inner).ignore == {"T"}


def test_the_walk_stops_at_the_repository_root(tmp_path: Path) -> None:
    (tmp_path / ".planctl.yaml").write_text("ignore: [T]\n", encoding="utf-8")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    assert load_config(repo) == LintConfig()


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        (".planctl.yaml", "ignore: [T001\n", "ошибка YAML"),
        (".planctl.yaml", "ignor: [T001]\n", "«ignore»"),
        (".planctl.yaml", "extend_select: [T004]\n", "«extend-select»"),
        (".planctl.yaml", "extend-select: [Z9]\n", "Z9"),
        (".planctl.yaml", "ignore: [Z999]\n", "Z999"),
        (".planctl.yaml", "select: 5\n", "списком кодов"),
        (".planctl.yaml", "per-file-ignores: [a]\n", "per-file-ignores"),
        (".planctl.yaml", "- a list\n", "словарём"),
        ("pyproject.toml", "[tool.planctl\n", "ошибка TOML"),
        ("pyproject.toml", "[tool]\nplanctl = 3\n", "таблицей"),
        (".planctl.yaml", "ignore: [S]\n", "нельзя отключить"),
        (".planctl.yaml", "per-file-ignores: {'*.yaml': [F001]}\n", "F001"),
    ],
)
def test_broken_configuration_is_a_usage_error_naming_the_file(tmp_path: Path, name: str, content: str, words: str) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(UsageError) as raised:
        load_config(tmp_path)
    assert raised.value.exit_code == 2
    assert name in str(raised.value) and words in str(raised.value)


def test_config_travels_to_worker_processes() -> None:
    import pickle

    config = LintConfig(select={"T"}, per_file_ignores=(("*.yaml", frozenset({"N"})),))
    assert pickle.loads(pickle.dumps(config)) == config
    assert hash(config) == hash(LintConfig(select=frozenset({"T"}), per_file_ignores={"*.yaml": ["N"]}))


def test_loader_codes_are_never_switched_off(tmp_path: Path) -> None:
    config = LintConfig(select={"T"}, ignore={"N"}, per_file_ignores={"*": {"T"}})
    assert config.enabled("F001", "a.yaml") and config.enabled("S003", "a.yaml")
    assert not config.enabled("T001", "a.yaml")
    (tmp_path / ".planctl.yaml").write_text("select: [F, S, T]\n", encoding="utf-8")
    assert load_config(tmp_path).select == {"T"}


def test_where_helper_respects_config() -> None:
    assert where(PLAN, "T", LintConfig(ignore={"T001"}, extend_select={"T004"})) == [("T004", 1, 12)]


@pytest.mark.parametrize(
    ("content", "line", "column", "words"),
    [
        ("ignore: [T001]\nselct: [N]\n", 2, 1, "возможно, имелось в виду «select»"),
        ("select: [N]\nignore: 5\n", 2, 1, "«ignore» должен быть списком кодов"),
        ("select: [N]\nextend-select: [Z9]\n", 2, 1, "неизвестный код или префикс правила «Z9»"),
        ("per-file-ignores:\n  'a/*.yaml': [N002]\n  'b/*.yaml': [Q9]\n", 3, 3, "«per-file-ignores «b/*.yaml»»"),
        ("ignore: [N]\nper-file-ignores: [a]\n", 2, 1, "словарём «шаблон пути: [коды]»"),
    ],
)
def test_a_mistake_in_the_settings_points_at_its_line(tmp_path: Path, content: str, line: int, column: int, words: str) -> None:
    (tmp_path / ".planctl.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(UsageError) as raised:
        load_config(tmp_path)
    where = raised.value.location
    assert where is not None and (where.line, where.column) == (line, column), str(raised.value)
    assert words in raised.value.message
