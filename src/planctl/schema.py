"""The JSON Schema of a plan file, generated from the pydantic models."""

from __future__ import annotations

import json

from planctl.model import Plan

SCHEMA_ID = "https://github.com/planctl/planctl/raw/main/schemas/plan.schema.json"


def plan_schema() -> dict[str, object]:
    schema = Plan.model_json_schema(mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def plan_schema_json() -> str:
    return json.dumps(plan_schema(), ensure_ascii=False, indent=2) + "\n"
