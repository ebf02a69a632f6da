"""Plan text prints literally in Markdown (issue 17): `&copy;`, `~~x~~`, `<b>`, `*x*`, `[x](y)`…

The property: whatever the text, the escaped text rendered by a CommonMark renderer with
GitHub's tables and strikethrough shows the same characters (spacing aside: Markdown
joins lines and collapses spaces, which a reader does not count as a change).
"""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from planctl.render.markdown import escape_cell, escape_text

GFM = MarkdownIt("commonmark").enable(["table", "strikethrough"])
#: Markdown's own characters, given often, with letters and spaces between them.
MARKUP = "\\`*_{}[]()<>#+-.!|~&;:=$\"'/@^%"
TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(MARKUP),
        st.sampled_from("ab1 \n\tщЁ"),
        st.characters(blacklist_categories=("Cc", "Cs")),
    ),
    max_size=40,
)
CASES = ["&copy; &amp; &#169;", "~~x~~", "<b>x</b>", "*x*", "_x_", "[x](y)", "`code`", "a | b", "____", "# x #", "1) x", "    отступ"]


def visible(tokens: list[Token]) -> str:
    """The characters a reader sees: text and code, without the `<br>` the cell filter adds."""
    out = []
    for token in tokens:
        if token.children:
            out.append(visible(token.children))
        elif token.type in ("text", "code_inline", "code_block", "fence"):
            out.append(token.content)
        elif token.type in ("html_inline", "html_block") and token.content.strip() != "<br>":
            out.append("<html>")  # markup the renderer took as HTML: never plan text
    return "".join(out)


def squeezed(text: str) -> str:
    return "".join(text.split())


@given(TEXT)
@example("&copy; ~~x~~ <b>x</b> *x* _x_ [x](y) `c` a|b")
@example("____")
@example("__x__")
def test_text_prints_literally(text: str) -> None:
    assert squeezed(visible(GFM.parse(escape_text(text)))) == squeezed(text)


@given(TEXT)
@example("a | b")
@example("\\|")
@example("&copy; ~~x~~ <b>x</b> *x* _x_ [x](y) `c`")
def test_a_cell_prints_literally_and_keeps_the_columns(text: str) -> None:
    table = f"| a | b |\n| --- | --- |\n| {escape_cell(text)} | z |\n"
    tokens = GFM.parse(table)
    cells = [visible(t.children or []) for t in tokens if t.type == "inline"]
    assert cells[:2] == ["a", "b"]
    assert len(cells) == 4, escape_cell(text)
    assert squeezed(cells[2]) == squeezed(text)
    assert cells[3] == "z"


@pytest.mark.parametrize("text", CASES)
def test_the_cases_of_the_issue(text: str) -> None:
    assert squeezed(visible(GFM.parse(escape_text(text)))) == squeezed(text)


@given(TEXT.map(lambda text: " ".join(text.split())))
@example("x #")
@example("## x")
def test_a_heading_prints_literally(line: str) -> None:
    """`# {{ title | text }}`: the heading keeps every character, a final `#` included."""
    assert squeezed(visible(GFM.parse(f"# {escape_text(line)}\n"))) == squeezed(line)
