"""Property: whatever the bytes or text, loading ends in a plan or in findings, never an exception."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planctl.load import decode, load_text

YAML_PIECES = st.sampled_from(
    [
        "title: ", "period: ", "items:\n", "sections:\n", "  - ", "    ", "number: ", '"1.1"', "1.10", "&a ", "*a",
        "[", "]", "{", "}", ": ", "\n", "\t", "- ", "---\n", "...", "!!binary ", "!x ", "2024-02-30", "2024",
        "В течение года", "'", '"', "#", "? ", "|\n", ">-\n", "~", "null", "true", "\ufeff", "\r\n",
    ]
)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(YAML_PIECES, max_size=40).map("".join))
def test_yaml_like_text_never_raises(text: str) -> None:
    result = load_text(text, "fuzz.yaml")
    assert (result.document is None) == bool(result.diagnostics)
    for finding in result.diagnostics:
        assert finding.line >= 1 and finding.column >= 1


@given(st.text(max_size=300))
def test_arbitrary_text_never_raises(text: str) -> None:
    load_text(text, "fuzz.yaml")


@given(st.binary(max_size=300))
def test_arbitrary_bytes_decode_or_are_refused(data: bytes) -> None:
    from planctl.reading import Stop as _Stop

    try:
        decode(data)
    except _Stop as stop:
        assert stop.key.startswith("file-")


SHIPPED = sorted((Path(__file__).parents[2] / "plans").glob("*.yaml"))
assert SHIPPED, "the shipped plans are the seed of the mutation tests"


@given(st.data())
def test_mutated_real_plans_never_raise(data: st.DataObject) -> None:
    text = data.draw(st.sampled_from(SHIPPED)).read_text(encoding="utf-8")
    at = data.draw(st.integers(0, len(text)))
    cut = data.draw(st.integers(0, 40))
    insert = data.draw(st.text(alphabet=":-[]{}&*!\"' \n\t#|>", max_size=6))
    load_text(text[:at] + insert + text[at + cut :], "mutated.yaml")


@given(st.data())
def test_the_whole_validate_pipeline_on_mutated_plans_gives_only_findings(data: st.DataObject) -> None:
    """Load, lint and schedule a damaged real plan: findings with positions, never an exception."""
    import datetime as dt

    from planctl.due.schedule import due_entries
    from planctl.due.windows import quarter_window
    from planctl.lint import lint

    text = data.draw(st.sampled_from(SHIPPED)).read_text(encoding="utf-8")
    at = data.draw(st.integers(0, len(text)))
    insert = data.draw(st.text(alphabet="0123456789.,:- \nабвгдеIVX«»[]_", max_size=12))
    result = load_text(text[:at] + insert + text[at + data.draw(st.integers(0, 20)) :], "mutated.yaml")
    if result.document is None:
        assert result.diagnostics
        return
    for finding in lint(result.document):
        assert finding.line >= 1 and finding.column >= 1 and finding.message
    due_entries([result.document], quarter_window(2024, 4), dt.date(2024, 10, 1))
