"""SARIF for code scanning: URIs relative to the repository root and percent-encoded, helpUri
at the rule's section of docs/rules.md, and the fields SARIF 2.1.0 requires.

The OASIS schema itself is published under the OASIS IPR policy rather than an open-source
licence, so it is not vendored; REQUIRED below is the part of it a reader depends on,
written out from the specification (§3.13 sarifLog, §3.14 run, §3.18 tool, §3.19
toolComponent, §3.49 reportingDescriptor, §3.27 result, §3.11 message, §3.4
artifactLocation, §3.30 region).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote

import jsonschema
import pytest

from planctl.cli import app
from planctl.lint import ruledocs

TYPO = 'title: План\nperiod: 2024\nitems:\n  - number: "1"\n    title: Мероприятие\n    deadine: В течение года\n'
ROOT = Path(__file__).parents[2]

URI = {"type": "string", "pattern": r"^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#]|%[0-9A-F]{2})+$"}
MESSAGE = {"type": "object", "required": ["text"], "properties": {"text": {"type": "string", "minLength": 1}}}
REQUIRED = {
    "type": "object",
    "required": ["version", "runs"],
    "properties": {
        "version": {"const": "2.1.0"},
        "runs": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["tool"],
                "properties": {
                    "tool": {
                        "type": "object",
                        "required": ["driver"],
                        "properties": {
                            "driver": {
                                "type": "object",
                                "required": ["name"],
                                "properties": {
                                    "informationUri": URI,
                                    "rules": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "required": ["id"],
                                            "properties": {"helpUri": URI, "shortDescription": MESSAGE},
                                        },
                                    },
                                },
                            }
                        },
                    },
                    "originalUriBaseIds": {
                        "type": "object",
                        "additionalProperties": {
                            "type": "object",
                            "required": ["uri"],
                            "properties": {"uri": {**URI, "pattern": r"^file:.*/$"}},
                        },
                    },
                    "results": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["message"],
                            "properties": {
                                "message": MESSAGE,
                                "level": {"enum": ["none", "note", "warning", "error"]},
                                "ruleIndex": {"type": "integer", "minimum": 0},
                                "locations": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "properties": {
                                            "physicalLocation": {
                                                "type": "object",
                                                "required": ["artifactLocation"],
                                                "properties": {
                                                    "artifactLocation": {
                                                        "type": "object",
                                                        "required": ["uri"],
                                                        "properties": {"uri": URI, "uriBaseId": {"type": "string"}},
                                                    },
                                                    "region": {
                                                        "type": "object",
                                                        "properties": {
                                                            "startLine": {"type": "integer", "minimum": 1},
                                                            "startColumn": {"type": "integer", "minimum": 1},
                                                        },
                                                    },
                                                },
                                            }
                                        },
                                    },
                                },
                            },
                        },
                    },
                },
            },
        },
    },
}


def sarif(runner, *args: str) -> dict:
    result = runner.invoke(app, ["validate", *args, "--format", "sarif"])
    assert result.exit_code == 1, result.output
    data = json.loads(result.output)
    jsonschema.validate(data, REQUIRED)
    return data


def location(data: dict) -> dict:
    return data["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]


def test_uri_is_relative_to_the_git_root_and_percent_encoded(runner, tmp_path: Path, monkeypatch) -> None:
    (tmp_path / ".git").mkdir()
    folder = tmp_path / "планы 2024"
    folder.mkdir()
    (folder / "мой план.yaml").write_text(TYPO, encoding="utf-8")
    monkeypatch.chdir(folder)  # run from a subfolder: the URI still starts at the root
    data = sarif(runner, "мой план.yaml")
    artifact = location(data)
    assert artifact == {
        "uri": "%D0%BF%D0%BB%D0%B0%D0%BD%D1%8B%202024/%D0%BC%D0%BE%D0%B9%20%D0%BF%D0%BB%D0%B0%D0%BD.yaml",
        "uriBaseId": "%SRCROOT%",
    }
    assert unquote(artifact["uri"]) == "планы 2024/мой план.yaml"
    assert data["runs"][0]["originalUriBaseIds"] == {"%SRCROOT%": {"uri": tmp_path.as_uri() + "/"}}


def test_a_worktree_git_file_marks_the_root_too(runner, tmp_path: Path, monkeypatch) -> None:
    (tmp_path / ".git").write_text("gitdir: /elsewhere\n", encoding="utf-8")
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "a.yaml").write_text(TYPO, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "plans")
    assert location(sarif(runner, "../plans/a.yaml"))["uri"] == "plans/a.yaml"


def test_outside_git_the_current_folder_is_the_root(runner, tmp_path: Path, monkeypatch) -> None:
    if any((folder / ".git").exists() for folder in (tmp_path, *tmp_path.parents)):
        pytest.skip("the temporary folder lies inside a git repository")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a b.yaml").write_text(TYPO, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert location(sarif(runner, "sub"))["uri"] == "sub/a%20b.yaml"


def test_a_file_outside_the_root_gets_an_absolute_file_uri(runner, tmp_path: Path, monkeypatch) -> None:
    repo, outside = tmp_path / "repo", tmp_path / "outside"
    (repo / ".git").mkdir(parents=True)
    outside.mkdir()
    (outside / "план.yaml").write_text(TYPO, encoding="utf-8")
    monkeypatch.chdir(repo)
    artifact = location(sarif(runner, str(outside / "план.yaml")))
    assert artifact == {"uri": (outside / "план.yaml").as_uri()}
    assert "%D0%BF" in artifact["uri"]


def test_help_uri_is_the_rules_section_in_the_docs(runner, tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "a.yaml").write_text(TYPO, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    rules = sarif(runner, "a.yaml")["runs"][0]["tool"]["driver"]["rules"]
    anchors = set(re.findall(r"^## ([A-Z]\d{3})$", (ROOT / "docs" / "rules.md").read_text(encoding="utf-8"), re.MULTILINE))
    for rule in rules:
        assert rule["helpUri"] == f"https://github.com/planctl/planctl/blob/main/docs/rules.md#{rule['id'].lower()}"
        assert rule["helpUri"].startswith(ruledocs.DOCS_URL) and rule["id"] in anchors
