"""Generated code: drift is caught, and the distribution ships both packages."""

from __future__ import annotations

import gzip
import importlib.util
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import yaml

from .conftest import ROOT


def _check_generated(spec: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "-s", "check-generated", f"SPEC={spec}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_new_optional_field_flows_into_both_clients(tmp_path: Path) -> None:
    spec = (ROOT / "spec" / "openapi.yaml").read_text()
    anchor = "        uri:\n"
    assert anchor in spec
    field = (
        "        queue_time:\n"
        '          type: [integer, "null"]\n'
        "          description: Seconds queued.\n"
    )
    edited = tmp_path / "openapi.yaml"
    edited.write_text(spec.replace(anchor, field + anchor))
    result = _check_generated(edited)
    assert result.returncode != 0
    added = [line for line in result.stdout.splitlines() if line.startswith("+")]
    assert any("queue_time: int | None = None" in line for line in added)  # Python model
    assert any("queue_time?: number | null;" in line for line in added)  # TypeScript type
    assert any("queue_time: z." in line for line in added)  # TypeScript runtime schema
    assert "openapi.json.gz and" in result.stderr  # the sandbox's spec, compared as JSON


def test_spec_edit_without_regenerating_fails_check_generated(tmp_path: Path) -> None:
    spec = (ROOT / "spec" / "openapi.yaml").read_text()
    old = "description: The duration, in seconds, of the call."
    assert old in spec
    edited = tmp_path / "openapi.yaml"
    edited.write_text(spec.replace(old, "description: How long the call lasted, in seconds."))
    result = _check_generated(edited)
    assert result.returncode != 0
    lines = result.stdout.splitlines()
    assert any(line.startswith("-") and "The duration, in seconds" in line for line in lines)
    assert any(line.startswith("+") and "How long the call lasted" in line for line in lines)
    assert "run 'make generate'" in result.stderr


def test_spec_edit_without_regenerating_shows_in_the_reference_page(tmp_path: Path) -> None:
    spec = (ROOT / "spec" / "openapi.yaml").read_text()
    old = "While the recording is paused: silence records silence, skip leaves the pause out."
    assert spec.count(old) == 1
    edited = tmp_path / "openapi.yaml"
    edited.write_text(spec.replace(old, "What a pause leaves in the recording."))
    result = _check_generated(edited)
    assert result.returncode != 0
    assert "--- docs/api.md" in result.stdout
    rows = [line for line in result.stdout.splitlines() if "| `pause_behavior` |" in line]
    assert any(line.startswith("-") and old in line for line in rows)
    assert any(line.startswith("+") and "What a pause" in line for line in rows)
    assert "docs/api.md differs" in result.stderr


def test_wheel_ships_overlay_and_generated_packages(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-c",
            f"from hatchling.build import build_wheel; build_wheel({str(tmp_path)!r})",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    (wheel,) = tmp_path.glob("signalwire_compat-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "signalwire_compat/__init__.py",
        "signalwire_compat/py.typed",
        "signalwire_compat_client/__init__.py",
        "signalwire_compat_client/api/calls/update_a_call.py",
        "signalwire_compat_client/py.typed",
        "signalwire_compat_client/openapi.json.gz",
        "signalwire_compat/pytest_plugin.py",
        "signalwire_compat/cli.py",
    ):
        assert expected in names
    shipped = json.loads(
        gzip.decompress(zipfile.ZipFile(wheel).read("signalwire_compat_client/openapi.json.gz"))
    )
    spec = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
    assert shipped["paths"].keys() == spec["paths"].keys()
    assert shipped["components"]["examples"] == spec["components"]["examples"]
    assert "description" not in shipped["paths"]["/Accounts/{AccountSid}/Calls"]["post"]
    assert not any(name.startswith(("tests/", "generated/", "overlays/")) for name in names)
    metadata = next(n for n in names if n.endswith("METADATA"))
    requires = [
        line
        for line in zipfile.ZipFile(wheel).read(metadata).decode().splitlines()
        if line.startswith("Requires-Dist") and "extra ==" not in line
    ]
    packages = sorted(re.split(r"[<>=!~ ;]", r.split(":")[1].strip())[0] for r in requires)
    assert packages == ["attrs", "httpx"]


def test_the_compact_spec_drops_prose_only() -> None:
    """Descriptions and summaries go (a response's is emptied); a property named
    ``description`` and examples stay; what remains is a valid OpenAPI document."""
    spec = importlib.util.spec_from_file_location("compact", ROOT / "scripts" / "compact_spec.py")
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    schema = {
        "type": "object",
        "description": "An application.",
        "properties": {"description": {"type": "string", "description": "Its own text."}},
        "example": {"description": "kept", "summary": "kept too"},
    }
    response = {"description": "OK", "content": {"application/json": {"schema": schema}}}
    assert tool.compact({"summary": "x", "responses": {"200": response}}) == {
        "responses": {
            "200": {
                "description": "",  # required of a response
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {"description": {"type": "string"}},
                            "example": {"description": "kept", "summary": "kept too"},
                        }
                    }
                },
            }
        }
    }


def test_the_shipped_spec_is_a_valid_openapi_document() -> None:
    from openapi_spec_validator import validate

    shipped = ROOT / "generated" / "python" / "signalwire_compat_client" / "openapi.json.gz"
    validate(json.loads(gzip.decompress(shipped.read_bytes())))
