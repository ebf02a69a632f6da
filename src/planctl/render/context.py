"""What a Markdown template sees: plain data built from the plan, documented in README.

Only dicts, lists, text, numbers, booleans, dates and None go in: never the model
objects, whose methods (pydantic's `parse_raw`, `parse_file`, when the model was pydantic's)
once let a template run a pickle and read files. `plain` enforces that for every value, so a new field cannot leak an object.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from planctl.model import Plan, as_data
from planctl.render.layout import Layout

_SCALARS = frozenset({str, int, float, bool, dt.date, type(None)})


def plain(value: Any) -> Any:
    """`value` as plain data: tuples become lists; anything else that is not plain is an error.

    Exact types only: a subclass of str or dict could carry methods of its own.
    """
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is dict:  # a text needs no call: most values of a page are texts
        return {str(key): item if type(item) is str else plain(item) for key, item in value.items()}
    if kind is list or kind is tuple:
        return [item if type(item) is str else plain(item) for item in value]
    raise TypeError(f"not plain template data: {kind.__name__}")


def template_context(plan: Plan, layout: Layout) -> dict[str, Any]:
    """The variables of plan.md.j2 (README: «Templates: what a template may use»)."""
    keys = [c.key for c in layout.columns]
    rows = []
    for row in layout.rows:
        if row.kind == "item":
            cells = [list(lines) for lines in row.cells]
        else:  # no cell spans in Markdown: the number under «№», the title under the activity
            label = row.cells[0][0]
            cells = [[""] for _ in keys]
            if "number" in keys and row.number:
                cells[keys.index("number")] = [row.number]
                label = row.title
            cells[keys.index("title") if "title" in keys else 0] = [label]
        rows.append({"kind": row.kind, "cells": cells})
    # the layout parts are built above from texts; the plan dump is checked value by value
    return {
        "plan": plain(as_data(plan)),
        "language": layout.language,
        "attachment": list(layout.attachment),
        "stamp": list(layout.stamp),
        "agreed": list(layout.agreed),
        "heading": layout.heading,
        "title": layout.title,
        "columns": [{"key": c.key, "label": c.label, "align": c.align} for c in layout.columns],
        "number_row": layout.number_row,
        "rows": rows,
        "signature": list(layout.signature) if layout.signature else None,
    }
