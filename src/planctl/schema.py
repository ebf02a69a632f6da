"""The JSON Schema of a plan file, generated from the pydantic models and their docstrings."""

from __future__ import annotations

import ast
import inspect
import itertools
import json
import textwrap
from typing import Any

from pydantic import BaseModel

from planctl.model import Approval, Columns, Item, Plan, Section

SCHEMA_ID = "https://github.com/planctl/planctl/raw/main/schemas/plan.schema.json"
MODELS: tuple[type[BaseModel], ...] = (Plan, Section, Item, Approval, Columns)


def attribute_docs(model: type[BaseModel]) -> dict[str, str]:
    """The docstring written under each field of `model`'s class body."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(model)))
    body = tree.body[0].body  # type: ignore[attr-defined]
    docs: dict[str, str] = {}
    for node, following in itertools.pairwise(body):
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            docs[node.target.id] = inspect.cleandoc(following.value.value)
    return docs


def documented_schema(root: type[BaseModel], models: tuple[type[BaseModel], ...]) -> dict[str, Any]:
    """`root`'s JSON Schema with each field of `models` described by the docstring under it."""
    schema = root.model_json_schema(mode="validation")
    definitions = schema.get("$defs", {})
    for model in models:
        target = schema if model is root else definitions.get(model.__name__)
        if target is None:
            continue
        for name, doc in attribute_docs(model).items():
            target["properties"][name].setdefault("description", doc)
    return schema


def plan_schema() -> dict[str, Any]:
    schema = documented_schema(Plan, MODELS)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def plan_schema_json() -> str:
    return json.dumps(plan_schema(), ensure_ascii=False, indent=2) + "\n"
