"""T005's pairing, as properties: properly nested text has no unpaired mark, and dropping one
mark from it always leaves one; the quick nesting test never hides what the stack finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from planctl.lint.rules.t005_unbalanced_pair import _nested, unpaired

#: English “…” is left out: inside „…“ its opening mark would read as the closing one, which is
#: exactly how T005 resolves that ambiguity (tests/lint/test_text.py has English quotes alone).
PAIRS = [("(", ")"), ("[", "]"), ("{", "}"), ("«", "»"), ("„", "“")]
WORDS = st.text(alphabet="абв где ", max_size=4)


@st.composite
def nested(draw: st.DrawFn, depth: int = 3) -> str:
    parts = [draw(WORDS)]
    for _ in range(draw(st.integers(0, 3))):
        if depth and draw(st.booleans()):
            left, right = draw(st.sampled_from(PAIRS))
            parts.append(left + draw(nested(depth - 1)) + right)
        parts.append(draw(WORDS))
    return "".join(parts)


@given(nested())
def test_nested_text_has_no_unpaired_mark(text: str) -> None:
    assert list(unpaired(text)) == []


@given(nested(), st.data())
def test_dropping_one_mark_leaves_one_unpaired(text: str, data: st.DataObject) -> None:
    """Any mark but «(»: without it a `а)` left behind would rightly read as a list marker."""
    marks = [i for i, char in enumerate(text) if char in ")[]{}«»„“"]
    if not marks:
        return
    gone = data.draw(st.sampled_from(marks))
    broken = text[:gone] + text[gone + 1 :]
    assert list(unpaired(broken)) != []


@given(st.text(alphabet="()[]{}«»„“”\"аб 1", max_size=12))
def test_the_quick_test_agrees_with_the_stack(text: str) -> None:
    marks = "".join(char for char in text if char in "()[]{}«»„“”\"")
    if _nested(marks):
        assert list(unpaired(text)) == []
