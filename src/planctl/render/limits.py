"""Every limit a template runs under, in one place (README: «Templates: … limits»).

A template folder may come from anyone (templates are shared between regions and
render runs in CI on pull requests), so each resource a template can spend has a
ceiling here, and passing one stops the render with a `TemplateError`.
The YAML limits are the plan loader's own, so template.yaml is no easier to abuse.
"""

from __future__ import annotations

from planctl.limits import MAX_ALIAS_EXPANSION, MAX_DEPTH, MAX_NODES

# --------------------------------------------------------------------------- files

#: template.yaml and every *.j2 file (a template is text, not data).
MAX_TEMPLATE_FILE_BYTES = 1 * 1024 * 1024
#: reference.docx as stored, and all its parts unpacked.
MAX_REFERENCE_BYTES = 10 * 1024 * 1024
MAX_REFERENCE_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_REFERENCE_PARTS = 1000
#: template.yaml nesting, values and alias expansion: the plan loader's limits.
MAX_YAML_DEPTH = MAX_DEPTH
MAX_YAML_NODES = MAX_NODES
MAX_YAML_ALIAS_NODES = MAX_ALIAS_EXPANSION
#: page, margin and block sizes in template.yaml, millimetres (A0 is 1189 mm long).
MAX_PAGE_MM = 2000.0
#: space before or after a block, points (a whole A4 page is 842 pt).
MAX_SPACE_PT = 1000.0

# --------------------------------------------------------------------------- rendering

#: Any one text or list a template builds, in characters (a list counts its printed size).
MAX_VALUE_CHARS = 20_000_000
#: The whole rendered output, in characters.
MAX_OUTPUT_CHARS = 50_000_000
#: Characters a template may create in all, over one render: bounds memory.
MAX_CREATED_CHARS = 200_000_000
#: Integers: bits (≈ 1,200 decimal digits).
MAX_INT_BITS = 4096
#: `range()` length, the length of a repeated list, `|batch` and `|slice` sizes.
MAX_RANGE = 100_000
#: Items one loop or filter may go through when it iterates a text (one object per character).
MAX_ITEMS = 1_000_000
#: Width or precision in `%`-formatting, `|format`, `|center`, `|indent`.
MAX_FORMAT_WIDTH = 1000
#: Loop iterations, filter calls and items, calls (a call counts CALL_STEPS), over one render.
MAX_STEPS = 5_000_000
CALL_STEPS = 32
#: Wall-clock seconds for one render.
MAX_RENDER_SECONDS = 10.0
