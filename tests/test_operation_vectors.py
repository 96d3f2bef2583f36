"""tests/vectors/operations.json is what scripts/vectors.py makes of the spec (a spec change shows
as a diff of it), without the SDK, and it covers every operation of the spec."""

from __future__ import annotations

import difflib
import json
import subprocess
import sys
from pathlib import Path

import yaml

from .conftest import ROOT

GOLDEN = ROOT / "tests" / "vectors" / "operations.json"
# The generator, run with the SDK's packages made unimportable: its oracle is not the SDK.
RUN = (
    "import os, runpy, sys; sys.modules['signalwire_compat'] = None; "
    "sys.modules['signalwire_compat_client'] = None; sys.argv = sys.argv[1:]; "
    "sys.path.insert(0, os.path.dirname(sys.argv[0])); "
    "runpy.run_path(sys.argv[0], run_name='__main__')"
)


def test_the_golden_file_is_what_the_spec_generates(tmp_path: Path) -> None:
    out = tmp_path / "operations.json"
    script = str(ROOT / "scripts" / "vectors.py")
    done = subprocess.run(
        [sys.executable, "-c", RUN, script, str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    want, got = GOLDEN.read_text().splitlines(), out.read_text().splitlines()
    diff = list(difflib.unified_diff(want, got, "operations.json", "generated", lineterm=""))
    assert not diff, "run 'make vectors':\n" + "\n".join(diff[:80])


def test_every_operation_has_minimal_and_every_field_vectors() -> None:
    spec = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text())
    operations = {
        operation["operationId"]
        for item in spec["paths"].values()
        for method, operation in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    }
    document = json.loads(GOLDEN.read_text())
    ids = {vector["id"] for vector in document["vectors"]}
    assert len(operations) == 52
    for operation in sorted(operations):
        for case in ("minimal", "every-field"):
            assert f"{operation}:{case}" in ids
    assert {vector["operation"] for vector in document["vectors"]} == operations
    assert set(document["answers"]) == operations


def test_the_twilio_marks_are_the_documented_ones() -> None:
    for vector in json.loads(GOLDEN.read_text())["vectors"]:
        if "expect" in vector:
            assert vector["twilio"] in ("same-bytes", "same-pairs", "differs", None), vector["id"]
            assert ("twilio_note" in vector) == (vector["twilio"] in ("differs", None))
        else:
            assert "twilio" not in vector, vector["id"]
