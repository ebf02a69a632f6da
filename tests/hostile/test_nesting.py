"""Defect 5 (deep nesting crashed the C composer: exit 139) and 11 (node counts checked
only after the whole tree was built): every command refuses with F005 and file:line.

The attacks run in a child process: before the fix they killed it with a segfault.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hostile_helpers import GOOD_PLAN, Run, assert_clean_failure
from hypothesis import given
from hypothesis import strategies as st
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError
from ruamel.yaml.events import MappingEndEvent, MappingStartEvent, SequenceEndEvent, SequenceStartEvent

from planctl.limits import MAX_DEPTH, MAX_NODES
from planctl.load import load_text
from planctl.yamlguard import YamlTooBig, check_shape, depth_bound, node_bound
from planctl.yamlio import SafeNodeLoader, safe_load_text

DEEP = 30_000
#: Every form of nesting an attacker can write in a 10 MB file, 30,000 levels deep.
DEEP_TEXTS = {
    "flow lists": "[" * DEEP + "]" * DEEP + "\n",
    "flow maps": "{a: " * DEEP + "}" * DEEP + "\n",
    "block list chain": "- " * DEEP + "x\n",
    "block indentation": "".join(" " * i + "k:\n" for i in range(3000)) + " " * 3000 + "x: 1\n",
    "carriage returns": "".join(" " * i + "k:\r" for i in range(3000)) + " " * 3000 + "x: 1\r",
    "key then flow": "title: " + "[" * DEEP + "]" * DEEP + "\n",
}


@pytest.fixture
def deep(tmp_path: Path) -> Path:
    path = tmp_path / "deep.yaml"
    path.write_text(DEEP_TEXTS["flow lists"], encoding="utf-8")
    (tmp_path / "good.yaml").write_text(GOOD_PLAN, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "--no-cache", "deep.yaml"],
        ["due", "deep.yaml", "--as-of", "2024-01-01"],
        ["render", "deep.yaml", "-o", "out.docx"],
        ["render", "deep.yaml", "-o", "out.md"],
        ["diff", "deep.yaml", "good.yaml"],
        ["diff", "good.yaml", "deep.yaml"],
    ],
    ids=lambda args: " ".join(args),
)
def test_every_command_refuses_deep_nesting(planctl: Run, deep: Path, args: list[str]) -> None:
    text = assert_clean_failure(planctl(*args, cwd=deep.parent))
    assert "F005" in text and "deep.yaml:1:" in text


@pytest.mark.parametrize("name", DEEP_TEXTS)
def test_every_form_of_deep_nesting_is_refused_before_composing(planctl: Run, tmp_path: Path, name: str) -> None:
    (tmp_path / "deep.yaml").write_bytes(DEEP_TEXTS[name].encode("utf-8"))
    text = assert_clean_failure(planctl("validate", "--no-cache", "deep.yaml", cwd=tmp_path))
    assert "F005" in text and "deep.yaml:" in text


def test_diff_against_a_deep_git_revision(planctl: Run, tmp_path: Path) -> None:
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"]
    subprocess.run([*git, "init", "-q", str(tmp_path)], check=True)
    plan = tmp_path / "plan.yaml"
    plan.write_text(DEEP_TEXTS["flow lists"], encoding="utf-8")
    subprocess.run([*git, "-C", str(tmp_path), "add", "plan.yaml"], check=True)
    subprocess.run([*git, "-C", str(tmp_path), "commit", "-q", "-m", "deep"], check=True)
    plan.write_text(GOOD_PLAN, encoding="utf-8")
    text = assert_clean_failure(planctl("diff", "plan.yaml", "--rev", "HEAD", cwd=tmp_path))
    assert "F005" in text and "plan.yaml:1:" in text


@pytest.mark.parametrize(
    ("name", "text"),
    [(".planctl.yaml", DEEP_TEXTS["flow lists"]), ("pyproject.toml", "[tool.planctl]\nselect = " + "[" * DEEP + "]" * DEEP)],
)
def test_a_deep_configuration_is_a_usage_error(planctl: Run, tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "plan.yaml").write_text(GOOD_PLAN, encoding="utf-8")
    out = assert_clean_failure(planctl("validate", "--no-cache", "plan.yaml", cwd=tmp_path), code=2)
    assert name in out and "64" in out


def test_a_folder_run_names_the_deep_file(planctl: Run, tmp_path: Path) -> None:
    for n in range(30):  # enough for the process pool
        (tmp_path / f"plan-{n:02}.yaml").write_text(GOOD_PLAN, encoding="utf-8")
    (tmp_path / "plan-15.yaml").write_text(DEEP_TEXTS["flow lists"], encoding="utf-8")
    text = assert_clean_failure(planctl("validate", "--no-cache", "--jobs", "2", ".", cwd=tmp_path))
    assert "BrokenProcessPool" not in text
    assert "plan-15.yaml:1:" in text and "F005" in text


def test_a_million_values_are_refused_before_the_tree_is_built(planctl: Run, tmp_path: Path) -> None:
    """Defect 11: 10^6 integers took 11 s and 528 MB to compose and build; now the count
    on the event stream stops at the limit (the memory limit of the child proves it)."""
    (tmp_path / "ints.yaml").write_text("title: [" + ",".join(["1"] * 1_000_000) + "]\n", encoding="utf-8")
    text = assert_clean_failure(planctl("validate", "--no-cache", "ints.yaml", cwd=tmp_path))
    assert "F005" in text and "ints.yaml:1:" in text and str(MAX_NODES) in text


# ------------------------------------------------------------------ the reusable check


@pytest.mark.parametrize(
    "text",
    ["a: " + "[" * MAX_DEPTH + "x" + "]" * MAX_DEPTH, "a:\n" + "".join("  " * i + "-\n" for i in range(MAX_DEPTH)) + "  " * MAX_DEPTH + "x\n"],
)
def test_one_level_too_deep_points_at_its_line(text: str) -> None:
    [finding] = load_text(text, "p.yaml").diagnostics
    assert finding.code == "F005" and finding.line >= 1
    [finding] = load_text(text.replace("x", "[x]", 1), "p.yaml").diagnostics
    assert finding.code == "F005"


def test_check_shape_raises_a_marked_error_at_the_first_level_too_deep() -> None:
    text = "a:\n  b: " + "[" * 200 + "]" * 200 + "\n"
    with pytest.raises(YamlTooBig) as caught:
        check_shape(text, max_depth=10)
    mark = caught.value.problem_mark
    assert caught.value.kind == "too-deep" and (mark.line, mark.column) == (1, 5 + 8)
    check_shape("[" * 10 + "]" * 10, max_depth=10)  # the limit itself is allowed


def test_check_shape_counts_values() -> None:
    with pytest.raises(YamlTooBig) as caught:
        check_shape("[" + ",".join(["1"] * 100) + "]", max_nodes=50)
    assert caught.value.kind == "too-many-nodes"


def test_safe_load_text_refuses_deep_nesting() -> None:
    """Configuration and template settings go through it: the same check applies."""
    with pytest.raises(YamlTooBig):
        safe_load_text("[" * DEEP + "]" * DEEP)


def _true_shape(text: str) -> tuple[int, int]:
    loader = SafeNodeLoader(text)
    depth = deepest = nodes = 0
    try:
        while (event := loader.get_event()) is not None:
            if isinstance(event, (SequenceStartEvent, MappingStartEvent)):
                depth += 1
                deepest = max(deepest, depth)
            elif isinstance(event, (SequenceEndEvent, MappingEndEvent)):
                depth -= 1
            nodes += type(event).__name__ in ("ScalarEvent", "AliasEvent", "SequenceStartEvent", "MappingStartEvent")
    except YAMLError:
        pass  # the composer stops at the same place: what came before is what it would build
    finally:
        loader.dispose()
    return deepest, nodes


values = st.recursive(
    st.none() | st.integers() | st.text(alphabet="ab:-?[],{} ", max_size=4),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(alphabet="ab", min_size=1, max_size=2), inner, max_size=3),
    max_leaves=40,
)


@given(values, st.integers(2, 6), st.integers(0, 4), st.sampled_from([None, True, False]), st.integers(2, 8))
def test_the_cheap_bounds_never_understate(value: object, indent: int, offset: int, flow: bool | None, lead: int) -> None:
    """The fast path skips the event scan on the strength of `depth_bound` and `node_bound`:
    over every style of YAML a dumper writes, they never claim less than is there."""
    import io

    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = flow
    yaml.indent(mapping=indent, sequence=max(indent, offset + 2), offset=min(offset, indent))
    buffer = io.StringIO()
    yaml.dump(value, buffer)
    text = buffer.getvalue()
    deepest, nodes = _true_shape(text)
    bound = depth_bound(text, lead)
    assert bound is None or deepest <= bound
    assert nodes <= node_bound(text)


@pytest.mark.parametrize(
    "text", ["- - - - - - - - x\n", "? - ? - ? - x\n", "a:\n- b:\n  - c:\n    - d\n", "[:,:,:,:]\n", "{a, b, c}\n", "-\n-\n-\n", "?\n?\n"]
)
def test_the_cheap_bounds_on_hand_written_corners(text: str) -> None:
    deepest, nodes = _true_shape(text)
    bound = depth_bound(text, 2)
    assert bound is None or deepest <= bound
    assert nodes <= node_bound(text)
