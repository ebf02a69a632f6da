"""Each `{{ … }}` compiles to one call of the sandbox (`escaped` in HTML, `printed` in text):
the pages must be what jinja2's own `escape(finalize(…))` code prints, character for character."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jinja2 import DictLoader, UndefinedError
from jinja2.compiler import CodeGenerator

from planctl.render.bounds import Refused
from planctl.render.sandbox import TemplateSandbox


class _JinjaPrinting(TemplateSandbox):
    """The same sandbox with jinja2's own code for printing: the reference."""

    code_generator_class = CodeGenerator


TEMPLATES = {
    "value": "[{{ v }}]",
    "macro": "{% macro m(x) %}<b>{{ x }}</b>{% endmacro %}{{ m(v) }}|{{ m(v)|upper }}",
    "set-block": "{% set x %}<i>{{ v }}</i>{% endset %}{{ x }}{{ x ~ v }}",
    "loop": "{% if v is iterable %}{% for c in v %}{{ c }}{{ loop.index }};{% endfor %}{% endif %}",
    "filters": "{{ v|string|replace('a', '<a>') }} {{ [v, v]|join('&') }} {{ v|length if v is string else 0 }}",
    "off": "{% autoescape false %}{{ v }}{% endautoescape %}{{ v }}",
    "volatile": "{% autoescape flag %}{{ v }}{% endautoescape %}|{% autoescape not flag %}{{ v }}{% endautoescape %}",
}
VALUES: list[Any] = ["<a href='x'>&amp;\"</a>", "", "текст", 7, -3, 2.5, float("inf"), True, None, ["<x>", 1], {"k": "<v>"}]


def _both(name: str, value: Any, autoescape: bool) -> tuple[str, str]:
    outputs = []
    for kind in (TemplateSandbox, _JinjaPrinting):
        environment = kind(loader=DictLoader(TEMPLATES), autoescape=autoescape)
        environment.start()
        outputs.append(environment.get_template(name).render(v=value, flag=True))
    return outputs[0], outputs[1]


@pytest.mark.parametrize("autoescape", [True, False])
@pytest.mark.parametrize("name", sorted(TEMPLATES))
@pytest.mark.parametrize("value", VALUES, ids=repr)
def test_printing_is_jinja2s(name: str, value: Any, autoescape: bool) -> None:
    ours, reference = _both(name, value, autoescape)
    assert ours == reference


@given(st.text(alphabet=st.sampled_from("<>&'\"ab щ\n;#"), max_size=30))
def test_any_text_prints_as_jinja2_prints_it(text: str) -> None:
    for autoescape in (True, False):
        for name in ("value", "macro", "set-block", "volatile"):
            ours, reference = _both(name, text, autoescape)
            assert ours == reference


@pytest.mark.parametrize("autoescape", [True, False])
def test_an_undefined_value_still_fails(autoescape: bool) -> None:
    environment = TemplateSandbox(loader=DictLoader({"t": "{{ missing }}"}), autoescape=autoescape)
    with pytest.raises(UndefinedError):
        environment.get_template("t").render()


@pytest.mark.parametrize("autoescape", [True, False])
def test_a_printed_list_is_still_measured(autoescape: bool) -> None:
    environment = TemplateSandbox(loader=DictLoader({"t": "{{ v }}"}), autoescape=autoescape)
    with pytest.raises(Refused):
        environment.get_template("t").render(v=[["x" * 1000] * 1000] * 100)
