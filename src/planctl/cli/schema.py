"""`planctl schema`: the JSON Schema of the plan format, for editors and other tools."""

from __future__ import annotations

import typer

from planctl.cli._app import app


@app.command("schema")
def schema() -> None:
    """Print the JSON Schema of a plan file (generated from the models)."""
    from planctl.schema import plan_schema_json

    typer.echo(plan_schema_json(), nl=False)
