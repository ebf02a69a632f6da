"""The JSON Schema of a progress records file, from the models and their docstrings.

`python -m planctl.progress.schema > schemas/progress.schema.json` writes the committed
copy; a test keeps it current.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from planctl.progress.model import Figure, Progress, Record, Signature, status_words
from planctl.schema import documented_schema

SCHEMA_ID = "https://github.com/planctl/planctl/raw/main/schemas/progress.schema.json"
MODELS: tuple[type[BaseModel], ...] = (Progress, Record, Figure, Signature)


def progress_schema() -> dict[str, Any]:
    schema = documented_schema(Progress.model_json_schema(mode="validation"), Progress, MODELS)
    status = schema["$defs"]["Record"]["properties"]["status"]
    status["enum"] = list(status_words())
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def progress_schema_json() -> str:
    return json.dumps(progress_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    import sys

    sys.stdout.write(progress_schema_json())
