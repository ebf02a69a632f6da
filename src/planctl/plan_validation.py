"""Plain data → `Plan`: quickly when every value is plain, by pydantic otherwise.

A check of one plan runs on every commit of an editor or pre-commit hook, and importing
pydantic costs more than the check itself; pydantic is loaded only when the quick build
is unsure, to decide and to word what is wrong.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from planctl.model import Plan
from planctl.typed import build

if TYPE_CHECKING:
    from pydantic import TypeAdapter, ValidationError


def validate_plan(data: Any) -> Plan:
    """The plan `data` describes; pydantic's `ValidationError` says why it does not."""
    plan = plan_or_errors(data)
    if isinstance(plan, Plan):
        return plan
    raise plan


def plan_or_errors(data: Any) -> Plan | ValidationError:
    """The plan, or the error to word as findings: pydantic is imported only for the second."""
    plan = build(Plan, data)
    if plan is not None:
        return plan
    from pydantic import ValidationError

    try:
        return plan_adapter().validate_python(data)
    except ValidationError as error:
        return error


@functools.cache
def plan_adapter() -> TypeAdapter[Plan]:
    """pydantic's validator and JSON Schema of the plan model, built once when first needed."""
    from pydantic import TypeAdapter

    return TypeAdapter(Plan)
