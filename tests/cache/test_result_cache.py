"""The result cache: a hit prints exactly what the command would, and nothing stale is served."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from planctl import cache, data_store

ROOT = Path(__file__).parents[2]
GOOD = (ROOT / "examples" / "minimal.yaml").read_text(encoding="utf-8")
#: The minimal plan with a misspelt key: an error (S002), so validate exits 1.
BAD = GOOD.replace("    deadline: В", "    dedline: В")


@pytest.fixture
def cache_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "cache"
    monkeypatch.delenv(cache.DISABLE_ENV, raising=False)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setenv(cache.DIR_ENV, str(root))
    monkeypatch.setenv("NO_COLOR", "1")
    return root


@pytest.fixture
def project(tmp_path: Path) -> Path:
    folder = tmp_path / "project"
    (folder / "plans").mkdir(parents=True)
    (folder / ".git").mkdir()  # the configuration search stops here, not in the test machine's folders
    (folder / "plans" / "plan.yaml").write_text(GOOD, encoding="utf-8")
    return folder


def planctl(cwd: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "planctl", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def checked(project: Path) -> dict[str, bytes | None]:
    """What a check of `plans` read now: each plan file's digest, under the name the key uses."""
    return {f"plans/{path.name}": cache.content_digest(path.read_bytes()) for path in (project / "plans").glob("*.yaml")}


def entries(root: Path) -> list[Path]:
    """Every file in the cache folder but planctl's parsed data files (`planctl.data_store`,
    tested in test_data_store.py), which any run may keep beside the results."""
    if not root.exists():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and p.relative_to(root).parts[0] != data_store.LAYOUT)


def test_bad_plan_really_differs() -> None:
    assert BAD != GOOD


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (["plans"], "text")),
        (["a.yaml"], (["a.yaml"], "text")),
        (["a.yaml", "plans"], (["a.yaml", "plans"], "text")),
        (["-f", "json", "a.yaml"], (["a.yaml"], "json")),
        (["--format", "sarif", "a.yaml"], (["a.yaml"], "sarif")),
        (["--format=json", "a.yaml"], (["a.yaml"], "json")),
        (["-j", "2", "a.yaml"], (["a.yaml"], "text")),
        (["-j", "0", "a.yaml"], None),  # the parser refuses these: a cached report must not hide that
        (["--jobs", "many", "a.yaml"], None),
        (["--format", "github", "a.yaml"], None),  # also writes the step summary
        (["--format", "yaml", "a.yaml"], None),  # the parser says it is wrong
        (["--format"], None),
        (["-o", "report.txt", "a.yaml"], None),
        (["--output=report.txt", "a.yaml"], None),
        (["--no-cache", "a.yaml"], None),
        (["--help"], None),
        (["--", "a.yaml"], None),
    ],
)
def test_which_runs_are_cached(cache_root: Path, argv: list[str], expected: tuple[list[str], str] | None) -> None:
    request = cache.request_from_argv(argv)
    if expected is None:
        assert request is None
    else:
        assert request is not None and (request.paths, request.fmt, request.color) == (*expected, False)


@pytest.mark.parametrize(("name", "value"), [(cache.DISABLE_ENV, "1"), ("GITHUB_ACTIONS", "true")])
def test_environment_switches_the_cache_off(cache_root: Path, monkeypatch: pytest.MonkeyPatch, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    assert cache.request_from_argv(["a.yaml"]) is None


def test_cache_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(cache.DISABLE_ENV, raising=False)
    monkeypatch.delenv(cache.DIR_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == str(tmp_path / "planctl")
    monkeypatch.setenv(cache.DISABLE_ENV, "0")
    assert cache.cache_dir() == str(tmp_path / "planctl")


def test_no_home_folder_means_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(cache.DISABLE_ENV, raising=False)
    monkeypatch.delenv(cache.DIR_ENV, raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(cache.os.path, "expanduser", lambda path: path)
    assert cache.cache_dir() is None


def test_second_run_is_answered_from_the_cache(cache_root: Path, project: Path) -> None:
    first = planctl(project, "validate", "plans")
    assert first.returncode == 0 and "замечаний нет" in first.stdout
    (entry,) = entries(cache_root)
    second = planctl(project, "validate", "plans")
    assert (second.returncode, second.stdout, second.stderr) == (first.returncode, first.stdout, first.stderr)
    # proof that the answer came from the entry and not from checking again
    entry.write_bytes(marshal.dumps((3, "из кэша\n")))
    third = planctl(project, "validate", "plans")
    assert (third.returncode, third.stdout) == (3, "из кэша\n")


HEAVY = ("pydantic", "typer", "ruamel.yaml", "typing", "pathlib")
#: Prints which heavy modules are loaded, after answering `planctl validate plans` if told to.
LOADED = (
    "import sys\n"
    "if sys.argv[1:] == ['run']:\n"
    "    sys.argv = ['planctl', 'validate', 'plans']\n"
    "    from planctl.entry import main\n"
    "    try:\n"
    "        main()\n"
    "    except SystemExit:\n"
    "        pass\n"
    f"print(*(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)\n"
)


def test_a_hit_loads_neither_pydantic_nor_typer(cache_root: Path, project: Path) -> None:
    assert planctl(project, "validate", "plans").returncode == 0
    hit = subprocess.run([sys.executable, "-c", LOADED, "run"], cwd=project, capture_output=True, text=True, check=True)
    bare = subprocess.run([sys.executable, "-c", LOADED], cwd=project, capture_output=True, text=True, check=True)
    assert "замечаний нет" in hit.stdout
    # against a bare interpreter: a .pth file of some install may load one of them by itself
    assert set(hit.stderr.split()) - set(bare.stderr.split()) == set()


@pytest.mark.parametrize("args", [("validate", "plans"), ("validate", "plans/plan.yaml"), ("validate", "-f", "json", "plans")])
def test_editing_a_plan_is_seen(cache_root: Path, project: Path, args: tuple[str, ...]) -> None:
    plan = project / "plans" / "plan.yaml"
    assert planctl(project, *args).returncode == 0
    plan.write_text(BAD, encoding="utf-8")
    broken = planctl(project, *args)
    assert broken.returncode == 1 and "S002" in broken.stdout
    plan.write_text(GOOD, encoding="utf-8")
    fixed = planctl(project, *args)
    assert fixed.returncode == 0 and "S002" not in fixed.stdout


def test_same_size_edit_is_seen(cache_root: Path, project: Path) -> None:
    """The key holds the bytes, not the size and time: a same-length edit a moment later counts."""
    plan = project / "plans" / "plan.yaml"
    assert planctl(project, "validate", "plans").returncode == 0
    broken = GOOD.replace("period: 2024", "period: 2O24")  # a letter O: same length, an S001 error
    assert len(broken) == len(GOOD)
    stat = plan.stat()
    plan.write_text(broken, encoding="utf-8")
    os.utime(plan, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert planctl(project, "validate", "plans").returncode == 1


def test_new_plan_in_a_folder_is_seen(cache_root: Path, project: Path) -> None:
    assert "1 файл," in planctl(project, "validate", "plans").stdout
    (project / "plans" / "second.yaml").write_text(GOOD, encoding="utf-8")
    assert "2 файла" in planctl(project, "validate", "plans").stdout


def test_configuration_change_is_seen(cache_root: Path, project: Path) -> None:
    plan = project / "plans" / "plan.yaml"
    plan.write_text(GOOD.replace("Проведение заседаний", "Проведение  заседаний"), encoding="utf-8")
    assert "T001" in planctl(project, "validate", "plans").stdout
    (project / ".planctl.yaml").write_text("ignore: [T001]\n", encoding="utf-8")
    assert "T001" not in planctl(project, "validate", "plans").stdout


def test_damaged_entry_is_a_miss(cache_root: Path, project: Path) -> None:
    first = planctl(project, "validate", "plans")
    (entry,) = entries(cache_root)
    entry.write_bytes(b"\x00not marshal")
    again = planctl(project, "validate", "plans")
    assert (again.returncode, again.stdout) == (first.returncode, first.stdout)
    assert marshal.loads(entry.read_bytes()) == (0, first.stdout)


def test_unwritable_cache_does_not_fail_the_run(cache_root: Path, project: Path) -> None:
    cache_root.parent.mkdir(parents=True, exist_ok=True)
    cache_root.write_text("a file where the cache folder should be", encoding="utf-8")
    result = planctl(project, "validate", "plans")
    assert result.returncode == 0 and result.stderr == ""


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (("validate", "--no-cache", "plans"), {}),
        (("validate", "plans"), {cache.DISABLE_ENV: "1"}),
        (("validate", "plans", "-o", "report.txt"), {}),
        (("validate", "missing.yaml"), {}),
    ],
)
def test_runs_that_store_nothing(cache_root: Path, project: Path, args: tuple[str, ...], env: dict[str, str]) -> None:
    planctl(project, *args, env=env)
    assert entries(cache_root) == []


def test_github_runs_write_the_step_summary_every_time(cache_root: Path, project: Path) -> None:
    summary = project / "summary.md"
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    for _ in range(2):
        assert planctl(project, "validate", "plans", env=env).returncode == 0
    assert summary.read_text(encoding="utf-8").count("## planctl validate") == 2
    assert entries(cache_root) == []


def test_file_changed_during_the_run_is_not_stored(cache_root: Path, project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    request = cache.request_from_argv(["plans"])
    assert request is not None and request.lookup() is None
    (project / "plans" / "plan.yaml").write_text(BAD, encoding="utf-8")
    request.store(0, "stale\n", checked(project))
    assert entries(cache_root) == []
    fresh = cache.request_from_argv(["plans"])
    assert fresh is not None
    fresh.store(1, "fresh\n", checked(project))
    assert fresh.lookup() == (1, "fresh\n")


def test_unreadable_folder_is_not_cached(cache_root: Path, project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    request = cache.request_from_argv(["plans", "nowhere"])
    assert request is not None and request.lookup() is None
    request.store(0, "anything\n", checked(project))
    assert entries(cache_root) == []


def test_sweep_removes_only_old_entries(tmp_path: Path) -> None:
    old, new = tmp_path / "ab" / "old", tmp_path / "cd" / "new"
    for path in (old, new):
        path.parent.mkdir(parents=True)
        path.write_bytes(b"x")
    long_ago = time.time() - cache.MAX_AGE_SECONDS - 60
    os.utime(old, (long_ago, long_ago))
    cache._sweep(str(tmp_path))
    assert not old.exists() and new.exists()


def test_code_fingerprint_sees_an_edited_file(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    module = tmp_path / "sub" / "rules.py"
    module.write_text("A = 1\n", encoding="utf-8")
    (tmp_path / "__pycache__").mkdir()
    before: list[str] = []
    cache._code_files(str(tmp_path), before)
    assert len(before) == 1
    module.write_text("A = 22\n", encoding="utf-8")
    after: list[str] = []
    cache._code_files(str(tmp_path), after)
    assert before != after


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_neither_read_nor_cached(cache_root: Path, project: Path) -> None:
    os.mkfifo(project / "plans" / "pipe.yaml")
    for _ in range(2):
        result = planctl(project, "validate", "plans")
        assert result.returncode == 1 and "pipe.yaml:1:1: ошибка F001" in result.stdout
    assert entries(cache_root) == []


@pytest.mark.slow
@example(["-j", "²"])  # a digit to str.isdigit, not to int()
@given(st.lists(st.one_of(st.sampled_from(["-f", "--format", "-j", "--jobs", "-o", "--no-cache", "json", "text", "2", "--format=json"]), st.text(max_size=8)), max_size=6))
def test_any_argument_list_is_read_or_declined_never_raised(argv: list[str]) -> None:
    """Whatever a user types, the fast path either understands all of it or leaves it to the parser."""
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv(cache.DISABLE_ENV, raising=False)
        patch.delenv("GITHUB_ACTIONS", raising=False)
        patch.setenv(cache.DIR_ENV, "/nonexistent/planctl-cache")
        request = cache.request_from_argv(argv)
    if request is None:
        return
    assert request.fmt in cache.CACHED_FORMATS
    understood = {"-f", "--format", "-j", "--jobs"}
    assert all(not token.startswith("-") or token in understood or token.startswith("--format=") or token.isdigit() for token in argv)
    assert request.paths and all(not path.startswith("-") for path in request.paths)


def test_every_validate_option_is_judged_by_the_cache() -> None:
    """The stored request is built from the command's own parameters: the command hands all of
    them to the run, and any option not known to change nothing keeps a run out of the cache."""
    import inspect

    import typer.main

    from planctl.cli import app
    from planctl.cli._validate_run import run

    group = typer.main.get_command(app)
    params = {p.name for p in group.commands["validate"].params}  # type: ignore[attr-defined]
    assert params == set(inspect.signature(run).parameters)
    assert params > cache.NEUTRAL_OPTIONS


@pytest.mark.parametrize(
    ("options", "stored"),
    [
        ({"output": None, "max_warnings": None, "strict": False, "jobs": 2, "no_cache": False}, True),
        ({"output": None, "max_warnings": 3, "strict": False, "jobs": None, "no_cache": False}, False),
        ({"output": None, "max_warnings": None, "strict": True, "jobs": None, "no_cache": False}, False),
        ({"output": "r.txt", "max_warnings": None, "strict": False, "jobs": None, "no_cache": False}, False),
        ({"output": None, "max_warnings": None, "strict": False, "jobs": None, "no_cache": False, "new_option": 1}, False),
    ],
)
def test_a_run_is_stored_only_with_neutral_options(cache_root: Path, options: dict[str, object], stored: bool) -> None:
    request = cache.request_for_run(["./plans/"], "text", False, options)
    assert (request is not None) is stored
    if request is not None:
        assert request.paths == ["plans"]  # as the fast path reads `planctl validate ./plans/`
        fast = cache.request_from_argv(["./plans/"])
        assert fast is not None and fast.paths == request.paths
